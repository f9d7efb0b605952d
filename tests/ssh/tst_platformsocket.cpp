#include "core/ssh/platformsocket.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

using namespace Ocw::Core;

// Name resolution and the non-blocking connect of PlatformSocket, on loopback only.
class TestPlatformSocket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ipv4-literal")
            << QStringLiteral("127.0.0.12") << QStringLiteral("127.0.0.12");
        QTest::newRow("ipv6-literal") << QStringLiteral("::1") << QStringLiteral("::1");
        QTest::newRow("ipv6-bracketed") << QStringLiteral("[::1]") << QStringLiteral("::1");
        QTest::newRow("ipv4-mapped")
            << QStringLiteral("::ffff:127.0.0.11") << QStringLiteral("127.0.0.11");
        QTest::newRow("name") << QStringLiteral("localhost") << QStringLiteral("127.0.0.1");
    }
    void resolve()
    {
        QFETCH(QString, host);
        QFETCH(QString, expected);
        const auto r = PlatformSocket::resolve(QStringLiteral("node"), host, QDeadlineTimer(5000),
                                               CancelToken());
        QVERIFY2(r.hasValue(), qPrintable(r.error().message));
        QVERIFY2(r->contains(expected), qPrintable(r->join(QLatin1Char(','))));
    }

    void resolveFailure()
    {
        const auto r = PlatformSocket::resolve(QStringLiteral("bad.node"),
                                               QStringLiteral("no-such-host.invalid"),
                                               QDeadlineTimer(5000), CancelToken());
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().code, ErrorCode::NameResolution);
        QVERIFY2(r.error().message.startsWith(QLatin1String("bad.node: ")),
                 qPrintable(r.error().message));
    }

    void connectAccepted()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress(QStringLiteral("127.0.0.42")), 0));
        const auto c =
            PlatformSocket::connect(QStringLiteral("n"), QStringLiteral("127.0.0.42"),
                                    server.serverPort(), QDeadlineTimer(3000), CancelToken());
        QVERIFY2(c.hasValue(), qPrintable(c.error().message));
        QCOMPARE(c->address, QStringLiteral("127.0.0.42"));
        PlatformSocket::close(c->handle);
    }

    void connectRefused()
    {
        QTcpServer server; // find a free port, then close it so nothing listens there
        QVERIFY(server.listen(QHostAddress(QStringLiteral("127.0.0.42")), 0));
        const quint16 port = server.serverPort();
        server.close();
        QElapsedTimer t;
        t.start();
        const auto c =
            PlatformSocket::connect(QStringLiteral("octane9.lab"), QStringLiteral("127.0.0.42"),
                                    port, QDeadlineTimer(3000), CancelToken());
        QVERIFY(!c.hasValue());
        QCOMPARE(c.error().code, ErrorCode::ConnectRefused);
        QCOMPARE(
            c.error().message,
            QStringLiteral("octane9.lab: connection to 127.0.0.42:%1 refused — is sshd running?")
                .arg(port));
        QVERIFY(t.elapsed() < 1000);
    }

    void cancelBeforeConnect()
    {
        CancelToken token;
        token.cancel();
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress(QStringLiteral("127.0.0.42")), 0));
        // A literal address connects at once on loopback, so cancel is seen only if the
        // connect has to wait; either outcome is fine, but it must not hang.
        const auto c = PlatformSocket::connect(QStringLiteral("n"), QStringLiteral("127.0.0.42"),
                                               server.serverPort(), QDeadlineTimer(3000), token);
        if (c.hasValue())
            PlatformSocket::close(c->handle);
        else
            QCOMPARE(c.error().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestPlatformSocket)
#include "tst_platformsocket.moc"
