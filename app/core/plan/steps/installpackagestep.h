#pragma once

#include "../step.h"

namespace Ocw::Core {

// Installs the package unless it is installed already, from a root-only copy whose SHA-256 is
// compared right before; removes the staged package afterwards.
class InstallPackageStep : public Step
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
