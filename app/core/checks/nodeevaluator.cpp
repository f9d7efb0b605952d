#include "nodeevaluator.h"

#include "../base/tr.h"
#include "checkcatalogue.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace Ocw::Core {

namespace {

QMap<QString, QString> keyValues(const QString &text)
{
    QMap<QString, QString> map;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 &&
            (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))) &&
            value.endsWith(value.at(0))) {
            value = value.mid(1, value.size() - 2);
        }
        map.insert(line.left(eq).trimmed(), value);
    }
    return map;
}

QString cleanPath(QString path)
{
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

QString mib(qint64 value)
{
    if (value >= 10240)
        return Tr::tr("%1 GiB").arg(double(value) / 1024.0, 0, 'f', 1);
    return Tr::tr("%1 MiB").arg(value);
}

} // namespace

CheckResult NodeEvaluator::result(const QString &checkId, const QString &node, Verdict verdict,
                                  const QString &message, const QString &fix, const ProbeSection &s)
{
    CheckResult r = CheckResult::make(checkId, node, verdict, message, fix, s.output);
    if (!s.command.isEmpty())
        r.commands.append(s.command);
    return r;
}

CheckResult NodeEvaluator::osRelease(const QString &node, const ProbeSection &s,
                                     const Requirements &r)
{
    const QString id = QStringLiteral("os.release");
    const QMap<QString, QString> kv = keyValues(s.output);
    const QString osId = kv.value(QStringLiteral("ID"));
    const QString version = kv.value(QStringLiteral("VERSION_ID"));
    const QString pretty =
        kv.value(QStringLiteral("PRETTY_NAME"), osId + QLatin1Char(' ') + version);
    if (osId.isEmpty()) {
        return result(
            id, node, Verdict::Fail, Tr::tr("%1: cannot read /etc/os-release.").arg(node),
            Tr::tr("Make sure the node runs a supported Linux release with /etc/os-release."), s);
    }
    const QString major = version.section(QLatin1Char('.'), 0, 0);
    QStringList supportedNames;
    for (const SupportedOs &os : r.supportedOs) {
        supportedNames.append(os.name + QLatin1Char(' ') + os.versions.join(QLatin1Char('/')));
        if (os.id == osId && os.versions.contains(major)) {
            return result(id, node, Verdict::Pass,
                          Tr::tr("%1 runs %2, a supported release.").arg(node, pretty), QString(),
                          s);
        }
    }
    return result(
        id, node, Verdict::Fail,
        Tr::tr("%1 runs %2, which this Octane release does not support.").arg(node, pretty),
        Tr::tr("Install the node with one of: %1.").arg(supportedNames.join(QStringLiteral(", "))),
        s);
}

CheckResult NodeEvaluator::cpuCores(const QString &node, const ProbeSection &s,
                                    const Requirements &r)
{
    const QString id = QStringLiteral("cpu.cores");
    bool ok = false;
    const int cores = s.output.trimmed().section(QLatin1Char('\n'), 0, 0).toInt(&ok);
    if (!ok)
        return result(id, node, Verdict::Warn, Tr::tr("%1: cannot count the CPU cores.").arg(node),
                      QString(), s);
    if (cores >= r.minCpuCores)
        return result(id, node, Verdict::Pass, Tr::tr("%1 has %2 CPU cores.").arg(node).arg(cores),
                      QString(), s);
    return result(
        id, node, Verdict::Warn,
        Tr::tr("%1 has %2 CPU cores; Octane documents at least %3.")
            .arg(node)
            .arg(cores)
            .arg(r.minCpuCores),
        Tr::tr("Give the node at least %1 cores before production use.").arg(r.minCpuCores), s);
}

CheckResult NodeEvaluator::memoryTotal(const QString &node, const ProbeSection &s,
                                       const Requirements &r)
{
    const QString id = QStringLiteral("memory.total");
    static const QRegularExpression re(QStringLiteral("MemTotal:\\s+(\\d+)\\s*kB"));
    const QRegularExpressionMatch m = re.match(s.output);
    if (!m.hasMatch())
        return result(id, node, Verdict::Warn, Tr::tr("%1: cannot read the memory size.").arg(node),
                      QString(), s);
    const qint64 totalMiB = m.captured(1).toLongLong() / 1024;
    if (totalMiB >= r.minMemoryMiB)
        return result(id, node, Verdict::Pass,
                      Tr::tr("%1 has %2 of memory.").arg(node, mib(totalMiB)), QString(), s);
    return result(
        id, node, Verdict::Warn,
        Tr::tr("%1 has %2 of memory; Octane documents at least 8 GB.").arg(node, mib(totalMiB)),
        Tr::tr("Give the node at least 8 GB of memory."), s);
}

