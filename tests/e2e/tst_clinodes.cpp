#include "../integration/labfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

namespace {

// Forwards every connection to one lab node's sshd: the same machine behind another address.
class TcpForwarder : public QTcpServer
{
public:
    TcpForwarder(const QString &targetHost, quint16 targetPort)
        : m_host(targetHost)
        , m_port(targetPort)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *in = nextPendingConnection()) {
                auto *out = new QTcpSocket(in);
                connect(in, &QTcpSocket::readyRead, out, [in, out] { out->write(in->readAll()); });
                connect(out, &QTcpSocket::readyRead, in, [in, out] { in->write(out->readAll()); });
                connect(out, &QTcpSocket::connected, out, [in, out] { out->write(in->readAll()); });
                connect(in, &QTcpSocket::disconnected, in, &QObject::deleteLater);
                connect(out, &QTcpSocket::disconnected, in, &QTcpSocket::disconnectFromHost);
                out->connectToHost(m_host, m_port);
            }
        });
    }

private:
    QString m_host;
    quint16 m_port;
};

} // namespace

// The node list as users really write it, seen from the headless command: one machine listed
// twice (by address, behind another address, as a clone), the root's trailing dot, a list far
// too long, and SIGTERM while 128 nodes are being worked on.
class TestCliNodes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameAddressTwiceIsBadInput();
    void sameMachineBehindAnotherAddressIsBlocking();
    void clonedMachineIdIsBlocking();
    void trailingDotResolves();
    void tooManyNodesRefusedAtOnce();
    void lineBreakInAHostStaysOneLine();
    void sigtermUnderLoadExitsThreeWithinASecond();
    void sigtermWhileWaitingForStdinSecrets_data();
    void sigtermWhileWaitingForStdinSecrets();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        qint64 elapsedMs = 0;
    };
    Run check(const QStringList &args);
    // Starts the product with its own data folder (log, known_hosts) in this test's folder.
    void startCli(QProcess &p, const QStringList &args);
    static QJsonObject resultOf(const QJsonObject &report, const QString &check,
                                const QString &node);
    QTemporaryDir m_dir;
};

void TestCliNodes::startCli(QProcess &p, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OCW_CLI_BINARY), args);
}

TestCliNodes::Run TestCliNodes::check(const QStringList &args)
{
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    startCli(p, QStringList{QStringLiteral("check")} + args);
    p.closeWriteChannel();
    // An event loop while waiting: the forwarder of one test lives on this thread.
    QDeadlineTimer deadline(120000);
    while (p.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
               p.readAllStandardOutput(), p.readAllStandardError(), timer.elapsed()};
}

QJsonObject TestCliNodes::resultOf(const QJsonObject &report, const QString &check,
                                   const QString &node)
{
    for (const QJsonValue &v : report.value(QStringLiteral("results")).toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("check")).toString() == check &&
            r.value(QStringLiteral("node")).toString() == node)
            return r;
    }
    return {};
}

void TestCliNodes::initTestCase()
{
    QVERIFY2(QFile::exists(LabFixture::profilePath()), "the lab is not running");
}

void TestCliNodes::sameAddressTwiceIsBadInput()
{
    // octane2.lab "at" octane1.lab's address: one machine listed twice.
    QJsonObject json = LabFixture::profileJson();
    QJsonArray nodes = json.value(QStringLiteral("nodes")).toArray();
    nodes[1] = QJsonObject{{QStringLiteral("host"), QStringLiteral("octane2.lab")},
                           {QStringLiteral("address"), QStringLiteral("127.0.0.11")}};
    json.insert(QStringLiteral("nodes"), nodes);
    const Run r =
        check({QStringLiteral("--profile"), LabFixture::writeProfile(QDir(m_dir.path()), json)});
    QCOMPARE(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err).trimmed();
    QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("nodes[1].address")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("nodes[0].host")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("same machine twice")), qPrintable(err));
    QVERIFY2(r.out.isEmpty(), r.out.constData()); // refused before any check ran
}

