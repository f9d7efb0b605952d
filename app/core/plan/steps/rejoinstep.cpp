#include "rejoinstep.h"

#include "../../base/tr.h"
#include "../../cluster/clusterverification.h"
#include "../../http/healthprobe.h"
#include "../steprun.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHostInfo>
#include <QThread>

namespace Ocw::Core {

namespace {

constexpr qint64 LoadBalancerGraceMs = 15000;

QString healthPathOf(const PhaseInputs &in)
{
    const QString status = in.release.statusPath();
    return status.isEmpty() ? QStringLiteral("/admin/server/version") : status;
}

QList<QByteArray> trustedFor(const PhaseInputs &in, const QString &host)
{
    QList<QByteArray> trusted;
    for (const QString &f : in.profile.trustedFingerprintsFor(host))
        trusted.append(f.toLatin1());
    return trusted;
}

// Sleeps up to `ms` in slices, false when cancelled.
bool pause(StepRun &run, qint64 ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        if (run.cancelled())
            return false;
        QThread::msleep(ulong(qMin<qint64>(50, ms - t.elapsed() + 1)));
    }
    return !run.cancelled();
}

} // namespace

QString RejoinStep::name() const
{
    return StepId::Rejoin;
}

QString RejoinStep::title() const
{
    return Tr::tr("Back in the cluster");
}

QString RejoinStep::statusText() const
{
    return Tr::tr("Waiting for the node to rejoin the cluster…");
}

QString RejoinStep::description(const PhaseInputs &in, const NodeState &) const
{
    return Tr::tr("Reads the node's health until %1 consecutive readings over %2 s are healthy "
                  "(the cluster is whole again), then until it answers through the load "
                  "balancer; at most %3 s.")
        .arg(qMax(1, in.profile.verify.healthReadings))
        .arg(in.profile.verify.rejoinWindowS)
        .arg(in.readyTimeoutS);
}

bool RejoinStep::changesNode() const
{
    return false;
}

QString RejoinStep::doneWhen() const
{
    return Tr::tr("always runs (it only reads)");
}

QList<PlannedCommand> RejoinStep::plannedCommands(const PhaseInputs &in,
                                                  const NodeState &node) const
{
    QList<PlannedCommand> planned{
        {QStringLiteral("GET %1%2").arg(node.commands.serverUrl().toString(), healthPathOf(in)),
         Tr::tr("from the workstation, until healthy in a row"), false, true}};
    if (!in.profile.loadBalancerUrl.isEmpty())
        planned.append(
            {QStringLiteral("GET %1%2").arg(in.profile.loadBalancerUrl, healthPathOf(in)),
             Tr::tr("from the workstation, until this node answers"), false, true});
    return planned;
}

QString RejoinStep::afterCancel(const PhaseInputs &, const NodeState &node) const
{
    return Tr::tr("%1 was restarted; whether it is back in the cluster was not seen to the end.")
        .arg(node.commands.node());
}

