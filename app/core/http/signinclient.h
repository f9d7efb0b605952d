#pragma once

#include "../base/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QSslCertificate;
class QSslError;
class QTimer;

namespace Ocw::Core {

// A server's TLS certificate as the user must see it to decide whether to trust it.
struct CertificateInfo
{
    QString subject;            // "CN=octane1.lab, O=Example"
    QString issuer;             // same form
    QStringList alternateNames; // DNS and IP subject alternative names
    QString sha256Fingerprint;  // "AB:CD:…" (32 bytes, upper-case hex, colons), as openssl prints
    QDateTime notBefore;
    QDateTime notAfter;
    QStringList errors; // why TLS refused it, e.g. "The certificate is self-signed, and untrusted"
    bool trusted = false; // its errors were ignored because its fingerprint was trusted

    bool isNull() const { return sha256Fingerprint.isEmpty(); }
    static CertificateInfo fromCertificate(const QSslCertificate &certificate);
};

// What GET /admin/server/version answered.
struct ServerVersion
{
    QString version;
    QString buildDate;
    QString buildRevision;
    QString buildNumber;
    QString displayVersion;
};

// One HTTP request of a sign-in as it was answered, for the evidence: "POST
// /authentication/sign_in", its status (0: no answer) and the value of the captured header
// (e.g. X-Upstream-Addr: which node a load balancer chose), empty when it did not come back.
struct HttpExchange
{
    QString request;
    int httpStatus = 0;
    QString capturedHeader;
    QString serverNode; // X-Octane-Node when the server names itself (the lab does)
};

struct SignInResult
{
    QUrl baseUrl;
    Error error;                 // code None on success
    int httpStatus = 0;          // of the last answer received, 0 if none
    bool cookieSet = false;      // the sign-in answer set LWSSO_COOKIE_KEY
    bool tlsEstablished = false; // HTTPS: the TLS handshake succeeded (certificate accepted)
    bool hasVersion = false;
    ServerVersion version;
    CertificateInfo certificate; // HTTPS: the server's certificate (also when refused)
    qint64 elapsedMs = 0;
    QList<HttpExchange> exchanges; // every request that was sent, in order
    // The health reading (setStatusPath, readStatus): its HTTP status (0: no answer), the start
    // of its body, and why there was no answer.
    int statusHttp = 0;
    QString statusText;
    Error statusError;

    bool isOk() const { return !error.isError(); }
};

// Signs in to an Octane server (POST {base}/authentication/sign_in with {"user","password"};
// 200 + cookie LWSSO_COOKIE_KEY), then reads GET {base}/admin/server/version with that
// cookie. HTTP and HTTPS; a certificate that TLS refuses is accepted only when its SHA-256
// fingerprint was given to setTrustedCertificates(), and then only for the errors that
// concern that very certificate. Lives in (and must be used from) a thread with an event
// loop, usually the GUI thread. The password is kept only while the request runs and never
// logged.
class SignInClient : public QObject
{
    Q_OBJECT

public:
    explicit SignInClient(QObject *parent = nullptr);
    ~SignInClient() override;

    // Fingerprints as SignInResult::certificate gives them; colons, spaces and case do not
    // matter. Applies to later requests.
    void setTrustedCertificates(const QList<QByteArray> &sha256Fingerprints);
    // Limit per HTTP request (transfer inactivity and total time). Default 15 s.
    void setTimeout(int ms);
    // The response header whose value each exchange records (empty: none).
    void setCapturedHeader(const QByteArray &name) { m_capturedHeader = name; }
    // After a sign-in that read the version, also GET this path (a health endpoint such as
    // /admin/server/status, which needs no sign-in); empty: no such reading.
    void setStatusPath(const QString &path) { m_statusPath = path; }

    // Starts a sign-in; finished() follows exactly once. A sign-in still running is cancelled
    // first (its finished() comes before this one starts).
    void signIn(const QUrl &baseUrl, const QString &user, const QString &password);
    // Only the health reading: GET {base}{path}, no sign-in, no password. finished() follows
    // exactly once; `error` is set only when no answer came (statusHttp holds the answer).
    void readStatus(const QUrl &baseUrl, const QString &path);
    // Ends a running sign-in: finished() with ErrorCode::Cancelled, at once.
    void cancel();
    bool isRunning() const;

    // "ab:cd…" / "ABCD…" / "ab cd…" → the 32 bytes, empty if not a SHA-256 fingerprint.
    static QByteArray parseFingerprint(const QByteArray &text);
    static QString formatFingerprint(const QByteArray &sha256);

Q_SIGNALS:
    // The last signal of every sign-in, success, error or cancel alike.
    void finished(const Ocw::Core::SignInResult &result);

private:
    enum class Stage { Idle, SigningIn, ReadingVersion, ReadingStatus };

    void startRequest(Stage stage);
    bool begin(const QUrl &baseUrl);
    void finishStatus(QNetworkReply *reply, int status, const QByteArray &body);
    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    void onReplyFinished(QNetworkReply *reply);
    void onTimeout();
    void complete(const Error &error);
    Error networkError(QNetworkReply *reply, const QString &what) const;
    QUrl endpoint(const QString &path) const;

    QNetworkAccessManager *m_manager;
    QTimer *m_timer;
    QPointer<QNetworkReply> m_reply;
    QList<QByteArray> m_trusted; // raw SHA-256 digests
    int m_timeoutMs = 15000;
    QByteArray m_capturedHeader;
    QString m_statusPath;
    bool m_statusOnly = false;
    QString m_statusOnlyPath;

    Stage m_stage = Stage::Idle;
    bool m_timedOut = false;
    bool m_cancelled = false;
    QString m_user;
    QByteArray m_body; // holds the password while the sign-in runs; wiped after
    SignInResult m_result;
    qint64 m_startMs = 0;
};

} // namespace Ocw::Core

Q_DECLARE_METATYPE(Ocw::Core::CertificateInfo)
Q_DECLARE_METATYPE(Ocw::Core::SignInResult)
