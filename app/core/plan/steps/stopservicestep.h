#pragma once

#include "../step.h"

namespace Ocw::Core {

// Stops the Octane service and waits until systemd says it is no longer active (bounded).
class StopServiceStep : public Step
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
};

} // namespace Ocw::Core
