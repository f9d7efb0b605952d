#include "phaseplan.h"

#include "../checks/checkboard.h"
#include "../cluster/verifyboard.h"
#include "steps/checkstagestep.h"
#include "steps/clustergatestep.h"
#include "steps/clusterreadstep.h"
#include "steps/fetchpackagestep.h"
#include "steps/forcehttpsstep.h"
#include "steps/httpscheckstep.h"
#include "steps/installedprobestep.h"
#include "steps/installpackagestep.h"
#include "steps/privilegestep.h"
#include "steps/rejoinstep.h"
#include "steps/repositoryconfeditstep.h"
#include "steps/repositoryconfstep.h"
#include "steps/repositoryenvstep.h"
#include "steps/securekeystorestep.h"
#include "steps/securepermissionsstep.h"
#include "steps/sharecleanupstep.h"
#include "steps/shareuploadstep.h"
#include "steps/signinstep.h"
#include "steps/startservicestep.h"
#include "steps/stopservicestep.h"
#include "steps/uploadpackagestep.h"
#include "steps/validateconfstep.h"
#include "steps/vendorkeystep.h"
#include "steps/verifypackagestep.h"
#include "steps/verifysummarystep.h"
#include "steps/waitreadystep.h"
#include "steps/writeconfstep.h"

#include <QFileInfo>