CheckResult NodeEvaluator::diskInstall(const QString &node, const ProbeSection &s,
                                       const Requirements &r, const QString &installDir)
{
    const QString id = QStringLiteral("disk.install");
    const QStringList lines = s.output.trimmed().split(QLatin1Char('\n'));
    const QStringList cols = lines.last().simplified().split(QLatin1Char(' '));
    bool ok = false;
    const qint64 availKiB = cols.size() >= 6 ? cols.at(3).toLongLong(&ok) : 0;
    if (!ok || lines.size() < 2) {
        return result(id, node, Verdict::Fail,
                      Tr::tr("%1: cannot read the free space for %2.").arg(node, installDir),
                      Tr::tr("Check that df works on the node."), s);
    }
    const qint64 availMiB = availKiB / 1024;
    const QString mount = cols.last();
    if (availMiB >= r.minInstallDiskMiB) {
        return result(
            id, node, Verdict::Pass,
            Tr::tr("%1 has %2 free for %3 (on %4).").arg(node, mib(availMiB), installDir, mount),
            QString(), s);
    }
    return result(id, node, Verdict::Fail,
                  Tr::tr("%1 has only %2 free for %3 (on %4); at least %5 are needed.")
                      .arg(node, mib(availMiB), installDir, mount, mib(r.minInstallDiskMiB)),
                  Tr::tr("Free space on %1 or mount a larger volume there.").arg(mount), s);
}

CheckResult NodeEvaluator::repoMounted(const QString &node, const ProbeSection &s,
                                       const QString &repo, bool *exists)
{
    const QString id = QStringLiteral("repo.mounted");
    const QStringList lines = s.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    *exists = !lines.isEmpty() && lines.first().trimmed() == QLatin1String("exists");
    if (!*exists) {
        return result(
            id, node, Verdict::Fail,
            Tr::tr("%1: the repository %2 does not exist.").arg(node, repo),
            Tr::tr("Mount the shared repository (NFS or SAN) at %1 on %2.").arg(repo, node), s);
    }
    // findmnt -T prints the mount that holds the path: TARGET SOURCE FSTYPE.
    const QStringList cols =
        lines.size() > 1 ? lines.at(1).simplified().split(QLatin1Char(' ')) : QStringList();
    if (cols.size() < 3) {
        return result(id, node, Verdict::Warn,
                      Tr::tr("%1: cannot tell which file system holds %2.").arg(node, repo),
                      Tr::tr("Check the mount with: findmnt -T %1").arg(repo), s);
    }
    const QString target = cols.at(0), source = cols.at(1), fsType = cols.at(2);
    static const QStringList network{
        QStringLiteral("nfs"),        QStringLiteral("nfs4"),          QStringLiteral("cifs"),
        QStringLiteral("smb3"),       QStringLiteral("glusterfs"),     QStringLiteral("ceph"),
        QStringLiteral("fuse.sshfs"), QStringLiteral("gpfs"),          QStringLiteral("ocfs2"),
        QStringLiteral("gfs2"),       QStringLiteral("fuse.glusterfs")};
    if (network.contains(fsType)) {
        return result(id, node, Verdict::Pass,
                      Tr::tr("%1: %2 is on %3 (%4).").arg(node, repo, fsType, source), QString(),
                      s);
    }
    if (cleanPath(target) == cleanPath(repo)) {
        return result(id, node, Verdict::Pass,
                      Tr::tr("%1: %2 is a mount of %3 (%4).").arg(node, repo, source, fsType),
                      QString(), s);
    }
    return result(
        id, node, Verdict::Warn,
        Tr::tr("%1: %2 is a plain directory on %3 (%4), not a mounted shared file system.")
            .arg(node, repo, target, fsType),
        Tr::tr("Mount the shared repository (NFS or SAN) at %1 on %2.").arg(repo, node), s);
}

