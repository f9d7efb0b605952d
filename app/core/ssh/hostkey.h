#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace Ocw::Core {

// A server's public host key as a value: its SSH type name and the raw key blob (the bytes
// that known_hosts stores in base64). Any thread; copied freely.
struct HostKey
{
    QString type;    // "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa", ...
    QByteArray blob; // raw public key blob (SSH wire format)

    bool isValid() const { return !type.isEmpty() && !blob.isEmpty(); }

    // "SHA256:" + base64 without padding, exactly as `ssh-keygen -lf` prints it.
    QString fingerprintSha256() const;
    // "<hostPattern> <type> <base64>", one known_hosts line without the newline.
    QString toOpenSshLine(const QString &hostPattern) const;
    QString blobBase64() const;

    // Builds a key from the type and base64 fields of a known_hosts or .pub line; the type is
    // checked against the one inside the blob. Returns an invalid key on malformed input.
    static HostKey fromBase64(const QString &type, const QByteArray &base64);
    // The type name stored at the start of an SSH key blob, or empty if malformed.
    static QString typeOfBlob(const QByteArray &blob);

    friend bool operator==(const HostKey &a, const HostKey &b)
    {
        return a.type == b.type && a.blob == b.blob;
    }
    friend bool operator!=(const HostKey &a, const HostKey &b) { return !(a == b); }
};

} // namespace Ocw::Core

Q_DECLARE_METATYPE(Ocw::Core::HostKey)
