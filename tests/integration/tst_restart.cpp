// Step 9 on the lab, through the command line: a setting changed in the repository's
// octane.conf (`reconfigure --set … --rolling`) reaches every node after the roll; the rolling
// restart goes one node at a time, a sign-in loop through the load balancer loses no request
// while it runs, and a node that does not come back stops the roll with its explanation while
// the others keep serving.
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
    void changedSettingReachesEveryNode();
    void reconfigureRefusesBadSettings();
    void rollingRestartLosesNoSignIn();
    void nodeThatDoesNotComeBackStopsTheRoll();
    void badInputIsExitTwo();
    void cleanupTestCase();

private:
    using Run = LabFixture::CliRun;
    static QMap<QString, QString> verdicts(const QJsonObject &json, const QString &node)
    {
        return LabFixture::verdicts(json, node);
    }
    static QString failures(const QJsonObject &json) { return LabFixture::failures(json); }
    Run command(const QStringList &arguments, int timeoutMs = 300000);
    // A loop of sign-ins through the load balancer, one every 0.1 s, each on a new connection;
    // its output: one HTTP code per line.
    void startSignInLoop(QProcess *loop) const;
    // How many times the node's server logged its ready line.
    static QString serverStarts(const QString &node);

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

void TestRestart::changedSettingReachesEveryNode()
{
    QVERIFY(LabFixture::waitForStatus({kFirst, kSecond, kThird}));
    const QString file = LabFixture::profile().repositoryDir + QStringLiteral("/conf/octane.conf");
    auto lastElasticLine = [](const QString &node) {
        return LabFixture::ssh(node, QStringLiteral("sudo -n grep 'Elasticsearch cluster' "
                                                    "/opt/octane/log/wrapper.log | tail -n 1"));
    };
    const QString backups =
        QStringLiteral("sudo -n sh -c 'ls %1.*.bak 2>/dev/null | wc -l'").arg(file);
    const QString backupsBefore = LabFixture::ssh(kFirst, backups);

    // --dry-run: the diff, nothing written, nothing restarted.
    const QString before = LabFixture::ssh(kFirst, QStringLiteral("sudo -n sha256sum ") + file);
    Run r = command(
        {QStringLiteral("reconfigure"), QStringLiteral("--profile"), LabFixture::profilePath(),
         QStringLiteral("--set"), QStringLiteral("elastic.cluster-name=octane-es-rolled"),
         QStringLiteral("--dry-run"), QStringLiteral("--rolling"),
         QStringLiteral("--secrets-stdin"), QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY2(r.exitCode == 0, qPrintable(failures(r.json) + QString::fromUtf8(r.err)));
    QVERIFY2(r.err.contains("+  cluster-name = \"octane-es-rolled\"") ||
                 r.err.contains("octane-es-rolled"),
             r.err.constData());
    QVERIFY2(!r.err.contains(
                 LabFixture::secrets().value(QStringLiteral("conf:site-admin-password")).toUtf8()),
             "a secret in the diff");
    QCOMPARE(LabFixture::ssh(kFirst, QStringLiteral("sudo -n sha256sum ") + file), before);
    QVERIFY(!verdicts(r.json, kSecond).contains(QStringLiteral("restart.stop")));

    // The change and the roll: every node starts again with the new value.
    r = command({QStringLiteral("reconfigure"), QStringLiteral("--profile"),
                 LabFixture::profilePath(), QStringLiteral("--set"),
                 QStringLiteral("elastic.cluster-name=octane-es-rolled"),
                 QStringLiteral("--rolling"), QStringLiteral("--secrets-stdin"),
                 QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY2(r.exitCode == 0, qPrintable(failures(r.json) + QString::fromUtf8(r.err)));
    QCOMPARE(verdicts(r.json, kFirst).value(QStringLiteral("reconfigure.edit-conf")),
             QStringLiteral("pass"));
    for (const QString &node : {kFirst, kSecond, kThird}) {
        QCOMPARE(verdicts(r.json, node).value(QStringLiteral("restart.rejoin")),
                 QStringLiteral("pass"));
        const QString line = lastElasticLine(node);
        QVERIFY2(line.contains(QLatin1String("Elasticsearch cluster octane-es-rolled at")),
                 qPrintable(node + QStringLiteral(": ") + line));
    }
    // Written as the install user, 0600, with a backup of the file it replaced; never
    // octane.conf.new, and no temporary file left.
    QCOMPARE(LabFixture::ssh(kFirst, QStringLiteral("sudo -n stat -c '%U %a' ") + file).trimmed(),
             QStringLiteral("octane 600"));
    QCOMPARE(LabFixture::ssh(kFirst, backups).trimmed().toInt(),
             backupsBefore.trimmed().toInt() + 1);
    const QString dir = file.section(QLatin1Char('/'), 0, -2);
    QCOMPARE(LabFixture::ssh(kFirst, QStringLiteral("sudo -n sh -c 'ls -a %1 | grep -c "
                                                    "-e ocw- -e octane.conf.new'")
                                         .arg(dir))
                 .trimmed(),
             QStringLiteral("0"));

    // Again: the file already says it; nothing is rewritten (no new backup).
    r = command({QStringLiteral("reconfigure"), QStringLiteral("--profile"),
                 LabFixture::profilePath(), QStringLiteral("--set"),
                 QStringLiteral("elastic.cluster-name=octane-es-rolled"),
                 QStringLiteral("--secrets-stdin")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("already has these values"), r.out.constData());
    QCOMPARE(LabFixture::ssh(kFirst, backups).trimmed().toInt(),
             backupsBefore.trimmed().toInt() + 1);
}

void TestRestart::reconfigureRefusesBadSettings()
{
    const QString file = LabFixture::profile().repositoryDir + QStringLiteral("/conf/octane.conf");
    const QString before = LabFixture::ssh(kFirst, QStringLiteral("sudo -n sha256sum ") + file);
    const QList<QPair<QString, QByteArray>> cases{
        {QStringLiteral("elastic.prot=9300"), "not a setting"},
        {QStringLiteral("elastic.port=http"), "not a whole number"},
        {QStringLiteral("cluster.nodes=octane1.lab"), "follows the profile"},
        {QStringLiteral("site-admin-password=Visible1!"), "is a secret"}};
    for (const auto &c : cases) {
        const Run r = command({QStringLiteral("reconfigure"), QStringLiteral("--profile"),
                               LabFixture::profilePath(), QStringLiteral("--set"), c.first,
                               QStringLiteral("--rolling")});
        QVERIFY2(r.exitCode == 2, qPrintable(c.first));
        QVERIFY2(r.err.contains(c.second), r.err.constData());
        QVERIFY(!r.err.contains("Visible1!"));
    }
    // A value the whole file would be refused with on the next start: checked before
    // anything is written (a site admin that is not an e-mail address).
    const Run r = command({QStringLiteral("reconfigure"), QStringLiteral("--profile"),
                           LabFixture::profilePath(), QStringLiteral("--set"),
                           QStringLiteral("site-admin-user=not-an-address"),
                           QStringLiteral("--rolling"), QStringLiteral("--secrets-stdin")});
    QVERIFY(r.exitCode != 0);
    QCOMPARE(LabFixture::ssh(kFirst, QStringLiteral("sudo -n sha256sum ") + file), before);
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
