#include "verifysummarystep.h"

#include "../../base/tr.h"
#include "../../cluster/clusterverification.h"
#include "../../cluster/verifyboard.h"
#include "../steprun.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QHostInfo>
#include <QTimer>

namespace Ocw::Core {

namespace {

// The nodes' addresses as this workstation resolves them (what a load balancer's upstream
// header names), each lookup bounded: an unanswered name is left out, never waited for.
QHash<QString, QStringList> resolveOnWorkstation(const QStringList &hosts,
                                                 const CancelToken &cancel)
{
    QHash<QString, QStringList> out;
    QStringList pending;
    for (const QString &host : hosts) {
        QHostAddress literal;
        if (literal.setAddress(host))
            out.insert(host, {literal.toString()});
        else
            pending.append(host);
    }
    if (pending.isEmpty())
        return out;
    QEventLoop loop;
    int left = int(pending.size());
    QList<int> ids;
    for (const QString &host : std::as_const(pending)) {
        ids.append(
            QHostInfo::lookupHost(host, &loop, [&out, &left, &loop, host](const QHostInfo &info) {
                QStringList addresses;
                for (const QHostAddress &a : info.addresses())
                    addresses.append(a.toString());
                out.insert(host, addresses);
                if (--left == 0)
                    loop.quit();
            }));
    }
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(3000);
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&cancel, &loop] {
        if (cancel.isCancelled())
            loop.quit();
    });
    cancelPoll.start(100);
    if (left > 0)
        loop.exec();
    for (int id : std::as_const(ids))
        QHostInfo::abortHostLookup(id);
    return out;
}

} // namespace

VerifySummaryStep::VerifySummaryStep(QString phase, std::shared_ptr<VerifyBoard> board)
    : Step(std::move(phase))
    , m_board(std::move(board))
{
}

QString VerifySummaryStep::name() const
{
    return StepId::VerifySummary;
}

QString VerifySummaryStep::title() const
{
    return Tr::tr("Cluster verdict");
}

QString VerifySummaryStep::statusText() const
{
    return Tr::tr("Comparing the nodes…");
}

QString VerifySummaryStep::description(const PhaseInputs &, const NodeState &) const
{
    return Tr::tr("Compares what every node said: one cluster of all the nodes of octane.conf "
                  "on port 5701, healthy readings, the same version, and every node answering "
                  "through the load balancer.");
}

bool VerifySummaryStep::changesNode() const
{
    return false;
}

QString VerifySummaryStep::doneWhen() const
{
    return Tr::tr("always runs (on the workstation)");
}

QList<PlannedCommand> VerifySummaryStep::plannedCommands(const PhaseInputs &,
                                                         const NodeState &) const
{
    return {};
}

QString VerifySummaryStep::afterCancel(const PhaseInputs &, const NodeState &) const
{
    return Tr::tr("Nothing was changed: the verification only reads.");
}

CheckResult VerifySummaryStep::run(StepRun &run) const
{
    const PhaseInputs &in = run.in;
    const NodeCommands &c = run.commands();
    ClusterVerification::Inputs vi;
    for (const Node &n : in.profile.nodes)
        vi.nodes.append(n.host);
    vi.firstNode = in.profile.firstNodeHost();
    vi.loadBalancerUrl = in.profile.loadBalancerUrl;
    vi.upstreamHeader = in.profile.verify.upstreamHeader;
    const int port = in.release.port(QStringLiteral("cluster"));
    vi.clusterPort = port > 0 ? port : 5701;
    vi.httpPort = c.serverUrl().port();
    vi.repositoryConf = c.repositoryConfFile();
    vi.hazelcastXml = c.hazelcastFile();
    vi.logFile = c.logFile();
    vi.statusPath = in.release.statusPath();
    vi.readings = qMax(1, in.profile.verify.healthReadings);
    vi.windowS = in.profile.verify.healthWindowS;
    vi.workstationAddresses = resolveOnWorkstation(vi.nodes, run.cancelToken());
    if (run.cancelled())
        return run.skipped(Tr::tr("Cancelled before the verdicts."));

    const QList<CheckResult> verdicts = ClusterVerification::evaluate(vi, m_board->snapshot());
    int passed = 0, warned = 0, failed = 0;
    QStringList failedNodes;
    for (const CheckResult &r : verdicts) {
        run.reportResult(r);
        passed += r.verdict == Verdict::Pass;
        warned += r.verdict == Verdict::Warn;
        if (r.verdict == Verdict::Fail) {
            ++failed;
            if (!r.node.isEmpty() && !failedNodes.contains(r.node))
                failedNodes.append(r.node);
        }
    }
    CheckResult summary =
        failed == 0 && warned == 0
            ? run.pass(Tr::tr("The cluster is verified: %1 verifications passed.").arg(passed))
            : run.warn(failed == 0
                           ? Tr::tr("The cluster is verified with %1 warnings (%2 passed).")
                                 .arg(warned)
                                 .arg(passed)
                           : Tr::tr("The cluster is not verified: %1 failed on %2, %3 warnings, "
                                    "%4 passed.")
                                 .arg(failed)
                                 .arg(failedNodes.join(QStringLiteral(", ")))
                                 .arg(warned)
                                 .arg(passed));
    // The verdicts carry the failures, each on its node; the summary is the cluster's.
    summary.node.clear();
    summary.blocking = false;
    return summary;
}

} // namespace Ocw::Core
