#include "core/config/hazelcastxml.h"

#include <QFile>
#include <QtTest>

using namespace Ocw::Core;

class TestHazelcastXml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseSample();
    void parseVariants_data();
    void parseVariants();
    void compare_data();
    void compare();
    void describe();
};

void TestHazelcastXml::parseSample()
{
    QFile f(QStringLiteral(OCW_SOURCE_DIR "/tests/config/data/hazelcast-sample.xml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Expected<HazelcastJoin> join = HazelcastXml::parse(f.readAll());
    QVERIFY2(join, qPrintable(join.error().message));
    QCOMPARE(join->members, (QStringList{"octane1.lab", "octane2.lab:5701", "10.0.0.7", "10.0.0.8",
                                         "10.0.1.1-5"}));
    QVERIFY(join->tcpIpEnabled);
    QVERIFY(!join->multicastEnabled);
    QCOMPARE(join->port, 5701);
}

void TestHazelcastXml::parseVariants_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("members");
    QTest::addColumn<bool>("tcpIp");
    QTest::addColumn<QString>("error");
    QTest::newRow("no-namespace")
        << QByteArray("<hazelcast><network><join><tcp-ip "
                      "enabled=\"true\"><member>a</member></tcp-ip></join></network></hazelcast>")
        << true << QStringList{"a"} << true << "";
    QTest::newRow("multicast-only")
        << QByteArray("<hazelcast><network><join><multicast enabled=\"true\"/><tcp-ip "
                      "enabled=\"false\"/></join></network></hazelcast>")
        << true << QStringList{} << false << "";
    QTest::newRow("empty-members")
        << QByteArray(
               "<hazelcast><network><join><tcp-ip enabled=\"true\"><member></member><members> , "
               "</members></tcp-ip></join></network></hazelcast>")
        << true << QStringList{} << true << "";
    QTest::newRow("truncated")
        << QByteArray("<hazelcast>\n<network>\n<join><tcp-ip enabled=\"true\"><member>a</mem")
        << false << QStringList{} << false << "line 3";
    QTest::newRow("not-xml") << QByteArray("nodes = [a, b]\n") << false << QStringList{} << false
                             << "line 1";
}

void TestHazelcastXml::parseVariants()
{
    QFETCH(QByteArray, xml);
    QFETCH(bool, valid);
    QFETCH(QStringList, members);
    QFETCH(bool, tcpIp);
    QFETCH(QString, error);
    const Expected<HazelcastJoin> join = HazelcastXml::parse(xml, QStringLiteral("hazelcast.xml"));
    QCOMPARE(bool(join), valid);
    if (!valid) {
        QVERIFY2(join.error().message.contains(error), qPrintable(join.error().message));
        QVERIFY(join.error().message.startsWith(QStringLiteral("hazelcast.xml")));
        return;
    }
    QCOMPARE(join->members, members);
    QCOMPARE(join->tcpIpEnabled, tcpIp);
}

void TestHazelcastXml::compare_data()
{
    QTest::addColumn<QStringList>("members");
    QTest::addColumn<QStringList>("nodes");
    QTest::addColumn<QString>("resolved"); // "name=ip,ip;name=ip"
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<QStringList>("extra");
    const QStringList three{"octane1.lab", "octane2.lab", "octane3.lab"};
    QTest::newRow("equal-names") << three << three << "" << QStringList{} << QStringList{};
    QTest::newRow("other-order") << QStringList{"octane3.lab", "octane1.lab", "octane2.lab"}
                                 << three << "" << QStringList{} << QStringList{};
    QTest::newRow("one-missing") << QStringList{"octane1.lab", "octane2.lab"} << three << ""
                                 << QStringList{"octane3.lab"} << QStringList{};
    QTest::newRow("one-extra") << (three + QStringList{"old4.lab"}) << three << "" << QStringList{}
                               << QStringList{"old4.lab"};
    QTest::newRow("missing-and-extra")
        << QStringList{"octane1.lab", "octane2.lab", "octane9.lab"} << three << ""
        << QStringList{"octane3.lab"} << QStringList{"octane9.lab"};
    QTest::newRow("case-and-trailing-dot")
        << QStringList{"OCTANE1.lab.", "octane2.LAB", "octane3.lab"} << three << "" << QStringList{}
        << QStringList{};
    QTest::newRow("host-port") << QStringList{"octane1.lab:5701", "octane2.lab:5702", "octane3.lab"}
                               << three << "" << QStringList{} << QStringList{};
    QTest::newRow("ips-for-ip-nodes")
        << QStringList{"10.0.0.1", "10.0.0.2"} << QStringList{"10.0.0.1", "10.0.0.2"} << ""
        << QStringList{} << QStringList{};
    QTest::newRow("range-covers-ip-nodes")
        << QStringList{"10.0.0.1-5"} << QStringList{"10.0.0.1", "10.0.0.2", "10.0.0.5"} << ""
        << QStringList{} << QStringList{};
    QTest::newRow("range-misses-one")
        << QStringList{"10.0.0.1-3"} << QStringList{"10.0.0.1", "10.0.0.4"} << ""
        << QStringList{"10.0.0.4"} << QStringList{};
    QTest::newRow("range-covers-resolved-names")
        << QStringList{"10.0.0.1-5"} << three
        << "octane1.lab=10.0.0.1;octane2.lab=10.0.0.2;octane3.lab=10.0.0.3" << QStringList{}
        << QStringList{};
    QTest::newRow("range-without-resolution")
        << QStringList{"10.0.0.1-5"} << three << "" << three << QStringList{"10.0.0.1-5"};
    QTest::newRow("wildcard") << QStringList{"10.0.0.*"} << QStringList{"10.0.0.1", "10.0.0.200"}
                              << "" << QStringList{} << QStringList{};
    QTest::newRow("ip-member-name-node")
        << QStringList{"10.0.0.1", "10.0.0.2", "10.0.0.3"} << three
        << "octane1.lab=10.0.0.1;octane2.lab=10.0.0.2;octane3.lab=10.0.0.3" << QStringList{}
        << QStringList{};
    QTest::newRow("name-member-ip-node")
        << QStringList{"octane1.lab"} << QStringList{"10.0.0.1"} << "octane1.lab=10.0.0.1"
        << QStringList{} << QStringList{};
    QTest::newRow("stale-address")
        << QStringList{"10.0.0.1", "10.0.0.2", "10.0.0.9"} << three
        << "octane1.lab=10.0.0.1;octane2.lab=10.0.0.2;octane3.lab=10.0.0.3"
        << QStringList{"octane3.lab"} << QStringList{"10.0.0.9"};
    QTest::newRow("ipv6-bracket-port")
        << QStringList{"[2001:db8::1]:5701"} << QStringList{"2001:db8::1"} << "" << QStringList{}
        << QStringList{};
    QTest::newRow("no-members") << QStringList{} << three << "" << three << QStringList{};
}

void TestHazelcastXml::compare()
{
    QFETCH(QStringList, members);
    QFETCH(QStringList, nodes);
    QFETCH(QString, resolved);
    QFETCH(QStringList, missing);
    QFETCH(QStringList, extra);
    QHash<QString, QList<QHostAddress>> addresses;
    for (const QString &entry : resolved.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList parts = entry.split(QLatin1Char('='));
        for (const QString &ip : parts.at(1).split(QLatin1Char(',')))
            addresses[parts.at(0)].append(QHostAddress(ip));
    }
    const MemberComparison c = HazelcastXml::compare(members, nodes, addresses);
    QCOMPARE(c.missing, missing);
    QCOMPARE(c.extra, extra);
    QCOMPARE(c.isEqual(), missing.isEmpty() && extra.isEmpty());
}

void TestHazelcastXml::describe()
{
    MemberComparison c;
    QVERIFY(
        HazelcastXml::describe(c, QStringLiteral("octane2.lab")).contains(QStringLiteral("equal")));
    c.missing = QStringList{"octane3.lab"};
    c.extra = QStringList{"old4.lab"};
    const QString text = HazelcastXml::describe(c, QStringLiteral("octane2.lab"));
    QVERIFY(text.startsWith(QStringLiteral("On octane2.lab")));
    QVERIFY(text.contains(QStringLiteral("lacks octane3.lab")));
    QVERIFY(text.contains(QStringLiteral("lists old4.lab")));
}

QTEST_GUILESS_MAIN(TestHazelcastXml)
#include "tst_hazelcastxml.moc"
