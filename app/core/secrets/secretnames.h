#pragma once

#include "../model/clusterprofile.h"

#include <QString>
#include <QStringList>

namespace Ocw::Core {

// The one owner of the names secrets go by, in the keychain, on --secrets-stdin and in the
// wizard's memory: the login secrets ("ssh-password", "key-passphrase", "sudo-password"), each
// shared or for one node ("ssh-password@octane2.corp", which wins over the shared one), the
// octane.conf secrets ("conf:<key path>"), and the keychain scope that separates profiles.
// The acceptance tests and users' stored keychains depend on these exact strings.
// Pure, any thread.
class SecretNames
{
public:
    static QString sshPassword();   // "ssh-password"
    static QString keyPassphrase(); // "key-passphrase"
    static QString sudoPassword();  // "sudo-password"
    // The three above, in this order (the order the wizard shows them in).
    static QStringList loginNames();
    static bool isLoginName(const QString &name) { return loginNames().contains(name); }

    // `name` for one node only: "name@host", `host` as in the profile.
    static QString forNode(const QString &name, const QString &host);
    // "ssh-password" of "ssh-password@host" (and of "ssh-password").
    static QString baseName(const QString &name);
    // "host" of "ssh-password@host"; empty for a shared name.
    static QString nodeOf(const QString &name);
    static bool isPerNode(const QString &name) { return name.contains(QLatin1Char('@')); }

    // The secret octane.conf setting `keyPath` ("site-admin-password"): "conf:site-admin-password".
    static QString forConf(const QString &keyPath);
    static bool isConf(const QString &name);
    static QString confKeyOf(const QString &name); // the key path of a "conf:" name

    // The keychain scope of a profile's secrets: its name, else the file's base name, else
    // "default". The one rule the wizard and the command line share.
    static QString scopeFor(const ClusterProfile &profile, const QString &profilePath);
};

} // namespace Ocw::Core
