#pragma once

#include "../step.h"

namespace Ocw::Core {

// Before a node of a rolling restart is stopped: the whole cluster, read again now (never
// computed once): every other node's health endpoint from the workstation. The node may stop
// only if the nodes that do not answer healthy, with it, stay within the batch (at most N
// down at once); otherwise the roll stops here, naming them.
class ClusterGateStep : public Step
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
