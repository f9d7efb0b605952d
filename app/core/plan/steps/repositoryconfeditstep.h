#pragma once

#include "../step.h"

namespace Ocw::Core {

// Step 9's change: <repository>/conf/octane.conf (the file every node reads at its start;
// never octane.conf.new, the server's own temporary file), read as the install user, the
// --set changes applied to it, the whole file validated as the server would, the diff shown
// with secrets masked, a timestamped backup, then the new file through a temporary file in
// the same folder and an atomic rename, 0600, owned by the install user. Nothing is written
// when the file already says it, or with --dry-run. The nodes take the change at their next
// start (the rolling restart after it).
class RepositoryConfEditStep : public Step
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
    QString plannedForm(const QString &command, const NodeState &node) const override;
    CheckResult run(StepRun &run) const override;
};

} // namespace Ocw::Core