CheckResult RejoinStep::run(StepRun &run) const
{
    const QString node = run.nodeName();
    const PhaseInputs &in = run.in;
    const QUrl url = run.commands().serverUrl();
    const QString path = healthPathOf(in);
    const int readings = qMax(1, in.profile.verify.healthReadings);
    const qint64 intervalMs =
        readings > 1 ? qint64(in.profile.verify.rejoinWindowS) * 1000 / (readings - 1) : 0;
    const QDeadlineTimer deadline(qint64(in.readyTimeoutS) * 1000);
    QStringList lines;
    QElapsedTimer clock;
    clock.start();
    auto line = [&](const QString &what, const HealthProbe &p) {
        lines.append(QStringLiteral("%1 s %2: %3")
                         .arg(QString::number(double(clock.elapsed()) / 1000.0, 'f', 1), what,
                              p.httpStatus > 0
                                  ? QStringLiteral("HTTP %1 %2").arg(p.httpStatus).arg(p.text)
                                  : Tr::tr("no answer (%1)").arg(p.text)));
        run.setOutput(lines.mid(qMax(0, int(lines.size()) - 40)).join(QLatin1Char('\n')) +
                      QLatin1Char('\n'));
    };
    auto cancelled = [&] {
        return run.skipped(Tr::tr("%1: cancelled while waiting for it to rejoin.").arg(node));
    };
    run.recordRequest(QStringLiteral("GET %1%2   # until %3 healthy in a row")
                          .arg(url.toString(), path)
                          .arg(readings));

    // Healthy in `readings` consecutive readings: an unhealthy one starts the count again.
    int inARow = 0;
    qint64 firstHealthyMs = -1;
    while (inARow < readings) {
        if (deadline.hasExpired())
            return run.fail(
                Tr::tr("%1: not back in the cluster within %2 s of its restart: its health "
                       "endpoint never answered healthy %3 times in a row (last: %4).")
                    .arg(node)
                    .arg(in.readyTimeoutS)
                    .arg(readings)
                    .arg(lines.isEmpty() ? Tr::tr("no reading") : lines.last()),
                Tr::tr("Read %1 on %2 (\"Cluster is unhealthy\", \"Could not connect to\"); "
                       "correct it, then restart again: the nodes not yet restarted still serve.")
                    .arg(run.commands().logFile(), node));
        const std::optional<HealthProbe> p =
            HealthProbe::read(url, path, trustedFor(in, node), {}, 5000, run.cancelToken());
        if (!p)
            return cancelled();
        line(Tr::tr("node"), *p);
        if (p->healthy()) {
            if (inARow++ == 0)
                firstHealthyMs = clock.elapsed();
            run.progress(Tr::tr("Healthy %1 of %2 in a row…").arg(inARow).arg(readings));
        } else {
            inARow = 0;
            run.progress(Tr::tr("Not healthy yet (%1)…")
                             .arg(p->httpStatus > 0 ? QString::number(p->httpStatus) : p->text));
        }
        if (inARow < readings && !pause(run, inARow > 0 ? intervalMs : 1000))
            return cancelled();
    }
    const qint64 steadyMs = clock.elapsed() - firstHealthyMs;

    // Then served again: the load balancer's upstream header names it.
    const QUrl lb(in.profile.loadBalancerUrl);
    const QByteArray header = in.profile.verify.upstreamHeader.toLatin1();
    if (lb.isEmpty() || !lb.isValid())
        return run.pass(Tr::tr("%1: back in the cluster (healthy %2 times in a row over %3 s); "
                               "no load balancer in the profile.")
                            .arg(node)
                            .arg(readings)
                            .arg(QString::number(double(steadyMs) / 1000.0, 'f', 1)));
    QStringList own{node};
    QHostAddress literal;
    if (literal.setAddress(node)) {
        own.append(literal.toString());
    } else {
        const QHostInfo info = QHostInfo::fromName(node);
        for (const QHostAddress &a : info.addresses())
            own.append(a.toString());
    }
    const QHash<QString, QStringList> addresses{{node, own}};
    run.recordRequest(QStringLiteral("GET %1%2   # until %3 names %4")
                          .arg(lb.toString(), path, QString::fromLatin1(header), node));
    // A load balancer keeps a server it saw fail out of its pool for a while (nginx:
    // fail_timeout, 10 s by default): asked for that long, not a fixed number of times.
    const QDeadlineTimer served(qMin<qint64>(LoadBalancerGraceMs, deadline.remainingTime()));
    int tries = 0;
    bool headerSeen = false;
    while (!served.hasExpired()) {
        ++tries;
        const std::optional<HealthProbe> p =
            HealthProbe::read(lb, path, trustedFor(in, lb.host()), header, 5000, run.cancelToken());
        if (!p)
            return cancelled();
        line(Tr::tr("load balancer (%1: %2)")
                 .arg(QString::fromLatin1(header),
                      p->capturedHeader.isEmpty() ? QStringLiteral("-") : p->capturedHeader),
             *p);
        if (p->capturedHeader.isEmpty()) {
            // No upstream header in three answers: this load balancer does not name it.
            if (header.isEmpty() || (!headerSeen && tries >= 3))
                break;
            if (!pause(run, 200))
                return cancelled();
            continue;
        }
        headerSeen = true;
        const QString upstream = ClusterVerification::answeringUpstream(p->capturedHeader);
        if (p->healthy() && ClusterVerification::nodeOfUpstream(upstream, addresses) == node)
            return run.pass(Tr::tr("%1: back in the cluster (healthy %2 times in a row over %3 "
                                   "s) and answering through the load balancer.")
                                .arg(node)
                                .arg(readings)
                                .arg(QString::number(double(steadyMs) / 1000.0, 'f', 1)));
        if (!pause(run, 200))
            return cancelled();
    }
    if (!headerSeen)
        return run.warn(Tr::tr("%1: back in the cluster (healthy %2 times in a row); whether the "
                               "load balancer sends to it cannot be seen (no %3 header).")
                            .arg(node)
                            .arg(readings)
                            .arg(QString::fromLatin1(header)),
                        Tr::tr("Let the load balancer name the upstream (nginx: add_header "
                               "X-Upstream-Addr $upstream_addr always;)."));
    return run.fail(Tr::tr("%1: back in the cluster, but it did not answer through the load "
                           "balancer in %2 requests over %3 s.")
                        .arg(node)
                        .arg(tries)
                        .arg(LoadBalancerGraceMs / 1000),
                    Tr::tr("Check that %1 is in the load balancer's pool and not marked down "
                           "there, then restart again.")
                        .arg(node));
}

} // namespace Ocw::Core
