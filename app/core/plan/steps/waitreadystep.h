#pragma once

#include "../step.h"

namespace Ocw::Core {

// Follows the server log to the ready line, a known failure line or the timeout.
class WaitReadyStep : public Step
{
public:
    using Step::Step;

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
    QString plannedForm(const QString &command, const NodeState &node) const override;
};

} // namespace Ocw::Core
