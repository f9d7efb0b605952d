#include "core/http/signinclient.h"
#include "core/log/logging.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Ocw::Core;

namespace {

struct StubRequest
{
    QByteArray method;
    QByteArray path;
    QByteArray headers; // raw, lower-cased
    QByteArray body;
};

// A tiny HTTP/1.1 server on 127.0.0.1: one answer per request, chosen by `respond` from the
// request; an empty answer means "never answer" (for timeouts). Plain TCP, or TLS with a
// certificate (QSslServer, Qt ≥ 6.4).
class StubServer : public QObject
{
public:
    std::function<QByteArray(const StubRequest &)> respond;
    QList<StubRequest> requests;

    bool listen(QTcpServer *server)
    {
        m_server.reset(server);
        connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket,
                        [this, socket, buffer] { onData(socket, buffer.get()); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                if (socket->bytesAvailable() > 0)
                    onData(socket, buffer.get());
            }
        });
        return m_server->listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server->serverPort(); }

    static QByteArray answer(int status, const QByteArray &body,
                             const QList<QByteArray> &headers = {})
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
        for (const QByteArray &h : headers)
            out += h + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        out += "Connection: keep-alive\r\n\r\n" + body;
        return out;
    }

private:
    void onData(QTcpSocket *socket, QByteArray *buffer)
    {
        *buffer += socket->readAll();
        while (true) {
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            StubRequest req;
            const QByteArray head = buffer->left(end);
            const QList<QByteArray> lines = head.split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            req.method = first.value(0);
            req.path = first.value(1);
            req.headers = head.mid(lines.value(0).size()).toLower();
            qsizetype length = 0;
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return;
            req.body = buffer->mid(end + 4, length);
            buffer->remove(0, end + 4 + length);
            requests.append(req);
            const QByteArray out = respond ? respond(req) : QByteArray();
            if (!out.isEmpty())
                socket->write(out);
        }
    }

    std::unique_ptr<QTcpServer> m_server;
};

const char kVersionJson[] = R"({"version":"16.2.100","build_date":"2024-03-01",)"
                            R"("build_revision":"abc123","build_number":"4711",)"
                            R"("display_version":"16.2.100.4711"})";

// An Octane-like server: the sign-in sets the cookie for the right password only.
QByteArray octane(const StubRequest &req, const QByteArray &versionBody = kVersionJson)
{
    if (req.method == "POST" && req.path.endsWith("/authentication/sign_in")) {
        const QJsonObject o = QJsonDocument::fromJson(req.body).object();
        if (o.value(QLatin1String("user")).toString() == QLatin1String("sa@nga") &&
            o.value(QLatin1String("password")).toString() == QLatin1String("s3cret'\"pw"))
            return StubServer::answer(200, "",
                                      {"Set-Cookie: LWSSO_COOKIE_KEY=tok123; Path=/; "
                                       "HttpOnly"});
        return StubServer::answer(401, R"({"error":"Authentication failed"})");
    }
    if (req.method == "GET" && req.path.endsWith("/admin/server/version"))
        return StubServer::answer(200, versionBody, {"Content-Type: application/json"});
    return StubServer::answer(404, "{}");
}

const QString kPassword = QStringLiteral("s3cret'\"pw");

} // namespace

