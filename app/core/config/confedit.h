#pragma once

#include "../base/expected.h"
#include "../model/releasedefinition.h"
#include "../model/securesettings.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace Ocw::Core {

class HoconFile;

// One change to octane.conf asked for on the command line (`reconfigure --set KEY=VALUE`):
// the key checked against the release definition's schema and the value converted to the
// key's type, so a typo is refused on the workstation before any node is touched. A secret key
// is named without a value (`--set site-admin-password`): its value comes from the keychain or
// --secrets-stdin, never from a command line that every local user can read in `ps`.
struct ConfEdit
{
    QString path;   // the HOCON key path, as the release definition names it
    QVariant value; // QString, int, bool or QStringList; for a secret: set from the secrets
    bool secret = false;

    // `argument`: "KEY=VALUE", or "KEY" for a secret key.
    static Expected<ConfEdit> parse(const QString &argument, const ReleaseDefinition &release);

    // The shared octane.conf's HTTPS settings of the secure deployment: its port, the keystore
    // at `keystoreFile`, the keystore's password (a secret: from the keychain when it runs),
    // the TLS minimum.
    static QList<ConfEdit> forSecureDeployment(const SecureSettings &secure, const SecureSpec &spec,
                                               const QString &keystoreFile);

    // Applies `edits` to `file` (only the values that differ are rewritten); the key paths
    // whose value changed, in the order of `edits`.
    static Expected<QStringList> apply(const QList<ConfEdit> &edits, HoconFile *file);
};

} // namespace Ocw::Core
