#include "sshtarget.h"

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

} // namespace Ocw::Core
