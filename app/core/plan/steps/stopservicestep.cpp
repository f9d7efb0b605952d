#include "stopservicestep.h"

#include "../../base/tr.h"
#include "../steprun.h"

#include <QDeadlineTimer>
#include <QThread>

namespace Ocw::Core {

namespace {
constexpr int StopDeadlineMs = 120000; // systemd's own default stop timeout is 90 s
}

QString StopServiceStep::name() const
{
    return StepId::Stop;
}

QString StopServiceStep::title() const
{
    return Tr::tr("Server stop");
}

QString StopServiceStep::statusText() const
{
    return Tr::tr("Stopping Octane…");
}

QString StopServiceStep::description(const PhaseInputs &, const NodeState &) const
{
    return Tr::tr("Stops the server on this node and waits until systemd reports it stopped "
                  "(at most %1 s).")
        .arg(StopDeadlineMs / 1000);
}

bool StopServiceStep::changesNode() const
{
    return true;
}

QString StopServiceStep::doneWhen() const
{
    return Tr::tr("the service is no longer active");
}

QList<PlannedCommand> StopServiceStep::plannedCommands(const PhaseInputs &,
                                                       const NodeState &node) const
{
    return {
        {node.commands.serviceStop().text, QString()},
        {node.commands.serviceStatus().text, Tr::tr("until it is no longer active"), false, true}};
}

QString StopServiceStep::afterCancel(const PhaseInputs &, const NodeState &node) const
{
    return Tr::tr("The server on %1 may be stopped: start it again (systemctl start octane) or "
                  "run the restart again, which starts it.")
        .arg(node.commands.node());
}

CheckResult StopServiceStep::run(StepRun &run) const
{
    const QString node = run.nodeName();
    // The secure deployment restarts a node only for a change: its own files or the shared
    // octane.conf (a re-run on a secured cluster restarts nothing).
    if (phase() == PhaseId::Secure && !run.node.secureChanged && !run.in.sharedConfChanged->load())
        return run.pass(Tr::tr("%1: nothing changed on the node or in the shared octane.conf: not "
                               "restarted.")
                            .arg(node));
    const Expected<ExecResult> stopped = run.exec(run.commands().serviceStop());
    if (!stopped)
        return run.fail(stopped.error());
    if (stopped->exitStatus != 0)
        return run.fail(
            Tr::tr("%1: systemctl stop failed: %2")
                .arg(node, QString::fromUtf8(stopped->stdErr + stopped->stdOut).trimmed()));
    const QDeadlineTimer deadline(StopDeadlineMs);
    while (!deadline.hasExpired()) {
        if (run.cancelled())
            return run.skipped(Tr::tr("%1: cancelled while it stopped.").arg(node));
        const Expected<ExecResult> status = run.exec(run.commands().serviceStatus());
        if (!status)
            return run.fail(status.error());
        const QString state = QString::fromUtf8(status->stdOut).trimmed();
        if (state != QLatin1String("active") && state != QLatin1String("deactivating"))
            return run.pass(Tr::tr("%1: Octane stopped (%2).").arg(node, state));
        QThread::msleep(200);
    }
    return run.fail(Tr::tr("%1: Octane is still active %2 s after systemctl stop.")
                        .arg(node)
                        .arg(StopDeadlineMs / 1000),
                    Tr::tr("Read %1 on %2 for what keeps it running; stop it there, then "
                           "restart again.")
                        .arg(run.commands().logFile(), node));
}

} // namespace Ocw::Core
