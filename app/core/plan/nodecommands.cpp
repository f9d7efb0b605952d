#include "nodecommands.h"

#include "../ssh/shellquote.h"

namespace Ocw::Core {

namespace {
QString q(const QString &s)
{
    return ShellQuote::quote(s);
}
} // namespace

namespace {
// The same digest as the uploader's: openssl when there (faster), else coreutils.
const char kShaFunction[] = "sha() { if command -v openssl >/dev/null 2>&1; then openssl dgst "
                            "-sha256 -r; else sha256sum; fi | cut -c1-64; }; ";
// Stands for the package's path inside the install script, where it is "$d/$n".
const char kPackageMarker[] = "@OCW-PACKAGE@";
} // namespace

NodeCommands::NodeCommands(ClusterProfile profile, ReleaseDefinition release,
                           QString packageFileName, QString node)
    : m_profile(std::move(profile))
    , m_release(std::move(release))
    , m_packageFileName(std::move(packageFileName))
    , m_node(node.isEmpty() ? m_profile.firstNodeHost() : std::move(node))
{
    // The plan is shown before the privilege is known: assume the common case.
    m_privilege.mode = PrivilegeMode::SudoNoPassword;
}

QString NodeCommands::stagingDir() const
{
    const QString home = m_home.isEmpty() ? QStringLiteral("~") : m_home;
    return home + QStringLiteral("/.octane-cluster-wizard/staging/") + m_node;
}

QString NodeCommands::stagedPackage() const
{
    return stagingDir() + QLatin1Char('/') + m_packageFileName;
}

QString NodeCommands::shareStagingDir() const
{
    return m_profile.repositoryDir + QStringLiteral("/.octane-cluster-wizard-staging");
}

QString NodeCommands::sharedPackage() const
{
    return shareStagingDir() + QLatin1Char('/') + m_packageFileName;
}

QString NodeCommands::confFile() const
{
    return m_release.expand(m_release.confFileTemplate(),
                            {{QStringLiteral("installDir"), m_profile.installDir}});
}

QString NodeCommands::repositoryConfFile() const
{
    return m_profile.repositoryDir + QStringLiteral("/conf/octane.conf");
}

QString NodeCommands::logFile() const
{
    return m_release.expand(m_release.logFileTemplate(),
                            {{QStringLiteral("installDir"), m_profile.installDir}});
}

QString NodeCommands::hazelcastFile() const
{
    return m_release.expand(m_release.hazelcastFileTemplate(),
                            {{QStringLiteral("installDir"), m_profile.installDir}});
}

QString NodeCommands::rootPrefix() const
{
    switch (m_privilege.mode) {
    case PrivilegeMode::Root:
        return QString();
    case PrivilegeMode::SudoPassword:
        return QStringLiteral("sudo -k -S -p ''");
    default:
        return QStringLiteral("sudo -n");
    }
}

QString NodeCommands::installUserPrefix() const
{
    const QString user = q(m_profile.installUser);
    switch (m_privilege.mode) {
    case PrivilegeMode::Root:
        return QStringLiteral("runuser -u %1 --").arg(user);
    case PrivilegeMode::SudoPassword:
        return QStringLiteral("sudo -k -S -p '' -u %1 --").arg(user);
    default:
        return QStringLiteral("sudo -n -u %1 --").arg(user);
    }
}

bool NodeCommands::needsPasswordOnStdin() const
{
    return m_privilege.mode == PrivilegeMode::SudoPassword;
}

RemoteCommand NodeCommands::asRoot(const QString &shellCommand) const
{
    const QString prefix = rootPrefix();
    const QString inner = QStringLiteral("sh -c %1").arg(q(shellCommand));
    return {prefix.isEmpty() ? inner : prefix + QLatin1Char(' ') + inner, needsPasswordOnStdin(),
            false};
}

RemoteCommand NodeCommands::asInstallUser(const QString &shellCommand) const
{
    return {installUserPrefix() + QStringLiteral(" sh -c ") + q(shellCommand),
            needsPasswordOnStdin(), false};
}

RemoteCommand NodeCommands::asLoginUser(const QString &shellCommand)
{
    return {shellCommand, false, false};
}

QString NodeCommands::joined(const QStringList &argv) const
{
    QStringList quoted;
    for (const QString &a : argv)
        quoted.append(q(a));
    return quoted.join(QLatin1Char(' '));
}

RemoteCommand NodeCommands::privilegeProbe() const
{
    return asLoginUser(QStringLiteral("printf 'home=%s\\n' \"$HOME\"; ") +
                       PrivilegeProbe::detectCommand());
}

RemoteCommand NodeCommands::repositoryEnvCheck() const
{
    const RepositoryEnv &env = m_release.repositoryEnv();
    return asLoginUser(
        QStringLiteral("grep -E %1 %2")
            .arg(q(QStringLiteral("^[[:space:]]*(export[[:space:]]+)?%1=").arg(env.variable)),
                 q(env.file)));
}

RemoteCommand NodeCommands::repositoryEnvSet() const
{
    const RepositoryEnv &env = m_release.repositoryEnv();
    return asRoot(QStringLiteral("printf '%s\\n' %1 >> %2")
                      .arg(q(env.line(m_profile.repositoryDir)), q(env.file)));
}

QString NodeCommands::packageKindName() const
{
    const std::optional<PackageKind> kind = m_release.packageKindFor(m_packageFileName);
    return kind ? kind->name : QString();
}

RemoteCommand NodeCommands::installedQuery() const
{
    const std::optional<PackageKind> kind = m_release.packageKindFor(m_packageFileName);
    if (kind && !kind->installedQuery.isEmpty())
        return asLoginUser(joined(m_release.expand(kind->installedQuery)));
    // No package database (archive install): the unpacked tree itself tells; a partial tree
    // (e.g. what a removed rpm left behind) is not an installation.
    return installIntact();
}

RemoteCommand NodeCommands::installIntact() const
{
    const QString dir = m_profile.installDir;
    return asLoginUser(QStringLiteral("test -d %1 && test -d %2 && test -d %3")
                           .arg(q(dir + QStringLiteral("/install")),
                                q(dir + QStringLiteral("/server")),
                                q(dir + QStringLiteral("/wrapper"))));
}

RemoteCommand NodeCommands::install(const QString &sha256Hex) const
{
    const std::optional<PackageKind> kind = m_release.packageKindFor(m_packageFileName);
    if (!kind)
        return {};
    const QStringList argv = m_release.expand(
        kind->install, {{QStringLiteral("package"), QString::fromLatin1(kPackageMarker)},
                        {QStringLiteral("installDir"), m_profile.installDir}});
    // The release's argv, quoted, with the private copy's path where {package} was.
    QStringList words;
    for (const QString &arg : argv) {
        QStringList pieces;
        for (const QString &piece : arg.split(QString::fromLatin1(kPackageMarker)))
            pieces.append(piece.isEmpty() ? QString() : q(piece));
        words.append(pieces.join(QStringLiteral("\"$d/$n\"")));
    }
    // $1 staged package, $2 its file name, $3 expected SHA-256. mktemp -d makes a folder only
    // root can enter; the digest is taken of that copy, so what is installed is what was
    // verified, whatever happens to the staged file meanwhile.
    const QString script =
        QString::fromLatin1(kShaFunction) +
        QStringLiteral("export LC_ALL=C; d=$(mktemp -d) || exit 3; trap 'rm -rf -- \"$d\"' EXIT; "
                       "n=$2; cp -- \"$1\" \"$d/$n\" || exit 3; h=$(sha < \"$d/$n\"); "
                       "if [ \"$h\" != \"$3\" ]; then echo \"ocw: $1 changed since it was "
                       "verified (SHA-256 $h, expected $3)\" >&2; exit 5; fi; ") +
        words.join(QLatin1Char(' '));
    const QString prefix = rootPrefix();
    return {(prefix.isEmpty() ? QString() : prefix + QLatin1Char(' ')) +
                QStringLiteral("sh -c %1 sh %2 %3 %4")
                    .arg(q(script), q(stagedPackage()), q(m_packageFileName), q(sha256Hex)),
            needsPasswordOnStdin(), false};
}

RemoteCommand NodeCommands::removeStaged() const
{
    return asLoginUser(QStringLiteral("rm -f -- %1").arg(q(stagedPackage())));
}

RemoteCommand NodeCommands::verifyPackage() const
{
    const std::optional<PackageKind> kind = m_release.packageKindFor(m_packageFileName);
    if (!kind || kind->verify.isEmpty())
        return {};
    const QStringList argv =
        m_release.expand(kind->verify, {{QStringLiteral("package"), stagedPackage()}});
    return asLoginUser(QStringLiteral("LC_ALL=C ") + joined(argv) + QStringLiteral(" 2>&1"));
}

RemoteCommand NodeCommands::readConf() const
{
    RemoteCommand c =
        asRoot(QStringLiteral("if [ -e %1 ]; then cat %1; else exit 3; fi").arg(q(confFile())));
    c.sensitiveOutput = true; // the file holds the database and admin passwords
    return c;
}

RemoteCommand NodeCommands::backupConf(const QString &timestamp) const
{
    return asRoot(QStringLiteral("cp -p %1 %2")
                      .arg(q(confFile()), q(confFile() + QStringLiteral(".") + timestamp +
                                            QStringLiteral(".bak"))));
}

RemoteCommand NodeCommands::writeConf() const
{
    // Written next to the target, owned and restricted BEFORE the rename: the secrets are never
    // readable by others, and the old file is replaced atomically.
    const QString tmp = confFile() + QStringLiteral(".ocw-tmp");
    const QString owner = m_release.confOwner().isEmpty()
                              ? m_profile.installUser + QLatin1Char(':') + m_profile.installUser
                              : m_release.confOwner();
    return asRoot(
        QStringLiteral(
            "umask 077 && mkdir -p %1 && cat > %2 && chown %3 %2 && chmod %4 %2 && mv -f %2 %5")
            .arg(q(confFile().section(QLatin1Char('/'), 0, -2)), q(tmp), q(owner),
                 QString::number(m_release.confMode(), 8), q(confFile())));
}

RemoteCommand NodeCommands::serviceStatus() const
{
    return asRoot(joined(m_release.expand(m_release.service().status)));
}

RemoteCommand NodeCommands::serviceStart() const
{
    return asRoot(joined(m_release.expand(m_release.service().start)));
}

RemoteCommand NodeCommands::serviceStop() const
{
    return asRoot(joined(m_release.expand(m_release.service().stop)));
}

RemoteCommand NodeCommands::logSize() const
{
    return asRoot(QStringLiteral("stat -c %s %1 2>/dev/null || echo 0").arg(q(logFile())));
}

RemoteCommand NodeCommands::readLogFrom(qint64 offset) const
{
    return asRoot(
        QStringLiteral("tail -c +%1 %2 2>/dev/null; true").arg(offset + 1).arg(q(logFile())));
}

RemoteCommand NodeCommands::repositoryConfState() const
{
    return asRoot(QStringLiteral("if [ -f %1 ]; then stat -c '%U %a' -- %1; else exit 3; fi")
                      .arg(q(repositoryConfFile())));
}

RemoteCommand NodeCommands::repositoryConfEditState() const
{
    const QString dir = repositoryConfFile().section(QLatin1Char('/'), 0, -2);
    return asInstallUser(QStringLiteral("if [ -L %1 ] || [ -L %2 ]; then exit 4; fi; "
                                        "[ -f %2 ] || exit 3; stat -c '%U %a' -- %1 %2")
                             .arg(q(dir), q(repositoryConfFile())));
}

RemoteCommand NodeCommands::readRepositoryConfAsOwner() const
{
    RemoteCommand c = asInstallUser(QStringLiteral("if [ -f %1 ]; then cat -- %1; else exit 3; fi")
                                        .arg(q(repositoryConfFile())));
    c.sensitiveOutput = true; // the database and admin passwords
    return c;
}

RemoteCommand NodeCommands::backupRepositoryConf(const QString &timestamp) const
{
    const QString file = repositoryConfFile();
    return asInstallUser(
        QStringLiteral("cp -p -- %1 %2")
            .arg(q(file), q(file + QStringLiteral(".") + timestamp + QStringLiteral(".bak"))));
}

RemoteCommand NodeCommands::writeRepositoryConf() const
{
    const QString file = repositoryConfFile();
    const QString dir = file.section(QLatin1Char('/'), 0, -2);
    return asInstallUser(
        QStringLiteral("umask 077; t=$(mktemp %1) || exit 4; if cat > \"$t\" && chmod %2 \"$t\" "
                       "&& mv -f -- \"$t\" %3; then exit 0; fi; rm -f -- \"$t\"; exit 5")
            .arg(q(dir + QStringLiteral("/.octane.conf.ocw-XXXXXX")),
                 QString::number(m_release.confMode(), 8), q(file)));
}

QString NodeCommands::keystoreFile() const
{
    return m_release.expand(m_release.secure().keystoreFile,
                            {{QStringLiteral("installDir"), m_profile.installDir}});
}

QString NodeCommands::webXmlFile() const
{
    return m_release.expand(m_release.secure().webXml,
                            {{QStringLiteral("installDir"), m_profile.installDir}});
}

QString NodeCommands::jettyXmlFile() const
{
    if (m_release.secure().jettyXml.isEmpty())
        return QString();
    return m_release.expand(m_release.secure().jettyXml,
                            {{QStringLiteral("installDir"), m_profile.installDir}});
}

RemoteCommand NodeCommands::fileDigest(const QString &path) const
{
    return asRoot(QStringLiteral("if [ -L %1 ]; then exit 4; fi; [ -f %1 ] || exit 3; "
                                 "sha256sum -- %1 | cut -d' ' -f1")
                      .arg(q(path)));
}

RemoteCommand NodeCommands::readFileWithOwner(const QString &path) const
{
    return asRoot(QStringLiteral("if [ -L %1 ]; then exit 4; fi; [ -f %1 ] || exit 3; "
                                 "stat -c '%U:%G %a' -- %1 && cat -- %1")
                      .arg(q(path)));
}

RemoteCommand NodeCommands::backupFile(const QString &path, const QString &timestamp) const
{
    return asRoot(
        QStringLiteral("cp -p -- %1 %2")
            .arg(q(path), q(path + QLatin1Char('.') + timestamp + QStringLiteral(".bak"))));
}

RemoteCommand NodeCommands::writeFileAtomically(const QString &path, const QString &owner,
                                                int mode) const
{
    const QString dir = path.section(QLatin1Char('/'), 0, -2);
    return asRoot(
        QStringLiteral("umask 077; t=$(mktemp %1) || exit 5; if cat > \"$t\" && chown %2 \"$t\" "
                       "&& chmod %3 \"$t\" && mv -f -- \"$t\" %4; then exit 0; fi; "
                       "rm -f -- \"$t\"; exit 5")
            .arg(q(dir + QStringLiteral("/.ocw-XXXXXX")), q(owner), QString::number(mode, 8),
                 q(path)));
}

RemoteCommand NodeCommands::securePermissionsState() const
{
    const QString dir = confFile().section(QLatin1Char('/'), 0, -2);
    return asRoot(QStringLiteral("for f in %1 %2 %3; do if [ -L \"$f\" ]; then echo \"link - $f\"; "
                                 "elif [ -e \"$f\" ]; then stat -c '%U %a %n' -- \"$f\"; fi; done")
                      .arg(q(dir), q(confFile()), q(keystoreFile())));
}

RemoteCommand NodeCommands::securePermissionsApply() const
{
    const QString dir = confFile().section(QLatin1Char('/'), 0, -2);
    const QString user = q(m_profile.installUser);
    return asRoot(
        QStringLiteral("for f in %1 %2 %3; do [ -L \"$f\" ] && exit 4; done; "
                       "for f in %2 %3; do if [ -f \"$f\" ]; then chown %4 -- \"$f\" && "
                       "chmod 0600 -- \"$f\" || exit 5; fi; done; chmod o-rwx -- %1 || exit 5")
            .arg(q(dir), q(confFile()), q(keystoreFile()), user));
}

RemoteCommand NodeCommands::importVendorKey() const
{
    // The key through a fresh root-only file: rpm --import reads a path.
    QStringList words;
    for (const QString &arg : m_release.expand(m_release.secure().vendorKeyImport))
        words.append(arg == QLatin1String("{key}") ? QStringLiteral("\"$k\"") : q(arg));
    return asRoot(QStringLiteral("umask 077; k=$(mktemp) || exit 5; cat > \"$k\" && %1; s=$?; "
                                 "rm -f -- \"$k\"; exit $s")
                      .arg(words.join(QLatin1Char(' '))));
}

RemoteCommand NodeCommands::shareFreeSpace() const
{
    return asLoginUser(QStringLiteral("LC_ALL=C df -P -B1 -- %1").arg(q(m_profile.repositoryDir)));
}

RemoteCommand NodeCommands::fetchFromShare(const QString &sha256Hex) const
{
    // $1 package in the share, $2 the private folder, $3 the staged package, $4 SHA-256.
    // The share is read as the install user (it owns the repository); everything else as
    // the login user, into a folder that must be its own and private (the checks of the
    // uploader's private folder). One pass: tee writes the copy while `sha` digests it.
    const QString script =
        QString::fromLatin1(kShaFunction) +
        QStringLiteral(
            "export LC_ALL=C; src=$1; dir=$2; dst=$3; me=$(id -un); "
            "if [ ! -e \"$dir\" ] && [ ! -L \"$dir\" ]; then mkdir -p -- \"${dir%/*}\" && "
            "mkdir -m 0700 -- \"$dir\" || exit 3; fi; "
            "[ -L \"$dir\" ] && { echo \"unsafe=$dir is a symbolic link\"; exit 6; }; "
            "[ -d \"$dir\" ] || { echo \"unsafe=$dir is not a folder\"; exit 6; }; "
            "u=$(stat -c %U -- \"$dir\") || exit 3; "
            "[ \"$u\" = \"$me\" ] || { echo \"unsafe=$dir belongs to $u, not $me\"; exit 6; }; "
            "m=$(stat -c %a -- \"$dir\") || exit 3; "
            "case $m in *[2367]?|*[2367]) echo \"unsafe=$dir has mode $m: others may write to "
            "it\"; exit 6;; esac; "
            "for f in \"$dst\" \"$dst.part\"; do [ -L \"$f\" ] && { echo \"unsafe=$f is a "
            "symbolic link\"; exit 6; }; done; "
            "if [ -f \"$dst\" ] && [ \"$(sha < \"$dst\")\" = \"$4\" ]; then echo already=yes; "
            "exit 0; fi; rm -f -- \"$dst.part\"; ") +
        installUserPrefix() +
        QStringLiteral(" cat -- \"$src\" > \"$dst.part\" || exit 4; h=$(sha < \"$dst.part\"); "
                       "echo hash=$h; [ \"$h\" = \"$4\" ] || exit 5; chmod 0644 -- \"$dst.part\" "
                       "&& mv -f -- \"$dst.part\" \"$dst\" || exit 3; echo copied=yes");
    return {
        QStringLiteral("sh -c %1 sh %2 %3 %4 %5")
            .arg(q(script), q(sharedPackage()), q(stagingDir()), q(stagedPackage()), q(sha256Hex)),
        needsPasswordOnStdin(), false};
}

RemoteCommand NodeCommands::removeSharedStaging() const
{
    return asInstallUser(QStringLiteral("rm -f -- %1 %2; rmdir -- %3 2>/dev/null; true")
                             .arg(q(sharedPackage()), q(sharedPackage() + QStringLiteral(".part")),
                                  q(shareStagingDir())));
}

QUrl NodeCommands::serverUrl() const
{
    const bool https = m_profile.serverScheme == QLatin1String("https");
    const QString portKey = m_release.keyPath(https ? ConfRole::HttpsPort : ConfRole::HttpPort);
    int port = portKey.isEmpty() ? 0 : m_profile.octaneConf.value(portKey).toInt();
    if (port <= 0)
        port = m_release.port(https ? QStringLiteral("https") : QStringLiteral("http"));
    if (port <= 0)
        port = https ? 8443 : 8080;
    QUrl url;
    url.setScheme(https ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(node());
    url.setPort(port);
    return url;
}

RemoteCommand NodeCommands::readRepositoryConf() const
{
    RemoteCommand c = asRoot(QStringLiteral("if [ -f %1 ]; then cat -- %1; else exit 3; fi")
                                 .arg(q(repositoryConfFile())));
    c.sensitiveOutput = true; // the database and admin passwords
    return c;
}

RemoteCommand NodeCommands::readHazelcastXml() const
{
    RemoteCommand c = asRoot(
        QStringLiteral("if [ -f %1 ]; then cat -- %1; else exit 3; fi").arg(q(hazelcastFile())));
    c.sensitiveOutput = true; // the cluster's group password
    return c;
}

RemoteCommand NodeCommands::readClusterLog() const
{
    // A server log grows to gigabytes; the verdict reads only Hazelcast's membership lines
    // (the block header, its member lines and closing bracket), the picked address, the
    // connection failures, the removals, Octane's cluster health lines and its FATAL lines (why
    // a server stopped), in their order.
    const QString pattern = QStringLiteral(
        "Members \\{size:[0-9]+, ver:[0-9]+\\} \\[|Members \\[[0-9]+\\] \\{|"
        "^[[:space:]]*Member \\[|^[[:space:]]*[]}][[:space:]]*$|Picked \\[|"
        "Could not connect to: |Removing Member \\[|Cluster is (un)?healthy| FATAL ");
    return asRoot(QStringLiteral("if [ -f %1 ]; then grep -a -E -e %2 -- %1 | tail -n 4000; "
                                 "else exit 3; fi")
                      .arg(q(logFile()), q(pattern)));
}

RemoteCommand NodeCommands::resolveNames(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(q(name));
    return asLoginUser(
        QStringLiteral("for h in %1; do printf '%s' \"$h\"; getent ahosts -- \"$h\" | awk "
                       "'{printf \" %s\", $1}'; echo; done")
            .arg(quoted.join(QLatin1Char(' '))));
}

RemoteCommand NodeCommands::portListeners(int port) const
{
    return asRoot(
        QStringLiteral("ss -H -ltnp 'sport = :%1' 2>/dev/null; for p in $(ss -H -ltnp "
                       "'sport = :%1' 2>/dev/null | sed -n 's/.*pid=\\([0-9]*\\).*/\\1/p'); "
                       "do ps -o pid=,user=,args= -p \"$p\"; done")
            .arg(port));
}

} // namespace Ocw::Core
