#include "sshtarget.h"

#include <QDir>

namespace Ocw::Core {

QString authMethodName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::KeyFile:
        return QStringLiteral("key");
    case AuthMethod::Password:
        return QStringLiteral("password");
    case AuthMethod::KeyboardInteractive:
        return QStringLiteral("keyboard-interactive");
    case AuthMethod::Agent:
        return QStringLiteral("agent");
    }
    return QString();
}

bool parseAuthMethod(const QString &name, AuthMethod *method)
{
    for (AuthMethod m : {AuthMethod::KeyFile, AuthMethod::Password, AuthMethod::KeyboardInteractive,
                         AuthMethod::Agent}) {
        if (authMethodName(m) == name) {
            *method = m;
            return true;
        }
    }
    return false;
}

QString expandHome(const QString &path)
{
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

} // namespace Ocw::Core
