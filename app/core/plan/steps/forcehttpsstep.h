#pragma once

#include "../step.h"

namespace Ocw::Core {

// Forces HTTPS on the node: web.xml's security-constraint with transport-guarantee CONFIDENTIAL
// (plain HTTP is then redirected), and jetty.xml's SecurePort set to the HTTPS port when the file
// has one; each file backed up and replaced atomically.
class ForceHttpsStep : public Step
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
