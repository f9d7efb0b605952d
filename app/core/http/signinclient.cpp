#include "signinclient.h"

#include "../base/expected.h"
#include "../base/tr.h"
#include "../log/logging.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <cctype>

namespace Ocw::Core {

namespace {

const char kCookieName[] = "LWSSO_COOKIE_KEY";

QString distinguishedName(const QSslCertificate &cert, bool issuer)
{
    static const struct
    {
        QSslCertificate::SubjectInfo info;
        const char *key;
    } parts[] = {
        {QSslCertificate::CommonName, "CN"},
        {QSslCertificate::OrganizationalUnitName, "OU"},
        {QSslCertificate::Organization, "O"},
        {QSslCertificate::LocalityName, "L"},
        {QSslCertificate::StateOrProvinceName, "ST"},
        {QSslCertificate::CountryName, "C"},
    };
    QStringList out;
    for (const auto &part : parts) {
        const QStringList values =
            issuer ? cert.issuerInfo(part.info) : cert.subjectInfo(part.info);
        for (const QString &value : values)
            out.append(QStringLiteral("%1=%2").arg(QLatin1String(part.key), value));
    }
    return out.join(QLatin1String(", "));
}

QString snippet(const QByteArray &body)
{
    // An error page (a load balancer's 502): its title says it, the markup would not.
    static const QRegularExpression title(QStringLiteral("<title>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = title.match(QString::fromUtf8(body.left(2000)));
    if (m.hasMatch())
        return m.captured(1).simplified();
    QString text = QString::fromUtf8(body.left(300)).simplified();
    if (body.size() > 300)
        text += QStringLiteral(" …");
    return text;
}

double secondsOf(int ms)
{
    return double(ms) / 1000.0;
}

} // namespace

CertificateInfo CertificateInfo::fromCertificate(const QSslCertificate &cert)
{
    CertificateInfo info;
    if (cert.isNull())
        return info;
    info.subject = distinguishedName(cert, false);
    info.issuer = distinguishedName(cert, true);
    const auto names = cert.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        info.alternateNames.append(it.value());
    info.sha256Fingerprint =
        SignInClient::formatFingerprint(cert.digest(QCryptographicHash::Sha256));
    info.notBefore = cert.effectiveDate();
    info.notAfter = cert.expiryDate();
    return info;
}

// ---------------------------------------------------------------------------------------------

SignInClient::SignInClient(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<Ocw::Core::SignInResult>();
    qRegisterMetaType<Ocw::Core::CertificateInfo>();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SignInClient::onTimeout);
}

SignInClient::~SignInClient()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    m_body.fill('\0');
}

void SignInClient::setTrustedCertificates(const QList<QByteArray> &sha256Fingerprints)
{
    m_trusted.clear();
    for (const QByteArray &text : sha256Fingerprints) {
        const QByteArray digest = parseFingerprint(text);
        if (!digest.isEmpty())
            m_trusted.append(digest);
    }
}

void SignInClient::setTimeout(int ms)
{
    m_timeoutMs = ms > 0 ? ms : 15000;
}

QByteArray SignInClient::parseFingerprint(const QByteArray &text)
{
    QByteArray hex;
    for (char c : text) {
        if (c == ':' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return QByteArray();
        hex.append(c);
    }
    if (hex.size() != 64)
        return QByteArray();
    return QByteArray::fromHex(hex);
}

QString SignInClient::formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

bool SignInClient::isRunning() const
{
    return m_stage != Stage::Idle;
}

QUrl SignInClient::endpoint(const QString &path) const
{
    QUrl url = m_result.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool SignInClient::begin(const QUrl &baseUrl)
{
    if (isRunning())
        cancel();
    m_result = SignInResult();
    m_result.baseUrl = baseUrl.adjusted(QUrl::RemoveUserInfo);
    m_timedOut = false;
    m_cancelled = false;
    m_startMs = QDateTime::currentMSecsSinceEpoch();

    const QString scheme = baseUrl.scheme().toLower();
    if (!baseUrl.isValid() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        baseUrl.host().isEmpty()) {
        // Reported from the event loop, like every other outcome.
        m_stage = Stage::SigningIn;
        const Error error = makeError(
            ErrorCode::InvalidInput,
            Tr::tr("\"%1\" is not a server address: use http://host:8080 or https://host:8443.")
                .arg(baseUrl.toString()));
        QTimer::singleShot(0, this, [this, error] {
            if (m_stage == Stage::SigningIn && !m_reply)
                complete(error);
        });
        return false;
    }
    m_manager->setCookieJar(new QNetworkCookieJar(m_manager)); // deletes the previous jar
    // A kept-alive connection would skip the certificate decision of this sign-in (the trusted
    // fingerprints may have changed since).
    m_manager->clearConnectionCache();
    return true;
}

void SignInClient::signIn(const QUrl &baseUrl, const QString &user, const QString &password)
{
    m_statusOnly = false;
    m_user = user;
    if (!begin(baseUrl))
        return;
    QJsonObject body;
    body.insert(QStringLiteral("user"), user);
    body.insert(QStringLiteral("password"), password);
    m_body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    Logging::info(QStringLiteral("signing in to %1 as %2").arg(m_result.baseUrl.toString(), user));
    startRequest(Stage::SigningIn);
}

void SignInClient::readStatus(const QUrl &baseUrl, const QString &path)
{
    m_statusOnly = true;
    m_statusOnlyPath = path;
    m_user.clear();
    if (!begin(baseUrl))
        return;
    startRequest(Stage::ReadingStatus);
}

void SignInClient::startRequest(Stage stage)
{
    m_stage = stage;
    const bool signingIn = stage == Stage::SigningIn;
    QNetworkRequest request(endpoint(signingIn ? QStringLiteral("/authentication/sign_in")
                                     : stage == Stage::ReadingVersion
                                         ? QStringLiteral("/admin/server/version")
                                     : m_statusOnly ? m_statusOnlyPath
                                                    : m_statusPath));
    request.setTransferTimeout(m_timeoutMs);
    // A redirect (e.g. Octane forcing HTTPS) is reported, not followed: the user should see
    // and use the address the server wants.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = nullptr;
    if (signingIn) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        reply = m_manager->post(request, m_body);
    } else {
        reply = m_manager->get(request);
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, reply](const QList<QSslError> &errors) { onSslErrors(reply, errors); });
    connect(reply, &QNetworkReply::encrypted, this, [this] { m_result.tlsEstablished = true; });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
    m_timer->start(m_timeoutMs);
}

void SignInClient::onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
    QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
    if (leaf.isNull()) {
        for (const QSslError &e : errors) {
            if (!e.certificate().isNull()) {
                leaf = e.certificate();
                break;
            }
        }
    }
    CertificateInfo info = CertificateInfo::fromCertificate(leaf);
    for (const QSslError &e : errors)
        info.errors.append(e.errorString());

