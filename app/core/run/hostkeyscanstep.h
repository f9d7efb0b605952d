#pragma once

#include "../plan/step.h"
#include "../ssh/sshtarget.h"

#include <QHash>

#include <functional>
#include <memory>

namespace Ocw::Core {

class KnownHosts;
struct HostKeyScanResult;

// The host-key scan of one node as a step of a session-less round (PhasePlan round with
// needsSession false): connects without logging in, takes the key the node presents and
// classifies it against known_hosts (HostKeyScanner::scan). The full answer goes to `sink`,
// on the worker's thread; the step's own result (id "host-keys.scan") carries the verdict.
class HostKeyScanStep : public Step
{
public:
    using Sink = std::function<void(const HostKeyScanResult &)>;

    // `targets` by node name, their secrets cleared (no login happens).
    HostKeyScanStep(QHash<QString, SshTarget> targets, std::shared_ptr<const KnownHosts> knownHosts,
                    Sink sink);

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
    QHash<QString, SshTarget> m_targets;
    std::shared_ptr<const KnownHosts> m_knownHosts;
    Sink m_sink;
};

} // namespace Ocw::Core
