#include "core/cluster/clusterverification.h"
#include "core/cluster/hazelcastlog.h"
#include "core/plan/steps/clusterreadstep.h"

#include <QtTest>

using namespace Ocw::Core;

namespace {

QString addr(int i)
{
    return QStringLiteral("127.0.0.%1").arg(10 + i);
}

QString name(int i)
{
    return QStringLiteral("octane%1.lab").arg(i);
}

// A membership block as Hazelcast 3.9+ logs it, seen from node `self`, after its Picked line.
QString clusterLog(int self, const QList<int> &members, int port = 5701)
{
    QString text = QStringLiteral("2026-12-03 10:00:00,001 INFO [com.hazelcast.instance."
                                  "AddressPicker] [LOCAL] [octane] [3.12.2] Picked [%1]:%2, using "
                                  "socket ServerSocket[addr=/%1,localport=%2], bind any local is "
                                  "false\n")
                       .arg(addr(self))
                       .arg(port);
    text += QStringLiteral("2026-12-03 10:00:02,123 INFO "
                           "[com.hazelcast.internal.cluster.ClusterService] [%1]:%2 "
                           "[octane] [3.12.2] \n\nMembers {size:%3, ver:%3} [\n")
                .arg(addr(self))
                .arg(port)
                .arg(members.size());
    for (int m : members)
        text += QStringLiteral("\tMember [%1]:%2 - 1f0e6c1a-3a4b-4a4e-9d35-0c6b1d0a000%3%4\n")
                    .arg(addr(m))
                    .arg(m == self ? port : 5701)
                    .arg(m)
                    .arg(m == self ? QStringLiteral(" this") : QString());
    return text + QStringLiteral("]\n\n");
}

ClusterVerification::Inputs inputs(int nodes = 3)
{
    ClusterVerification::Inputs in;
    for (int i = 1; i <= nodes; ++i) {
        in.nodes.append(name(i));
        in.workstationAddresses.insert(name(i), {addr(i)});
    }
    in.firstNode = name(1);
    in.loadBalancerUrl = QStringLiteral("http://lb.lab:8080");
    in.upstreamHeader = QStringLiteral("X-Upstream-Addr");
    in.repositoryConf = QStringLiteral("/srv/octane-repo/conf/octane.conf");
    in.hazelcastXml = QStringLiteral("/opt/octane/conf/hazelcast.xml");
    in.logFile = QStringLiteral("/opt/octane/log/wrapper.log");
    in.statusPath = QStringLiteral("/admin/server/status");
    return in;
}

SignInResult signedIn(const QString &url, const QString &version = QStringLiteral("16.2.100"))
{
    SignInResult s;
    s.baseUrl = QUrl(url);
    s.httpStatus = 200;
    s.hasVersion = true;
    s.version.version = version;
    s.statusHttp = 200;
    s.statusText = QStringLiteral("{\"status\":\"OK\"}");
    return s;
}

// One sign-in through the load balancer, its three requests answered by `upstream` ("" : the
// load balancer added no header).
SignInResult viaLoadBalancer(const QString &upstream)
{
    SignInResult s = signedIn(QStringLiteral("http://lb.lab:8080"));
    for (const QString &request : {QStringLiteral("POST /authentication/sign_in"),
                                   QStringLiteral("GET /admin/server/version"),
                                   QStringLiteral("GET /admin/server/status")}) {
        HttpExchange e;
        e.request = request;
        e.httpStatus = 200;
        e.capturedHeader = upstream;
        s.exchanges.append(e);
    }
    return s;
}

// A healthy node: 3 readings over 10 s, the full membership at each, its share of the
// load balancer's sign-ins answered by `answeredBy` (node numbers).
NodeReadings healthy(int self, int nodes, const QList<int> &answeredBy)
{
    NodeReadings r;
    r.read = true;
    QList<int> all;
    for (int i = 1; i <= nodes; ++i)
        all.append(i);
    r.membership.node = name(self);
    r.membership.logRead = true;
    r.membership.log = HazelcastLog::parse(clusterLog(self, all));
    r.membership.hazelcastXmlRead = true;
    for (int i = 1; i <= nodes; ++i)
        r.membership.hazelcastXmlMembers.append(name(i));
    r.memberCounts = {nodes, nodes, nodes};
    r.confRead = true;
    for (int i = 1; i <= nodes; ++i)
        r.confNodes.append(name(i));
    r.signIn = signedIn(QStringLiteral("http://%1:8080").arg(name(self)));
    for (int i = 0; i < 3; ++i) {
        HealthReading h;
        h.atMs = i * 5000;
        h.httpStatus = 200;
        h.text = QStringLiteral("{\"status\":\"OK\"}");
        h.healthy = true;
        r.health.append(h);
    }
    for (int n : answeredBy)
        r.throughLoadBalancer.append(
            viaLoadBalancer(n > 0 ? QStringLiteral("%1:8080").arg(addr(n)) : QString()));
    return r;
}

// A healthy cluster of `nodes` whose load balancer answers round robin.
QHash<QString, NodeReadings> roundRobin(int nodes)
{
    QHash<QString, NodeReadings> readings;
    int next = 0;
    for (int i = 1; i <= nodes; ++i) {
        QList<int> answered;
        for (int k = 0; k < 3; ++k)
            answered.append(1 + (next++ % nodes));
        readings.insert(name(i), healthy(i, nodes, answered));
    }
    return readings;
}

const CheckResult *find(const QList<CheckResult> &results, const QString &id,
                        const QString &node = {})
{
    for (const CheckResult &r : results) {
        if (r.checkId == id && (node.isEmpty() || r.node == node))
            return &r;
    }
    return nullptr;
}

// "id node" of every result that is not a pass.
QStringList notPassed(const QList<CheckResult> &results)
{
    QStringList out;
    for (const CheckResult &r : results) {
        if (r.verdict != Verdict::Pass)
            out.append(QStringLiteral("%1 %2 %3")
                           .arg(r.checkId, r.node,
                                r.verdict == Verdict::Fail   ? QStringLiteral("fail")
                                : r.verdict == Verdict::Warn ? QStringLiteral("warn")
                                                             : QStringLiteral("skip")));
    }
    return out;
}

} // namespace

