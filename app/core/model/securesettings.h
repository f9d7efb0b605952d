#pragma once

#include "../base/expected.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Ocw::Core {

// The profile's "secure" object: what the secure deployment (steps 3 and 7) applies to every
// node. Never a secret: the keystore's password lives in the keychain
// (conf:server.keystore-password). Absent: the cluster is not secured by the wizard.
struct SecureSettings
{
    static inline const QString SelfSigned = QStringLiteral("self-signed");

    bool present = false;    // the profile has a "secure" object
    bool enabled = false;    // part of `install --phase all`
    QString keystore;        // "self-signed", or a PKCS12 file on the workstation
    int httpsPort = 8443;    // octane.conf's HTTPS port (and jetty.xml's SecurePort)
    bool forceHttps = false; // web.xml's CONFIDENTIAL constraint: plain HTTP is redirected
    bool permissions = true; // octane.conf and the keystore 0600, the conf folder not others'
    QString vendorKey;       // the vendor's package signing key (rpm --import), optional
    QString tlsMinimum = QStringLiteral("TLSv1.2");

    bool isSelfSigned() const { return keystore == SelfSigned; }

    // `value` of "secure" (undefined: not present). Errors name the field ("secure.httpsPort").
    static Expected<SecureSettings> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
};

} // namespace Ocw::Core
