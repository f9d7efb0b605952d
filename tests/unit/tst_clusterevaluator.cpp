#include "core/checks/clusterevaluator.h"

#include <QtTest>

using namespace Ocw::Core;

class TestClusterEvaluator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthyCluster();
    void repoNotSharedOnOneNode();
    void otherPathOnOneNode();
    void dnsMismatchOnlyOnFaultyNode();
    void portBlockedGivesPairFailures();
    void listenerWithoutTool();
    void clockSkew();
    void sameMachineTwice_data();
    void sameMachineTwice();
    void unreachableNodePairsCollapse();

private:
    void setUpHealthy();
    ClusterProfile m_profile;
    Requirements m_req;
    QList<NodeFacts> m_facts;
};

void TestClusterEvaluator::setUpHealthy()
{
    m_profile = ClusterProfile();
    m_profile.repositoryDir = QStringLiteral("/srv/octane-repo");
    m_facts.clear();
    for (int i = 0; i < 3; ++i) {
        Node n;
        n.host = QStringLiteral("octane%1.lab").arg(i + 1);
        m_profile.nodes.append(n);
    }
    for (int i = 0; i < 3; ++i) {
        NodeFacts f;
        f.node = m_profile.nodes.at(i).host;
        f.index = i;
        f.reachable = true;
        f.installUserChecksRan = true;
        f.repoEnvValue = m_profile.repositoryDir;
        f.repoExists = true;
        f.tokenWritten = true;
        f.token = QStringLiteral("tok%1").arg(i);
        f.sharedReadRan = true;
        f.listenerState = QStringLiteral("listening");
        f.listenerToken = QStringLiteral("L%1").arg(i);
        f.meshRan = true;
        f.clockKnown = true;
        f.clockSkewMs = 10 * i;
        f.clockUncertaintyMs = 1;
        f.hostKeyFingerprint = QStringLiteral("SHA256:key%1").arg(i);
        f.machineId = QStringLiteral("%1").arg(i + 1, 32, 10, QLatin1Char('0'));
        for (int j = 0; j < 3; ++j)
            f.resolved.insert(m_profile.nodes.at(j).host,
                              {QStringLiteral("127.0.0.%1").arg(11 + j)});
        m_facts.append(f);
    }
    for (NodeFacts &f : m_facts) {
        for (const NodeFacts &o : std::as_const(m_facts)) {
            if (o.index == f.index)
                continue;
            f.tokensSeen.insert(o.node, o.token);
            f.meshOutcome.insert(o.node, QStringLiteral("rc=0 ") + o.listenerToken);
        }
    }
}

static QMap<QString, Verdict> byCell(const QList<CheckResult> &results, const QString &id)
{
    QMap<QString, Verdict> map;
    for (const CheckResult &r : results) {
        if (r.checkId == id)
            map.insert(r.isPair() ? r.node + QStringLiteral("->") + r.toNode : r.node, r.verdict);
    }
    return map;
}

void TestClusterEvaluator::healthyCluster()
{
    setUpHealthy();
    const QList<CheckResult> results = ClusterEvaluator::evaluate(m_profile, m_req, m_facts);
    for (const CheckResult &r : results)
        QVERIFY2(r.verdict == Verdict::Pass, qPrintable(r.checkId + QLatin1Char(' ') + r.message));
    QCOMPARE(byCell(results, QStringLiteral("cluster.port")).size(), 6); // every ordered pair
}

