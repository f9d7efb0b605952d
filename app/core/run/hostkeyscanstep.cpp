#include "hostkeyscanstep.h"

#include "../base/tr.h"
#include "../plan/steprun.h"
#include "hostkeyscanner.h"

namespace Ocw::Core {

HostKeyScanStep::HostKeyScanStep(QHash<QString, SshTarget> targets,
                                 std::shared_ptr<const KnownHosts> knownHosts, Sink sink)
    : Step(PhaseId::HostKeys)
    , m_targets(std::move(targets))
    , m_knownHosts(std::move(knownHosts))
    , m_sink(std::move(sink))
{
}

QString HostKeyScanStep::name() const
{
    return StepId::HostKeyScan;
}

QString HostKeyScanStep::title() const
{
    return Tr::tr("Host key");
}

QString HostKeyScanStep::statusText() const
{
    return Tr::tr("Fetching the host key…");
}

QString HostKeyScanStep::description(const PhaseInputs &, const NodeState &) const
{
    return Tr::tr("Connects without logging in and compares the host key the node presents with "
                  "the known_hosts files.");
}

bool HostKeyScanStep::changesNode() const
{
    return false;
}

QString HostKeyScanStep::doneWhen() const
{
    return Tr::tr("always runs (it only reads the key)");
}

QList<PlannedCommand> HostKeyScanStep::plannedCommands(const PhaseInputs &,
                                                       const NodeState &node) const
{
    const SshTarget target = m_targets.value(node.commands.node());
    return {{QStringLiteral("ssh-keyscan -p %1 %2").arg(target.port).arg(target.host),
             Tr::tr("the same exchange, done by the wizard's own SSH client; no login")}};
}

QString HostKeyScanStep::afterCancel(const PhaseInputs &, const NodeState &) const
{
    return Tr::tr("Nothing was changed.");
}

CheckResult HostKeyScanStep::run(StepRun &run) const
{
    const HostKeyScanResult result =
        HostKeyScanner::scan(m_targets.value(run.nodeName()), *m_knownHosts, run.cancelToken());
    if (m_sink)
        m_sink(result);
    switch (result.status) {
    case HostKeyScanStatus::Trusted:
        return run.pass(result.message);
    case HostKeyScanStatus::Unknown:
        return run.warn(Tr::tr("%1: the host key %2 %3 is not known yet.")
                            .arg(result.node, result.keyType, result.fingerprint));
    case HostKeyScanStatus::Changed:
    case HostKeyScanStatus::Revoked:
    case HostKeyScanStatus::Error:
        break;
    }
    return run.fail(result.message, result.fix);
}

} // namespace Ocw::Core
