#pragma once

#include <QString>

namespace Ocw::Core {

enum class AuthMethod { KeyFile, Password, KeyboardInteractive, Agent };

// Everything needed to open one SSH session to one node. Secrets (password, passphrase) live
// here in memory only for the life of the session; they are never logged or written.
struct SshTarget
{
    QString nodeName; // the node as the user named it, used in every message
    QString host;     // what to connect to: a name, an IPv4 or an IPv6 address
    quint16 port = 22;
    QString user;
    AuthMethod auth = AuthMethod::KeyFile;
    QString keyFile;    // private key path for AuthMethod::KeyFile
    QString password;   // for Password and KeyboardInteractive
    QString passphrase; // for an encrypted key file
    int connectTimeoutMs = 10000;
};

QString authMethodName(AuthMethod method); // "key", "password", "keyboard-interactive", "agent"
bool parseAuthMethod(const QString &name, AuthMethod *method);
// "~" and "~/…" in a key file path, as OpenSSH reads them; other paths as they are.
QString expandHome(const QString &path);

} // namespace Ocw::Core
