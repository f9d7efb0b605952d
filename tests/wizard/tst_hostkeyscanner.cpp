#include "core/run/hostkeyscanner.h"
#include "core/ssh/knownhosts.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Ocw::Core;

namespace {

// Accepts every connection to a listener that never speaks SSH, and keeps it open: how many
// scans have connected, and so now wait in the SSH handshake.
class Accepted : public QObject
{
public:
    explicit Accepted(QTcpServer *server)
    {
        connect(server, &QTcpServer::pendingConnectionAvailable, this, [this, server] {
            while (QTcpSocket *socket = server->nextPendingConnection())
                m_sockets.append(socket); // children of the server
        });
    }
    int count() const { return int(m_sockets.size()); }

private:
    QList<QTcpSocket *> m_sockets;
};

} // namespace

// HostKeyScanner: the decision per key (against known_hosts files written here), trust()
// writing the product file, and the threaded scan's error and cancel paths against local
// sockets (a closed port; a listener that never speaks SSH).
class TestHostKeyScanner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    HostKey m_keyA;
    HostKey m_keyB;
    QString m_fingerprintA; // as `ssh-keygen -lf` prints it

    QString path(const QString &name) const { return m_dir.filePath(name); }

    HostKey makeKey(const QString &name, QString *fingerprint = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral("ssh-keygen"),
                {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                 QStringLiteral("-N"), QString(), QStringLiteral("-f"), path(name)});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return HostKey();
        QFile f(path(name) + QStringLiteral(".pub"));
        if (!f.open(QIODevice::ReadOnly))
            return HostKey();
        const QList<QByteArray> fields = f.readAll().simplified().split(' ');
        if (fingerprint) {
            QProcess fp;
            fp.start(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-lf"), path(name) + QStringLiteral(".pub")});
            fp.waitForFinished(30000);
            *fingerprint =
                QString::fromLatin1(fp.readAllStandardOutput()).split(QLatin1Char(' ')).value(1);
        }
        return HostKey::fromBase64(QString::fromLatin1(fields.value(0)), fields.value(1));
    }

    static SshTarget target(const QString &node, quint16 port = 22)
    {
        SshTarget t;
        t.nodeName = node;
        t.host = node;
        t.port = port;
        t.user = QStringLiteral("nobody");
        t.connectTimeoutMs = 10000;
        return t;
    }

    static void write(const QString &file, const QByteArray &text)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")).isEmpty())
            QSKIP("ssh-keygen is not installed");
        m_keyA = makeKey(QStringLiteral("a"), &m_fingerprintA);
        m_keyB = makeKey(QStringLiteral("b"));
        QVERIFY(m_keyA.isValid());
        QVERIFY(m_keyB.isValid());
        QVERIFY(m_fingerprintA.startsWith(QStringLiteral("SHA256:")));
    }

    void unknownThenTrusted()
    {
        const QString trustFile = path(QStringLiteral("product/known_hosts"));
        KnownHosts empty;
        const SshTarget t = target(QStringLiteral("octane1.lab"));
        const QStringList names{QStringLiteral("octane1.lab"), QStringLiteral("127.0.0.11")};
        const HostKeyScanResult unknown = HostKeyScanner::classify(t, names, m_keyA, empty);
        QCOMPARE(unknown.status, HostKeyScanStatus::Unknown);
        QVERIFY(unknown.needsTrust());
        QCOMPARE(unknown.fingerprint, m_fingerprintA);
        QCOMPARE(unknown.keyType, QStringLiteral("ssh-ed25519"));
        QVERIFY(unknown.message.contains(QStringLiteral("octane1.lab")));
        QVERIFY(unknown.message.contains(m_fingerprintA));
        QVERIFY(unknown.fix.contains(QStringLiteral("ssh-keygen -lf")));

        HostKeyScanner scanner;
        scanner.setTrustFile(trustFile);
        QVERIFY(scanner.trust({unknown}).hasValue());
        KnownHosts known;
        QVERIFY(known.load(trustFile).hasValue());
        // Trusted under both names: the host name and the address connected to.
        for (const QString &name : names) {
            const HostKeyScanResult again = HostKeyScanner::classify(t, {name}, m_keyA, known);
            QCOMPARE(again.status, HostKeyScanStatus::Trusted);
            QCOMPARE(again.knownFile, trustFile);
        }
    }

    void changedAndRevokedAreRefused()
    {
        const QString file = path(QStringLiteral("changed_known_hosts"));
        write(file, m_keyB.toOpenSshLine(QStringLiteral("octane2.lab")).toUtf8() + '\n' +
                        "@revoked " + m_keyA.toOpenSshLine(QStringLiteral("octane3.lab")).toUtf8() +
                        '\n');
        KnownHosts known;
        QVERIFY(known.load(file).hasValue());

        const HostKeyScanResult changed = HostKeyScanner::classify(
            target(QStringLiteral("octane2.lab")), {QStringLiteral("octane2.lab")}, m_keyA, known);
        QCOMPARE(changed.status, HostKeyScanStatus::Changed);
        QVERIFY(changed.isRefused());
        QCOMPARE(changed.knownFingerprint, m_keyB.fingerprintSha256());
        QCOMPARE(changed.knownLine, 1);
        QVERIFY(changed.message.contains(m_keyA.fingerprintSha256()));
        QVERIFY(changed.message.contains(m_keyB.fingerprintSha256()));
        QVERIFY(changed.fix.contains(QStringLiteral("ssh-keygen -R")));

        const HostKeyScanResult revoked = HostKeyScanner::classify(
            target(QStringLiteral("octane3.lab")), {QStringLiteral("octane3.lab")}, m_keyA, known);
        QCOMPARE(revoked.status, HostKeyScanStatus::Revoked);
        QVERIFY(revoked.isRefused());

        // trust() refuses them and writes nothing.
        const QString trustFile = path(QStringLiteral("refused/known_hosts"));
        HostKeyScanner scanner;
        scanner.setTrustFile(trustFile);
        for (const HostKeyScanResult &r : {changed, revoked}) {
            const Expected<Done> trusted = scanner.trust({r});
            QVERIFY(!trusted.hasValue());
            QCOMPARE(trusted.error().code, ErrorCode::HostKeyChanged);
        }
        QVERIFY(!QFile::exists(trustFile));
    }

    void closedPortIsAnError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now

        HostKeyScanner scanner;
        scanner.setKnownHostsFiles({});
        QSignalSpy scanned(&scanner, &HostKeyScanner::nodeScanned);
        QSignalSpy finished(&scanner, &HostKeyScanner::finished);
        SshTarget t = target(QStringLiteral("octane9.lab"), port);
        t.host = QStringLiteral("127.0.0.1");
        scanner.start({t});
        QVERIFY(scanner.isRunning());
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(scanned.count(), 1);
        const HostKeyScanResult r = scanned.first().first().value<HostKeyScanResult>();
        QCOMPARE(r.status, HostKeyScanStatus::Error);
        QCOMPARE(r.node, QStringLiteral("octane9.lab"));
        QVERIFY(r.message.contains(QStringLiteral("octane9.lab")));
        QCOMPARE(scanner.results().size(), 1);
        QVERIFY(!scanner.isRunning());
    }

    // A listener that accepts but never sends an SSH banner: every connection hangs in the
    // handshake until cancelled. At most maxParallel() run at once; cancel ends all within 1 s.
    void cancelWithinASecond()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        HostKeyScanner scanner;
        scanner.setKnownHostsFiles({});
        scanner.setMaxParallel(2);
        QList<SshTarget> targets;
        for (int i = 1; i <= 5; ++i) {
            SshTarget t = target(QStringLiteral("silent%1.lab").arg(i), silent.serverPort());
            t.host = QStringLiteral("127.0.0.1");
            targets.append(t);
        }
        QSignalSpy finished(&scanner, &HostKeyScanner::finished);
        QSignalSpy scanned(&scanner, &HostKeyScanner::nodeScanned);
        Accepted accepted(&silent);
        scanner.start(targets);
        // The first two reach the handshake (connected, no banner); the bound queues the rest.
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 2, 10000);
        QCOMPARE(scanned.count(), 0);
        QElapsedTimer timer;
        timer.start();
        scanner.cancel();
        QVERIFY(finished.count() == 1 || finished.wait(3000));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(scanner.wasCancelled());
        // Only the two started nodes report (cancelled); the queued three never started.
        QCOMPARE(scanned.count(), 2);
        for (const QList<QVariant> &args : std::as_const(scanned))
            QCOMPARE(args.first().value<HostKeyScanResult>().status, HostKeyScanStatus::Error);
        QCoreApplication::processEvents(); // a late connection would be accepted here
        QCOMPARE(accepted.count(), 2);
    }

    void destructorJoins()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        Accepted accepted(&silent);
        QElapsedTimer timer;
        {
            HostKeyScanner scanner;
            scanner.setKnownHostsFiles({});
            SshTarget t = target(QStringLiteral("silent.lab"), silent.serverPort());
            t.host = QStringLiteral("127.0.0.1");
            scanner.start({t});
            // Destroyed while its thread waits in the handshake: connected, no banner.
            QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 10000);
            timer.start();
        }
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    }

    void emptyListFinishesAtOnce()
    {
        HostKeyScanner scanner;
        QSignalSpy finished(&scanner, &HostKeyScanner::finished);
        scanner.start({});
        QCOMPARE(finished.count(), 1);
        QVERIFY(!scanner.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestHostKeyScanner)
#include "tst_hostkeyscanner.moc"
