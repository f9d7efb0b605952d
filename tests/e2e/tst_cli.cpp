#include "../integration/labfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

// The headless command as a user (or a script) runs it: exit codes 0/1/2/3, the JSON contract,
// the HTML report, secrets from stdin.
class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void healthyLabExitsZeroWithJson();
    void blockingFailureExitsOne();
    void unwritableReportIsNeverZero();
    void badInputExitsTwoWithOneLine_data();
    void badInputExitsTwoWithOneLine();
    void secretsFromStdin();
    void interruptExitsThree();
    void helpForEveryVerb_data();
    void helpForEveryVerb();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args, const QByteArray &input = {});
    QTemporaryDir m_dir;
};

TestCli::Run TestCli::cli(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OCW_CLI_BINARY), QStringList{QStringLiteral("check")} + args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
               p.readAllStandardOutput(), p.readAllStandardError()};
}

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(LabFixture::profilePath()), "the lab is not running");
}

void TestCli::healthyLabExitsZeroWithJson()
{
    const QString html = m_dir.filePath(QStringLiteral("report.html"));
    const Run r =
        cli({QStringLiteral("--profile"), LabFixture::profilePath(), QStringLiteral("--json"),
             QStringLiteral("-"), QStringLiteral("--report"), html});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QStringLiteral("nodes")).toArray().size(), 3);
    const QJsonArray results = json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 3 * 19 + 6); // 19 node checks on each node, 6 ordered pairs
    QSet<QString> ids;
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        ids.insert(o.value(QStringLiteral("check")).toString());
        QVERIFY(QStringList({"pass", "warn", "fail", "skipped"})
                    .contains(o.value(QStringLiteral("verdict")).toString()));
        QVERIFY(o.contains(QStringLiteral("durationMs")));
        QVERIFY(o.contains(QStringLiteral("node")) ||
                (o.contains(QStringLiteral("from")) && o.contains(QStringLiteral("to"))));
    }
    for (const char *id :
         {"ssh.connect", "ssh.hostkey", "sudo", "os.release", "cpu.cores", "memory.total",
          "disk.install", "repo.env", "repo.samepath", "repo.mounted", "repo.writable",
          "repo.shared", "db.reachable", "ports.free", "limits.nofile", "time.sync",
          "dns.consistent", "cluster.port", "clock.skew"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    QFile report(html);
    QVERIFY(report.open(QIODevice::ReadOnly));
    QVERIFY(report.readAll().contains("octane3.lab"));
}

void TestCli::blockingFailureExitsOne()
{
    QCOMPARE(LabFixture::fault(QStringLiteral("on"), QStringLiteral("env-missing@octane3")), 0);
    const Run r = cli({QStringLiteral("--profile"), LabFixture::profilePath(),
                       QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(LabFixture::fault(QStringLiteral("off"), QStringLiteral("env-missing@octane3")), 0);
    QCOMPARE(r.exitCode, 1);
    bool found = false;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(r.out).object().value(QStringLiteral("results")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("verdict")).toString() != QLatin1String("fail"))
            continue;
        QCOMPARE(o.value(QStringLiteral("check")).toString(), QStringLiteral("repo.env"));
        QCOMPARE(o.value(QStringLiteral("node")).toString(), QStringLiteral("octane3.lab"));
        QVERIFY(!o.value(QStringLiteral("fix")).toString().isEmpty());
        found = true;
    }
    QVERIFY(found);
}

// A healthy run (0) whose HTML report cannot be written at the end (/dev/full opens, then
// refuses every byte): 2, the reason on stderr; the JSON still reaches /dev/null, which stays a
// device. The refusals before any remote work are in tst_clioutput (no lab needed).
void TestCli::unwritableReportIsNeverZero()
{
    const Run r =
        cli({QStringLiteral("--profile"), LabFixture::profilePath(), QStringLiteral("--json"),
             QStringLiteral("/dev/null"), QStringLiteral("--report"), QStringLiteral("/dev/full")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("octane-cluster-wizard check: Cannot write /dev/full"),
             r.err.constData());
    QFileInfo devNull(QStringLiteral("/dev/null"));
    QVERIFY(devNull.exists() && !devNull.isFile() && !devNull.isDir());
}

void TestCli::badInputExitsTwoWithOneLine_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("no-profile-option") << "none"
                                       << "--profile";
    QTest::newRow("missing-file") << "missing"
                                  << "Cannot read the profile";
    QTest::newRow("not-json") << "garbage"
                              << "not valid JSON";
    QTest::newRow("bad-host") << "badhost"
                              << "nodes[1].host";
    QTest::newRow("unknown-option") << "option"
                                    << "bogus";
    QTest::newRow("missing-secret") << "secret"
                                    << "ssh-password";
    QTest::newRow("unknown-release") << "release"
                                     << "release";
}

void TestCli::badInputExitsTwoWithOneLine()
{
    QFETCH(QString, kind);
    QFETCH(QString, fragment);
    QStringList args;
    QJsonObject json = LabFixture::profileJson();
    if (kind == QLatin1String("missing")) {
        args = {QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("nope.json"))};
    } else if (kind == QLatin1String("garbage")) {
        const QString path = m_dir.filePath(QStringLiteral("garbage.json"));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write("{ not json");
        f.close();
        args = {QStringLiteral("--profile"), path};
    } else if (kind == QLatin1String("badhost")) {
        QJsonArray nodes = json.value(QStringLiteral("nodes")).toArray();
        nodes[1] = QJsonObject{{QStringLiteral("host"), QStringLiteral("bad_host;rm")}};
        json.insert(QStringLiteral("nodes"), nodes);
        args = {QStringLiteral("--profile"), LabFixture::writeProfile(QDir(m_dir.path()), json)};
    } else if (kind == QLatin1String("option")) {
        args = {QStringLiteral("--profile"), LabFixture::profilePath(), QStringLiteral("--bogus")};
    } else if (kind == QLatin1String("secret")) {
        QJsonObject ssh = json.value(QStringLiteral("ssh")).toObject();
        ssh.insert(QStringLiteral("user"), QStringLiteral("ocwpass"));
        ssh.insert(QStringLiteral("auth"), QStringLiteral("password"));
        json.insert(QStringLiteral("ssh"), ssh);
        // A keychain scope no one stores into: the demo's `store-secrets` (scope "lab") must
        // not make the secret "found" on a machine where it ran.
        json.insert(
            QStringLiteral("name"),
            QStringLiteral("cli-missing-secret-%1").arg(QCoreApplication::applicationPid()));
        args = {QStringLiteral("--profile"), LabFixture::writeProfile(QDir(m_dir.path()), json)};
    } else if (kind == QLatin1String("release")) {
        json.insert(QStringLiteral("release"), QStringLiteral("octane-9.9"));
        args = {QStringLiteral("--profile"), LabFixture::writeProfile(QDir(m_dir.path()), json)};
    }
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    const QList<QByteArray> lines = r.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY2(r.err.contains(fragment.toUtf8()), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCli::secretsFromStdin()
{
    QJsonObject json = LabFixture::profileJson();
    QJsonObject ssh = json.value(QStringLiteral("ssh")).toObject();
    ssh.insert(QStringLiteral("user"), QStringLiteral("ocwpass"));
    ssh.insert(QStringLiteral("auth"), QStringLiteral("password"));
    json.insert(QStringLiteral("ssh"), ssh);
    QFile secrets(LabFixture::stateDir() + QStringLiteral("/secrets.env"));
    QVERIFY(secrets.open(QIODevice::ReadOnly));
    const QByteArray input = secrets.readAll();
    const Run r =
        cli({QStringLiteral("--profile"), LabFixture::writeProfile(QDir(m_dir.path()), json),
             QStringLiteral("--secrets-stdin"), QStringLiteral("--json"), QStringLiteral("-")},
            input);
    QCOMPARE(r.exitCode, 0);
    const QByteArray password =
        LabFixture::secrets().value(QStringLiteral("ssh-password")).toUtf8();
    QVERIFY(!r.out.contains(password));
    QVERIFY(!r.err.contains(password));
}

void TestCli::interruptExitsThree()
{
    // A "node" that accepts TCP and never speaks SSH: the run waits in the handshake until
    // SIGINT, then exits 3 promptly with an interrupted report.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QJsonObject json = LabFixture::profileJson();
    json.insert(QStringLiteral("nodes"),
                QJsonArray{QJsonObject{{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                       {QStringLiteral("port"), int(silent.serverPort())}}});
    json.insert(QStringLiteral("firstNode"), QStringLiteral("127.0.0.1"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OCW_CLI_BINARY), {QStringLiteral("check"), QStringLiteral("--profile"),
                                             LabFixture::writeProfile(QDir(m_dir.path()), json),
                                             QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections() || silent.waitForNewConnection(50),
                             10000);
    QElapsedTimer timer;
    timer.start();
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(5000));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(p.exitCode(), 3);
    const QJsonObject report = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(report.value(QStringLiteral("cancelled")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("exitCode")).toInt(), 3);
}

void TestCli::helpForEveryVerb_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("option"); // one the verb must list
    QTest::newRow("check") << "check"
                           << "--concurrency";
    QTest::newRow("install") << "install"
                             << "--trust-certificate";
    QTest::newRow("plan") << "plan"
                          << "--package";
    QTest::newRow("verify") << "verify"
                            << "--samples";
    QTest::newRow("restart") << "restart"
                             << "--batch";
}

void TestCli::helpForEveryVerb()
{
    QFETCH(QString, verb);
    QFETCH(QString, option);
    QProcess p;
    p.start(QStringLiteral(OCW_CLI_BINARY), {verb, QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(out.contains(option) && out.contains(QStringLiteral("--profile")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