void TestCliNodes::sameMachineBehindAnotherAddressIsBlocking()
{
    // octane2.lab's entry leads, through a forwarder on another address and port, to
    // octane1.lab's sshd. The known_hosts file trusts that key for that entry, so only the
    // machine's identity can tell.
    TcpForwarder forwarder(QStringLiteral("127.0.0.11"), 22);
    QVERIFY(forwarder.listen(QHostAddress(QStringLiteral("127.0.0.1"))));
    const QString endpoint = QStringLiteral("[127.0.0.1]:%1").arg(forwarder.serverPort());
    QFile lab(LabFixture::stateDir() + QStringLiteral("/known_hosts"));
    QVERIFY(lab.open(QIODevice::ReadOnly));
    QByteArray trusted;
    for (const QByteArray &line : lab.readAll().split('\n')) {
        if (line.startsWith("octane1.lab"))
            trusted += line + '\n' + endpoint.toUtf8() + line.mid(line.indexOf(' ')) + '\n';
        else if (line.startsWith("octane3.lab"))
            trusted += line + '\n';
    }
    const QString knownHosts = m_dir.filePath(QStringLiteral("forwarded_known_hosts"));
    QFile kh(knownHosts);
    QVERIFY(kh.open(QIODevice::WriteOnly));
    kh.write(trusted);
    kh.close();

    QJsonObject json = LabFixture::profileJson();
    QJsonObject ssh = json.value(QStringLiteral("ssh")).toObject();
    ssh.insert(QStringLiteral("knownHostsFile"), knownHosts);
    json.insert(QStringLiteral("ssh"), ssh);
    QJsonArray nodes = json.value(QStringLiteral("nodes")).toArray();
    nodes[1] = QJsonObject{{QStringLiteral("host"), QStringLiteral("octane2.lab")},
                           {QStringLiteral("address"), QStringLiteral("127.0.0.1")},
                           {QStringLiteral("port"), int(forwarder.serverPort())}};
    json.insert(QStringLiteral("nodes"), nodes);
    const Run r =
        check({QStringLiteral("--profile"), LabFixture::writeProfile(QDir(m_dir.path()), json),
               QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    const QJsonObject second =
        resultOf(report, QStringLiteral("node.identity"), QStringLiteral("octane2.lab"));
    QCOMPARE(second.value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
    QCOMPARE(second.value(QStringLiteral("blocking")).toBool(), true);
    const QString message = second.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("octane2.lab and octane1.lab are the same machine")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("host key SHA256:")), qPrintable(message));
    QVERIFY(!second.value(QStringLiteral("fix")).toString().isEmpty());
    QCOMPARE(resultOf(report, QStringLiteral("node.identity"), QStringLiteral("octane3.lab"))
                 .value(QStringLiteral("verdict"))
                 .toString(),
             QStringLiteral("pass"));
}

void TestCliNodes::clonedMachineIdIsBlocking()
{
    QCOMPARE(LabFixture::fault(QStringLiteral("on"), QStringLiteral("machine-id-clone@octane3")),
             0);
    const Run r = check({QStringLiteral("--profile"), LabFixture::profilePath(),
                         QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(LabFixture::fault(QStringLiteral("off"), QStringLiteral("machine-id-clone@octane3")),
             0);
    QCOMPARE(r.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QStringList failed;
    for (const QJsonValue &v : report.value(QStringLiteral("results")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("verdict")).toString() == QLatin1String("fail"))
            failed.append(o.value(QStringLiteral("check")).toString() + QLatin1Char(':') +
                          o.value(QStringLiteral("node")).toString());
    }
    QCOMPARE(failed, QStringList({QStringLiteral("node.identity:octane1.lab"),
                                  QStringLiteral("node.identity:octane3.lab")}));
    const QString message =
        resultOf(report, QStringLiteral("node.identity"), QStringLiteral("octane3.lab"))
            .value(QStringLiteral("message"))
            .toString();
    QVERIFY2(message.contains(QStringLiteral("machine-id")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("host key")), qPrintable(message));
}

void TestCliNodes::trailingDotResolves()
{
    QJsonObject json = LabFixture::profileJson();
    QJsonArray nodes = json.value(QStringLiteral("nodes")).toArray();
    nodes[1] = QJsonObject{{QStringLiteral("host"), QStringLiteral("octane2.lab.")}};
    json.insert(QStringLiteral("nodes"), nodes);
    const QString path = LabFixture::writeProfile(QDir(m_dir.path()), json);
    const Run r =
        check({QStringLiteral("--profile"), path, QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    // The user's text is kept, in the report and in the profile.
    QCOMPARE(report.value(QStringLiteral("nodes"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("host")),
             QJsonValue(QStringLiteral("octane2.lab.")));
    QCOMPARE(resultOf(report, QStringLiteral("dns.consistent"), QStringLiteral("octane2.lab."))
                 .value(QStringLiteral("verdict"))
                 .toString(),
             QStringLiteral("pass"));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll().contains("\"octane2.lab.\""));
}

void TestCliNodes::tooManyNodesRefusedAtOnce()
{
    QJsonObject json = LabFixture::profileJson();
    QJsonArray nodes;
    for (int i = 0; i < 2001; ++i)
        nodes.append(QJsonObject{{QStringLiteral("host"), QStringLiteral("n%1.invalid").arg(i)}});
    json.insert(QStringLiteral("nodes"), nodes);
    const Run r =
        check({QStringLiteral("--profile"), LabFixture::writeProfile(QDir(m_dir.path()), json)});
    QCOMPARE(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err).trimmed();
    QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("2001")) && err.contains(QStringLiteral("128")),
             qPrintable(err));
    QVERIFY2(r.elapsedMs < 5000, qPrintable(QString::number(r.elapsedMs)));
}

void TestCliNodes::lineBreakInAHostStaysOneLine()
{
    QJsonObject json = LabFixture::profileJson();
    QJsonArray nodes = json.value(QStringLiteral("nodes")).toArray();
    nodes[2] = QJsonObject{{QStringLiteral("host"), QStringLiteral("octane3\nlab")}};
    json.insert(QStringLiteral("nodes"), nodes);
    const Run r =
        check({QStringLiteral("--profile"), LabFixture::writeProfile(QDir(m_dir.path()), json)});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("nodes[2].host") && r.err.contains("octane3\\nlab"), r.err.constData());
}

void TestCliNodes::sigtermUnderLoadExitsThreeWithinASecond()
{
    // 128 nodes: the 3 lab nodes, 125 that accept TCP and never speak SSH (each on its own
    // loopback address), so the run is busy on every worker when SIGTERM comes.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::AnyIPv4));
    QJsonObject json = LabFixture::profileJson();
    QJsonArray nodes = json.value(QStringLiteral("nodes")).toArray();
    for (int i = 1; nodes.size() < 128; ++i)
        nodes.append(QJsonObject{{QStringLiteral("host"), QStringLiteral("silent%1.lab").arg(i)},
                                 {QStringLiteral("address"), QStringLiteral("127.0.1.%1").arg(i)},
                                 {QStringLiteral("port"), int(silent.serverPort())}});
    json.insert(QStringLiteral("nodes"), nodes);
    json.insert(QStringLiteral("concurrency"), 16);
    const QString jsonOut = m_dir.filePath(QStringLiteral("sigterm.json"));
    QProcess p;
    startCli(p, {QStringLiteral("check"), QStringLiteral("--profile"),
                 LabFixture::writeProfile(QDir(m_dir.path()), json), QStringLiteral("--json"),
                 jsonOut});
    QVERIFY(p.waitForStarted());
    QVERIFY2(!p.waitForFinished(300), p.readAllStandardError().constData()); // not refused
    int accepted = 0;
    QDeadlineTimer busy(20000);
    while (accepted < 8 && !busy.hasExpired()) {
        silent.waitForNewConnection(50);
        while (silent.nextPendingConnection()) // kept open (children of the server)
            ++accepted;
    }
    QVERIFY2(accepted >= 8, qPrintable(QString::number(accepted)));
    QTest::qWait(500);
    QElapsedTimer timer;
    timer.start();
    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(10000));
    const qint64 tookMs = timer.elapsed();
    qInfo("SIGTERM to exit: %lld ms", tookMs);
    QVERIFY2(tookMs < 1500, qPrintable(QString::number(tookMs)));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 3);
    QFile f(jsonOut);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(report.value(QStringLiteral("cancelled")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("exitCode")).toInt(), 3);
    // One result per node and check: the pairs of nodes never reached are not spelled out.
    const int results = report.value(QStringLiteral("results")).toArray().size();
    QVERIFY2(results <= 128 * 21, qPrintable(QString::number(results)));
    // Nothing of the run is left on the lab nodes.
    for (const QString &node : {QStringLiteral("octane1.lab"), QStringLiteral("octane2.lab"),
                                QStringLiteral("octane3.lab")}) {
        const QString left = LabFixture::ssh(
            node, QStringLiteral("ls -a /tmp /srv/octane-repo | grep -c '^\\.ocw' || true"));
        QCOMPARE(left, QStringLiteral("0"));
    }
}

