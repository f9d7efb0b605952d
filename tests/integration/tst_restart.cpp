// Step 9's rolling restart on the lab, through the command line: one node at a time, a
// sign-in loop through the load balancer loses no request while it runs, and a node that does
// not come back stops the roll with its explanation while the others keep serving.
#include "labfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kFirst = QStringLiteral("octane1.lab");
const QString kSecond = QStringLiteral("octane2.lab");
const QString kThird = QStringLiteral("octane3.lab");
} // namespace

class TestRestart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rollingRestartLosesNoSignIn();
    void nodeThatDoesNotComeBackStopsTheRoll();
    void badInputIsExitTwo();
    void cleanupTestCase();

private:
    using Run = LabFixture::CliRun;
    Run command(const QStringList &arguments, int timeoutMs = 300000);
    // check id -> verdict of one node's results.
    static QMap<QString, QString> verdicts(const QJsonObject &json, const QString &node);
    // A loop of sign-ins through the load balancer, one every 0.1 s, each on a new connection;
    // its output: one HTTP code per line.
    void startSignInLoop(QProcess *loop) const;
    // How many times the node's server logged its ready line.
    static QString serverStarts(const QString &node);
    // "check node: message" of every result that did not pass.
    static QString failures(const QJsonObject &json);

    QTemporaryDir m_dir;
    QString m_package;
    QByteArray m_secrets;
};

void TestRestart::initTestCase()
{
    QVERIFY2(QFile::exists(LabFixture::profilePath()), "the lab is not running");
    m_package = LabFixture::buildPackage(m_dir.path());
    QVERIFY2(QFile::exists(m_package), qPrintable(m_package));
    QFile f(LabFixture::stateDir() + QStringLiteral("/secrets.env"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_secrets = f.readAll();
    LabFixture::resetCluster();
    const Run r = command(
        {QStringLiteral("install"), QStringLiteral("--profile"), LabFixture::profilePath(),
         QStringLiteral("--package"), m_package, QStringLiteral("--phase"), QStringLiteral("all"),
         QStringLiteral("--secrets-stdin"), QStringLiteral("--set-repository-env"),
         QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

TestRestart::Run TestRestart::command(const QStringList &arguments, int timeoutMs)
{
    return LabFixture::runCli(arguments, m_secrets, m_dir.filePath(QStringLiteral("xdg")),
                              timeoutMs);
}

QMap<QString, QString> TestRestart::verdicts(const QJsonObject &json, const QString &node)
{
    QMap<QString, QString> map;
    for (const QJsonValue &v : json.value(QStringLiteral("results")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("node")).toString() == node)
            map.insert(o.value(QStringLiteral("check")).toString(),
                       o.value(QStringLiteral("verdict")).toString());
    }
    return map;
}

QString TestRestart::failures(const QJsonObject &json)
{
    QStringList lines;
    for (const QJsonValue &v : json.value(QStringLiteral("results")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("verdict")).toString() != QLatin1String("pass"))
            lines.append(QStringLiteral("%1 %2 %3: %4 | %5")
                             .arg(o.value(QStringLiteral("check")).toString(),
                                  o.value(QStringLiteral("node")).toString(),
                                  o.value(QStringLiteral("verdict")).toString(),
                                  o.value(QStringLiteral("message")).toString(),
                                  o.value(QStringLiteral("output")).toString().right(600)));
    }
    return lines.join(QLatin1Char('\n'));
}

void TestRestart::startSignInLoop(QProcess *loop) const
{
    const Ocw::Core::ClusterProfile profile = LabFixture::profile();
    const QString user = profile.octaneConf.value(QStringLiteral("site-admin-user")).toString();
    const QString password =
        LabFixture::secrets().value(QStringLiteral("conf:site-admin-password"));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("user"), user},
                                                      {QStringLiteral("password"), password}})
                                .toJson(QJsonDocument::Compact);
    QFile bodyFile(m_dir.filePath(QStringLiteral("sign-in.json")));
    QVERIFY(bodyFile.open(QIODevice::WriteOnly));
    bodyFile.write(body);
    bodyFile.close();
    // The body from a file: the password on no command line.
    loop->start(QStringLiteral("bash"),
                {QStringLiteral("-c"),
                 QStringLiteral("while :; do curl -s -o /dev/null -m 10 -w '%{http_code}\\n' "
                                "-H 'Content-Type: application/json' --data-binary @%1 "
                                "%2/authentication/sign_in; sleep 0.1; done")
                     .arg(bodyFile.fileName(), profile.loadBalancerUrl)});
    QVERIFY(loop->waitForStarted());
}

QString TestRestart::serverStarts(const QString &node)
{
    return LabFixture::ssh(
        node, QStringLiteral("sudo -n grep -c 'Server is ready' /opt/octane/log/wrapper.log"));
}

