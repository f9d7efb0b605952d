#pragma once

#include "../step.h"

#include <memory>

namespace Ocw::Core {

class CheckBoard;

// One stage of the pre-flight checks on one node, as a step of the checks plan: the node's
// own checks, then (after a barrier, because they need every node's facts) the preparation
// of the cross-node tests, the port mesh, and the clean-up, which runs on every path. The
// checks themselves are NodeCheckJob's; this step gives it the round's shell, reports each
// check's result as it comes (StepRun::reportResult) and leaves the node's facts on the board.
// Its own result (id "checks.<stage>") only says the stage ran.
class CheckStageStep : public Step
{
public:
    enum class Stage { NodeChecks, CrossPrepare, Mesh, Cleanup };

    CheckStageStep(Stage stage, std::shared_ptr<CheckBoard> board);

    QString name() const override;
    QString title() const override;
    QString statusText() const override;
    QString description(const PhaseInputs &in, const NodeState &node) const override;
    bool changesNode() const override;
    QString doneWhen() const override;
    QList<PlannedCommand> plannedCommands(const PhaseInputs &in,
                                          const NodeState &node) const override;
    QString afterCancel(const PhaseInputs &in, const NodeState &node) const override;
    CheckResult run(StepRun &run) const override;

private:
    Stage m_stage;
    std::shared_ptr<CheckBoard> m_board;
};

} // namespace Ocw::Core
