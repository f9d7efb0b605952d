#include "core/model/nodelistparser.h"
#include "core/model/nodepattern.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Ocw::Core;

class TestNodeInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void expand_data();
    void expand();
    void expandErrors_data();
    void expandErrors();
    void pasteList_data();
    void pasteList();
    void csvFile();
    void pasteErrors_data();
    void pasteErrors();
};

void TestNodeInput::expand_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("hosts");
    QTest::newRow("name-range") << "octane[1-3].corp"
                                << QStringList{"octane1.corp", "octane2.corp", "octane3.corp"};
    QTest::newRow("ipv4-range") << "10.0.0.[5-7]"
                                << QStringList{"10.0.0.5", "10.0.0.6", "10.0.0.7"};
    QTest::newRow("zero-padded") << "web[08-10]" << QStringList{"web08", "web09", "web10"};
    QTest::newRow("list-and-range") << "n[1,3,7-8]" << QStringList{"n1", "n3", "n7", "n8"};
    QTest::newRow("two-groups") << "r[1-2]n[1-2]" << QStringList{"r1n1", "r1n2", "r2n1", "r2n2"};
    QTest::newRow("single") << "h[4]" << QStringList{"h4"};
}

void TestNodeInput::expand()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, hosts);
    const Expected<QStringList> r = NodePattern::expand(pattern);
    QVERIFY2(r.hasValue(), qPrintable(r.error().message));
    QCOMPARE(*r, hosts);
}

void TestNodeInput::expandErrors_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unclosed") << "octane[1-3.corp"
                              << "not closed";
    QTest::newRow("backwards") << "octane[3-1]"
                               << "backwards";
    QTest::newRow("letters") << "octane[a-c]"
                             << "not a number";
    QTest::newRow("stray-close") << "octane]1"
                                 << "no matching";
    QTest::newRow("huge") << "n[1-100000]"
                          << "more than";
}

void TestNodeInput::expandErrors()
{
    QFETCH(QString, pattern);
    QFETCH(QString, fragment);
    const Expected<QStringList> r = NodePattern::expand(pattern);
    QVERIFY(!r.hasValue());
    QVERIFY2(r.error().message.contains(fragment), qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(pattern));
}

void TestNodeInput::pasteList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QList<int>>("ports");
    QTest::newRow("lines") << "a.corp\nb.corp\r\n\nc.corp\n"
                           << QStringList{"a.corp", "b.corp", "c.corp"} << QList<int>{0, 0, 0};
    QTest::newRow("commas-and-blanks")
        << "a, b;c  d" << QStringList{"a", "b", "c", "d"} << QList<int>{0, 0, 0, 0};
    QTest::newRow("ports-users") << "root@a:2222 b:22" << QStringList{"a", "b"}
                                 << QList<int>{2222, 22};
    QTest::newRow("ipv6") << "[fe80::1]:2200 2001:db8::5" << QStringList{"fe80::1", "2001:db8::5"}
                          << QList<int>{2200, 0};
    QTest::newRow("pattern-with-comma")
        << "n[1,3].x # comment" << QStringList{"n1.x", "n3.x"} << QList<int>{0, 0};
    QTest::newRow("pattern-port") << "10.0.0.[5-6]:2022" << QStringList{"10.0.0.5", "10.0.0.6"}
                                  << QList<int>{2022, 2022};
}

void TestNodeInput::pasteList()
{
    QFETCH(QString, text);
    QFETCH(QStringList, hosts);
    QFETCH(QList<int>, ports);
    const Expected<QList<Node>> r = NodeListParser::parse(text);
    QVERIFY2(r.hasValue(), qPrintable(r.error().message));
    QStringList got;
    QList<int> gotPorts;
    for (const Node &n : *r) {
        got.append(n.host);
        gotPorts.append(n.port);
    }
    QCOMPARE(got, hosts);
    QCOMPARE(gotPorts, ports);
}

void TestNodeInput::csvFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nodes.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("host,port,user,auth,keyFile\noctane1.corp,22,admin,key,/"
            "k\noctane[2-3].corp,,,password,\n");
    f.close();
    const Expected<QList<Node>> r = NodeListParser::parseFile(path);
    QVERIFY2(r.hasValue(), qPrintable(r.error().message));
    QCOMPARE(r->size(), 3);
    QCOMPARE(r->at(0).user, QStringLiteral("admin"));
    QCOMPARE(r->at(0).keyFile, QStringLiteral("/k"));
    QCOMPARE(r->at(2).host, QStringLiteral("octane3.corp"));
    QCOMPARE(r->at(2).auth, std::optional<AuthMethod>(AuthMethod::Password));
}

void TestNodeInput::pasteErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("bad-port") << "a\nb:99999"
                              << "Line 2";
    QTest::newRow("empty-user") << "@a"
                                << "empty user";
    QTest::newRow("bad-pattern") << "x\ny\nn[3-1]"
                                 << "Line 3";
    QTest::newRow("csv-unknown-column") << "host,colour\na,red"
                                        << "unknown column";
}

void TestNodeInput::pasteErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);
    const Expected<QList<Node>> r = NodeListParser::parse(text);
    QVERIFY(!r.hasValue());
    QVERIFY2(r.error().message.contains(fragment), qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(TestNodeInput)
#include "tst_nodeinput.moc"
