#pragma once

#include "../step.h"

namespace Ocw::Core {

// After a node of a rolling restart is ready again: back in the cluster (its health endpoint
// 200, which Octane answers only when its Hazelcast view is the node list of octane.conf) in
// the profile's consecutive healthy readings over its window, then answering through the load
// balancer (seen in its upstream header). Bounded by the ready timeout.
class RejoinStep : public Step
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
