#include "othernodesconfig.h"

#include "../base/tr.h"
#include "../secrets/secretresolver.h"
#include "../ssh/fileuploader.h"
#include "nodestatusmodel.h"

namespace Ocw::Core {

void OtherNodesConfig::setPackage(const QString &path, qint64 bytes, const QString &sha256)
{
    m_packagePath = path;
    m_packageBytes = bytes;
    m_packageSha256 = sha256;
}

QStringList OtherNodesConfig::otherNodes() const
{
    QStringList others;
    for (const Node &n : m_profile.nodes) {
        if (n.host != m_profile.firstNodeHost())
            others.append(n.host);
    }
    return others;
}

QString OtherNodesConfig::blocker() const
{
    if (otherNodes().isEmpty())
        return Tr::tr("The profile has one node only: there are no other nodes to install.");
    if (!m_release)
        return Tr::tr("The release definition is not loaded: go back to the First node page.");
    if (m_packagePath.isEmpty() || m_packageSha256.isEmpty())
        return Tr::tr("Choose the package on the First node page: the other nodes get the same.");
    if (!m_firstNodeReady)
        return Tr::tr("Install the first node first (the First node page): the other nodes join "
                      "a running first node and read its octane.conf from the repository.");
    return QString();
}

PhaseInputs OtherNodesConfig::inputs() const
{
    PhaseInputs in;
    in.profile = m_profile;
    if (m_release)
        in.release = *m_release;
    in.packagePath = m_packagePath;
    in.packageBytes = m_packageBytes;
    in.packageSha256 = m_packageSha256;
    in.setRepositoryEnv = m_setRepositoryEnv;
    in.delivery = m_delivery;
    in.readyTimeoutS = m_profile.readyTimeoutS;
    // Each node's own sudo password, else the shared one, else its SSH password.
    in.sudoPasswords = SecretResolver::sudoPasswords(m_profile, m_secrets);
    return in;
}

PhasePlan OtherNodesConfig::plan() const
{
    return PhasePlan::otherNodes(inputs(), m_serial);
}

QString OtherNodesConfig::dryRunText() const
{
    const PhaseInputs in = inputs();
    return plan().dryRun(in).toText();
}

QHash<QString, SshTarget> OtherNodesConfig::targets() const
{
    QHash<QString, SshTarget> targets;
    for (const SshTarget &t : SecretResolver::targets(m_profile, m_secrets))
        targets.insert(t.nodeName, t);
    return targets;
}

QString OtherNodesConfig::summary(const NodeStatusModel &status,
                                  const QHash<QString, qint64> &bytesSent, bool cancelled) const
{
    const QString ready = StepId::qualified(PhaseId::OtherNodes, StepId::Ready);
    QStringList done, failed;
    for (const QString &node : otherNodes()) {
        if (status.verdict(node, ready) == Verdict::Pass)
            done.append(node);
        else
            failed.append(node);
    }
    qint64 total = 0;
    for (auto it = bytesSent.cbegin(); it != bytesSent.cend(); ++it)
        total += it.value();
    QString text;
    if (failed.isEmpty())
        text = Tr::tr("Every other node is installed, started and ready: %1.")
                   .arg(done.join(QStringLiteral(", ")));
    else if (cancelled)
        text = Tr::tr("Cancelled. Ready: %1. Not finished: %2 (each row says what was left "
                      "there).")
                   .arg(done.isEmpty() ? Tr::tr("none") : done.join(QStringLiteral(", ")),
                        failed.join(QStringLiteral(", ")));
    else
        text = Tr::tr("Ready: %1. Failed: %2 — select a red cell for the cause and the fix, then "
                      "Retry failed nodes (only those run again).")
                   .arg(done.isEmpty() ? Tr::tr("none") : done.join(QStringLiteral(", ")),
                        failed.join(QStringLiteral(", ")));
    text += QLatin1Char(' ') +
            Tr::tr("Sent from this workstation: %1 (package %2).")
                .arg(FileUploader::formatBytes(total), FileUploader::formatBytes(m_packageBytes));
    return text;
}

} // namespace Ocw::Core
