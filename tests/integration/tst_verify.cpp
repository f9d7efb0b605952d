// Step 8 on the lab, through the command line as an administrator runs it: an empty lab through
// `install --phase all` ends verified, a second `verify` passes, and each of the lab's cluster
// faults fails on its node only, with its precise message and fix, and passes again once off.
#include "labfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <csignal>

namespace {
const QString kSecond = QStringLiteral("octane2.lab");
const QString kThird = QStringLiteral("octane3.lab");

// How a fault takes effect, and how it is undone.
enum class Acts { AtOnce, AtNextStart };
} // namespace

class TestVerify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyLabThroughInstallAllEndsVerified();
    void secondVerifyOfAHealthyClusterPasses();
    void faultFailsOnItsNodeOnly_data();
    void faultFailsOnItsNodeOnly();
    void badInputIsExitTwo();
    void interruptDuringTheReadingsExitsThree();
    void cleanupTestCase();

private:
    using Run = LabFixture::CliRun;
    Run command(const QStringList &arguments);
    Run verify(const QStringList &extra = {});
    static QList<QJsonObject> results(const QJsonObject &json, const QString &prefix);
    static void restart(const QString &node);
    bool waitForVerified();
    // "check node: message" of every failure, for the messages of the checks.
    static QString failures(const QJsonObject &json);

    QTemporaryDir m_dir;
    QString m_package;
    QByteArray m_secrets;
};

void TestVerify::initTestCase()
{
    QVERIFY2(QFile::exists(LabFixture::profilePath()), "the lab is not running");
    m_package = LabFixture::buildPackage(m_dir.path());
    QVERIFY2(QFile::exists(m_package), qPrintable(m_package));
    QFile f(LabFixture::stateDir() + QStringLiteral("/secrets.env"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_secrets = f.readAll();
    LabFixture::resetCluster();
}

TestVerify::Run TestVerify::command(const QStringList &arguments)
{
    return LabFixture::runCli(arguments, m_secrets, m_dir.filePath(QStringLiteral("xdg")));
}

TestVerify::Run TestVerify::verify(const QStringList &extra)
{
    return command(QStringList{QStringLiteral("verify"), QStringLiteral("--profile"),
                               LabFixture::profilePath(), QStringLiteral("--secrets-stdin"),
                               QStringLiteral("--json"), QStringLiteral("-")} +
                   extra);
}

QList<QJsonObject> TestVerify::results(const QJsonObject &json, const QString &prefix)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : json.value(QStringLiteral("results")).toArray()) {
        if (v.toObject().value(QStringLiteral("check")).toString().startsWith(prefix))
            out.append(v.toObject());
    }
    return out;
}

void TestVerify::restart(const QString &node)
{
    LabFixture::ssh(node, QStringLiteral("sudo -n systemctl restart octane"));
}

bool TestVerify::waitForVerified()
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 90000) {
        if (verify({QStringLiteral("--samples"), QStringLiteral("1")}).exitCode == 0)
            return true;
        QThread::msleep(1000);
    }
    return false;
}

QString TestVerify::failures(const QJsonObject &json)
{
    QStringList lines;
    for (const QJsonObject &o : results(json, QStringLiteral("verify."))) {
        if (o.value(QStringLiteral("verdict")).toString() == QLatin1String("fail"))
            lines.append(QStringLiteral("%1 %2: %3")
                             .arg(o.value(QStringLiteral("check")).toString(),
                                  o.value(QStringLiteral("node")).toString(),
                                  o.value(QStringLiteral("message")).toString()));
    }
    return lines.join(QLatin1Char('\n'));
}

