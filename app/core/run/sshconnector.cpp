#include "sshconnector.h"

#include "../base/tr.h"
#include "../checks/checkcatalogue.h"
#include "../ssh/sshsession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>

namespace Ocw::Core {

SshConnector::SshConnector(const QStringList &knownHostsFiles)
{
    for (const QString &file : knownHostsFiles) {
        if (QFileInfo::exists(file))
            m_knownHosts.load(file);
    }
}

QString SshConnector::productKnownHostsFile()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/octane-cluster-wizard");
    return dir + QStringLiteral("/known_hosts");
}

QStringList SshConnector::defaultKnownHostsFiles(const QString &profileFile)
{
    QStringList files{KnownHosts::userKnownHostsFile(), productKnownHostsFile()};
    if (!profileFile.isEmpty())
        files.append(profileFile);
    return files;
}

ConnectOutcome SshConnector::open(const SshTarget &target, const CancelToken &cancel)
{
    ConnectOutcome out;
    const QString node = target.nodeName;
    const QString where = QStringLiteral("%1@%2:%3").arg(target.user, target.host).arg(target.port);
    auto session = std::make_unique<SshSession>(cancel);
    // The same key types as the host-key scan asks for: otherwise a node trusted only under
    // its ECDSA key passes the Nodes page and then fails ssh.hostkey here as unknown.
    session->preferKnownHostKeyTypes(m_knownHosts, target);
    QElapsedTimer timer;
    timer.start();

    const Expected<HostKey> key = session->connect(target);
    if (!key) {
        out.connect = CheckResult::make(QStringLiteral("ssh.connect"), node,
                                        key.error().code == ErrorCode::Cancelled ? Verdict::Skipped
                                                                                 : Verdict::Fail,
                                        key.error().message, key.error().fix, key.error().details);
        out.connect.commands = QStringList{
            QStringLiteral("ssh -p %1 %2@%3").arg(target.port).arg(target.user, target.host)};
        out.connect.durationMs = timer.elapsed();
        out.hostKey = CheckResult::make(QStringLiteral("ssh.hostkey"), node, Verdict::Skipped,
                                        Tr::tr("%1: not checked: no SSH connection.").arg(node));
        return out;
    }
    out.hostKeyType = key->type;
    out.hostKeyFingerprint = key->fingerprintSha256();
    const Expected<Done> verified = session->verifyHostKey(m_knownHosts);
    const QString keyText = QStringLiteral("%1 %2").arg(key->type, out.hostKeyFingerprint);
    if (!verified) {
        out.hostKey = CheckResult::make(
            QStringLiteral("ssh.hostkey"), node,
            verified.error().code == ErrorCode::Cancelled ? Verdict::Skipped : Verdict::Fail,
            verified.error().message, verified.error().fix,
            keyText + QLatin1Char('\n') + verified.error().details);
        out.connect = CheckResult::make(
            QStringLiteral("ssh.connect"), node, Verdict::Skipped,
            Tr::tr("%1: connected, but not logged in: the host key is not trusted.").arg(node));
        out.connect.durationMs = timer.elapsed();
        return out;
    }
    out.hostKey = CheckResult::make(QStringLiteral("ssh.hostkey"), node, Verdict::Pass,
                                    Tr::tr("%1: the host key %2 is trusted.").arg(node, keyText),
                                    QString(), keyText);

    const Expected<Done> auth = session->authenticate(target);
    out.connect.durationMs = timer.elapsed();
    if (!auth) {
        out.connect = CheckResult::make(
            QStringLiteral("ssh.connect"), node,
            auth.error().code == ErrorCode::Cancelled ? Verdict::Skipped : Verdict::Fail,
            auth.error().message, auth.error().fix, auth.error().details);
        out.connect.commands = QStringList{
            QStringLiteral("ssh -p %1 %2@%3").arg(target.port).arg(target.user, target.host)};
        return out;
    }
    out.connect = CheckResult::make(QStringLiteral("ssh.connect"), node, Verdict::Pass,
                                    Tr::tr("%1: logged in as %2 (%3) in %4 ms.")
                                        .arg(node, where, authMethodName(target.auth))
                                        .arg(timer.elapsed()),
                                    QString(), session->serverBanner());
    out.connect.commands = QStringList{
        QStringLiteral("ssh -p %1 %2@%3").arg(target.port).arg(target.user, target.host)};
    out.connect.durationMs = timer.elapsed();
    out.shell = std::move(session);
    return out;
}

} // namespace Ocw::Core
