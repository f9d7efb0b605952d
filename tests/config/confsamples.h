#pragma once

// Shared by the config tests: both release definitions and one valid set of values per
// definition, chosen by role so that the same rows run against renamed keys.

#include "core/config/confvalidator.h"
#include "core/config/hoconfile.h"
#include "core/model/releasedefinition.h"

#include <QHash>
#include <QString>
#include <QTest>
#include <QVariant>

namespace ConfSamples {

using namespace Ocw::Core;

inline QString renamedPath()
{
    return QStringLiteral(OCW_SOURCE_DIR "/tests/data/releases/test-renamed.json");
}

// "current" (built in) or "renamed" (the test-only file).
inline ReleaseDefinition definition(const QString &which)
{
    const Expected<ReleaseDefinition> d = ReleaseDefinition::load(
        which == QLatin1String("renamed") ? renamedPath() : QStringLiteral("octane-current"));
    if (!d)
        qFatal("%s: %s", qPrintable(d.error().message), qPrintable(d.error().details));
    return *d;
}

inline ConfContext context()
{
    ConfContext c;
    c.databaseHost = QStringLiteral("db.lab");
    c.nodes = QStringList{QStringLiteral("octane1.lab"), QStringLiteral("octane2.lab"),
                          QStringLiteral("octane3.lab")};
    c.firstNode = QStringLiteral("octane1.lab");
    c.repositoryDir = QStringLiteral("/srv/octane-repo");
    return c;
}

inline QStringList sampleSecrets()
{
    return {QStringLiteral("Db-Admin-Secret1"), QStringLiteral("Schema-Secret22"),
            QStringLiteral("Site-Admin-Secret3"), QStringLiteral("Dist-Secret-444")};
}

// A valid value for every key of the definition, by role; keys without a role take their default.
inline QVariant sampleValue(const ConfKey &key)
{
    switch (key.role) {
    case ConfRole::DbType:
        return key.values.first();
    case ConfRole::ConnectionString:
        return QStringLiteral("jdbc:oracle:thin:@//db.lab:1521/OCTANE");
    case ConfRole::DbAdminUser:
        return QStringLiteral("system");
    case ConfRole::DbAdminPassword:
        return sampleSecrets().at(0);
    case ConfRole::SchemaName:
        return QStringLiteral("octane_site");
    case ConfRole::SchemaPassword:
        return sampleSecrets().at(1);
    case ConfRole::TableSpace:
        return QStringLiteral("USERS");
    case ConfRole::TempTableSpace:
        return QStringLiteral("TEMP");
    case ConfRole::SiteAction:
        return key.values.first();
    case ConfRole::RepositoryFolder:
        return QStringLiteral("/srv/octane-repo");
    case ConfRole::SiteAdminUser:
        return QStringLiteral("admin@example.com");
    case ConfRole::SiteAdminPassword:
        return sampleSecrets().at(2);
    case ConfRole::ElasticHost:
        return QStringLiteral("es.lab");
    case ConfRole::ElasticClusterName:
        return QStringLiteral("octane-es");
    case ConfRole::NodeList:
        return context().nodes;
    case ConfRole::ClusterPassword:
        return sampleSecrets().at(3);
    default:
        return key.defaultValue;
    }
}

// A new configuration file holding every key of the definition, written in schema order.
inline HoconFile sampleFile(const ReleaseDefinition &definition)
{
    HoconFile file;
    for (const ConfKey &key : definition.confKeys()) {
        const Expected<Done> done =
            file.set(key.path, sampleValue(key),
                     key.type == ConfKeyType::Enum ? HoconFile::StringStyle::BareWhenPossible
                                                   : HoconFile::StringStyle::Quoted);
        if (!done)
            qFatal("set %s: %s", qPrintable(key.path), qPrintable(done.error().message));
    }
    return file;
}

} // namespace ConfSamples