// SignInClient against local stubs: a QTcpServer/QSslServer speaking just enough HTTP, and
// `openssl s_server` for the certificate checks (openssl is the fingerprint's oracle).
class TestSignInClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_certFile;
    QString m_keyFile;
    QByteArray m_fingerprint; // "AB:CD:…" from `openssl x509 -fingerprint -sha256`
    QString m_logFile;

    static SignInResult runSignIn(SignInClient &client, const QUrl &url, const QString &user,
                                  const QString &password, int waitMs = 10000)
    {
        QSignalSpy spy(&client, &SignInClient::finished);
        client.signIn(url, user, password);
        if (!spy.wait(waitMs))
            return SignInResult();
        return spy.takeFirst().at(0).value<SignInResult>();
    }

    static QString describe(const SignInResult &r)
    {
        return r.error.message + QLatin1Char('\n') + r.error.details;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_logFile = m_tmp.filePath(QStringLiteral("ocw.log"));
        Logging::init(m_logFile);

        m_certFile = m_tmp.filePath(QStringLiteral("cert.pem"));
        m_keyFile = m_tmp.filePath(QStringLiteral("key.pem"));
        QProcess req;
        req.setProcessChannelMode(QProcess::MergedChannels);
        req.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), m_keyFile, QStringLiteral("-out"), m_certFile,
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/O=OCW Test/CN=octane-test.lab")});
        QVERIFY(req.waitForFinished(30000));
        QVERIFY2(req.exitCode() == 0, req.readAll().constData());

        QProcess fp;
        fp.start(QStringLiteral("openssl"),
                 {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                  QStringLiteral("-sha256"), QStringLiteral("-in"), m_certFile});
        QVERIFY(fp.waitForFinished(30000));
        const QByteArray out = fp.readAllStandardOutput().trimmed(); // "sha256 Fingerprint=AB:…"
        m_fingerprint = out.mid(out.indexOf('=') + 1);
        QCOMPARE(m_fingerprint.size(), 32 * 3 - 1);
    }

    void signInReadsVersion_data()
    {
        QTest::addColumn<QString>("basePath");
        QTest::newRow("root") << QString();
        QTest::newRow("under-a-path") << QStringLiteral("/octane/");
    }
    void signInReadsVersion()
    {
        QFETCH(QString, basePath);
        StubServer server;
        server.respond = [](const StubRequest &r) { return octane(r); };
        QVERIFY(server.listen(new QTcpServer));
        SignInClient client;
        const QUrl url(QStringLiteral("http://127.0.0.1:%1%2").arg(server.port()).arg(basePath));
        const SignInResult r = runSignIn(client, url, QStringLiteral("sa@nga"), kPassword);
        QVERIFY2(r.isOk(), qPrintable(describe(r)));
        QVERIFY(r.cookieSet);
        QVERIFY(r.hasVersion);
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.version.version, QStringLiteral("16.2.100"));
        QCOMPARE(r.version.buildDate, QStringLiteral("2024-03-01"));
        QCOMPARE(r.version.buildRevision, QStringLiteral("abc123"));
        QCOMPARE(r.version.buildNumber, QStringLiteral("4711"));
        QCOMPARE(r.version.displayVersion, QStringLiteral("16.2.100.4711"));
        QVERIFY(r.certificate.isNull());

        QCOMPARE(server.requests.size(), 2);
        const StubRequest &post = server.requests.at(0);
        QCOMPARE(post.method, QByteArray("POST"));
        const QByteArray prefix = basePath.isEmpty() ? QByteArray() : QByteArray("/octane");
        QCOMPARE(post.path, prefix + "/authentication/sign_in");
        QVERIFY(post.headers.contains("content-type: application/json"));
        const QJsonObject body = QJsonDocument::fromJson(post.body).object();
        QCOMPARE(body.value(QLatin1String("user")).toString(), QStringLiteral("sa@nga"));
        QCOMPARE(body.value(QLatin1String("password")).toString(), kPassword);
        const StubRequest &get = server.requests.at(1);
        QCOMPARE(get.path, prefix + "/admin/server/version");
        QVERIFY2(get.headers.contains("cookie: lwsso_cookie_key=tok123"), get.headers.constData());
    }

    void wrongPassword()
    {
        StubServer server;
        server.respond = [](const StubRequest &r) { return octane(r); };
        QVERIFY(server.listen(new QTcpServer));
        SignInClient client;
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
        const SignInResult r =
            runSignIn(client, url, QStringLiteral("sa@nga"), QStringLiteral("wrong-pw-XYZ"));
        QCOMPARE(r.error.code, ErrorCode::AuthFailed);
        QCOMPARE(r.httpStatus, 401);
        QVERIFY(!r.cookieSet);
        QVERIFY(!r.hasVersion);
        QVERIFY2(r.error.message.contains(QLatin1String("wrong user or password")),
                 qPrintable(r.error.message));
        QVERIFY2(r.error.message.contains(url.toString()), qPrintable(r.error.message));
        QVERIFY(!describe(r).contains(QLatin1String("wrong-pw-XYZ")));
        QCOMPARE(server.requests.size(), 1);
    }

    void noCookie()
    {
        StubServer server;
        server.respond = [](const StubRequest &) { return StubServer::answer(200, "ok"); };
        QVERIFY(server.listen(new QTcpServer));
        SignInClient client;
        const SignInResult r =
            runSignIn(client, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())),
                      QStringLiteral("sa@nga"), kPassword);
        QCOMPARE(r.error.code, ErrorCode::RemoteCommandFailed);
        QVERIFY(!r.cookieSet);
        QVERIFY2(r.error.message.contains(QLatin1String("LWSSO_COOKIE_KEY")),
                 qPrintable(r.error.message));
    }

    void malformedVersion_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not-json") << QByteArray("{\"version\": 16.2");
        QTest::newRow("html") << QByteArray("<html><body>Login</body></html>");
        QTest::newRow("array") << QByteArray("[\"16.2.100\"]");
        QTest::newRow("no-version") << QByteArray("{\"build_date\":\"2024-03-01\"}");
        QTest::newRow("empty") << QByteArray();
    }
    void malformedVersion()
    {
        QFETCH(QByteArray, body);
        StubServer server;
        server.respond = [body](const StubRequest &r) { return octane(r, body); };
        QVERIFY(server.listen(new QTcpServer));
        SignInClient client;
        const SignInResult r =
            runSignIn(client, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())),
                      QStringLiteral("sa@nga"), kPassword);
        QCOMPARE(r.error.code, ErrorCode::RemoteCommandFailed);
        QVERIFY(r.cookieSet);
        QVERIFY(!r.hasVersion);
        QVERIFY2(r.error.message.contains(QLatin1String("version answer is not valid")),
                 qPrintable(r.error.message));
    }

    void slowServerTimesOut()
    {
        StubServer server;
        server.respond = [](const StubRequest &) { return QByteArray(); }; // never answers
        QVERIFY(server.listen(new QTcpServer));
        SignInClient client;
        client.setTimeout(600);
        QElapsedTimer timer;
        timer.start();
        const SignInResult r =
            runSignIn(client, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())),
                      QStringLiteral("sa@nga"), kPassword);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(r.error.code, ErrorCode::Timeout);
        QVERIFY2(elapsed >= 550 && elapsed < 3000, qPrintable(QString::number(elapsed)));
        QVERIFY2(r.error.message.contains(QLatin1String("no answer within 0.6 s")),
                 qPrintable(r.error.message));
    }

    void cancel()
    {
        StubServer server;
        server.respond = [](const StubRequest &) { return QByteArray(); };
        QVERIFY(server.listen(new QTcpServer));
        SignInClient client;
        QSignalSpy spy(&client, &SignInClient::finished);
        client.signIn(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())),
                      QStringLiteral("sa@nga"), kPassword);
        // Cancelled while the sign-in request waits for its answer: the server has it all.
        QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 1, 10000);
        QVERIFY(server.requests.first().path.endsWith("/authentication/sign_in"));
        QVERIFY(client.isRunning());
        client.cancel();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<SignInResult>().error.code, ErrorCode::Cancelled);
        QVERIFY(!client.isRunning());
        QTest::qWait(100);
        QCOMPARE(spy.size(), 1); // exactly once
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        SignInClient client;
        const SignInResult r =
            runSignIn(client, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)),
                      QStringLiteral("u"), QStringLiteral("p"));
        QCOMPARE(r.error.code, ErrorCode::ConnectRefused);
        QVERIFY(r.error.message.startsWith(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    }

    void redirectAndStarting_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("expected");
        QTest::newRow("redirect-to-https")
            << StubServer::answer(302, "",
                                  {"Location: https://octane1.lab:8443/authentication/"
                                   "sign_in"})
            << QStringLiteral("redirects to https://octane1.lab:8443/");
        QTest::newRow("starting") << StubServer::answer(503, R"({"error":"Server is starting"})",
                                                        {"Retry-After: 1"})
                                  << QStringLiteral("still starting");
    }
    void redirectAndStarting()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, expected);
        StubServer server;
        server.respond = [answer](const StubRequest &) { return answer; };
        QVERIFY(server.listen(new QTcpServer));
        SignInClient client;
        const SignInResult r =
            runSignIn(client, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())),
                      QStringLiteral("sa@nga"), kPassword);
        QVERIFY(r.error.isError());
        QVERIFY2(r.error.message.contains(expected), qPrintable(r.error.message));
        QCOMPARE(server.requests.size(), 1); // a redirect is not followed
    }

    void invalidUrl()
    {
        SignInClient client;
        const SignInResult r = runSignIn(client, QUrl(QStringLiteral("ftp://octane1.lab")),
                                         QStringLiteral("u"), QStringLiteral("p"));
        QCOMPARE(r.error.code, ErrorCode::InvalidInput);
    }

    // --- TLS ------------------------------------------------------------------------------------

    void fingerprintParsing()
    {
        const QByteArray raw = SignInClient::parseFingerprint(m_fingerprint);
        QCOMPARE(raw.size(), 32);
        QCOMPARE(SignInClient::formatFingerprint(raw).toLatin1(), m_fingerprint);
        QCOMPARE(SignInClient::parseFingerprint(m_fingerprint.toLower().replace(':', "")), raw);
        QVERIFY(SignInClient::parseFingerprint("AB:CD").isEmpty());
        QVERIFY(SignInClient::parseFingerprint(QByteArray(64, 'x')).isEmpty());
    }

    // openssl s_server (not Octane, so only the TLS part is asserted): refused by default with
    // the certificate reported; trusted by fingerprint, the handshake passes.
    void selfSignedCertificate()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        QProcess sserver;
        auto stop = qScopeGuard([&sserver] {
            sserver.terminate();
            sserver.waitForFinished(5000);
        });
        sserver.setProcessChannelMode(QProcess::MergedChannels);
        sserver.start(QStringLiteral("openssl"),
                      {QStringLiteral("s_server"), QStringLiteral("-accept"),
                       QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-cert"),
                       m_certFile, QStringLiteral("-key"), m_keyFile, QStringLiteral("-www"),
                       QStringLiteral("-quiet")});
        QVERIFY(sserver.waitForStarted(10000));
        bool up = false;
        for (int i = 0; i < 100 && !up; ++i) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, port);
            up = s.waitForConnected(100);
            if (!up)
                QTest::qWait(50);
        }
        QVERIFY2(up, sserver.readAll().constData());
        const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(port));

        SignInClient client;
        client.setTimeout(5000);
        const SignInResult refused = runSignIn(client, url, QStringLiteral("sa@nga"), kPassword);
        QCOMPARE(refused.error.code, ErrorCode::Handshake);
        QCOMPARE(refused.httpStatus, 0);
        QVERIFY(!refused.tlsEstablished);
        QCOMPARE(refused.certificate.sha256Fingerprint.toLatin1(), m_fingerprint);
        QVERIFY(!refused.certificate.trusted);
        QVERIFY(!refused.certificate.errors.isEmpty());
        QVERIFY2(refused.certificate.subject.contains(QLatin1String("CN=octane-test.lab")),
                 qPrintable(refused.certificate.subject));
        QVERIFY(refused.certificate.subject.contains(QLatin1String("O=OCW Test")));
        QCOMPARE(refused.certificate.issuer, refused.certificate.subject); // self-signed
        QVERIFY(refused.certificate.notBefore <= QDateTime::currentDateTimeUtc());
        QVERIFY(refused.certificate.notAfter > QDateTime::currentDateTimeUtc());
        QVERIFY2(refused.error.message.contains(QString::fromLatin1(m_fingerprint)),
                 qPrintable(refused.error.message));
        qDebug("refused: %s", qPrintable(refused.error.message));

        // Another certificate's fingerprint changes nothing.
        client.setTrustedCertificates({QByteArray(64, 'a')});
        const SignInResult other = runSignIn(client, url, QStringLiteral("sa@nga"), kPassword);
        QCOMPARE(other.error.code, ErrorCode::Handshake);

        // s_server -www answers GET only: the sign-in POST gets no answer (a timeout) after
        // a successful handshake.
        client.setTrustedCertificates({m_fingerprint.toLower()});
        client.setTimeout(1500);
        const SignInResult trusted = runSignIn(client, url, QStringLiteral("sa@nga"), kPassword);
        qDebug("trusted: %s (HTTP %d)", qPrintable(trusted.error.message), trusted.httpStatus);
        QVERIFY(trusted.error.code != ErrorCode::Handshake);
        QVERIFY(trusted.tlsEstablished);
        QVERIFY(trusted.certificate.trusted);
        QCOMPARE(trusted.certificate.sha256Fingerprint.toLatin1(), m_fingerprint);
    }

    // The whole sign-in over HTTPS with the trusted certificate (QSslServer as the server).
    void signInOverHttps()
    {
        QFile certFile(m_certFile);
        QFile keyFile(m_keyFile);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll()));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        auto *ssl = new QSslServer;
        ssl->setSslConfiguration(config);
        StubServer server;
        server.respond = [](const StubRequest &r) { return octane(r); };
        QVERIFY(server.listen(ssl));

        SignInClient client;
        client.setTrustedCertificates({m_fingerprint});
        const SignInResult r =
            runSignIn(client, QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(server.port())),
                      QStringLiteral("sa@nga"), kPassword);
        QVERIFY2(r.isOk(), qPrintable(describe(r)));
        QVERIFY(r.cookieSet);
        QCOMPARE(r.version.displayVersion, QStringLiteral("16.2.100.4711"));
        QVERIFY(r.tlsEstablished);
        QVERIFY(r.certificate.trusted);
        QCOMPARE(r.certificate.sha256Fingerprint.toLatin1(), m_fingerprint);
    }

    // Never the password in the log, whatever happened.
    void passwordNeverLogged()
    {
        Logging::flush();
        QFile log(m_logFile);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY2(text.contains("signing in to"), "the log was not written");
        QVERIFY(!text.contains(kPassword.toUtf8()));
        QVERIFY(!text.contains("s3cret"));
        QVERIFY(!text.contains("wrong-pw-XYZ"));
    }
};

QTEST_GUILESS_MAIN(TestSignInClient)
#include "tst_signinclient.moc"
