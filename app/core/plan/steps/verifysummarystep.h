#pragma once

#include "../step.h"

#include <memory>

namespace Ocw::Core {

class VerifyBoard;

// Step 8's verdicts, after the barrier that ends every node's readings: ClusterVerification
// over the board, each verdict reported as a result of its own (verify.members, verify.port,
// verify.status, verify.node-sign-in, verify.version, verify.lb-sign-in, verify.lb-spread).
// Runs once, on the workstation (no session). Its own result (verify.summary) counts them and
// never blocks: the verdicts do.
class VerifySummaryStep : public Step
{
public:
    VerifySummaryStep(QString phase, std::shared_ptr<VerifyBoard> board);

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
    std::shared_ptr<VerifyBoard> m_board;
};

} // namespace Ocw::Core
