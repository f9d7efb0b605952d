#include "core/cluster/clustermembership.h"
#include "core/cluster/hazelcastlog.h"

#include <QtTest>

using namespace Ocw::Core;

namespace {

const QString kUuid1 = QStringLiteral("1f0e6c1a-3a4b-4a4e-9d35-0c6b1d0a0001");
const QString kUuid2 = QStringLiteral("1f0e6c1a-3a4b-4a4e-9d35-0c6b1d0a0002");
const QString kUuid3 = QStringLiteral("1f0e6c1a-3a4b-4a4e-9d35-0c6b1d0a0003");

QString addr(int i)
{
    return QStringLiteral("127.0.0.%1").arg(10 + i);
}

QString uuid(int i)
{
    return i == 1 ? kUuid1 : i == 2 ? kUuid2 : kUuid3;
}

// A membership block exactly as Hazelcast 3.9+ logs it, seen from node `self`.
QString block(int self, const QList<int> &members, int version, int port = 5701)
{
    QString text = QStringLiteral("2026-12-03 10:00:0%1,123 INFO "
                                  "[com.hazelcast.internal.cluster.ClusterService] [%2]:%3 "
                                  "[octane] [3.12.2] \n\nMembers {size:%4, ver:%5} [\n")
                       .arg(version)
                       .arg(addr(self))
                       .arg(port)
                       .arg(members.size())
                       .arg(version);
    for (int m : members)
        text += QStringLiteral("\tMember [%1]:%2 - %3%4\n")
                    .arg(addr(m))
                    .arg(m == self ? port : 5701)
                    .arg(uuid(m), m == self ? QStringLiteral(" this") : QString());
    return text + QStringLiteral("]\n\n");
}

QString picked(int self, int port = 5701)
{
    return QStringLiteral("2026-12-03 10:00:00,001 INFO [com.hazelcast.instance.AddressPicker] "
                          "[LOCAL] [octane] [3.12.2] Picked [%1]:%2, using socket "
                          "ServerSocket[addr=/%1,localport=%2], bind any local is false\n")
        .arg(addr(self))
        .arg(port);
}

ClusterMembership::Inputs inputs()
{
    ClusterMembership::Inputs in;
    for (int i = 1; i <= 3; ++i) {
        const QString name = QStringLiteral("octane%1.lab").arg(i);
        in.confNodes.append(name);
        in.addressesOf.insert(name, {addr(i)});
    }
    in.repositoryConf = QStringLiteral("/srv/octane-repo/conf/octane.conf");
    in.hazelcastXml = QStringLiteral("/opt/octane/conf/hazelcast.xml");
    in.logFile = QStringLiteral("/opt/octane/log/wrapper.log");
    return in;
}

NodeMembership node(int i, const QString &log, const QStringList &xml = {})
{
    NodeMembership n;
    n.node = QStringLiteral("octane%1.lab").arg(i);
    n.logRead = true;
    n.log = HazelcastLog::parse(log);
    n.hazelcastXmlRead = true;
    n.hazelcastXmlMembers =
        xml.isEmpty() ? QStringList{QStringLiteral("octane1.lab"), QStringLiteral("octane2.lab"),
                                    QStringLiteral("octane3.lab")}
                      : xml;
    return n;
}

// "id node verdict" for every result, to compare whole lists.
QStringList verdicts(const QList<CheckResult> &results)
{
    QStringList list;
    for (const CheckResult &r : results)
        list.append(QStringLiteral("%1 %2 %3").arg(r.checkId, r.node, verdictName(r.verdict)));
    return list;
}

const CheckResult &find(const QList<CheckResult> &results, const QString &id, int i)
{
    for (const CheckResult &r : results) {
        if (r.checkId == id && r.node == QStringLiteral("octane%1.lab").arg(i))
            return r;
    }
    static CheckResult none;
    return none;
}

} // namespace

