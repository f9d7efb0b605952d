#pragma once

#include "../step.h"

namespace Ocw::Core {

// Uploads the package from the workstation into the node's private staging folder (resumable,
// SHA-256 verified on the node).
class UploadPackageStep : public Step
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

    // The upload itself, shared with FetchPackageStep's fallback.
    static CheckResult uploadFromWorkstation(StepRun &run);
    // True (and the node state says so) when the package is installed already: nothing is
    // sent again. `what` gets the installed version.
    static bool alreadyInstalled(StepRun &run, QString *what);
    static QList<PlannedCommand> uploadCommands(const PhaseInputs &in, const NodeState &node);
};

} // namespace Ocw::Core
