#include "secretresolver.h"

#include "../base/tr.h"
#include "../ssh/keyfileinfo.h"

#include <QFile>

namespace Ocw::Core {

bool SecretResolver::isKeyFileEncrypted(const QString &path)
{
    return !path.isEmpty() && KeyFileInfo::inspect(path).encrypted;
}

QList<SecretNeed> SecretResolver::needs(const ClusterProfile &profile)
{
    QList<SecretNeed> list;
    for (const Node &n : profile.nodes) {
        const SshTarget t = profile.sshTargetFor(n);
        if (t.auth == AuthMethod::Password || t.auth == AuthMethod::KeyboardInteractive) {
            list.append({SecretNames::sshPassword(), n.host,
                         Tr::tr("SSH password of %1 on %2").arg(t.user, n.host)});
        } else if (t.auth == AuthMethod::KeyFile && isKeyFileEncrypted(t.keyFile)) {
            list.append({SecretNames::keyPassphrase(), n.host,
                         Tr::tr("passphrase of the key %1").arg(t.keyFile)});
        }
    }
    return list;
}

QString SecretResolver::lookup(const QHash<QString, QString> &secrets, const QString &name,
                               const QString &node)
{
    const QString perNode = SecretNames::forNode(name, node);
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
        t.password = lookup(secrets, SecretNames::sshPassword(), n.host);
        t.passphrase = lookup(secrets, SecretNames::keyPassphrase(), n.host);
        list.append(t);
    }
    return list;
}

QHash<QString, QString> SecretResolver::sudoPasswords(const ClusterProfile &profile,
                                                      const QHash<QString, QString> &secrets)
{
    QHash<QString, QString> map;
    for (const Node &n : profile.nodes) {
        QString sudo = lookup(secrets, SecretNames::sudoPassword(), n.host);
        if (sudo.isEmpty())
            sudo = lookup(secrets, SecretNames::sshPassword(), n.host);
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