void TestClusterEvaluator::repoNotSharedOnOneNode()
{
    setUpHealthy();
    // octane2 has a private directory: it sees no one's token and no one sees its token.
    m_facts[1].tokensSeen.clear();
    m_facts[1].tokensSeen.insert(QStringLiteral("octane1.lab"), QString());
    m_facts[1].tokensSeen.insert(QStringLiteral("octane3.lab"), QString());
    m_facts[0].tokensSeen[QStringLiteral("octane2.lab")] = QString();
    m_facts[2].tokensSeen[QStringLiteral("octane2.lab")] = QString();
    const QList<CheckResult> results = ClusterEvaluator::shared(m_profile, m_facts);
    const QMap<QString, Verdict> v = byCell(results, QStringLiteral("repo.shared"));
    // Only the odd node out fails; the others name it in their (passing) message.
    QCOMPARE(v.value(QStringLiteral("octane2.lab")), Verdict::Fail);
    QCOMPARE(v.value(QStringLiteral("octane1.lab")), Verdict::Pass);
    QCOMPARE(v.value(QStringLiteral("octane3.lab")), Verdict::Pass);
    for (const CheckResult &r : results) {
        if (r.node == QLatin1String("octane1.lab"))
            QVERIFY(r.message.contains(QStringLiteral("octane2.lab")));
        if (r.node == QLatin1String("octane2.lab"))
            QVERIFY(r.message.contains(QStringLiteral("octane1.lab, octane3.lab")));
    }
    // With two nodes there is no majority: both fail.
    m_facts.removeLast();
    m_profile.nodes.removeLast();
    const QMap<QString, Verdict> two =
        byCell(ClusterEvaluator::shared(m_profile, m_facts), QStringLiteral("repo.shared"));
    QCOMPARE(two.value(QStringLiteral("octane1.lab")), Verdict::Fail);
    QCOMPARE(two.value(QStringLiteral("octane2.lab")), Verdict::Fail);
}

void TestClusterEvaluator::otherPathOnOneNode()
{
    setUpHealthy();
    m_facts[2].repoEnvValue = QStringLiteral("/srv/octane-repo2");
    const QMap<QString, Verdict> v =
        byCell(ClusterEvaluator::samePath(m_profile, m_facts), QStringLiteral("repo.samepath"));
    QCOMPARE(v.value(QStringLiteral("octane1.lab")), Verdict::Pass);
    QCOMPARE(v.value(QStringLiteral("octane2.lab")), Verdict::Pass);
    QCOMPARE(v.value(QStringLiteral("octane3.lab")), Verdict::Fail);
}

void TestClusterEvaluator::dnsMismatchOnlyOnFaultyNode()
{
    setUpHealthy();
    m_facts[0].resolved[QStringLiteral("octane2.lab")] = {QStringLiteral("127.0.0.99")};
    const QList<CheckResult> results = ClusterEvaluator::dnsConsistent(m_facts);
    const QMap<QString, Verdict> v = byCell(results, QStringLiteral("dns.consistent"));
    QCOMPARE(v.value(QStringLiteral("octane1.lab")), Verdict::Fail);
    QCOMPARE(v.value(QStringLiteral("octane2.lab")), Verdict::Pass);
    QCOMPARE(v.value(QStringLiteral("octane3.lab")), Verdict::Pass);
    QVERIFY(results.first().message.contains(QStringLiteral("127.0.0.99")));
}

void TestClusterEvaluator::portBlockedGivesPairFailures()
{
    setUpHealthy();
    for (NodeFacts &f : m_facts) {
        if (f.index != 1)
            f.meshOutcome[QStringLiteral("octane2.lab")] =
                QStringLiteral("rc=1 _: connect: Connection refused");
    }
    const QMap<QString, Verdict> v =
        byCell(ClusterEvaluator::clusterPort(m_req, m_facts), QStringLiteral("cluster.port"));
    QCOMPARE(v.value(QStringLiteral("octane1.lab->octane2.lab")), Verdict::Fail);
    QCOMPARE(v.value(QStringLiteral("octane3.lab->octane2.lab")), Verdict::Fail);
    QCOMPARE(v.value(QStringLiteral("octane2.lab->octane1.lab")), Verdict::Pass);
    QCOMPARE(v.value(QStringLiteral("octane1.lab->octane3.lab")), Verdict::Pass);
}

void TestClusterEvaluator::listenerWithoutTool()
{
    setUpHealthy();
    m_facts[2].listenerState = QStringLiteral("no-tool");
    const QList<CheckResult> results = ClusterEvaluator::clusterPort(m_req, m_facts);
    for (const CheckResult &r : results) {
        if (r.toNode == QLatin1String("octane3.lab")) {
            QCOMPARE(r.verdict, Verdict::Warn);
            QVERIFY(r.message.contains(QStringLiteral("no tool to listen with")));
        }
    }
}