CheckResult NodeEvaluator::repoEnv(const QString &node, const ProbeSection &s, const QString &repo,
                                   const QString &installUser, QString *value)
{
    const QString id = QStringLiteral("repo.env");
    const QMap<QString, QString> kv = keyValues(s.output);
    QString fromEtc = kv.value(QStringLiteral("etc_environment"));
    fromEtc = fromEtc.section(QLatin1Char('='), 1);
    if (fromEtc.size() >= 2 &&
        (fromEtc.startsWith(QLatin1Char('"')) || fromEtc.startsWith(QLatin1Char('\''))))
        fromEtc = fromEtc.mid(1, fromEtc.size() - 2);
    const QString fromLogin = kv.value(QStringLiteral("login_shell"));
    *value = !fromLogin.isEmpty() ? fromLogin : fromEtc;
    const QString where = !fromLogin.isEmpty()
                              ? Tr::tr("the login environment of %1").arg(installUser)
                              : QStringLiteral("/etc/environment");
    const QString fix =
        Tr::tr("Add OCTANE_REPOSITORY_DIR=%1 to /etc/environment on %2 (the installer fails "
               "without it).")
            .arg(repo, node);
    if (value->isEmpty()) {
        return result(id, node, Verdict::Fail,
                      Tr::tr("%1: OCTANE_REPOSITORY_DIR is not set for %2.").arg(node, installUser),
                      fix, s);
    }
    if (cleanPath(*value) != cleanPath(repo)) {
        return result(id, node, Verdict::Fail,
                      Tr::tr("%1: OCTANE_REPOSITORY_DIR is %2 (in %3), but the repository is %4.")
                          .arg(node, *value, where, repo),
                      fix, s);
    }
    return result(id, node, Verdict::Pass,
                  Tr::tr("%1: OCTANE_REPOSITORY_DIR=%2 (in %3).").arg(node, *value, where),
                  QString(), s);
}

CheckResult NodeEvaluator::repoWritable(const QString &node, const ProbeSection &s,
                                        const QString &repo, const QString &installUser)
{
    const QString id = QStringLiteral("repo.writable");
    if (s.exitCode == 0 && s.output.trimmed().endsWith(QLatin1String("write_ok"))) {
        return result(id, node, Verdict::Pass,
                      Tr::tr("%1: %2 can write to %3.").arg(node, installUser, repo), QString(), s);
    }
    return result(id, node, Verdict::Fail,
                  Tr::tr("%1: %2 cannot write to %3.").arg(node, installUser, repo),
                  Tr::tr("Give %1 read/write access to %2 on %3 (e.g. chown -R %1: %2).")
                      .arg(installUser, repo, node),
                  s);
}

CheckResult NodeEvaluator::dbReachable(const QString &node, const ProbeSection &s,
                                       const QString &dbHost, quint16 dbPort)
{
    const QString id = QStringLiteral("db.reachable");
    const QMap<QString, QString> kv = keyValues(s.output);
    const QString resolved = kv.value(QStringLiteral("resolved")).trimmed();
    const QString rc = kv.value(QStringLiteral("connect_rc"));
    const QString target = QStringLiteral("%1:%2").arg(dbHost).arg(dbPort);
    if (resolved.isEmpty()) {
        return result(id, node, Verdict::Fail,
                      Tr::tr("%1 cannot resolve the database server %2.").arg(node, dbHost),
                      Tr::tr("Add %1 to DNS or to /etc/hosts on %2.").arg(dbHost, node), s);
    }
    if (rc == QLatin1String("0")) {
        return result(id, node, Verdict::Pass,
                      Tr::tr("%1 reaches the database server %2 (%3).").arg(node, target, resolved),
                      QString(), s);
    }
    if (rc == QLatin1String("124")) {
        return result(id, node, Verdict::Fail,
                      Tr::tr("%1: the connection to the database server %2 (%3) timed out.")
                          .arg(node, target, resolved),
                      Tr::tr("A firewall drops traffic from %1 to %2: open it.").arg(node, target),
                      s);
    }
    if (s.output.contains(QLatin1String("refused"), Qt::CaseInsensitive)) {
        return result(
            id, node, Verdict::Fail,
            Tr::tr("%1: the database server %2 (%3) refused the connection.")
                .arg(node, target, resolved),
            Tr::tr("Check that the database listens on port %1 and that no firewall rejects %2.")
                .arg(dbPort)
                .arg(node),
            s);
    }
    return result(
        id, node, Verdict::Fail,
        Tr::tr("%1 cannot connect to the database server %2 (%3).").arg(node, target, resolved),
        Tr::tr("Check routing and firewalls between %1 and %2.").arg(node, dbHost), s);
}

