#include "secretnames.h"

#include <QFileInfo>

namespace Ocw::Core {

namespace {
const QLatin1String kConfPrefix("conf:");
} // namespace

QString SecretNames::sshPassword()
{
    return QStringLiteral("ssh-password");
}

QString SecretNames::keyPassphrase()
{
    return QStringLiteral("key-passphrase");
}

QString SecretNames::sudoPassword()
{
    return QStringLiteral("sudo-password");
}

QStringList SecretNames::loginNames()
{
    return {sshPassword(), keyPassphrase(), sudoPassword()};
}

QString SecretNames::forNode(const QString &name, const QString &host)
{
    return name + QLatin1Char('@') + host;
}

QString SecretNames::baseName(const QString &name)
{
    return name.section(QLatin1Char('@'), 0, 0);
}

QString SecretNames::nodeOf(const QString &name)
{
    return name.section(QLatin1Char('@'), 1);
}

QString SecretNames::forConf(const QString &keyPath)
{
    return kConfPrefix + keyPath;
}

bool SecretNames::isConf(const QString &name)
{
    return name.startsWith(kConfPrefix);
}

QString SecretNames::confKeyOf(const QString &name)
{
    return isConf(name) ? name.mid(kConfPrefix.size()) : QString();
}

QString SecretNames::scopeFor(const ClusterProfile &profile, const QString &profilePath)
{
    if (!profile.name.isEmpty())
        return profile.name;
    if (!profilePath.isEmpty())
        return QFileInfo(profilePath).completeBaseName();
    return QStringLiteral("default");
}

} // namespace Ocw::Core
