#include "hostkey.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace Ocw::Core {

QString HostKey::fingerprintSha256() const
{
    QByteArray b64 = QCryptographicHash::hash(blob, QCryptographicHash::Sha256)
                         .toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals);
    return QStringLiteral("SHA256:") + QString::fromLatin1(b64);
}

QString HostKey::blobBase64() const
{
    return QString::fromLatin1(blob.toBase64());
}

QString HostKey::toOpenSshLine(const QString &hostPattern) const
{
    return hostPattern + QLatin1Char(' ') + type + QLatin1Char(' ') + blobBase64();
}

QString HostKey::typeOfBlob(const QByteArray &blob)
{
    // SSH wire format: uint32 length, then the type name.
    if (blob.size() < 4)
        return QString();
    const quint32 len = qFromBigEndian<quint32>(blob.constData());
    if (len == 0 || len > 64 || qsizetype(len) > blob.size() - 4)
        return QString();
    const QByteArray name = blob.mid(4, qsizetype(len));
    for (char c : name) {
        if (c <= ' ' || c > '~')
            return QString();
    }
    return QString::fromLatin1(name);
}

HostKey HostKey::fromBase64(const QString &type, const QByteArray &base64)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(base64.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return HostKey();
    const QString inner = typeOfBlob(decoded.decoded);
    if (inner.isEmpty() || inner != type)
        return HostKey();
    return HostKey{type, decoded.decoded};
}

} // namespace Ocw::Core
