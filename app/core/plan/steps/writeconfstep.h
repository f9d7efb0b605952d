#pragma once

#include "../step.h"

namespace Ocw::Core {

// Writes octane.conf on the first node: only the changed settings, after a timestamped backup,
// through a temporary file and an atomic rename.
class WriteConfStep : public Step
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
    QList<PlannedFile> plannedFiles(const PhaseInputs &in, const NodeState &node) const override;
    QString afterCancel(const PhaseInputs &in, const NodeState &node) const override;
    CheckResult run(StepRun &run) const override;
    QString plannedForm(const QString &command, const NodeState &node) const override;
};

} // namespace Ocw::Core
