#pragma once

#include "../step.h"

namespace Ocw::Core {

// After the restart: the node answers on its HTTPS port with the profile's keystore certificate
// (trusted by its fingerprint, nothing else), TLS 1.2 or later; with HTTPS forced, plain HTTP is
// redirected to HTTPS or refused.
class HttpsCheckStep : public Step
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