void TestClusterEvaluator::clockSkew()
{
    setUpHealthy();
    m_facts[2].clockSkewMs = 5000;
    const QMap<QString, Verdict> v =
        byCell(ClusterEvaluator::clockSkew(m_req, m_facts), QStringLiteral("clock.skew"));
    QCOMPARE(v.value(QStringLiteral("octane3.lab")), Verdict::Warn);
    // The others are off against octane3 too: a skew between two nodes shows on both.
    QCOMPARE(v.value(QStringLiteral("octane1.lab")), Verdict::Warn);
}

void TestClusterEvaluator::sameMachineTwice_data()
{
    QTest::addColumn<bool>("sameKey");
    QTest::addColumn<bool>("sameMachineId");
    QTest::addColumn<QString>("named"); // what the failure says is shared
    QTest::newRow("both") << true << true << "host key SHA256:key0 and machine-id";
    QTest::newRow("host-key") << true << false << "host key SHA256:key0";
    QTest::newRow("machine-id-only") << false << true << "machine-id 0000";
}

void TestClusterEvaluator::sameMachineTwice()
{
    QFETCH(bool, sameKey);
    QFETCH(bool, sameMachineId);
    QFETCH(QString, named);
    setUpHealthy();
    if (sameKey)
        m_facts[2].hostKeyFingerprint = m_facts[0].hostKeyFingerprint;
    if (sameMachineId)
        m_facts[2].machineId = m_facts[0].machineId;
    const QList<CheckResult> results = ClusterEvaluator::distinctMachines(m_facts);
    const QMap<QString, Verdict> v = byCell(results, QStringLiteral("node.identity"));
    QCOMPARE(v.value(QStringLiteral("octane1.lab")), Verdict::Fail);
    QCOMPARE(v.value(QStringLiteral("octane2.lab")), Verdict::Pass);
    QCOMPARE(v.value(QStringLiteral("octane3.lab")), Verdict::Fail);
    for (const CheckResult &r : results) {
        if (r.verdict != Verdict::Fail)
            continue;
        QVERIFY(r.isBlockingFailure());
        QVERIFY2(r.message.contains(QStringLiteral("octane1.lab and octane3.lab")) ||
                     r.message.contains(QStringLiteral("octane3.lab and octane1.lab")),
                 qPrintable(r.message));
        QVERIFY2(r.message.contains(named), qPrintable(r.message));
        QVERIFY(r.fix.contains(QStringLiteral("once")));
    }
    // A node that has no machine-id is compared by its host key alone.
    setUpHealthy();
    m_facts[0].machineId.clear();
    m_facts[1].machineId.clear();
    for (const CheckResult &r : ClusterEvaluator::distinctMachines(m_facts))
        QCOMPARE(r.verdict, Verdict::Pass);
}

void TestClusterEvaluator::unreachableNodePairsCollapse()
{
    setUpHealthy();
    m_facts[1].reachable = false;
    const QList<CheckResult> results = ClusterEvaluator::clusterPort(m_req, m_facts);
    QStringList cells;
    for (const CheckResult &r : results)
        cells.append(r.node + QStringLiteral("->") + r.toNode + QLatin1Char(' ') +
                     verdictName(r.verdict));
    QCOMPARE(cells, QStringList({QStringLiteral("octane2.lab-> skipped"),
                                 QStringLiteral("octane3.lab->octane1.lab pass"),
                                 QStringLiteral("octane1.lab->octane3.lab pass")}));
    QVERIFY(results.first().message.contains(
        QStringLiteral("not checked: octane2.lab is unreachable")));
    // The number of results grows with the nodes, not with their pairs, when most are down.
    QList<NodeFacts> many = m_facts;
    for (int i = 3; i < 128; ++i) {
        NodeFacts f;
        f.node = QStringLiteral("down%1.lab").arg(i);
        f.index = i;
        many.append(f);
    }
    QCOMPARE(ClusterEvaluator::clusterPort(m_req, many).size(), 2 + 126);
}

QTEST_GUILESS_MAIN(TestClusterEvaluator)
#include "tst_clusterevaluator.moc"
