#pragma once

#include "../model/clusterprofile.h"
#include "secretnames.h"

#include <QHash>
#include <QList>

namespace Ocw::Core {

// One secret a run needs, e.g. {"ssh-password", "octane2.lab"}. A value stored under
// "name@node" wins over one stored under the shared "name".
struct SecretNeed
{
    QString name;
    QString node;
    QString description;

    QString nodeKey() const { return SecretNames::forNode(name, node); }
};

// Works out which secrets a profile needs (named by SecretNames) (passwords for password and
// keyboard-interactive logins, passphrases for encrypted key files) and puts them into the SSH
// targets. Pure, any thread.
class SecretResolver
{
public:
    static QList<SecretNeed> needs(const ClusterProfile &profile);
    static bool isKeyFileEncrypted(const QString &path);
    // Looks `name@node` up, then `name`. Empty when neither is there.
    static QString lookup(const QHash<QString, QString> &secrets, const QString &name,
                          const QString &node);
    // SSH targets with their secrets filled in from `secrets`.
    static QList<SshTarget> targets(const ClusterProfile &profile,
                                    const QHash<QString, QString> &secrets);
    // Per node: the sudo password (explicit "sudo-password", else the login password).
    static QHash<QString, QString> sudoPasswords(const ClusterProfile &profile,
                                                 const QHash<QString, QString> &secrets);
    // Parses `name=value` lines (stdin of --secrets-stdin). Blank lines and # comments skipped.
    static QHash<QString, QString> parseLines(const QByteArray &text);
};

} // namespace Ocw::Core