void TestRestart::rollingRestartLosesNoSignIn()
{
    QVERIFY(LabFixture::waitForStatus({kFirst, kSecond, kThird}));
    QMap<QString, QString> before;
    for (const QString &node : {kFirst, kSecond, kThird})
        before.insert(node, serverStarts(node));
    QProcess loop;
    startSignInLoop(&loop);
    QTest::qWait(1000);
    const Run r =
        command({QStringLiteral("restart"), QStringLiteral("--profile"), LabFixture::profilePath(),
                 QStringLiteral("--rolling"), QStringLiteral("--secrets-stdin"),
                 QStringLiteral("--json"), QStringLiteral("-")});
    QTest::qWait(1000);
    loop.kill();
    loop.waitForFinished(5000);
    QVERIFY2(r.exitCode == 0, qPrintable(failures(r.json)));
    const QList<QByteArray> codes = loop.readAllStandardOutput().trimmed().split('\n');
    QVERIFY2(codes.size() > 30, qPrintable(QString::number(codes.size())));
    QStringList lost;
    for (const QByteArray &code : codes) {
        if (code != "200")
            lost.append(QString::fromLatin1(code));
    }
    QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("%1 of %2 sign-ins failed: %3")
                                            .arg(lost.size())
                                            .arg(codes.size())
                                            .arg(lost.join(QLatin1Char(' ')))));
    // Every node went through every step, and runs a new server now.
    for (const QString &node : {kFirst, kSecond, kThird}) {
        const QMap<QString, QString> v = verdicts(r.json, node);
        for (const char *step : {"restart.cluster-gate", "restart.stop", "restart.start",
                                 "restart.ready", "restart.rejoin"})
            QVERIFY2(v.value(QLatin1String(step)) == QLatin1String("pass"),
                     qPrintable(node + QLatin1Char(' ') + QLatin1String(step) + QLatin1Char(' ') +
                                v.value(QLatin1String(step))));
        QVERIFY2(serverStarts(node) != before.value(node), qPrintable(node));
    }
    // One at a time: every node's stop came after the previous node was back.
    QStringList order;
    for (const QJsonValue &v : r.json.value(QStringLiteral("results")).toArray()) {
        if (v.toObject().value(QStringLiteral("check")).toString() == QLatin1String("restart.stop"))
            order.append(v.toObject().value(QStringLiteral("node")).toString());
    }
    QCOMPARE(order, (QStringList{kSecond, kThird, kFirst}));
}

void TestRestart::nodeThatDoesNotComeBackStopsTheRoll()
{
    const QString firstPid = serverStarts(kFirst);
    QCOMPARE(LabFixture::fault(QStringLiteral("on"), QStringLiteral("service-fails@octane3.lab")),
             0);
    const Run r = command(
        {QStringLiteral("restart"), QStringLiteral("--profile"), LabFixture::profilePath(),
         QStringLiteral("--rolling"), QStringLiteral("--secrets-stdin"), QStringLiteral("--json"),
         QStringLiteral("-"), QStringLiteral("--ready-timeout"), QStringLiteral("60")});
    LabFixture::fault(QStringLiteral("off"), QStringLiteral("service-fails@octane3.lab"));
    QCOMPARE(r.exitCode, 1);
    // octane2 went and came back; octane3 did not start, with its explanation; the roll
    // stopped there, so octane1 was never stopped.
    QCOMPARE(verdicts(r.json, kSecond).value(QStringLiteral("restart.rejoin")),
             QStringLiteral("pass"));
    bool explained = false;
    for (const QJsonValue &v : r.json.value(QStringLiteral("results")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("node")).toString() == kThird &&
            o.value(QStringLiteral("verdict")).toString() == QLatin1String("fail")) {
            explained = o.value(QStringLiteral("message")).toString().contains(kThird) &&
                        !o.value(QStringLiteral("message")).toString().isEmpty();
            QVERIFY2(explained, qPrintable(o.value(QStringLiteral("message")).toString()));
        }
    }
    QVERIFY(explained);
    QVERIFY(!verdicts(r.json, kFirst).contains(QStringLiteral("restart.stop")) ||
            verdicts(r.json, kFirst).value(QStringLiteral("restart.stop")) ==
                QLatin1String("skipped"));
    QCOMPARE(serverStarts(kFirst), firstPid);
    // The others still serve: a sign-in through the load balancer works.
    QProcess loop;
    startSignInLoop(&loop);
    QTest::qWait(1500);
    loop.kill();
    loop.waitForFinished(5000);
    const QList<QByteArray> codes = loop.readAllStandardOutput().trimmed().split('\n');
    QVERIFY(!codes.isEmpty());
    for (const QByteArray &code : codes)
        QCOMPARE(code, QByteArray("200"));
    // The rest of the roll, once octane3 is repaired: --only restarts just those.
    LabFixture::ssh(kThird, QStringLiteral("sudo -n systemctl start octane"));
    QVERIFY(LabFixture::waitForStatus({kFirst, kSecond, kThird}));
    const Run rest = command(
        {QStringLiteral("restart"), QStringLiteral("--profile"), LabFixture::profilePath(),
         QStringLiteral("--rolling"), QStringLiteral("--only"), QStringLiteral("octane1.lab"),
         QStringLiteral("--secrets-stdin"), QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY2(rest.exitCode == 0, rest.err.constData());
    QVERIFY(!verdicts(rest.json, kSecond).contains(QStringLiteral("restart.stop")));
}

void TestRestart::badInputIsExitTwo()
{
    Run r = command(
        {QStringLiteral("restart"), QStringLiteral("--profile"), LabFixture::profilePath()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--rolling is required"), r.err.constData());
    r = command({QStringLiteral("restart"), QStringLiteral("--profile"), LabFixture::profilePath(),
                 QStringLiteral("--rolling"), QStringLiteral("--batch"), QStringLiteral("3")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("would stop Octane"), r.err.constData());
    r = command({QStringLiteral("restart"), QStringLiteral("--profile"), LabFixture::profilePath(),
                 QStringLiteral("--rolling"), QStringLiteral("--only"),
                 QStringLiteral("octane9.lab")});
    QCOMPARE(r.exitCode, 2);
}

void TestRestart::cleanupTestCase()
{
    LabFixture::fault(QStringLiteral("off"), QStringLiteral("service-fails@octane3.lab"));
    LabFixture::resetCluster();
}

QTEST_GUILESS_MAIN(TestRestart)
#include "tst_restart.moc"