CheckResult NodeEvaluator::portsFree(const QString &node, const ProbeSection &s,
                                     const Requirements &r, const QStringList &ownAddresses)
{
    const QString id = QStringLiteral("ports.free");
    QStringList busy;
    for (const QString &line : s.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList cols = line.simplified().split(QLatin1Char(' '));
        if (cols.size() < 4)
            continue;
        const QString local = cols.at(3);
        const int colon = local.lastIndexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        const int port = local.mid(colon + 1).toInt();
        QString addr = local.left(colon);
        addr.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        const int percent = addr.indexOf(QLatin1Char('%'));
        if (percent >= 0)
            addr.truncate(percent);
        if (!r.httpPorts.contains(port))
            continue;
        const bool wildcard = addr == QLatin1String("0.0.0.0") || addr == QLatin1String("*") ||
                              addr == QLatin1String("::");
        if (wildcard || ownAddresses.contains(normalizeAddress(addr)))
            busy.append(local);
    }
    if (busy.isEmpty()) {
        QStringList ports;
        for (int p : r.httpPorts)
            ports.append(QString::number(p));
        return result(id, node, Verdict::Pass,
                      Tr::tr("%1: ports %2 are free.").arg(node, ports.join(QStringLiteral(", "))),
                      QString(), s);
    }
    return result(
        id, node, Verdict::Fail,
        Tr::tr("%1: something already listens on %2.").arg(node, busy.join(QStringLiteral(", "))),
        Tr::tr("Stop the service that uses the port (see: ss -ltnp) on %1.").arg(node), s);
}

CheckResult NodeEvaluator::openFiles(const QString &node, const ProbeSection &s,
                                     const Requirements &r, const QString &installUser)
{
    const QString id = QStringLiteral("limits.nofile");
    const QStringList lines = s.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString hard = lines.value(0).trimmed();
    const QString fix = Tr::tr("Add \"%1 hard nofile %2\" and \"%1 soft nofile %2\" to "
                               "/etc/security/limits.conf on %3.")
                            .arg(installUser)
                            .arg(r.minOpenFiles)
                            .arg(node);
    bool ok = false;
    const qint64 value = hard.toLongLong(&ok);
    if (hard == QLatin1String("unlimited") || (ok && value >= r.minOpenFiles)) {
        return result(id, node, Verdict::Pass,
                      Tr::tr("%1: %2 may open %3 files.").arg(node, installUser, hard), QString(),
                      s);
    }
    if (!ok)
        return result(id, node, Verdict::Warn,
                      Tr::tr("%1: cannot read the open-files limit of %2.").arg(node, installUser),
                      fix, s);
    return result(id, node, Verdict::Warn,
                  Tr::tr("%1: %2 may open only %3 files; Octane needs %4.")
                      .arg(node, installUser, hard)
                      .arg(r.minOpenFiles),
                  fix, s);
}

CheckResult NodeEvaluator::timeSync(const QString &node, const ProbeSection &s)
{
    const QString id = QStringLiteral("time.sync");
    const QMap<QString, QString> kv = keyValues(s.output);
    if (kv.value(QStringLiteral("timedatectl")) == QLatin1String("yes"))
        return result(id, node, Verdict::Pass,
                      Tr::tr("%1: the clock is synchronised (systemd).").arg(node), QString(), s);
    if (kv.value(QStringLiteral("chrony")) == QLatin1String("Normal"))
        return result(id, node, Verdict::Pass,
                      Tr::tr("%1: the clock is synchronised (chrony).").arg(node), QString(), s);
    if (kv.value(QStringLiteral("ntpstat")) == QLatin1String("0"))
        return result(id, node, Verdict::Pass,
                      Tr::tr("%1: the clock is synchronised (ntpd).").arg(node), QString(), s);
    return result(
        id, node, Verdict::Warn,
        Tr::tr("%1: no synchronised time service found (chrony, ntpd, systemd-timesyncd).")
            .arg(node),
        Tr::tr("Enable chronyd on %1: cluster members need agreeing clocks.").arg(node), s);
}

QString NodeEvaluator::normalizeAddress(const QString &address)
{
    QHostAddress a;
    if (!a.setAddress(address))
        return address;
    bool ok = false;
    const quint32 v4 = a.toIPv4Address(&ok);
    return ok ? QHostAddress(v4).toString() : a.toString();
}

QMap<QString, QStringList> NodeEvaluator::parseResolution(const QString &output)
{
    QMap<QString, QStringList> map;
    for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList cols = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cols.isEmpty())
            continue;
        QStringList addresses;
        for (int i = 1; i < cols.size(); ++i) {
            const QString a = normalizeAddress(cols.at(i));
            if (!addresses.contains(a))
                addresses.append(a);
        }
        std::sort(addresses.begin(), addresses.end());
        map.insert(cols.first(), addresses);
    }
    return map;
}

} // namespace Ocw::Core
