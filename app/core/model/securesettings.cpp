#include "securesettings.h"

#include "../base/tr.h"

#include <QDir>

namespace Ocw::Core {

namespace {
Error secureError(const QString &key, const QString &what)
{
    return makeError(ErrorCode::InvalidInput,
                     Tr::tr("Profile field \"secure.%1\": %2").arg(key, what));
}
} // namespace

Expected<SecureSettings> SecureSettings::fromJson(const QJsonValue &value)
{
    SecureSettings s;
    if (value.isUndefined() || value.isNull())
        return s;
    if (!value.isObject())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Profile field \"secure\": must be an object"));
    const QJsonObject o = value.toObject();
    static const QStringList known{QStringLiteral("enabled"),     QStringLiteral("keystore"),
                                   QStringLiteral("httpsPort"),   QStringLiteral("forceHttps"),
                                   QStringLiteral("permissions"), QStringLiteral("vendorKey"),
                                   QStringLiteral("tlsMinimum")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return secureError(it.key(), Tr::tr("is not a setting of the secure deployment (%1)")
                                             .arg(known.join(QStringLiteral(", "))));
    }
    s.present = true;
    for (const auto &[key, out] : {std::pair{QStringLiteral("enabled"), &s.enabled},
                                   std::pair{QStringLiteral("forceHttps"), &s.forceHttps},
                                   std::pair{QStringLiteral("permissions"), &s.permissions}}) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            continue;
        if (!v.isBool())
            return secureError(key, Tr::tr("must be true or false"));
        *out = v.toBool();
    }
    for (const auto &[key, out] : {std::pair{QStringLiteral("keystore"), &s.keystore},
                                   std::pair{QStringLiteral("vendorKey"), &s.vendorKey},
                                   std::pair{QStringLiteral("tlsMinimum"), &s.tlsMinimum}}) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            continue;
        if (!v.isString())
            return secureError(key, Tr::tr("must be a string"));
        *out = v.toString();
    }
    if (s.keystore.isEmpty())
        return secureError(QStringLiteral("keystore"),
                           Tr::tr("give \"self-signed\" (a test cluster) or the path of a PKCS12 "
                                  "keystore (.p12) on this workstation"));
    if (!s.isSelfSigned() && !QDir::isAbsolutePath(s.keystore))
        return secureError(
            QStringLiteral("keystore"),
            Tr::tr("\"%1\" is neither \"self-signed\" nor an absolute path").arg(s.keystore));
    if (!s.vendorKey.isEmpty() && !QDir::isAbsolutePath(s.vendorKey))
        return secureError(QStringLiteral("vendorKey"),
                           Tr::tr("\"%1\" is not an absolute path").arg(s.vendorKey));
    if (s.tlsMinimum != QLatin1String("TLSv1.2") && s.tlsMinimum != QLatin1String("TLSv1.3"))
        return secureError(QStringLiteral("tlsMinimum"),
                           Tr::tr("\"%1\": only TLSv1.2 or TLSv1.3 (older versions are broken)")
                               .arg(s.tlsMinimum));
    const QJsonValue port = o.value(QStringLiteral("httpsPort"));
    if (!port.isUndefined()) {
        const double d = port.toDouble(-1);
        if (!port.isDouble() || d != double(int(d)) || d < 1 || d > 65535)
            return secureError(QStringLiteral("httpsPort"),
                               Tr::tr("must be a port number from 1 to 65535"));
        s.httpsPort = int(d);
    }
    return s;
}

QJsonObject SecureSettings::toJson() const
{
    QJsonObject o{
        {QStringLiteral("enabled"), enabled},         {QStringLiteral("keystore"), keystore},
        {QStringLiteral("httpsPort"), httpsPort},     {QStringLiteral("forceHttps"), forceHttps},
        {QStringLiteral("permissions"), permissions}, {QStringLiteral("tlsMinimum"), tlsMinimum}};
    if (!vendorKey.isEmpty())
        o.insert(QStringLiteral("vendorKey"), vendorKey);
    return o;
}

} // namespace Ocw::Core
