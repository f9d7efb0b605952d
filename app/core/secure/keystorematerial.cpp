#include "keystorematerial.h"

#include "../base/tr.h"
#include "../http/signinclient.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QSslKey>
#include <QTemporaryDir>
#include <QUrl>

namespace Ocw::Core {

namespace {
constexpr int OpensslTimeoutMs = 60000;

// Runs openssl with `input` on its stdin; the error says what openssl said.
Expected<Done> openssl(const QStringList &arguments, const QByteArray &input,
                       const CancelToken &cancel)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QStringLiteral("openssl"), arguments);
    if (!p.waitForStarted(10000))
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("cannot run openssl to make a self-signed keystore: %1").arg(p.errorString()),
            {}, Tr::tr("Install openssl, or give a keystore of your own."));
    p.write(input);
    p.closeWriteChannel();
    QElapsedTimer clock;
    clock.start();
    while (!p.waitForFinished(200)) {
        if (cancel.isCancelled() || clock.elapsed() > OpensslTimeoutMs) {
            p.kill();
            p.waitForFinished(2000);
            return makeError(cancel.isCancelled() ? ErrorCode::Cancelled : ErrorCode::Timeout,
                             Tr::tr("openssl did not finish making the keystore"));
        }
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("openssl failed to make the keystore: %1")
                             .arg(QString::fromUtf8(p.readAllStandardError()).trimmed()));
    return Done{};
}
} // namespace

Expected<KeystoreMaterial>
KeystoreMaterial::fromBytes(const QByteArray &bytes, const QString &password, const QString &origin)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QSslKey key;
    QSslCertificate certificate;
    QList<QSslCertificate> chain;
    if (!QSslCertificate::importPkcs12(&buffer, &key, &certificate, &chain, password.toUtf8()) ||
        certificate.isNull() || key.isNull()) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 does not open as a PKCS12 keystore with the keystore password "
                                "(conf:server.keystore-password): the password is wrong, or it "
                                "is not a PKCS12 file with a key and its certificate")
                             .arg(origin),
                         {},
                         Tr::tr("Store the keystore's own password (store-secrets, "
                                "conf:server.keystore-password); a .jks keystore is converted "
                                "first: keytool -importkeystore -srckeystore KS.jks "
                                "-destkeystore KS.p12 -deststoretype PKCS12."));
    }
    KeystoreMaterial m;
    m.bytes = bytes;
    m.sha256Fingerprint =
        SignInClient::formatFingerprint(certificate.digest(QCryptographicHash::Sha256));
    m.subject = certificate.subjectDisplayName();
    const QMultiMap<QSsl::AlternativeNameEntryType, QString> alternate =
        certificate.subjectAlternativeNames();
    for (auto it = alternate.cbegin(); it != alternate.cend(); ++it)
        m.names.append(it.value());
    m.notAfter = certificate.expiryDate();
    if (m.notAfter.isValid() && m.notAfter < QDateTime::currentDateTimeUtc())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("the certificate in %1 expired on %2")
                             .arg(origin, m.notAfter.toString(Qt::ISODate)));
    return m;
}

QStringList KeystoreMaterial::namesFor(const ClusterProfile &profile)
{
    QStringList names;
    for (const Node &n : profile.nodes)
        names.append(n.host);
    const QString lb = QUrl(profile.loadBalancerUrl).host();
    if (!lb.isEmpty() && !names.contains(lb))
        names.append(lb);
    return names;
}

Expected<KeystoreMaterial> KeystoreMaterial::load(const QString &path, const QString &password)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("cannot read the keystore %1: %2").arg(path, file.errorString()));
    if (file.size() > 1 << 20)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 is not a keystore: it is larger than 1 MiB").arg(path));
    return fromBytes(file.readAll(), password, path);
}

Expected<KeystoreMaterial> KeystoreMaterial::selfSigned(const QStringList &names,
                                                        const QString &password, int days,
                                                        const CancelToken &cancel)
{
    if (names.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("no name for the certificate"));
    QTemporaryDir dir; // 0700, removed with the key when this returns
    if (!dir.isValid())
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("cannot make a private folder for the keystore: %1").arg(dir.errorString()));
    QStringList alternate;
    for (const QString &name : names) {
        QHostAddress address;
        alternate.append(
            (address.setAddress(name) ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + name);
    }
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString p12 = dir.filePath(QStringLiteral("keystore.p12"));
    Expected<Done> made = openssl(
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
         QStringLiteral("-out"), cert, QStringLiteral("-days"), QString::number(days),
         QStringLiteral("-subj"), QStringLiteral("/CN=") + names.first(), QStringLiteral("-addext"),
         QStringLiteral("subjectAltName=") + alternate.join(QLatin1Char(','))},
        {}, cancel);
    if (!made)
        return made.error();
    made =
        openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"), key,
                 QStringLiteral("-in"), cert, QStringLiteral("-name"), QStringLiteral("octane"),
                 QStringLiteral("-out"), p12, QStringLiteral("-passout"), QStringLiteral("stdin")},
                password.toUtf8() + '\n', cancel);
    if (!made)
        return made.error();
    QFile file(p12);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("cannot read the keystore openssl made: %1").arg(file.errorString()));
    return fromBytes(file.readAll(), password, Tr::tr("the self-signed keystore"));
}

} // namespace Ocw::Core