class TestClusterVerification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthyClusterPassesEveryVerification()
    {
        const QList<CheckResult> results = ClusterVerification::evaluate(inputs(3), roundRobin(3));
        QCOMPARE(notPassed(results), QStringList());
        // One of each per node, and one version and one load-balancer sign-in for the cluster.
        QStringList ids;
        for (const CheckResult &r : results)
            ids.append(r.checkId);
        for (const QString &perNode :
             {QStringLiteral("verify.members"), QStringLiteral("verify.port"),
              QStringLiteral("verify.status"), QStringLiteral("verify.node-sign-in"),
              QStringLiteral("verify.lb-spread")})
            QCOMPARE(ids.count(perNode), 3);
        QCOMPARE(ids.count(QStringLiteral("verify.version")), 1);
        QCOMPARE(ids.count(QStringLiteral("verify.lb-sign-in")), 1);
        const CheckResult *spread = find(results, QStringLiteral("verify.lb-spread"), name(2));
        QVERIFY(spread);
        QVERIFY2(spread->message.contains(QLatin1String("answered 9 of 27 requests")),
                 qPrintable(spread->message));
        const CheckResult *members = find(results, QStringLiteral("verify.members"), name(1));
        QVERIFY(members->output.contains(QLatin1String("Members {size:3, ver:3} [")));
        QVERIFY(
            members->output.contains(QLatin1String("membership size at each reading: 3, 3, 3")));
    }

    void nodeNeverSeenThroughTheLoadBalancerIsNamed()
    {
        // lb-misrouted@octane2: the pool leaves octane2 out, nodes 1 and 3 answer everything.
        QHash<QString, NodeReadings> readings;
        for (int i = 1; i <= 3; ++i)
            readings.insert(name(i), healthy(i, 3, {1, 3, 1}));
        const QList<CheckResult> results = ClusterVerification::evaluate(inputs(3), readings);
        QCOMPARE(notPassed(results),
                 QStringList{QStringLiteral("verify.lb-spread octane2.lab fail")});
        const CheckResult *spread = find(results, QStringLiteral("verify.lb-spread"), name(2));
        QVERIFY2(spread->message.contains(
                     QLatin1String("never answered through the load balancer in 27 requests")),
                 qPrintable(spread->message));
        QVERIFY(spread->fix.contains(QLatin1String("Add octane2.lab to the load balancer's pool")));
        QVERIFY(spread->output.contains(QLatin1String("octane1.lab x18, octane3.lab x9")));
    }

    void oneBackendForEveryAnswerLooksSticky()
    {
        QHash<QString, NodeReadings> readings;
        for (int i = 1; i <= 3; ++i)
            readings.insert(name(i), healthy(i, 3, {1, 1, 1}));
        const QList<CheckResult> results = ClusterVerification::evaluate(inputs(3), readings);
        QCOMPARE(notPassed(results),
                 (QStringList{QStringLiteral("verify.lb-spread octane1.lab warn"),
                              QStringLiteral("verify.lb-spread octane2.lab fail"),
                              QStringLiteral("verify.lb-spread octane3.lab fail")}));
        const CheckResult *sticky = find(results, QStringLiteral("verify.lb-spread"), name(1));
        QVERIFY2(sticky->message.contains(QLatin1String("sticky or single-backend")),
                 qPrintable(sticky->message));
        QVERIFY(sticky->fix.contains(QLatin1String("round robin")));
    }

    void noUpstreamHeaderNeverGuesses()
    {
        QHash<QString, NodeReadings> readings;
        for (int i = 1; i <= 3; ++i)
            readings.insert(name(i), healthy(i, 3, {0, 0, 0}));
        const QList<CheckResult> results = ClusterVerification::evaluate(inputs(3), readings);
        for (int i = 1; i <= 3; ++i) {
            const CheckResult *spread = find(results, QStringLiteral("verify.lb-spread"), name(i));
            QCOMPARE(spread->verdict, Verdict::Warn);
            QVERIFY2(spread->message.contains(QLatin1String("cannot be seen")),
                     qPrintable(spread->message));
        }
        QCOMPARE(find(results, QStringLiteral("verify.lb-sign-in"))->verdict, Verdict::Pass);
    }

    void answersFromOutsideTheProfileAreAWarning()
    {
        QHash<QString, NodeReadings> readings = roundRobin(3);
        readings[name(3)].throughLoadBalancer[0] =
            viaLoadBalancer(QStringLiteral("127.0.0.77:8080"));
        const QList<CheckResult> results = ClusterVerification::evaluate(inputs(3), readings);
        const CheckResult *lb = find(results, QStringLiteral("verify.lb-sign-in"));
        QCOMPARE(lb->verdict, Verdict::Warn);
        QVERIFY2(lb->message.contains(QLatin1String("127.0.0.77:8080")), qPrintable(lb->message));
    }

    void failedSignInThroughTheLoadBalancerNamesTheNodeThatAnswered()
    {
        QHash<QString, NodeReadings> readings = roundRobin(3);
        SignInResult bad = viaLoadBalancer(QStringLiteral("%1:8080").arg(addr(2)));
        bad.statusHttp = 500;
        bad.statusText = QStringLiteral("Cluster is unhealthy");
        readings[name(1)].throughLoadBalancer[1] = bad;
        const QList<CheckResult> results = ClusterVerification::evaluate(inputs(3), readings);
        const CheckResult *lb = find(results, QStringLiteral("verify.lb-sign-in"));
        QCOMPARE(lb->verdict, Verdict::Fail);
        QCOMPARE(lb->node, name(2));
        QVERIFY2(lb->message.contains(QLatin1String("1 of 9 sign-ins")), qPrintable(lb->message));
        QVERIFY(lb->message.contains(QLatin1String("HTTP 500")));
    }

    void differentVersionIsNamedOnItsNode()
    {
        QHash<QString, NodeReadings> readings = roundRobin(3);
        readings[name(3)].signIn->version.version = QStringLiteral("16.1.200");
        const QList<CheckResult> results = ClusterVerification::evaluate(inputs(3), readings);
        QCOMPARE(notPassed(results),
                 QStringList{QStringLiteral("verify.version octane3.lab fail")});
        const CheckResult *version = find(results, QStringLiteral("verify.version"));
        QVERIFY2(version->message.contains(QLatin1String("octane3.lab (16.1.200)")),
                 qPrintable(version->message));
        QVERIFY(version->fix.contains(QLatin1String("16.2.100")));
    }

    void singleHealthyReadingIsNotHealthy()
    {
        QHash<QString, NodeReadings> readings = roundRobin(3);
        readings[name(2)].health = {readings[name(2)].health.first()};
        const QList<CheckResult> results = ClusterVerification::evaluate(inputs(3), readings);
        QCOMPARE(notPassed(results), QStringList{QStringLiteral("verify.status octane2.lab fail")});
        QVERIFY(find(results, QStringLiteral("verify.status"), name(2))
                    ->message.contains(QLatin1String("3 consecutive readings")));
    }

    void serverThatStoppedAnsweringFailsStatusAndMembership()
    {
        // node-down-late@octane3: ready, then gone at the second reading.
        QHash<QString, NodeReadings> readings = roundRobin(3);
        NodeReadings &r = readings[name(3)];
        for (int i = 1; i < 3; ++i) {
            r.health[i].httpStatus = 0;
            r.health[i].healthy = false;
            r.health[i].text = QStringLiteral("Connection refused");
        }
        const QList<CheckResult> results = ClusterVerification::evaluate(inputs(3), readings);
        QCOMPARE(notPassed(results),
                 (QStringList{QStringLiteral("verify.members octane3.lab fail"),
                              QStringLiteral("verify.status octane3.lab fail")}));
        const CheckResult *status = find(results, QStringLiteral("verify.status"), name(3));
        QVERIFY2(status->message.contains(QLatin1String("no answer (Connection refused)")),
                 qPrintable(status->message));
        QVERIFY(status->fix.contains(QLatin1String("stopped answering")));
        const CheckResult *members = find(results, QStringLiteral("verify.members"), name(3));
        QVERIFY2(members->message.contains(QLatin1String("answered, then stopped")),
                 qPrintable(members->message));
    }

    void crashedNodeIsTheOnlyFailure()
    {
        // node-down-late@octane3: ready, then gone; its log still shows the cluster of 3, the
        // others removed it and report themselves unhealthy (500), and so does nginx (502).
        QHash<QString, NodeReadings> readings = roundRobin(3);
        for (int i = 1; i <= 2; ++i) {
            NodeReadings &r = readings[name(i)];
            r.membership.log = HazelcastLog::parse(clusterLog(i, {1, 2}));
            r.memberCounts = {2, 2, 2};
            for (int k = 1; k < 3; ++k) {
                r.health[k].httpStatus = 500;
                r.health[k].healthy = false;
                r.health[k].text = QStringLiteral("Internal server error.");
            }
            r.throughLoadBalancer[2].statusHttp = 502;
            r.throughLoadBalancer[2].statusText = QStringLiteral("502 Bad Gateway");
        }
        NodeReadings &gone = readings[name(3)];
        gone.membership.log = HazelcastLog::parse(
            clusterLog(3, {1, 2, 3}) +
            QStringLiteral("2026-12-03 10:00:09,000 FATAL [server] The server stopped "
                           "unexpectedly 6 s after it was ready (simulated crash)\n"));
        for (int k = 1; k < 3; ++k) {
            gone.health[k].httpStatus = 0;
            gone.health[k].healthy = false;
            gone.health[k].text = QStringLiteral("Connection refused");
        }
        const QList<CheckResult> results = ClusterVerification::evaluate(inputs(3), readings);
        QStringList failures;
        for (const CheckResult &r : results) {
            if (r.verdict == Verdict::Fail)
                failures.append(r.checkId + QLatin1Char(' ') + r.node);
        }
        QCOMPARE(failures, (QStringList{QStringLiteral("verify.members octane3.lab"),
                                        QStringLiteral("verify.status octane3.lab")}));
        const CheckResult *members = find(results, QStringLiteral("verify.members"), name(3));
        QVERIFY2(members->message.contains(QLatin1String("answered, then stopped")),
                 qPrintable(members->message));
        QVERIFY(members->message.contains(QLatin1String("simulated crash")));
        for (int i = 1; i <= 2; ++i) {
            const CheckResult *status = find(results, QStringLiteral("verify.status"), name(i));
            QCOMPARE(status->verdict, Verdict::Warn);
            QVERIFY2(status->message.contains(QLatin1String("because the cluster misses "
                                                            "octane3.lab")),
                     qPrintable(status->message));
            QCOMPARE(find(results, QStringLiteral("verify.members"), name(i))->verdict,
                     Verdict::Warn);
        }
        const CheckResult *lb = find(results, QStringLiteral("verify.lb-sign-in"));
        QCOMPARE(lb->verdict, Verdict::Warn);
        QVERIFY2(lb->message.contains(QLatin1String("misses octane3.lab")),
                 qPrintable(lb->message));
    }

    void loadBalancerThatCannotBeReachedIsItsOwnFailure()
    {
        // A down load balancer is not a consequence of a node outside the cluster.
        QHash<QString, NodeReadings> readings = roundRobin(3);
        readings[name(3)].membership.hazelcastXmlMembers = {addr(3), QStringLiteral("127.0.0.98")};
        for (int i = 1; i <= 3; ++i) {
            for (SignInResult &s : readings[name(i)].throughLoadBalancer) {
                s.error =
                    makeError(ErrorCode::ConnectRefused, QStringLiteral("connection refused"));
                s.exchanges.clear();
            }
        }
        const QList<CheckResult> results = ClusterVerification::evaluate(inputs(3), readings);
        const CheckResult *lb = find(results, QStringLiteral("verify.lb-sign-in"));
        QCOMPARE(lb->verdict, Verdict::Fail);
        QVERIFY(lb->message.contains(QLatin1String("9 of 9")));
    }

    void shareSentToADeadPortIsAMisroute()
    {
        ClusterVerification::Inputs in = inputs(3);
        in.httpPort = 8080;
        QHash<QString, NodeReadings> readings = roundRobin(3);
        // nginx tried octane2 on a port nothing listens on, then the next server answered.
        for (int i = 1; i <= 3; ++i) {
            for (SignInResult &s : readings[name(i)].throughLoadBalancer) {
                for (HttpExchange &e : s.exchanges) {
                    if (e.capturedHeader.startsWith(addr(2)))
                        e.capturedHeader = QStringLiteral("%1:9999, %2:8080").arg(addr(2), addr(3));
                }
            }
        }
        const QList<CheckResult> results = ClusterVerification::evaluate(in, readings);
        const CheckResult *spread = find(results, QStringLiteral("verify.lb-spread"), name(2));
        QCOMPARE(spread->verdict, Verdict::Fail);
        QVERIFY2(spread->message.contains(QLatin1String("127.0.0.12:9999")),
                 qPrintable(spread->message));
        QVERIFY(spread->fix.contains(QLatin1String("port 8080")));
        QCOMPARE(find(results, QStringLiteral("verify.lb-spread"), name(3))->verdict,
                 Verdict::Pass);
    }

    void nodeOnlyPassedOverIsAWarningThatPointsAtItsStatus()
    {
        ClusterVerification::Inputs in = inputs(3);
        in.httpPort = 8080;
        QHash<QString, NodeReadings> readings = roundRobin(3);
        for (int i = 1; i <= 3; ++i) {
            for (SignInResult &s : readings[name(i)].throughLoadBalancer) {
                for (HttpExchange &e : s.exchanges) {
                    if (e.capturedHeader.startsWith(addr(2)))
                        e.capturedHeader = QStringLiteral("%1:8080, %2:8080").arg(addr(2), addr(1));
                }
            }
        }
        const QList<CheckResult> results = ClusterVerification::evaluate(in, readings);
        const CheckResult *spread = find(results, QStringLiteral("verify.lb-spread"), name(2));
        QCOMPARE(spread->verdict, Verdict::Warn);
        QVERIFY2(spread->message.contains(QLatin1String("tried it 9 times")),
                 qPrintable(spread->message));
    }

    void unhealthyStatusPointsAtTheLog()
    {
        QHash<QString, NodeReadings> readings = roundRobin(3);
        readings[name(2)].health[2].httpStatus = 500;
        readings[name(2)].health[2].healthy = false;
        readings[name(2)].health[2].text = QStringLiteral("Cluster is unhealthy");
        const QList<CheckResult> results = ClusterVerification::evaluate(inputs(3), readings);
        const CheckResult *status = find(results, QStringLiteral("verify.status"), name(2));
        QCOMPARE(status->verdict, Verdict::Fail);
        QVERIFY(status->message.contains(QLatin1String("HTTP 500 Cluster is unhealthy")));
        QVERIFY(status->fix.contains(QLatin1String("verify.members")));
    }

    void membershipThatChangesBetweenReadingsIsNotStable()
    {
        QHash<QString, NodeReadings> readings = roundRobin(3);
        readings[name(1)].memberCounts = {3, 2, 3};
        const QList<CheckResult> results = ClusterVerification::evaluate(inputs(3), readings);
        QCOMPARE(notPassed(results),
                 QStringList{QStringLiteral("verify.members octane1.lab fail")});
        const CheckResult *members = find(results, QStringLiteral("verify.members"), name(1));
        QVERIFY2(members->message.contains(QLatin1String("sizes 3, 2, 3, of 3 nodes")),
                 qPrintable(members->message));
        QVERIFY(members->fix.contains(QLatin1String("5701")));
    }

    void staleHazelcastXmlIsNamedWithItsMembers()
    {
        // hz-member-mismatch@octane3: a cluster of one, the others form without it.
        QHash<QString, NodeReadings> readings = roundRobin(3);
        for (int i = 1; i <= 2; ++i) {
            readings[name(i)].membership.log = HazelcastLog::parse(clusterLog(i, {1, 2}));
            readings[name(i)].memberCounts = {2, 2, 2};
        }
        NodeReadings &odd = readings[name(3)];
        odd.membership.log = HazelcastLog::parse(clusterLog(3, {3}));
        odd.membership.hazelcastXmlMembers = {addr(3), QStringLiteral("127.0.0.98")};
        odd.memberCounts = {1, 1, 1};
        const QList<CheckResult> results = ClusterVerification::evaluate(inputs(3), readings);
        const CheckResult *members = find(results, QStringLiteral("verify.members"), name(3));
        QCOMPARE(members->verdict, Verdict::Fail);
        QVERIFY2(members->message.contains(QLatin1String("127.0.0.98")),
                 qPrintable(members->message));
        QVERIFY2(members->fix.contains(QLatin1String("/opt/octane/conf/hazelcast.xml")),
                 qPrintable(members->fix));
        QVERIFY(!members->fix.contains(QLatin1String("edit octane.conf.new")));
        // The others only miss it: never a failure of their own.
        for (int i = 1; i <= 2; ++i)
            QVERIFY(find(results, QStringLiteral("verify.members"), name(i))->verdict !=
                    Verdict::Fail);
    }

    void nodeOutsideTheRepositoryListIsNamed()
    {
        QHash<QString, NodeReadings> readings = roundRobin(3);
        for (int i = 1; i <= 3; ++i)
            readings[name(i)].confNodes = {name(1), name(2)};
        const QList<CheckResult> results = ClusterVerification::evaluate(inputs(3), readings);
        const CheckResult *members = find(results, QStringLiteral("verify.members"), name(3));
        QCOMPARE(members->verdict, Verdict::Fail);
        QVERIFY2(members->message.contains(QLatin1String("not in the node list")),
                 qPrintable(members->message));
        QVERIFY(members->fix.contains(QLatin1String("never octane.conf.new")));
    }

    void unreadableRepositoryConfIsSaid()
    {
        QHash<QString, NodeReadings> readings = roundRobin(3);
        for (int i = 1; i <= 3; ++i) {
            readings[name(i)].confRead = false;
            readings[name(i)].confError = QStringLiteral("it does not exist");
        }
        const QList<CheckResult> results = ClusterVerification::evaluate(inputs(3), readings);
        for (int i = 1; i <= 3; ++i) {
            const CheckResult *members = find(results, QStringLiteral("verify.members"), name(i));
            QCOMPARE(members->verdict, Verdict::Fail);
            QVERIFY(
                members->message.contains(QLatin1String("could not be read (it does not exist)")));
        }
    }

    void otherPortIsAFailureWithWhatHoldsTheClusterPort()
    {
        QHash<QString, NodeReadings> readings = roundRobin(3);
        NodeReadings &r = readings[name(2)];
        r.membership.log = HazelcastLog::parse(clusterLog(2, {1, 2, 3}, 5702));
        r.membership.portHolder = QStringLiteral("ocwlab-holder (pid 4242, user nobody)");
        const QList<CheckResult> results = ClusterVerification::evaluate(inputs(3), readings);
        QCOMPARE(notPassed(results), QStringList{QStringLiteral("verify.port octane2.lab fail")});
        const CheckResult *port = find(results, QStringLiteral("verify.port"), name(2));
        QVERIFY2(port->message.contains(QLatin1String("5702")), qPrintable(port->message));
        QVERIFY2(port->message.contains(QLatin1String("ocwlab-holder")), qPrintable(port->message));
    }

    void nodeNotReadIsNotVerified()
    {
        QHash<QString, NodeReadings> readings = roundRobin(3);
        NodeReadings lost;
        lost.readError = QStringLiteral("cannot connect to octane2.lab: Connection refused");
        readings.insert(name(2), lost);
        const QList<CheckResult> results = ClusterVerification::evaluate(inputs(3), readings);
        for (const QString &id :
             {QStringLiteral("verify.status"), QStringLiteral("verify.node-sign-in"),
              QStringLiteral("verify.members")}) {
            const CheckResult *r = find(results, id, name(2));
            QVERIFY2(r && r->verdict == Verdict::Fail, qPrintable(id));
        }
        QVERIFY(find(results, QStringLiteral("verify.status"), name(2))
                    ->message.contains(QLatin1String("Connection refused")));
    }

    void noLoadBalancerIsSkippedNotFailed()
    {
        ClusterVerification::Inputs in = inputs(3);
        in.loadBalancerUrl.clear();
        const QList<CheckResult> results = ClusterVerification::evaluate(in, roundRobin(3));
        QCOMPARE(find(results, QStringLiteral("verify.lb-sign-in"))->verdict, Verdict::Skipped);
        QCOMPARE(find(results, QStringLiteral("verify.lb-spread"), name(1))->verdict,
                 Verdict::Skipped);
    }

    void answeringUpstreamIsTheLastTried()
    {
        QCOMPARE(ClusterVerification::answeringUpstream(QStringLiteral("127.0.0.12:8080")),
                 QStringLiteral("127.0.0.12:8080"));
        QCOMPARE(ClusterVerification::answeringUpstream(
                     QStringLiteral("127.0.0.9:8080, 127.0.0.11:8080")),
                 QStringLiteral("127.0.0.11:8080"));
        QCOMPARE(ClusterVerification::answeringUpstream(
                     QStringLiteral("127.0.0.9:8080 : 127.0.0.13:8080")),
                 QStringLiteral("127.0.0.13:8080"));
    }

    void upstreamMapsToItsNode()
    {
        const QHash<QString, QStringList> addresses{{name(1), {addr(1)}},
                                                    {name(2), {addr(2), QStringLiteral("::1")}}};
        QCOMPARE(ClusterVerification::nodeOfUpstream(QStringLiteral("127.0.0.12:8080"), addresses),
                 name(2));
        QCOMPARE(ClusterVerification::nodeOfUpstream(QStringLiteral("[::1]:8080"), addresses),
                 name(2));
        QCOMPARE(ClusterVerification::nodeOfUpstream(QStringLiteral("octane1.lab:8080"), addresses),
                 name(1));
        QCOMPARE(ClusterVerification::nodeOfUpstream(QStringLiteral("127.0.0.99:8080"), addresses),
                 QString());
    }

    void portHolderReadsSsAndPs()
    {
        const QString listeners =
            QStringLiteral("LISTEN 0      50     127.0.0.12:5701      0.0.0.0:*    "
                           "users:((\"ocwlab-holder\",pid=4242,fd=3))\n"
                           "LISTEN 0      50     127.0.0.11:5701      0.0.0.0:*    "
                           "users:((\"java\",pid=1111,fd=9))\n"
                           " 4242 nobody   ocwlab-port-holder 127.0.0.12 5701\n"
                           " 1111 octane   java -jar octane.jar\n");
        const QString holder =
            ClusterReadStep::portHolder(listeners, 5701, {QStringLiteral("127.0.0.12")});
        QCOMPARE(holder, QStringLiteral("ocwlab-holder (pid 4242, user nobody, program "
                                        "ocwlab-port-holder) on 127.0.0.12:5701"));
        // A wildcard listener holds the port on every address.
        QVERIFY(ClusterReadStep::portHolder(
                    QStringLiteral("LISTEN 0 50 *:5701 *:* users:((\"nc\",pid=7,fd=3))\n"), 5701,
                    {QStringLiteral("127.0.0.12")})
                    .startsWith(QLatin1String("nc (pid 7) on *:5701")));
        // Without -p rights: the listener is there, its process is not.
        QVERIFY(
            ClusterReadStep::portHolder(QStringLiteral("LISTEN 0 50 127.0.0.12:5701 0.0.0.0:*\n"),
                                        5701, {QStringLiteral("127.0.0.12")})
                .contains(QLatin1String("cannot see")));
        QCOMPARE(ClusterReadStep::portHolder(QString(), 5701, {}), QString());
    }
};

QTEST_GUILESS_MAIN(TestClusterVerification)
#include "tst_clusterverification.moc"
