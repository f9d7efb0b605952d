#pragma once

#include "../step.h"

namespace Ocw::Core {

// Uploads the package once from the workstation into a private folder of the shared repository,
// when the share has room (twice the package); else says that every node gets its own upload.
class ShareUploadStep : public Step
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
