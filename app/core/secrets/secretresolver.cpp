#include "secretresolver.h"

#include "../base/tr.h"

#include <QFile>

namespace Ocw::Core {

bool SecretResolver::isKeyFileEncrypted(const QString &path)
{
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = file.read(64 * 1024);
    if (text.contains("ENCRYPTED"))
        return true; // PEM: "Proc-Type: 4,ENCRYPTED" or "BEGIN ENCRYPTED PRIVATE KEY"
    const int begin = text.indexOf("-----BEGIN OPENSSH PRIVATE KEY-----");
    if (begin < 0)
        return false;
    const int end = text.indexOf("-----END", begin + 10);
    QByteArray body = text.mid(begin + 35, end - begin - 35);
    body = QByteArray::fromBase64(body.simplified().replace(' ', ""));
    // openssh-key-v1\0, then the cipher name as a length-prefixed string: "none" if clear.
    const QByteArray magic("openssh-key-v1\0", 15);
    if (!body.startsWith(magic) || body.size() < 19)
        return false;
    const auto *p = reinterpret_cast<const uchar *>(body.constData() + 15);
    const quint32 len =
        (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    return body.mid(19, int(len)) != "none";
}

QList<SecretNeed> SecretResolver::needs(const ClusterProfile &profile)
{
    QList<SecretNeed> list;
    for (const Node &n : profile.nodes) {
        const SshTarget t = profile.sshTargetFor(n);
        if (t.auth == AuthMethod::Password || t.auth == AuthMethod::KeyboardInteractive) {
            list.append({QStringLiteral("ssh-password"), n.host,
                         Tr::tr("SSH password of %1 on %2").arg(t.user, n.host)});
        } else if (t.auth == AuthMethod::KeyFile && isKeyFileEncrypted(t.keyFile)) {
            list.append({QStringLiteral("key-passphrase"), n.host,
                         Tr::tr("passphrase of the key %1").arg(t.keyFile)});
        }
    }
    return list;
}

QString SecretResolver::lookup(const QHash<QString, QString> &secrets, const QString &name,
                               const QString &node)
{
    const QString perNode = name + QLatin1Char('@') + node;
    if (secrets.contains(perNode))
        return secrets.value(perNode);
    return secrets.value(name);
}

QList<SshTarget> SecretResolver::targets(const ClusterProfile &profile,
                                         const QHash<QString, QString> &secrets)
{
    QList<SshTarget> list;
    for (const Node &n : profile.nodes) {
        SshTarget t = profile.sshTargetFor(n);
        t.password = lookup(secrets, QStringLiteral("ssh-password"), n.host);
        t.passphrase = lookup(secrets, QStringLiteral("key-passphrase"), n.host);
        list.append(t);
    }
    return list;
}

QHash<QString, QString> SecretResolver::sudoPasswords(const ClusterProfile &profile,
                                                      const QHash<QString, QString> &secrets)
{
    QHash<QString, QString> map;
    for (const Node &n : profile.nodes) {
        QString sudo = lookup(secrets, QStringLiteral("sudo-password"), n.host);
        if (sudo.isEmpty())
            sudo = lookup(secrets, QStringLiteral("ssh-password"), n.host);
        if (!sudo.isEmpty())
            map.insert(n.host, sudo);
    }
    return map;
}

QHash<QString, QString> SecretResolver::parseLines(const QByteArray &text)
{
    QHash<QString, QString> map;
    for (QByteArray line : text.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith('#'))
            continue;
        const int eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        map.insert(QString::fromUtf8(line.left(eq).trimmed()), QString::fromUtf8(line.mid(eq + 1)));
    }
    return map;
}

} // namespace Ocw::Core
