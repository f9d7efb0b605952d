#include "startservicestep.h"

#include "../../base/tr.h"
#include "../steprun.h"

namespace Ocw::Core {

QString StartServiceStep::name() const
{
    return StepId::Start;
}

QString StartServiceStep::title() const
{
    return Tr::tr("Server start");
}

QString StartServiceStep::statusText() const
{
    return Tr::tr("Starting Octane…");
}

QString StartServiceStep::description(const PhaseInputs &, const NodeState &) const
{
    return phase() == PhaseId::FirstNode
               ? Tr::tr("Starts the server on the first node only, unless it already runs.")
               : Tr::tr("Starts the server on this node, unless it already runs; it reads its "
                        "configuration from the shared repository.");
}

bool StartServiceStep::changesNode() const
{
    return true;
}

QString StartServiceStep::doneWhen() const
{
    return Tr::tr("the service is active (then it is not started twice)");
}

QList<PlannedCommand> StartServiceStep::plannedCommands(const PhaseInputs &,
                                                        const NodeState &node) const
{
    return {{node.commands.serviceStatus().text, QString()},
            {node.commands.logSize().text, Tr::tr("where the new log lines will start")},
            {node.commands.serviceStart().text, QString()}};
}

QString StartServiceStep::afterCancel(const PhaseInputs &, const NodeState &) const
{
    return Tr::tr("The service may have been started; the next run sees whether it runs and "
                  "does not start it twice.");
}

CheckResult StartServiceStep::run(StepRun &run) const
{
    const QString node = run.nodeName();
    const Expected<ExecResult> status = run.exec(run.commands().serviceStatus());
    if (status && QString::fromUtf8(status->stdOut).trimmed() == QLatin1String("active")) {
        run.node.alreadyRunning = true;
        return run.pass(Tr::tr("%1: Octane is already running; not started again.").arg(node));
    }
    const Expected<ExecResult> size = run.exec(run.commands().logSize());
    run.node.logOffset = size ? QString::fromUtf8(size->stdOut).trimmed().toLongLong() : 0;
    const Expected<ExecResult> started = run.exec(run.commands().serviceStart());
    if (!started || started->exitStatus != 0) {
        const QString said = started
                                 ? QString::fromUtf8(started->stdErr + started->stdOut).trimmed()
                                 : started.error().message;
        return run.fail(Tr::tr("%1: systemctl start failed: %2").arg(node, said));
    }
    return run.pass(phase() == PhaseId::FirstNode
                        ? Tr::tr("%1: Octane started (first node only).").arg(node)
                        : Tr::tr("%1: Octane started.").arg(node));
}

} // namespace Ocw::Core
