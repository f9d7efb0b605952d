#include "clustergatestep.h"

#include "../../base/tr.h"
#include "../../http/healthprobe.h"
#include "../phaseplan.h"
#include "../steprun.h"

namespace Ocw::Core {

namespace {

// The release's health endpoint, else its version endpoint (a server that answers it runs).
QString healthPathOf(const PhaseInputs &in)
{
    const QString status = in.release.statusPath();
    return status.isEmpty() ? QStringLiteral("/admin/server/version") : status;
}

} // namespace

QString ClusterGateStep::name() const
{
    return StepId::ClusterGate;
}

QString ClusterGateStep::title() const
{
    return Tr::tr("Cluster healthy before the stop");
}

QString ClusterGateStep::statusText() const
{
    return Tr::tr("Reading every node's health…");
}

QString ClusterGateStep::description(const PhaseInputs &in, const NodeState &) const
{
    return Tr::tr("Reads the health of every node now, from the workstation: this node stops "
                  "only if at most %n node(s) are down with it.",
                  nullptr, qMax(1, in.rollingBatch));
}

bool ClusterGateStep::changesNode() const
{
    return false;
}

QString ClusterGateStep::doneWhen() const
{
    return Tr::tr("always runs (the cluster is read again before every stop)");
}

QList<PlannedCommand> ClusterGateStep::plannedCommands(const PhaseInputs &in,
                                                       const NodeState &) const
{
    QList<PlannedCommand> planned;
    for (const Node &n : in.profile.nodes)
        planned.append(
            {QStringLiteral("GET %1%2")
                 .arg(PhasePlan::initialState(in, n.host).commands.serverUrl().toString(),
                      healthPathOf(in)),
             Tr::tr("from the workstation")});
    return planned;
}

QString ClusterGateStep::afterCancel(const PhaseInputs &, const NodeState &node) const
{
    return Tr::tr("Nothing was changed on %1: it was not stopped.").arg(node.commands.node());
}

CheckResult ClusterGateStep::run(StepRun &run) const
{
    const QString node = run.nodeName();
    const PhaseInputs &in = run.in;
    const int batch = qMax(1, in.rollingBatch);
    QStringList down;
    QStringList lines;
    for (const Node &n : in.profile.nodes) {
        if (n.host == node)
            continue;
        if (run.cancelled())
            return run.skipped(
                Tr::tr("%1: cancelled before the stop; nothing was changed.").arg(node));
        const QUrl url = PhasePlan::initialState(in, n.host).commands.serverUrl();
        QList<QByteArray> trusted;
        for (const QString &f : in.profile.trustedFingerprintsFor(n.host))
            trusted.append(f.toLatin1());
        run.recordRequest(QStringLiteral("GET %1%2").arg(url.toString(), healthPathOf(in)));
        const std::optional<HealthProbe> probe =
            HealthProbe::read(url, healthPathOf(in), trusted, {}, 5000, run.cancelToken());
        if (!probe)
            return run.skipped(
                Tr::tr("%1: cancelled before the stop; nothing was changed.").arg(node));
        lines.append(QStringLiteral("%1: %2").arg(
            n.host, probe->httpStatus > 0
                        ? QStringLiteral("HTTP %1 %2").arg(probe->httpStatus).arg(probe->text)
                        : Tr::tr("no answer (%1)").arg(probe->text)));
        if (!probe->healthy())
            down.append(n.host);
    }
    run.setOutput(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    // Stopping this node makes it one more down: never more than the batch at once.
    if (int(down.size()) + 1 > batch)
        return run.fail(
            Tr::tr("%1: not stopped: %2 not healthy now, so stopping %1 too would leave %3 "
                   "node(s) down, more than %4 at once.")
                .arg(node, down.join(QStringLiteral(", ")))
                .arg(down.size() + 1)
                .arg(batch),
            Tr::tr("Bring %1 back (see its log and verify the cluster), then restart again; "
                   "the nodes already restarted stay as they are.")
                .arg(down.join(QStringLiteral(", "))));
    return run.pass(
        down.isEmpty()
            ? Tr::tr("%1: every other node is healthy; stopping it leaves 1 down.").arg(node)
            : Tr::tr("%1: %2 down with it, within the batch of %3.")
                  .arg(node, down.join(QStringLiteral(", ")))
                  .arg(batch));
}

} // namespace Ocw::Core
