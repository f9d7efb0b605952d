#pragma once

#include <QString>

namespace Ocw::Core {

// What kind of private key a file holds, without decrypting it: the OpenSSH format keeps the
// public key in clear; PEM names the algorithm in its label; PKCS#8 needs the .pub next to it.
// Used by the session (to explain a key that cannot work) and by the secret resolver (to ask
// for a passphrase only when the key has one).
struct KeyFileInfo
{
    QString type; // "ssh-ed25519", "ssh-rsa", ... or empty when unknown
    bool encrypted = false;
    bool isPublicKey = false; // the user picked the .pub file
    bool readable = false;
    QString readError;

    static KeyFileInfo inspect(const QString &path);
};

} // namespace Ocw::Core
