#include "core/report/checkreport.h"

#include <QJsonArray>
#include <QtTest>

using namespace Ocw::Core;

class TestReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonShapeAndExitCodes();
    void htmlEscapesEverything();
};

static CheckReport sampleReport()
{
    CheckReport report;
    Node a;
    a.host = QStringLiteral("octane1.lab");
    Node b;
    b.host = QStringLiteral("octane2.lab");
    report.profile.nodes = {a, b};
    CheckResult pass;
    pass.checkId = QStringLiteral("os.release");
    pass.node = a.host;
    pass.verdict = Verdict::Pass;
    pass.commands = {QStringLiteral("cat /etc/os-release")};
    pass.output = QStringLiteral("ID=rhel");
    CheckResult pair;
    pair.checkId = QStringLiteral("cluster.port");
    pair.node = a.host;
    pair.toNode = b.host;
    pair.verdict = Verdict::Warn;
    pair.blocking = false;
    report.results = {pass, pair};
    return report;
}

void TestReport::jsonShapeAndExitCodes()
{
    CheckReport report = sampleReport();
    QJsonObject json = report.toJson();
    QCOMPARE(json.value(QStringLiteral("nodes")).toArray().size(), 2);
    const QJsonArray results = json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    const QJsonObject first = results.at(0).toObject();
    for (const char *key : {"check", "node", "verdict", "message", "fix", "details", "durationMs"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QCOMPARE(first.value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
    QVERIFY(first.value(QStringLiteral("details"))
                .toString()
                .contains(QStringLiteral("$ cat /etc/os-release")));
    const QJsonObject second = results.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("from")).toString(), QStringLiteral("octane1.lab"));
    QCOMPARE(second.value(QStringLiteral("to")).toString(), QStringLiteral("octane2.lab"));
    QVERIFY(!second.contains(QStringLiteral("node")));
    QCOMPARE(report.exitCode(), 0);

    report.results[1].blocking = true;
    report.results[1].verdict = Verdict::Fail;
    QCOMPARE(report.exitCode(), 1);
    QCOMPARE(report.toJson()
                 .value(QStringLiteral("summary"))
                 .toObject()
                 .value(QStringLiteral("blockingFailures"))
                 .toInt(),
             1);
    report.cancelled = true;
    QCOMPARE(report.exitCode(), 3);
}

void TestReport::htmlEscapesEverything()
{
    CheckReport report = sampleReport();
    report.results[0].output = QStringLiteral("<script>alert(1)</script>");
    report.results[0].message = QStringLiteral("a & b");
    const QString html = report.toHtml();
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
    QVERIFY(html.contains(QStringLiteral("a &amp; b")));
    QVERIFY(html.contains(QStringLiteral("octane2.lab")));
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