void TestVerify::emptyLabThroughInstallAllEndsVerified()
{
    const Run r =
        command({QStringLiteral("install"), QStringLiteral("--profile"), LabFixture::profilePath(),
                 QStringLiteral("--package"), m_package, QStringLiteral("--phase"),
                 QStringLiteral("all"), QStringLiteral("--secrets-stdin"),
                 QStringLiteral("--set-repository-env"), QStringLiteral("--json"),
                 QStringLiteral("-"), QStringLiteral("--ready-timeout"), QStringLiteral("60")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QJsonObject> verdicts = results(r.json, QStringLiteral("verify."));
    QVERIFY(!verdicts.isEmpty());
    for (const QJsonObject &o : verdicts)
        QVERIFY2(o.value(QStringLiteral("verdict")).toString() == QLatin1String("pass"),
                 qPrintable(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    // The verification is the last thing `all` does.
    const QJsonArray all = r.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(all.last().toObject().value(QStringLiteral("check")).toString(),
             QStringLiteral("verify.summary"));
}

void TestVerify::secondVerifyOfAHealthyClusterPasses()
{
    const Run r = verify();
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QMap<QString, int> count;
    for (const QJsonObject &o : results(r.json, QStringLiteral("verify."))) {
        QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
        ++count[o.value(QStringLiteral("check")).toString()];
    }
    // One per node where the verification concerns a node, one for the cluster otherwise.
    for (const QString &perNode :
         {QStringLiteral("verify.lb-spread"), QStringLiteral("verify.node-sign-in"),
          QStringLiteral("verify.members"), QStringLiteral("verify.port"),
          QStringLiteral("verify.status")})
        QCOMPARE(count.value(perNode), 3);
    QCOMPARE(count.value(QStringLiteral("verify.version")), 1);
    QCOMPARE(count.value(QStringLiteral("verify.lb-sign-in")), 1);
    // Every node answered its share through the load balancer, seen in X-Upstream-Addr.
    for (const QJsonObject &o : results(r.json, QStringLiteral("verify.lb-spread")))
        QVERIFY2(o.value(QStringLiteral("message")).toString().contains(QLatin1String("answered")),
                 qPrintable(o.value(QStringLiteral("message")).toString()));
    // No secret in the report or the human lines: the sign-ins' password stays in memory.
    const QHash<QString, QString> secrets = LabFixture::secrets();
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        QVERIFY2(!r.out.contains(it.value().toUtf8()), qPrintable(it.key()));
        QVERIFY2(!r.err.contains(it.value().toUtf8()), qPrintable(it.key()));
    }
}

void TestVerify::faultFailsOnItsNodeOnly_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("node");
    QTest::addColumn<int>("acts");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("fix");
    QTest::newRow("lb-misrouted") << "lb-misrouted" << kSecond << int(Acts::AtOnce)
                                  << "verify.lb-spread"
                                  << "octane2.lab: never answered through the load balancer"
                                  << "Add octane2.lab to the load balancer's pool";
    QTest::newRow("port-5701-blocked")
        << "port-5701-blocked" << kSecond << int(Acts::AtOnce) << "verify.members"
        << "octane2.lab cannot be reached on port 5701 from the other nodes"
        << "Open TCP port 5701 between all nodes";
    QTest::newRow("hz-member-mismatch")
        << "hz-member-mismatch" << kThird << int(Acts::AtNextStart) << "verify.members"
        << "lists [127.0.0.98, octane3.lab]"
        << "Remove the stale /opt/octane/conf/hazelcast.xml on octane3.lab";
    QTest::newRow("node-down-late")
        << "node-down-late" << kThird << int(Acts::AtNextStart) << "verify.members"
        << "stopped unexpectedly"
        << "start it again";
    QTest::newRow("hz-port-taken")
        << "hz-port-taken" << kSecond << int(Acts::AtNextStart) << "verify.port"
        << "bound port 5702, not 5701: ocwlab-holder"
        << "Stop what holds port 5701 on octane2.lab";
}

void TestVerify::faultFailsOnItsNodeOnly()
{
    QFETCH(QString, fault);
    QFETCH(QString, node);
    QFETCH(int, acts);
    QFETCH(QString, check);
    QFETCH(QString, message);
    QFETCH(QString, fix);
    const QStringList nodes{QStringLiteral("octane1.lab"), kSecond, kThird};
    const QString spec = fault + QLatin1Char('@') + node;
    QVERIFY(LabFixture::waitForStatus(nodes));

    QCOMPARE(LabFixture::fault(QStringLiteral("on"), spec), 0);
    if (acts == int(Acts::AtNextStart)) {
        restart(node);
        QVERIFY(LabFixture::waitForStatus({node}, /*anyAnswer=*/true));
    }
    // The peers drop a member (the node's earlier run, or the node cut off) after missed
    // heartbeats, ≈ 3 s in the lab: the verification reads the cluster after that.
    QThread::msleep(4000);
    const Run bad = verify({QStringLiteral("--samples"), QStringLiteral("2")});
    LabFixture::fault(QStringLiteral("off"), spec);
    if (acts == int(Acts::AtNextStart))
        restart(node);

    QVERIFY2(bad.exitCode == 1, qPrintable(failures(bad.json) + QString::fromUtf8(bad.err)));
    bool found = false;
    for (const QJsonObject &o : results(bad.json, QStringLiteral("verify."))) {
        if (o.value(QStringLiteral("verdict")).toString() != QLatin1String("fail"))
            continue;
        // Every failure is on the node that is wrong: the others only warn and point at it.
        const QString on = o.value(QStringLiteral("node")).toString();
        QVERIFY2(on == node, qPrintable(QStringLiteral("%1 failed on %2: %3")
                                            .arg(o.value(QStringLiteral("check")).toString(), on,
                                                 o.value(QStringLiteral("message")).toString())));
        QVERIFY2(!o.value(QStringLiteral("fix")).toString().isEmpty(),
                 qPrintable(o.value(QStringLiteral("check")).toString()));
        if (o.value(QStringLiteral("check")).toString() == check) {
            found = true;
            QVERIFY2(o.value(QStringLiteral("message")).toString().contains(message),
                     qPrintable(o.value(QStringLiteral("message")).toString()));
            QVERIFY2(o.value(QStringLiteral("fix")).toString().contains(fix),
                     qPrintable(o.value(QStringLiteral("fix")).toString()));
        }
    }
    QVERIFY2(found, qPrintable(check + QStringLiteral(" did not fail on ") + node));

    // Off (and, for the faults of the next start, restarted): verified again, once the cluster
    // is whole (one reading per node passes), then over the whole window.
    QVERIFY(LabFixture::waitForStatus(nodes));
    QVERIFY2(waitForVerified(), "the cluster did not form again within 90 s");
    const Run good = verify({QStringLiteral("--samples"), QStringLiteral("2")});
    QVERIFY2(good.exitCode == 0, qPrintable(failures(good.json)));
}

void TestVerify::badInputIsExitTwo()
{
    Run r = verify({QStringLiteral("--samples"), QStringLiteral("0")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--samples"), r.err.constData());
    r = command({QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--profile FILE is required"));
    r = command({QStringLiteral("verify"), QStringLiteral("--profile"),
                 m_dir.filePath(QStringLiteral("missing.json"))});
    QCOMPARE(r.exitCode, 2);
}

void TestVerify::interruptDuringTheReadingsExitsThree()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OCW_CLI_BINARY),
            {QStringLiteral("verify"), QStringLiteral("--profile"), LabFixture::profilePath(),
             QStringLiteral("--secrets-stdin"), QStringLiteral("--json"), QStringLiteral("-")});
    p.write(m_secrets);
    p.closeWriteChannel();
    QVERIFY(p.waitForStarted());
    QThread::msleep(3000); // inside the 10 s window, every node between two readings
    QElapsedTimer clock;
    clock.start();
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(10000));
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(p.exitCode(), 3);
    const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(json.value(QStringLiteral("cancelled")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("exitCode")).toInt(), 3);
}

void TestVerify::cleanupTestCase()
{
    for (const QString &spec : {QStringLiteral("lb-misrouted@octane2.lab"),
                                QStringLiteral("port-5701-blocked@octane2.lab"),
                                QStringLiteral("hz-member-mismatch@octane3.lab"),
                                QStringLiteral("node-down-late@octane3.lab"),
                                QStringLiteral("hz-port-taken@octane2.lab")})
        LabFixture::fault(QStringLiteral("off"), spec);
    LabFixture::resetCluster();
}

QTEST_GUILESS_MAIN(TestVerify)
#include "tst_verify.moc"
