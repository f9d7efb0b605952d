#pragma once

#include "../nodeconfcomparison.h"
#include "../step.h"

#include <memory>

namespace Ocw::Core {

// "Compare with <node>" of the First node page as a one-step plan: reads octane.conf on the
// first node (read only) and compares it with what the install would write; the comparison
// itself (secrets masked) is left in `out` for the caller.
class CompareConfStep : public Step
{
public:
    CompareConfStep(NodeConfComparison comparison, std::shared_ptr<ConfComparison> out);

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
    NodeConfComparison m_comparison;
    std::shared_ptr<ConfComparison> m_out;
};

} // namespace Ocw::Core
