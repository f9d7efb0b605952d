#pragma once

#include "../step.h"

namespace Ocw::Core {

// Imports the vendor's package signing key into the node's rpm keyring (rpm --import), so that
// rpm --checksig refuses a package without its good signature.
class VendorKeyStep : public Step
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
};

} // namespace Ocw::Core
