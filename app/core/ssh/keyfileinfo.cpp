#include "keyfileinfo.h"

#include "hostkey.h"
#include "wirereader.h"

#include <QFile>
#include <QRegularExpression>

namespace Ocw::Core {

KeyFileInfo KeyFileInfo::inspect(const QString &path)
{
    KeyFileInfo info;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        info.readError = file.errorString();
        return info;
    }
    info.readable = true;
    const QByteArray text = file.read(64 * 1024);
    const QByteArray head = text.left(200).trimmed();

    auto typeFromPub = [&path]() -> QString {
        QFile pub(path + QStringLiteral(".pub"));
        if (!pub.open(QIODevice::ReadOnly))
            return QString();
        const QList<QByteArray> fields = pub.readLine().simplified().split(' ');
        return fields.isEmpty() ? QString() : QString::fromLatin1(fields.first());
    };

    if (head.startsWith("ssh-") || head.startsWith("ecdsa-sha2-")) {
        info.isPublicKey = true;
        info.type = QString::fromLatin1(head.left(head.indexOf(' ')));
        return info;
    }
    // The PEM label of the first line: "OPENSSH", "RSA", "EC", "DSA", "ENCRYPTED" or none.
    static const QRegularExpression pemLabel(
        QStringLiteral("^-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY-----"));
    const QRegularExpressionMatch match = pemLabel.match(QString::fromLatin1(head));
    const QString label = match.hasMatch() ? match.captured(1).trimmed() : QString();

    if (label == QLatin1String("OPENSSH")) {
        QByteArray body;
        for (const QByteArray &line : text.split('\n')) {
            if (!line.startsWith("-----"))
                body += line.trimmed();
        }
        const QByteArray blob = QByteArray::fromBase64(body);
        static const QByteArray magic("openssh-key-v1\0", 15);
        if (blob.startsWith(magic)) {
            WireReader reader(blob, magic.size());
            QByteArray cipher, kdf, kdfOptions, publicKey;
            quint32 count = 0;
            if (reader.readString(&cipher) && reader.readString(&kdf) &&
                reader.readString(&kdfOptions) && reader.readUint32(&count) && count >= 1 &&
                reader.readString(&publicKey)) {
                info.encrypted = cipher != "none";
                info.type = HostKey::typeOfBlob(publicKey);
            }
        }
        return info;
    }
    if (label == QLatin1String("RSA"))
        info.type = QStringLiteral("ssh-rsa");
    else if (label == QLatin1String("EC"))
        info.type = QStringLiteral("ecdsa-sha2");
    else if (label == QLatin1String("DSA"))
        info.type = QStringLiteral("ssh-dss");
    else
        info.type = typeFromPub();
    info.encrypted = text.contains("Proc-Type: 4,ENCRYPTED") || label == QLatin1String("ENCRYPTED");
    return info;
}

} // namespace Ocw::Core
