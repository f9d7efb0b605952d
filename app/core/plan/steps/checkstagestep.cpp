#include "checkstagestep.h"

#include "../../base/tr.h"
#include "../../checks/checkboard.h"
#include "../../checks/privilege.h"
#include "../../checks/probescript.h"
#include "../steprun.h"

namespace Ocw::Core {

CheckStageStep::CheckStageStep(Stage stage, std::shared_ptr<CheckBoard> board)
    : Step(PhaseId::Checks)
    , m_stage(stage)
    , m_board(std::move(board))
{
}

QString CheckStageStep::name() const
{
    switch (m_stage) {
    case Stage::NodeChecks:
        return StepId::NodeChecks;
    case Stage::CrossPrepare:
        return StepId::CrossPrepare;
    case Stage::Mesh:
        return StepId::Mesh;
    case Stage::Cleanup:
        return StepId::CheckCleanup;
    }
    return QString();
}

QString CheckStageStep::title() const
{
    switch (m_stage) {
    case Stage::NodeChecks:
        return Tr::tr("Node checks");
    case Stage::CrossPrepare:
        return Tr::tr("Cross-node test preparation");
    case Stage::Mesh:
        return Tr::tr("Port %1 between nodes").arg(m_board->requirements().clusterPort);
    case Stage::Cleanup:
        return Tr::tr("Check clean-up");
    }
    return QString();
}

QString CheckStageStep::statusText() const
{
    switch (m_stage) {
    case Stage::NodeChecks:
        return Tr::tr("Running checks…");
    case Stage::CrossPrepare:
    case Stage::Mesh:
        return Tr::tr("Testing the repository and port %1…")
            .arg(m_board->requirements().clusterPort);
    case Stage::Cleanup:
        return Tr::tr("Removing temporary files…");
    }
    return QString();
}

QString CheckStageStep::description(const PhaseInputs &, const NodeState &) const
{
    switch (m_stage) {
    case Stage::NodeChecks:
        return Tr::tr("Privileges, one batched probe as the login user and one as the install "
                      "user (it writes this run's token into the shared repository), the clock.");
    case Stage::CrossPrepare:
        return Tr::tr("Reads the other nodes' tokens from the repository and starts a temporary "
                      "listener on port %1 of the node's own address.")
            .arg(m_board->requirements().clusterPort);
    case Stage::Mesh:
        return Tr::tr("Connects to the temporary listener of every other node.");
    case Stage::Cleanup:
        return Tr::tr("Stops the listener and removes the token, also after a cancel.");
    }
    return QString();
}

bool CheckStageStep::changesNode() const
{
    return false; // a token and a listener, both removed by the clean-up
}

QString CheckStageStep::doneWhen() const
{
    return Tr::tr("always runs (checks only read, and remove what they leave)");
}

QList<PlannedCommand> CheckStageStep::plannedCommands(const PhaseInputs &,
                                                      const NodeState &node) const
{
    const NodeCheckJob &job = m_board->job(node.commands.node());
    const int port = m_board->requirements().clusterPort;
    switch (m_stage) {
    case Stage::NodeChecks:
        return {
            {PrivilegeProbe::detectCommand(), QString()},
            {ProbeScript::shellCommand(),
             Tr::tr("the login user's probe, on stdin: %1")
                 .arg(job.loginProbe().sections().join(QStringLiteral(", ")))},
            {ProbeScript::shellCommand(), Tr::tr("the install user's probe, on stdin: %1")
                                              .arg(job.installUserProbe(QStringLiteral("<token>"))
                                                       .sections()
                                                       .join(QStringLiteral(", ")))}};
    case Stage::CrossPrepare:
        return {{ProbeScript::shellCommand(), Tr::tr("reads the other nodes' tokens")},
                {NodeCheckJob::listenerCommand(QStringLiteral("<node address>"), port,
                                               QStringLiteral("<token>"), 120),
                 QString()}};
    case Stage::Mesh:
        return {{ProbeScript::shellCommand(),
                 Tr::tr("connects to port %1 of every other node, on stdin").arg(port)}};
    case Stage::Cleanup:
        return {{QStringLiteral("kill <listener pid>"), Tr::tr("only if it is still the listener")},
                {QStringLiteral("rm -f %1").arg(job.tokenPath(job.nodeIndex())),
                 Tr::tr("as the install user")}};
    }
    return {};
}

QString CheckStageStep::afterCancel(const PhaseInputs &, const NodeState &) const
{
    return Tr::tr("The clean-up still removes the token and stops the listener.");
}

CheckResult CheckStageStep::run(StepRun &run) const
{
    NodeCheckJob &job = m_board->job(run.nodeName());
    job.setShell(run.shell());
    NodeFacts facts = m_board->facts(run.nodeName());
    switch (m_stage) {
    case Stage::NodeChecks:
        facts.reachable = true;
        facts.hostKeyFingerprint = run.node.hostKeyFingerprint;
        for (const CheckResult &r : job.runNodeChecks(&facts))
            run.reportResult(r);
        break;
    case Stage::CrossPrepare:
        job.prepareCross(m_board->allFacts(), &facts);
        break;
    case Stage::Mesh:
        job.runMesh(m_board->allFacts(), &facts);
        break;
    case Stage::Cleanup:
        job.cleanup(&facts);
        break;
    }
    m_board->setFacts(facts);
    return run.pass(Tr::tr("%1: %2 done.").arg(run.nodeName(), title()));
}

} // namespace Ocw::Core
