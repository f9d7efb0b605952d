#pragma once

#include "../base/canceltoken.h"
#include "../base/expected.h"
#include "../model/clusterprofile.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Ocw::Core {

// The keystore the secure deployment copies to every node, read on the workstation before any
// node is touched: a PKCS12 file opened with its password (a wrong password or another format
// is found here, not by a server that fails to start), or a self-signed one made for a test
// cluster with every node's and the load balancer's names. Its bytes hold the private key:
// memory only, never a file of ours that outlives the call.
struct KeystoreMaterial
{
    QByteArray bytes;          // the PKCS12 file
    QString sha256Fingerprint; // of its certificate, "AB:CD:…" (what the checks trust)
    QString subject;
    QStringList names; // subject alternative names
    QDateTime notAfter;

    static Expected<KeystoreMaterial> load(const QString &path, const QString &password);
    // `names`: DNS names or IP addresses (the first is the subject's CN). Made with openssl in
    // a fresh private folder that is removed before this returns; the password reaches
    // openssl on its stdin, never on a command line.
    static Expected<KeystoreMaterial> selfSigned(const QStringList &names, const QString &password,
                                                 int days = 825, const CancelToken &cancel = {});
    // The names a self-signed certificate of `profile` covers: every node and the load balancer.
    static QStringList namesFor(const ClusterProfile &profile);
    // Opens PKCS12 bytes with `password`; `origin` names them in errors.
    static Expected<KeystoreMaterial> fromBytes(const QByteArray &bytes, const QString &password,
                                                const QString &origin);
};

} // namespace Ocw::Core