    // An error is forgiven only when it concerns a certificate whose fingerprint the user
    // trusted, or a certificate of the chain that such a trusted server certificate came with
    // (the handshake proves the server holds the trusted certificate's key, so how it chains
    // no longer matters; without this a server with a private CA could never be trusted).
    // An error without a certificate is never forgiven, and all must be, or none is.
    const bool leafTrusted =
        !leaf.isNull() && m_trusted.contains(leaf.digest(QCryptographicHash::Sha256));
    QList<QSslError> forgiven;
    for (const QSslError &e : errors) {
        const QSslCertificate cert = e.certificate();
        if (cert.isNull())
            continue;
        if (m_trusted.contains(cert.digest(QCryptographicHash::Sha256)) ||
            (leafTrusted && chain.contains(cert)))
            forgiven.append(e);
    }
    if (!errors.isEmpty() && forgiven.size() == errors.size()) {
        reply->ignoreSslErrors(forgiven);
        info.trusted = true;
    }
    m_result.certificate = info;
}

void SignInClient::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows at once, with OperationCanceledError
}

void SignInClient::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    m_timer->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    complete(makeError(ErrorCode::Cancelled,
                       Tr::tr("%1: sign-in cancelled.").arg(m_result.baseUrl.toString())));
}

Error SignInClient::networkError(QNetworkReply *reply, const QString &what) const
{
    const QString url = reply->url().toString();
    const QString details = QStringLiteral("%1 (QNetworkReply error %2)")
                                .arg(reply->errorString())
                                .arg(int(reply->error()));
    const QString host = reply->url().host();
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        if (m_cancelled)
            return makeError(ErrorCode::Cancelled, Tr::tr("%1: sign-in cancelled.").arg(url));
        return makeError(ErrorCode::Timeout,
                         Tr::tr("%1: no answer within %2 s while %3.")
                             .arg(url)
                             .arg(secondsOf(m_timeoutMs))
                             .arg(what),
                         details,
                         Tr::tr("Check that the server is running and that nothing blocks the "
                                "port."));
    case QNetworkReply::ConnectionRefusedError:
        return makeError(
            ErrorCode::ConnectRefused,
            Tr::tr("%1: the connection was refused — no server listens there.").arg(url), details,
            Tr::tr("Check the port (8080 for HTTP, 8443 for HTTPS) and that the "
                   "Octane service runs on %1.")
                .arg(host));
    case QNetworkReply::HostNotFoundError:
        return makeError(ErrorCode::NameResolution,
                         Tr::tr("%1: the name %2 could not be resolved.").arg(url, host), details);
    case QNetworkReply::SslHandshakeFailedError: {
        const CertificateInfo &cert = m_result.certificate;
        if (!cert.isNull() && !cert.errors.isEmpty() && !cert.trusted) {
            return makeError(
                ErrorCode::Handshake,
                Tr::tr("%1: the server's certificate is not trusted (%2). SHA-256 fingerprint: "
                       "%3.")
                    .arg(url, cert.errors.join(QLatin1String("; ")), cert.sha256Fingerprint),
                QStringLiteral("subject: %1\nissuer: %2\nvalid: %3 – %4\n%5")
                    .arg(cert.subject, cert.issuer, cert.notBefore.toString(Qt::ISODate),
                         cert.notAfter.toString(Qt::ISODate), details),
                Tr::tr("Compare the fingerprint with the server's certificate (openssl x509 "
                       "-noout -fingerprint -sha256 -in cert.pem) and trust it only if they "
                       "are equal."));
        }
        return makeError(ErrorCode::Handshake,
                         Tr::tr("%1: the TLS handshake failed: %2").arg(url, reply->errorString()),
                         details,
                         Tr::tr("Check that the port speaks HTTPS (8443), or use http:// for "
                                "port 8080."));
    }
    case QNetworkReply::RemoteHostClosedError:
        return makeError(ErrorCode::ConnectFailed,
                         Tr::tr("%1: the server closed the connection while %2.").arg(url, what),
                         details, Tr::tr("If the server speaks HTTPS on this port, use https://."));
    default:
        break;
    }
    return makeError(
        ErrorCode::ConnectFailed,
        Tr::tr("%1: the request failed while %2: %3").arg(url, what, reply->errorString()),
        details);
}