void TestCliNodes::sigtermWhileWaitingForStdinSecrets_data()
{
    QTest::addColumn<QString>("verb");
    QTest::newRow("check") << "check";
    QTest::newRow("install") << "install";
}

void TestCliNodes::sigtermWhileWaitingForStdinSecrets()
{
    // --secrets-stdin and a writer that never closes the pipe: before any node is touched,
    // SIGTERM still ends the command with exit 3 and a cancelled report.
    QFETCH(QString, verb);
    const QString package = m_dir.filePath(QStringLiteral("octane-16.2.100-1.x86_64.rpm"));
    QFile pkg(package);
    QVERIFY(pkg.open(QIODevice::WriteOnly));
    pkg.write("not a real package: the run never gets to it");
    pkg.close();
    const QString jsonOut = m_dir.filePath(QStringLiteral("stdin-%1.json").arg(verb));
    QStringList args{verb,
                     QStringLiteral("--profile"),
                     LabFixture::profilePath(),
                     QStringLiteral("--secrets-stdin"),
                     QStringLiteral("--json"),
                     jsonOut};
    if (verb == QLatin1String("install"))
        args += {QStringLiteral("--package"), package, QStringLiteral("--phase"),
                 QStringLiteral("first-node")};
    QProcess p;
    startCli(p, args);
    QVERIFY(p.waitForStarted());
    p.write("ssh-password=not-needed\n"); // and the pipe stays open
    QVERIFY2(!p.waitForFinished(1000), p.readAllStandardError().constData());
    QElapsedTimer timer;
    timer.start();
    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(10000));
    const qint64 tookMs = timer.elapsed();
    QVERIFY2(tookMs < 1500, qPrintable(QString::number(tookMs)));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 3, p.readAllStandardError().constData());
    QFile f(jsonOut);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(report.value(QStringLiteral("cancelled")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("exitCode")).toInt(), 3);
}

QTEST_GUILESS_MAIN(TestCliNodes)
#include "tst_clinodes.moc"
