#include "firstnodecommands.h"

#include "../ssh/shellquote.h"

namespace Ocw::Core {

namespace {
QString q(const QString &s)
{
    return ShellQuote::quote(s);
}
} // namespace

FirstNodeCommands::FirstNodeCommands(ClusterProfile profile, ReleaseDefinition release,
                                     QString packageFileName)
    : m_profile(std::move(profile))
    , m_release(std::move(release))
    , m_packageFileName(std::move(packageFileName))
{
    // The plan is shown before the privilege is known: assume the common case.
    m_privilege.mode = PrivilegeMode::SudoNoPassword;
}

QString FirstNodeCommands::stagingDir() const
{
    return QStringLiteral("/var/tmp/octane-cluster-wizard");
}

QString FirstNodeCommands::stagedPackage() const
{
    return stagingDir() + QLatin1Char('/') + m_packageFileName;
}

QString FirstNodeCommands::confFile() const
{
    return m_release.expand(m_release.confFileTemplate(),
                            {{QStringLiteral("installDir"), m_profile.installDir}});
}

QString FirstNodeCommands::logFile() const
{
    return m_release.expand(m_release.logFileTemplate(),
                            {{QStringLiteral("installDir"), m_profile.installDir}});
}

QString FirstNodeCommands::rootPrefix() const
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

bool FirstNodeCommands::needsPasswordOnStdin() const
{
    return m_privilege.mode == PrivilegeMode::SudoPassword;
}

QString FirstNodeCommands::asRoot(const QString &shellCommand) const
{
    const QString prefix = rootPrefix();
    const QString inner = QStringLiteral("sh -c %1").arg(q(shellCommand));
    return prefix.isEmpty() ? inner : prefix + QLatin1Char(' ') + inner;
}

QString FirstNodeCommands::joined(const QStringList &argv) const
{
    QStringList quoted;
    for (const QString &a : argv)
        quoted.append(q(a));
    return quoted.join(QLatin1Char(' '));
}

QString FirstNodeCommands::repositoryEnvCheck() const
{
    const RepositoryEnv &env = m_release.repositoryEnv();
    return QStringLiteral("grep -E %1 %2")
        .arg(q(QStringLiteral("^[[:space:]]*(export[[:space:]]+)?%1=").arg(env.variable)),
             q(env.file));
}

QString FirstNodeCommands::repositoryEnvSet() const
{
    const RepositoryEnv &env = m_release.repositoryEnv();
    return asRoot(QStringLiteral("printf '%s\\n' %1 >> %2")
                      .arg(q(env.line(m_profile.repositoryDir)), q(env.file)));
}

QString FirstNodeCommands::packageKindName() const
{
    const std::optional<PackageKind> kind = m_release.packageKindFor(m_packageFileName);
    return kind ? kind->name : QString();
}

QString FirstNodeCommands::installedQuery() const
{
    const std::optional<PackageKind> kind = m_release.packageKindFor(m_packageFileName);
    if (kind && !kind->installedQuery.isEmpty())
        return joined(m_release.expand(kind->installedQuery));
    // No package database (archive install): the unpacked tree itself tells; a partial tree
    // (e.g. what a removed rpm left behind) is not an installation.
    return installIntact();
}

QString FirstNodeCommands::installIntact() const
{
    const QString dir = m_profile.installDir;
    return QStringLiteral("test -d %1 && test -d %2 && test -d %3")
        .arg(q(dir + QStringLiteral("/install")), q(dir + QStringLiteral("/server")),
             q(dir + QStringLiteral("/wrapper")));
}

QString FirstNodeCommands::install() const
{
    const std::optional<PackageKind> kind = m_release.packageKindFor(m_packageFileName);
    if (!kind)
        return QString();
    const QStringList argv =
        m_release.expand(kind->install, {{QStringLiteral("package"), stagedPackage()},
                                         {QStringLiteral("installDir"), m_profile.installDir}});
    return asRoot(joined(argv));
}

QString FirstNodeCommands::readConf() const
{
    return asRoot(QStringLiteral("if [ -e %1 ]; then cat %1; else exit 3; fi").arg(q(confFile())));
}

QString FirstNodeCommands::backupConf(const QString &timestamp) const
{
    return asRoot(QStringLiteral("cp -p %1 %2")
                      .arg(q(confFile()), q(confFile() + QStringLiteral(".") + timestamp +
                                            QStringLiteral(".bak"))));
}

QString FirstNodeCommands::writeConf() const
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

QString FirstNodeCommands::serviceStatus() const
{
    return asRoot(joined(m_release.expand(m_release.service().status)));
}

QString FirstNodeCommands::serviceStart() const
{
    return asRoot(joined(m_release.expand(m_release.service().start)));
}

QString FirstNodeCommands::logSize() const
{
    return asRoot(QStringLiteral("stat -c %s %1 2>/dev/null || echo 0").arg(q(logFile())));
}

QString FirstNodeCommands::readLogFrom(qint64 offset) const
{
    return asRoot(
        QStringLiteral("tail -c +%1 %2 2>/dev/null; true").arg(offset + 1).arg(q(logFile())));
}

QUrl FirstNodeCommands::serverUrl() const
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

} // namespace Ocw::Core