void SignInClient::onReplyFinished(QNetworkReply *reply)
{
    m_timer->stop();
    if (m_reply == reply)
        m_reply = nullptr;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status > 0)
        m_result.httpStatus = status;
    if (m_result.certificate.isNull()) {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (!peer.isNull())
            m_result.certificate = CertificateInfo::fromCertificate(peer);
    }
    const bool signingIn = m_stage == Stage::SigningIn;
    const QString what = signingIn ? Tr::tr("signing in") : Tr::tr("reading the server version");
    const QString url = reply->url().toString();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    HttpExchange exchange;
    exchange.request = QStringLiteral("%1 %2").arg(
        reply->operation() == QNetworkAccessManager::PostOperation ? QStringLiteral("POST")
                                                                   : QStringLiteral("GET"),
        reply->url().path());
    exchange.httpStatus = qMax(0, status);
    if (!m_capturedHeader.isEmpty() && reply->hasRawHeader(m_capturedHeader))
        exchange.capturedHeader = QString::fromLatin1(reply->rawHeader(m_capturedHeader));
    exchange.serverNode = QString::fromLatin1(reply->rawHeader("X-Octane-Node"));
    m_result.exchanges.append(exchange);
    if (m_stage == Stage::ReadingStatus) {
        finishStatus(reply, status, body);
        return;
    }

    if (m_timedOut || status <= 0) {
        complete(networkError(reply, what));
        return;
    }
    if (status >= 300 && status < 400) {
        const QString location = reply->header(QNetworkRequest::LocationHeader).toUrl().toString();
        complete(makeError(ErrorCode::RemoteCommandFailed,
                           Tr::tr("%1: the server redirects to %2 (HTTP %3).")
                               .arg(url, location.isEmpty() ? Tr::tr("another address") : location)
                               .arg(status),
                           snippet(body),
                           Tr::tr("Use the address the server redirects to (Octane redirects "
                                  "to HTTPS when HTTPS is forced).")));
        return;
    }
    if (status == 503) {
        complete(makeError(ErrorCode::RemoteCommandFailed,
                           Tr::tr("%1: the server is still starting (HTTP 503).").arg(url),
                           snippet(body), Tr::tr("Try again in a few seconds.")));
        return;
    }

    if (signingIn) {
        m_body.fill('\0');
        m_body.clear();
        if (status == 401 || status == 403) {
            complete(makeError(ErrorCode::AuthFailed,
                               Tr::tr("%1: wrong user or password (HTTP %2) for user \"%3\".")
                                   .arg(url)
                                   .arg(status)
                                   .arg(m_user),
                               snippet(body),
                               Tr::tr("Use the site admin user and password given at "
                                      "installation (octane.conf).")));
            return;
        }
        if (status != 200) {
            complete(makeError(ErrorCode::RemoteCommandFailed,
                               Tr::tr("%1: sign-in failed with HTTP %2.").arg(url).arg(status),
                               snippet(body)));
            return;
        }
        const QList<QNetworkCookie> cookies =
            reply->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();
        for (const QNetworkCookie &cookie : cookies) {
            if (cookie.name() == kCookieName && !cookie.value().isEmpty())
                m_result.cookieSet = true;
        }
        if (!m_result.cookieSet) {
            complete(makeError(ErrorCode::RemoteCommandFailed,
                               Tr::tr("%1: the server accepted the sign-in but set no %2 cookie; "
                                      "is this an Octane server?")
                                   .arg(url, QLatin1String(kCookieName)),
                               snippet(body)));
            return;
        }
        startRequest(Stage::ReadingVersion);
        return;
    }

    if (status != 200) {
        complete(makeError(ErrorCode::RemoteCommandFailed,
                           Tr::tr("%1: signed in, but reading the server version failed with "
                                  "HTTP %2.")
                               .arg(url)
                               .arg(status),
                           snippet(body)));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = doc.object();
    auto text = [&object](const char *key) {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 17);
        return QString();
    };
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        text("version").isEmpty()) {
        const QString why =
            parseError.error != QJsonParseError::NoError
                ? parseError.errorString()
                : (!doc.isObject() ? Tr::tr("not a JSON object") : Tr::tr("no \"version\""));
        complete(
            makeError(ErrorCode::RemoteCommandFailed,
                      Tr::tr("%1: the server's version answer is not valid (%2).").arg(url, why),
                      snippet(body), Tr::tr("Check that this address is an Octane server.")));
        return;
    }
    m_result.hasVersion = true;
    m_result.version.version = text("version");
    m_result.version.buildDate = text("build_date");
    m_result.version.buildRevision = text("build_revision");
    m_result.version.buildNumber = text("build_number");
    m_result.version.displayVersion = text("display_version");
    if (!m_statusPath.isEmpty()) {
        startRequest(Stage::ReadingStatus);
        return;
    }
    complete(Error());
}