namespace Ocw::Core {

namespace {
using StepList = QList<std::shared_ptr<const Step>>;

template<class T> std::shared_ptr<const Step> make(const QString &phase)
{
    return std::make_shared<const T>(phase);
}

QStringList otherNodesOf(const ClusterProfile &profile)
{
    QStringList others;
    for (const Node &n : profile.nodes) {
        if (n.host != profile.firstNodeHost())
            others.append(n.host);
    }
    return others;
}

// The first node's steps from the repository variable to the sign-in; `fromShare`: the package
// comes from the shared repository instead of the workstation.
StepList firstNodeInstall(bool fromShare)
{
    const QString p = PhaseId::FirstNode;
    StepList steps{make<RepositoryEnvStep>(p)};
    steps.append(fromShare ? make<FetchPackageStep>(p) : make<UploadPackageStep>(p));
    steps.append({make<VerifyPackageStep>(p), make<InstallPackageStep>(p), make<WriteConfStep>(p),
                  make<StartServiceStep>(p), make<WaitReadyStep>(p), make<SignInStep>(p)});
    return steps;
}

// Steps 5 and 6 on one other node: no configuration file, no script. With the package from the
// share, the privilege (and the read-only "installed?") come in an earlier round, before the
// staging.
StepList otherNodeInstall(bool fromShare)
{
    const QString p = PhaseId::OtherNodes;
    StepList steps;
    if (!fromShare)
        steps.append(make<PrivilegeStep>(p));
    steps.append(make<RepositoryEnvStep>(p));
    steps.append(fromShare ? make<FetchPackageStep>(p) : make<UploadPackageStep>(p));
    steps.append({make<VerifyPackageStep>(p), make<InstallPackageStep>(p),
                  make<StartServiceStep>(p), make<WaitReadyStep>(p)});
    return steps;
}

// The secure deployment's changes to one node's own files (the keystore, web.xml, the
// permissions): before its restart.
StepList secureNodeFiles(const PhaseInputs &in)
{
    const QString p = PhaseId::Secure;
    StepList steps{make<SecureKeystoreStep>(p)};
    if (in.profile.secure.forceHttps)
        steps.append(make<ForceHttpsStep>(p));
    if (in.profile.secure.permissions)
        steps.append(make<SecurePermissionsStep>(p));
    return steps;
}

// Inserts the vendor key's import before the package verification (rpm --checksig), when the
// profile's secure deployment names one.
void withVendorKey(const PhaseInputs &in, StepList *steps, const QString &phase)
{
    if (in.profile.secure.vendorKey.isEmpty() || !in.profile.secure.enabled)
        return;
    for (int i = 0; i < steps->size(); ++i) {
        if (steps->at(i)->name() == StepId::Verify) {
            steps->insert(i, std::make_shared<const VendorKeyStep>(phase));
            return;
        }
    }
}

// Before a staging in the share: each other node, read only.
StepList otherNodeProbe()
{
    const QString p = PhaseId::OtherNodes;
    return {make<PrivilegeStep>(p), make<InstalledProbeStep>(p)};
}
} // namespace

PhasePlan PhasePlan::firstNode(const PhaseInputs &in)
{
    PhasePlan plan;
    plan.phase = PhaseId::FirstNode;
    plan.concurrency = 1;
    const QString p = PhaseId::FirstNode;
    StepList steps{make<ValidateConfStep>(p), make<PrivilegeStep>(p)};
    steps.append(firstNodeInstall(false));
    plan.rounds.append({{in.profile.firstNodeHost()}, steps, true, false});
    return plan;
}

PhasePlan PhasePlan::otherNodes(const PhaseInputs &in, bool startOneAtATime)
{
    PhasePlan plan;
    plan.phase = PhaseId::OtherNodes;
    plan.concurrency = qMax(1, in.profile.concurrency);
    const QStringList others = otherNodesOf(in.profile);
    if (others.isEmpty())
        return plan;
    const QString first = in.profile.firstNodeHost();
    const bool share = in.delivery == PackageDelivery::ShareStage;
    const QString p = PhaseId::OtherNodes;
    plan.rounds.append(
        {{first}, {make<PrivilegeStep>(p), make<RepositoryConfStep>(p)}, true, false});
    if (share) {
        // Every other node says whether it needs the package before it is staged.
        plan.rounds.append({others, otherNodeProbe(), false, false});
        plan.rounds.append({{first}, {make<ShareUploadStep>(p)}, true, false});
    }
    plan.rounds.append({others, otherNodeInstall(share), false, false});
    if (share)
        plan.rounds.append({{first}, {make<ShareCleanupStep>(p)}, false, true});
    plan.delivery = in.delivery;
    if (startOneAtATime)
        plan.serialSteps = {StepId::Start, StepId::Ready};
    return plan;
}

PhasePlan PhasePlan::all(const PhaseInputs &in, bool startOneAtATime)
{
    const QStringList others = otherNodesOf(in.profile);
    const bool share = in.delivery == PackageDelivery::ShareStage && !others.isEmpty();
    PhasePlan plan;
    plan.phase = QStringLiteral("all");
    plan.concurrency = qMax(1, in.profile.concurrency);
    const QString first = in.profile.firstNodeHost();
    const QString p = PhaseId::FirstNode;
    const bool secured = in.profile.secure.enabled;
    if (share) {
        // Every node, read only, says whether it needs the package; then it is staged once.
        plan.rounds.append(
            {{first},
             {make<ValidateConfStep>(p), make<PrivilegeStep>(p), make<InstalledProbeStep>(p)},
             true,
             false});
        plan.rounds.append({others, otherNodeProbe(), false, false});
        StepList firstSteps{make<ShareUploadStep>(p)};
        firstSteps.append(firstNodeInstall(true));
        withVendorKey(in, &firstSteps, PhaseId::Secure);
        plan.rounds.append({{first}, firstSteps, true, false});
    } else {
        StepList firstSteps{make<ValidateConfStep>(p), make<PrivilegeStep>(p)};
        firstSteps.append(firstNodeInstall(false));
        withVendorKey(in, &firstSteps, PhaseId::Secure);
        plan.rounds.append({{first}, firstSteps, true, false});
    }
    if (secured) {
        // Step 3 after the first node's start and sign-in (the vendor key came before its
        // package check).
        PhaseRound step3 = secure(in).rounds.first();
        step3.steps.removeIf([](const std::shared_ptr<const Step> &s) {
            return s->name() == StepId::Privilege || s->name() == StepId::VendorKey;
        });
        plan.rounds.append(step3);
    }
    if (!others.isEmpty()) {
        plan.rounds.append({{first}, {make<RepositoryConfStep>(PhaseId::OtherNodes)}, true, false});
        StepList otherSteps = otherNodeInstall(share);
        if (secured) {
            // Step 7 between the deploy and the start: the shared octane.conf names the
            // keystore now, and a node that started without it would not start at all.
            withVendorKey(in, &otherSteps, PhaseId::Secure);
            for (int i = 0; i < otherSteps.size(); ++i) {
                if (otherSteps.at(i)->name() == StepId::Start) {
                    const StepList files = secureNodeFiles(in);
                    for (int k = 0; k < files.size(); ++k)
                        otherSteps.insert(i + k, files.at(k));
                    break;
                }
            }
            otherSteps.append(make<HttpsCheckStep>(PhaseId::Secure));
        }
        plan.rounds.append({others, otherSteps, false, false});
    }
    if (share)
        plan.rounds.append({{first}, {make<ShareCleanupStep>(PhaseId::OtherNodes)}, false, true});
    plan.delivery = share ? PackageDelivery::ShareStage : PackageDelivery::Upload;
    if (startOneAtATime)
        plan.serialSteps = {StepId::Start, StepId::Ready};
    // Step 8: the installation ends with the cluster verified.
    appendVerify(&plan, in, std::make_shared<VerifyBoard>());
    return plan;
}

PhasePlan PhasePlan::verify(const PhaseInputs &in, const std::shared_ptr<VerifyBoard> &board)
{
    PhasePlan plan;
    plan.phase = PhaseId::Verify;
    plan.concurrency = qMax(1, in.profile.concurrency);
    appendVerify(&plan, in, board);
    return plan;
}

void PhasePlan::appendVerify(PhasePlan *plan, const PhaseInputs &in,
                             const std::shared_ptr<VerifyBoard> &board)
{
    QStringList nodes;
    for (const Node &n : in.profile.nodes)
        nodes.append(n.host);
    if (nodes.isEmpty())
        return;
    const QString p = PhaseId::Verify;
    PhaseRound readings;
    readings.nodes = nodes;
    readings.steps = {std::make_shared<const ClusterReadStep>(p, board)};
    readings.failureStopsPhase = false; // every node is read, whatever another one says
    // At once on every node (bounded by the profile's node limit): the window is the same
    // for all, and a node waiting for a worker would be read late.
    readings.concurrency = int(qMin<qsizetype>(nodes.size(), ClusterProfile::MaxNodes));
    plan->rounds.append(readings);
    PhaseRound verdict;
    verdict.nodes = {in.profile.firstNodeHost()};
    verdict.steps = {std::make_shared<const VerifySummaryStep>(p, board)};
    verdict.failureStopsPhase = false;
    verdict.needsSession = false;
    plan->rounds.append(verdict);
}

PhasePlan PhasePlan::rollingRestart(const PhaseInputs &in, const QStringList &order)
{
    PhasePlan plan;
    plan.phase = PhaseId::Restart;
    const int batch = qMax(1, in.rollingBatch);
    plan.concurrency = batch;
    QStringList nodes = order;
    if (nodes.isEmpty()) {
        // The other nodes first, the first node last: it is the one administrators sign in to.
        nodes = otherNodesOf(in.profile);
        if (!in.profile.firstNodeHost().isEmpty())
            nodes.append(in.profile.firstNodeHost());
    }
    const QString p = PhaseId::Restart;
    // The privilege first (read only): sudo with a password, or a root login, as on install.
    const StepList steps{make<PrivilegeStep>(p),   make<ClusterGateStep>(p),
                         make<StopServiceStep>(p), make<StartServiceStep>(p),
                         make<WaitReadyStep>(p),   make<RejoinStep>(p)};
    for (int i = 0; i < nodes.size(); i += batch) {
        PhaseRound round;
        round.nodes = nodes.mid(i, batch);
        round.steps = steps;
        round.failureStopsPhase = true; // a bad change would break every node: stop at the first
        plan.rounds.append(round);
    }
    return plan;
}

PhasePlan PhasePlan::secure(const PhaseInputs &in)
{
    PhasePlan plan;
    plan.phase = PhaseId::Secure;
    plan.concurrency = 1;
    const QString p = PhaseId::Secure;
    const QString first = in.profile.firstNodeHost();
    StepList restart{make<StopServiceStep>(p), make<StartServiceStep>(p), make<WaitReadyStep>(p),
                     make<HttpsCheckStep>(p)};
    // Step 3: the first node, with the shared octane.conf's HTTPS settings.
    StepList firstSteps{make<PrivilegeStep>(p)};
    if (!in.profile.secure.vendorKey.isEmpty())
        firstSteps.append(make<VendorKeyStep>(p));
    firstSteps.append(make<SecureKeystoreStep>(p));
    firstSteps.append(make<RepositoryConfEditStep>(p));
    firstSteps.append(secureNodeFiles(in).mid(1));
    firstSteps.append(restart);
    plan.rounds.append({{first}, firstSteps, true, false});
    // Step 7: each other node, one at a time: the others keep serving while it restarts.
    for (const QString &node : otherNodesOf(in.profile)) {
        StepList steps{make<PrivilegeStep>(p)};
        if (!in.profile.secure.vendorKey.isEmpty())
            steps.append(make<VendorKeyStep>(p));
        steps.append(secureNodeFiles(in));
        steps.append(restart);
        plan.rounds.append({{node}, steps, true, false});
    }
    return plan;
}

PhasePlan PhasePlan::reconfigure(const PhaseInputs &in, bool rolling, const QStringList &order)
{
    PhasePlan plan;
    plan.phase = PhaseId::Reconfigure;
    const QString p = PhaseId::Reconfigure;
    PhaseRound edit;
    edit.nodes = {in.profile.firstNodeHost()};
    edit.steps = {make<PrivilegeStep>(p), make<RepositoryConfEditStep>(p)};
    plan.rounds.append(edit);
    plan.concurrency = 1;
    if (rolling && !in.previewOnly) {
        const PhasePlan roll = rollingRestart(in, order);
        plan.rounds.append(roll.rounds);
        plan.concurrency = roll.concurrency;
    }
    return plan;
}

std::optional<PhasePlan> PhasePlan::forPhase(const QString &name, const PhaseInputs &in,
                                             bool startOneAtATime)
{
    if (name == PhaseId::FirstNode)
        return firstNode(in);
    if (name == PhaseId::OtherNodes)
        return otherNodes(in, startOneAtATime);
    if (name == QLatin1String("all"))
        return all(in, startOneAtATime);
    if (name == PhaseId::Verify)
        return verify(in, std::make_shared<VerifyBoard>());
    if (name == PhaseId::Secure)
        return secure(in);
    return std::nullopt;
}

QStringList PhasePlan::phaseNames()
{
    return {PhaseId::FirstNode, PhaseId::Secure, PhaseId::OtherNodes, QStringLiteral("all")};
}

QStringList PhasePlan::nodes() const
{
    QStringList all;
    for (const PhaseRound &round : rounds) {
        for (const QString &node : round.nodes) {
            if (!all.contains(node))
                all.append(node);
        }
    }
    return all;
}

NodeState PhasePlan::initialState(const PhaseInputs &in, const QString &node)
{
    NodeState state(
        NodeCommands(in.profile, in.release, QFileInfo(in.packagePath).fileName(), node));
    state.packageSha256 = in.packageSha256;
    return state;
}

InstallPlan PhasePlan::dryRun(const PhaseInputs &in, const StateProvider &stateFor) const
{
    InstallPlan plan;
    for (const PhaseRound &round : rounds) {
        for (const QString &node : round.nodes) {
            const NodeState state = stateFor ? stateFor(node) : initialState(in, node);
            for (const std::shared_ptr<const Step> &step : round.steps)
                plan.steps.append(step->describe(in, state));
        }
    }
    return plan;
}

PhasePlan PhasePlan::checks(const std::shared_ptr<CheckBoard> &board, int concurrency)
{
    PhasePlan plan;
    plan.phase = PhaseId::Checks;
    plan.concurrency = qMax(1, concurrency);
    using Stage = CheckStageStep::Stage;
    for (Stage stage : {Stage::NodeChecks, Stage::CrossPrepare, Stage::Mesh, Stage::Cleanup}) {
        PhaseRound round;
        round.nodes = board->nodes();
        round.steps = {std::make_shared<CheckStageStep>(stage, board)};
        round.failureStopsPhase = false;
        round.always = stage == Stage::Cleanup;
        plan.rounds.append(round);
    }
    return plan;
}

} // namespace Ocw::Core
