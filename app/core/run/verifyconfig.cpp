#include "verifyconfig.h"

#include "../base/tr.h"
#include "../cluster/verifyboard.h"
#include "../plan/stepid.h"
#include "../secrets/secretnames.h"
#include "../secrets/secretresolver.h"
#include "nodestatusmodel.h"

namespace Ocw::Core {

namespace {
const QString kSummary = QStringLiteral("verify.summary");
const QString kVersion = QStringLiteral("verify.version");
const QString kLbSignIn = QStringLiteral("verify.lb-sign-in");
} // namespace

QString VerifyConfig::blocker() const
{
    if (m_profile.nodes.isEmpty())
        return Tr::tr("The profile has no nodes: enter them on the Nodes page.");
    if (!m_release)
        return Tr::tr("The profile's release \"%1\" is not known to this version: the "
                      "verification needs its paths and ports.")
            .arg(m_profile.release);
    const QString key = m_release->keyPath(ConfRole::SiteAdminPassword);
    if (m_secrets.value(SecretNames::forConf(key)).isEmpty())
        return Tr::tr("The site admin's password is not known in this session: enter it on the "
                      "First node page (or store it in the keychain) to sign in.");
    return {};
}

PhaseInputs VerifyConfig::inputs() const
{
    PhaseInputs in;
    in.profile = m_profile;
    if (m_release) {
        in.release = *m_release;
        // Only what the sign-ins need: never the database's passwords.
        const QString key = m_release->keyPath(ConfRole::SiteAdminPassword);
        const QString password = m_secrets.value(SecretNames::forConf(key));
        if (!password.isEmpty())
            in.confSecrets.insert(key, password);
    }
    in.readyTimeoutS = m_profile.readyTimeoutS;
    in.sudoPasswords = SecretResolver::sudoPasswords(m_profile, m_secrets);
    return in;
}

PhasePlan VerifyConfig::plan(const std::shared_ptr<VerifyBoard> &board) const
{
    return PhasePlan::verify(inputs(), board);
}

QString VerifyConfig::dryRunText() const
{
    const PhaseInputs in = inputs();
    return plan(std::make_shared<VerifyBoard>()).dryRun(in).toText();
}

QHash<QString, SshTarget> VerifyConfig::targets() const
{
    QHash<QString, SshTarget> targets;
    for (const SshTarget &t : SecretResolver::targets(m_profile, m_secrets))
        targets.insert(t.nodeName, t);
    return targets;
}

QString VerifyConfig::clusterRow()
{
    return Tr::tr("cluster");
}

QList<QPair<QString, QString>> VerifyConfig::verdictColumns()
{
    return {
        {QStringLiteral("verify.members"), Tr::tr("Cluster membership")},
        {QStringLiteral("verify.port"), Tr::tr("Cluster port")},
        {QStringLiteral("verify.status"), Tr::tr("Health readings")},
        {QStringLiteral("verify.node-sign-in"), Tr::tr("Sign-in on the node")},
        {QStringLiteral("verify.lb-spread"), Tr::tr("Answers through the load balancer")},
        {kVersion, Tr::tr("Same version")},
        {kLbSignIn, Tr::tr("Sign-in through the load balancer")},
    };
}

void VerifyConfig::prepareGrid(NodeStatusModel *model, const PhasePlan &plan) const
{
    model->setPlan(plan);
    QStringList nodes;
    for (const Node &n : m_profile.nodes)
        nodes.append(n.host);
    for (const auto &[id, title] : verdictColumns()) {
        const bool cluster = id == kVersion || id == kLbSignIn;
        model->addColumn(id, title, cluster ? QStringList{clusterRow()} : nodes);
    }
    // The verdict step runs on the workstation for the cluster: its cell is the cluster's.
    const QString summaryId = StepId::qualified(PhaseId::Verify, StepId::VerifySummary);
    model->addColumn(summaryId, Tr::tr("Cluster verdict"), {clusterRow()});
}

CheckResult VerifyConfig::gridCell(const CheckResult &result)
{
    CheckResult cell = result;
    if (result.checkId == kVersion || result.checkId == kLbSignIn || result.checkId == kSummary)
        cell.node = clusterRow();
    return cell;
}

QString VerifyConfig::summary(const QList<CheckResult> &results, bool cancelled)
{
    QStringList failedNodes;
    int failed = 0, warned = 0, passed = 0;
    for (const CheckResult &r : results) {
        if (!r.checkId.startsWith(QLatin1String("verify.")) || r.checkId == kSummary)
            continue;
        if (r.checkId == StepId::qualified(PhaseId::Verify, StepId::ClusterReadings) &&
            r.verdict == Verdict::Pass)
            continue;
        passed += r.verdict == Verdict::Pass;
        warned += r.verdict == Verdict::Warn;
        if (r.verdict == Verdict::Fail) {
            ++failed;
            if (!r.node.isEmpty() && !failedNodes.contains(r.node))
                failedNodes.append(r.node);
        }
    }
    if (cancelled)
        return Tr::tr("Cancelled: the cluster is not verified. Nothing was changed on any node.");
    if (failed > 0)
        return Tr::tr("The cluster is not verified: %n verification(s) failed on %1 — select a "
                      "red cell for the evidence, the cause and the fix, then Verify again.",
                      nullptr, failed)
            .arg(failedNodes.join(QStringLiteral(", ")));
    if (warned > 0)
        return Tr::tr("The cluster is verified, with %n warning(s): select a yellow cell to read "
                      "it.",
                      nullptr, warned);
    return Tr::tr("The cluster is verified: %n verification(s) passed over the readiness "
                  "window.",
                  nullptr, passed);
}

} // namespace Ocw::Core