void SignInClient::finishStatus(QNetworkReply *reply, int status, const QByteArray &body)
{
    if (m_timedOut || status <= 0) {
        m_result.statusError = networkError(reply, Tr::tr("reading the server's health"));
        // A sign-in that worked stays a success: the reading is judged by the caller.
        complete(m_statusOnly ? m_result.statusError : Error());
        return;
    }
    m_result.statusHttp = status;
    m_result.statusText = snippet(body);
    if (m_statusOnly)
        m_result.httpStatus = status;
    complete(Error());
}

void SignInClient::complete(const Error &error)
{
    m_timer->stop();
    m_stage = Stage::Idle;
    m_body.fill('\0');
    m_body.clear();
    m_result.error = error;
    m_result.elapsedMs = m_startMs > 0 ? QDateTime::currentMSecsSinceEpoch() - m_startMs : 0;
    if (error.isError())
        Logging::warning(error.message);
    else if (m_statusOnly)
        Logging::info(QStringLiteral("health of %1: HTTP %2")
                          .arg(m_result.baseUrl.toString())
                          .arg(m_result.statusHttp));
    else
        Logging::info(
            QStringLiteral("signed in to %1: Octane %2")
                .arg(m_result.baseUrl.toString(), m_result.version.displayVersion.isEmpty()
                                                      ? m_result.version.version
                                                      : m_result.version.displayVersion));
    const SignInResult result = m_result;
    Q_EMIT finished(result);
}

} // namespace Ocw::Core
