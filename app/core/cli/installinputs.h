#pragma once

#include "../base/canceltoken.h"
#include "../base/expected.h"
#include "../model/clusterprofile.h"
#include "../model/releasedefinition.h"
#include "../plan/phaseinputs.h"

#include <QHash>

#include <optional>

namespace Ocw::Core {

// What `install` and `plan` read before touching any node: the profile (validated), its
// release definition, the package (readable, of a kind the release installs, its SHA-256), and
// — for `install` — the secrets (keychain, else stdin `name=value`). Errors are bad input
// (exit 2), one line naming what and where.
struct InstallInputs
{
    QString profilePath;
    ClusterProfile profile;
    ReleaseDefinition release;
    QString packagePath;
    qint64 packageBytes = 0;
    QString packageSha256;
    QHash<QString, QString> secrets;     // ssh-password, key-passphrase, sudo-password (@node)
    QHash<QString, QString> confSecrets; // octane.conf key path -> value
    // The secure deployment (loadSecure): the keystore (holds its private key: memory only),
    // its certificate's fingerprint, the vendor's signing key.
    QByteArray keystoreBytes;
    QString keystoreFingerprint;
    QByteArray vendorKeyBytes;

    // `packageRequired` false (verify): no package is read and none is needed.
    static Expected<InstallInputs> load(const QString &profilePath, const QString &packagePath,
                                        bool packageRequired = true);
    // Reads the secrets the run needs; a missing one is an error naming it.
    // Reading stdin ends early when `cancel` is set (SIGINT/SIGTERM).
    // `nodes`: the nodes the run logs in to (empty: the first node only).
    // `confKeys`: the octane.conf secrets the run uses (nullopt: every one of the release;
    // verify needs only the site admin's password to sign in, restart none).
    Expected<Done> loadSecrets(bool fromStdin, const CancelToken &cancel = {},
                               const QStringList &nodes = {},
                               const std::optional<QStringList> &confKeys = std::nullopt);

    // For a plan with the secure deployment, after loadSecrets: the keystore password
    // (conf:server.keystore-password, keychain or stdin), the keystore opened with it on this
    // workstation (or a self-signed one made for the profile's nodes and load balancer), the
    // vendor key read. Errors are bad input naming the file or the secret.
    Expected<Done> loadSecure(const CancelToken &cancel = {});

    // What every phase runs with: the package, the octane.conf secrets and each node's sudo
    // password (the explicit one, else the login password).
    PhaseInputs phaseInputs() const;
};

} // namespace Ocw::Core