class TestClusterMembership : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesTheLastBlockAndTheLines()
    {
        const QString text =
            picked(1) + block(1, {1}, 1) +
            QStringLiteral("x WARN [com.hazelcast.nio.tcp.TcpIpConnector] [127.0.0.11]:5701 "
                           "[octane] [3.12.2] Could not connect to: /127.0.0.12:5701. Reason: "
                           "IOException[Connection refused to address /127.0.0.12:5701]\n") +
            block(1, {1, 2}, 2) + block(1, {1, 2, 3}, 3) +
            QStringLiteral("x INFO [c.h.i.c.i.MembershipManager] Removing Member "
                           "[127.0.0.13]:5701 - %1\n")
                .arg(kUuid3) +
            QStringLiteral("x ERROR [com.hpe.octane.cluster] Cluster is unhealthy: hazelcast "
                           "members [127.0.0.11, 127.0.0.12] differ\n") +
            block(1, {1, 2}, 4) +
            // a block still being written: ignored
            QStringLiteral("y INFO [c] [127.0.0.11]:5701 [octane] [3.12.2] \n\nMembers {size:3, "
                           "ver:5} [\n\tMember [127.0.0.11]:5701 - %1 this\n")
                .arg(kUuid1);
        const HazelcastLog log = HazelcastLog::parse(text);
        QVERIFY(log.hasMembers);
        QCOMPARE(log.size, 2);
        QCOMPARE(log.version, 4);
        QCOMPARE(log.memberAddresses(), QStringList({QStringLiteral("127.0.0.11:5701"),
                                                     QStringLiteral("127.0.0.12:5701")}));
        QVERIFY(log.self());
        QCOMPARE(log.self()->uuid, kUuid1);
        QCOMPARE(log.pickedAddress, addr(1));
        QCOMPARE(log.pickedPort, 5701);
        QCOMPARE(log.unreachable, QStringList{QStringLiteral("127.0.0.12:5701")});
        QCOMPARE(log.removedMembers, QStringList{QStringLiteral("127.0.0.13:5701")});
        QVERIFY(log.unhealthyLine.contains(QLatin1String("Cluster is unhealthy")));
        QVERIFY(log.block.startsWith(QLatin1String("Members {size:2, ver:4} [")));

        // A later healthy line clears it.
        QVERIFY(HazelcastLog::parse(text + QStringLiteral("z INFO [c] Cluster is healthy\n"))
                    .unhealthyLine.isEmpty());
    }

    void parsesTheOldFormat()
    {
        const HazelcastLog log = HazelcastLog::parse(QStringLiteral(
            "INFO: [10.0.0.1]:5701 [dev] [3.6.7] \n\nMembers [2] {\n\tMember [10.0.0.1]:5701 "
            "this\n\tMember [10.0.0.2]:5701\n}\n"));
        QVERIFY(log.hasMembers);
        QCOMPARE(log.size, 2);
        QCOMPARE(log.version, 0);
        QVERIFY(log.members.at(0).self);
        QVERIFY(log.members.at(0).uuid.isEmpty());
        QCOMPARE(log.members.at(1).address, QStringLiteral("10.0.0.2"));
    }

    void healthyClusterPassesEverywhere()
    {
        QList<NodeMembership> nodes;
        for (int i = 1; i <= 3; ++i)
            nodes.append(node(i, picked(i) + block(i, {1, 2, 3}, 3)));
        const QList<CheckResult> r = ClusterMembership::evaluate(inputs(), nodes);
        QCOMPARE(verdicts(r), QStringList({QStringLiteral("verify.members octane1.lab pass"),
                                           QStringLiteral("verify.port octane1.lab pass"),
                                           QStringLiteral("verify.members octane2.lab pass"),
                                           QStringLiteral("verify.port octane2.lab pass"),
                                           QStringLiteral("verify.members octane3.lab pass"),
                                           QStringLiteral("verify.port octane3.lab pass")}));
        QCOMPARE(find(r, QStringLiteral("verify.members"), 2).message,
                 QStringLiteral("octane2.lab: member of one cluster of 3: [octane1.lab, "
                                "octane2.lab, octane3.lab]."));
    }

    // hz-member-mismatch@3: node 3's stale hazelcast.xml lists itself and a stranger.
    void staleHazelcastXmlFailsOnItsNodeOnly()
    {
        const QList<NodeMembership> nodes{
            node(1, picked(1) + block(1, {1, 2}, 2)), node(2, picked(2) + block(2, {1, 2}, 2)),
            node(3, picked(3) + block(3, {3}, 1),
                 {QStringLiteral("127.0.0.13"), QStringLiteral("127.0.0.98")})};
        const QList<CheckResult> r = ClusterMembership::evaluate(inputs(), nodes);
        QCOMPARE(find(r, QStringLiteral("verify.members"), 1).verdict, Verdict::Warn);
        QCOMPARE(find(r, QStringLiteral("verify.members"), 2).verdict, Verdict::Warn);
        const CheckResult &bad = find(r, QStringLiteral("verify.members"), 3);
        QCOMPARE(bad.verdict, Verdict::Fail);
        QCOMPARE(
            bad.message,
            QStringLiteral("octane3.lab: its /opt/octane/conf/hazelcast.xml lists "
                           "[127.0.0.98, octane3.lab], but /srv/octane-repo/conf/octane.conf "
                           "lists [octane1.lab, octane2.lab, octane3.lab] (differ: 127.0.0.98, "
                           "octane1.lab, octane2.lab), so it forms or joins another cluster: "
                           "it sees [octane3.lab]."));
        QVERIFY(bad.fix.contains(QLatin1String("Remove the stale /opt/octane/conf/hazelcast.xml")));
        QVERIFY(bad.fix.contains(QLatin1String("never from octane.conf.new")));
        QVERIFY(find(r, QStringLiteral("verify.members"), 1)
                    .message.contains(QLatin1String("octane3.lab outside")));
    }

    // port-5701-blocked@2 after the cluster formed: node 2 alone, the others without it.
    void blockedPortFailsOnTheCutOffNode()
    {
        const QString cut = QStringLiteral(
            "x WARN [c.h.n.t.TcpIpConnector] [127.0.0.12]:5701 [octane] [3.12.2] Could not "
            "connect to: /127.0.0.11:5701. Reason: IOException[Connection refused to address "
            "/127.0.0.11:5701]\n");
        const QList<NodeMembership> nodes{
            node(1, picked(1) + block(1, {1, 2, 3}, 3) + block(1, {1, 3}, 4)),
            node(2, picked(2) + block(2, {1, 2, 3}, 3) + cut + block(2, {2}, 4)),
            node(3, picked(3) + block(3, {1, 2, 3}, 3) + block(3, {1, 3}, 4))};
        const QList<CheckResult> r = ClusterMembership::evaluate(inputs(), nodes);
        QCOMPARE(find(r, QStringLiteral("verify.members"), 1).verdict, Verdict::Warn);
        QCOMPARE(find(r, QStringLiteral("verify.members"), 3).verdict, Verdict::Warn);
        const CheckResult &bad = find(r, QStringLiteral("verify.members"), 2);
        QCOMPARE(bad.verdict, Verdict::Fail);
        QVERIFY2(bad.message.startsWith(QStringLiteral(
                     "octane2.lab: sees [octane2.lab] (1 members), not the 3 nodes of "
                     "/srv/octane-repo/conf/octane.conf; missing octane1.lab, octane3.lab. It "
                     "could not connect to 127.0.0.11:5701.")),
                 qPrintable(bad.message));
        QCOMPARE(bad.fix, QStringLiteral("Open port 5701 between the nodes (both ways), then "
                                         "restart the server on octane2.lab."));
        QVERIFY(bad.details.contains(QLatin1String("Members {size:1, ver:4} [")));
    }

    // port-5701-blocked@2 as the lab does it: the peers are refused on 2's port, 2's own log
    // says nothing about why.
    void nodeThePeersCannotReachIsNamedWithThem()
    {
        const QString refused = QStringLiteral(
            "x WARN [c.h.n.t.TcpIpConnector] [127.0.0.11]:5701 [octane] [3.12.2] Could not "
            "connect to: /127.0.0.12:5701. Reason: IOException[Connection refused to address "
            "/127.0.0.12:5701]\n");
        const QList<NodeMembership> nodes{
            node(1, picked(1) + block(1, {1, 2, 3}, 3) + refused + block(1, {1, 3}, 4)),
            node(2, picked(2) + block(2, {1, 2, 3}, 3) + block(2, {2}, 4)),
            node(3, picked(3) + block(3, {1, 2, 3}, 3) + refused + block(3, {1, 3}, 4))};
        const QList<CheckResult> r = ClusterMembership::evaluate(inputs(), nodes);
        QCOMPARE(find(r, QStringLiteral("verify.members"), 1).verdict, Verdict::Warn);
        QCOMPARE(find(r, QStringLiteral("verify.members"), 3).verdict, Verdict::Warn);
        const CheckResult &bad = find(r, QStringLiteral("verify.members"), 2);
        QCOMPARE(bad.verdict, Verdict::Fail);
        QVERIFY2(bad.message.startsWith(QStringLiteral(
                     "octane2.lab cannot be reached on port 5701 from the other nodes: "
                     "octane1.lab, octane3.lab could not connect to it")),
                 qPrintable(bad.message));
        QVERIFY(bad.fix.startsWith(QStringLiteral("Open TCP port 5701 between all nodes")));
        // Its port verdict is still given.
        QCOMPARE(find(r, QStringLiteral("verify.port"), 2).verdict, Verdict::Pass);
    }

    // hz-port-taken@3: node 3 bound 5702; the cluster formed, but the port is wrong.
    void anotherPortFailsThePortCheck()
    {
        QList<NodeMembership> nodes;
        for (int i = 1; i <= 2; ++i)
            nodes.append(node(i, picked(i) + block(i, {1, 2, 3}, 3)));
        nodes.append(node(3, picked(3, 5702) + block(3, {1, 2, 3}, 3, 5702)));
        nodes[2].portHolder = QStringLiteral("ocwlab-port-hol (pid 4242, user nobody)");
        const QList<CheckResult> r = ClusterMembership::evaluate(inputs(), nodes);
        QCOMPARE(find(r, QStringLiteral("verify.members"), 3).verdict, Verdict::Pass);
        QCOMPARE(find(r, QStringLiteral("verify.port"), 1).verdict, Verdict::Pass);
        const CheckResult &bad = find(r, QStringLiteral("verify.port"), 3);
        QCOMPARE(bad.verdict, Verdict::Fail);
        QVERIFY2(bad.message.startsWith(QStringLiteral(
                     "octane3.lab: Hazelcast bound port 5702, not 5701: ocwlab-port-hol (pid "
                     "4242, user nobody) holds port 5701.")),
                 qPrintable(bad.message));
    }

    void unreadableOrSilentLogsFailTheirNode()
    {
        NodeMembership unread;
        unread.node = QStringLiteral("octane1.lab");
        unread.logError = QStringLiteral("No such file or directory");
        const QList<NodeMembership> nodes{unread, node(2, QStringLiteral("nothing yet\n")),
                                          node(3, picked(3) + block(3, {3}, 1))};
        const QList<CheckResult> r = ClusterMembership::evaluate(inputs(), nodes);
        QCOMPARE(find(r, QStringLiteral("verify.members"), 1).message,
                 QStringLiteral("octane1.lab: the server log /opt/octane/log/wrapper.log could "
                                "not be read: No such file or directory"));
        QCOMPARE(find(r, QStringLiteral("verify.port"), 1).verdict, Verdict::Skipped);
        QVERIFY(find(r, QStringLiteral("verify.members"), 2)
                    .message.contains(QLatin1String("shows no Hazelcast membership")));
        QCOMPARE(find(r, QStringLiteral("verify.members"), 3).verdict, Verdict::Fail);
    }
};

QTEST_GUILESS_MAIN(TestClusterMembership)
#include "tst_clustermembership.moc"
