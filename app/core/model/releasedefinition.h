#pragma once

#include "../base/expected.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Ocw::Core {

// Where a fact of the release definition comes from. `confirmed` is false for what the public
// documentation does not state; the UI may flag such values, the code must not depend on them.
struct Provenance
{
    bool confirmed = false;
    QString source;
};

enum class ConfKeyType { String, Int, Bool, Enum, List, Secret };

// Where the secure deployment (steps 3 and 7) changes a node, as the release documents it or
// the wizard assumes (each fact marked in the file): the keystore's place and kinds, the
// octane.conf keys of the HTTPS settings, web.xml (forcing HTTPS), jetty.xml (its SecurePort),
// how the vendor's signing key is imported, and the oldest TLS version to allow.
struct SecureSpec
{
    QString keystoreFile; // template: {installDir}
    QStringList keystoreSuffixes;
    QString httpsPortKey;
    QString keystorePathKey;
    QString keystorePasswordKey; // a secret key of the schema
    QString tlsMinimumKey;
    QString webXml;              // template: {installDir}
    QString jettyXml;            // template: {installDir}; may be absent on a node
    QStringList vendorKeyImport; // argv with {key}
    QString tlsMinimum;

    bool isEmpty() const { return keystoreFile.isEmpty(); }
};

// When a key must have a value: always, never, only when the profile has several nodes, or
// only for some database types (ConfKey::requiredForDbTypes, e.g. table spaces for ORACLE).
enum class ConfRequirement { Optional, Always, InCluster, ForDatabase };

// What a key means to the wizard, independent of its name in a given release. The wizard fills
// and cross-checks keys by role (the node list from the profile, the JDBC host against the
// database server), so renaming a key is a data change only.
enum class ConfRole {
    None,
    DbType,
    ConnectionString,
    DbAdminUser,
    DbAdminPassword,
    SchemaName,
    SchemaPassword,
    TableSpace,
    TempTableSpace,
    SiteAction,
    RepositoryFolder,
    SiteAdminUser,
    SiteAdminPassword,
    ElasticHost,
    ElasticPort,
    ElasticClusterName,
    NodeList,
    ClusterPassword,
    HttpPort,
    HttpsPort,
};

struct ValidationRule
{
    enum class Kind {
        Regex, // `pattern` must match the whole value
        Range, // min <= value <= max
        Enum,  // one of the key's `values`
        Email,
        Jdbc,               // a JDBC URL of one of the definition's database kinds
        PasswordComplexity, // `minLength`, a capital, a lower-case letter, a digit or symbol
        EnglishOnly,        // printable ASCII only
        Host,               // one host name or IP address
        HostList,           // list of host names or IP addresses, no duplicates
    };
    Kind kind = Kind::Regex;
    QString pattern;
    QString message; // Regex: what to tell the user when it does not match
    qint64 min = 0;
    qint64 max = 0;
    int minLength = 8;

    static QString kindName(Kind kind);
};

// One key of the configuration file's schema.
struct ConfKey
{
    QString path; // HOCON path, e.g. "cluster.nodes"
    ConfKeyType type = ConfKeyType::String;
    ConfRequirement required = ConfRequirement::Optional;
    QStringList requiredForDbTypes; // ForDatabase: values of the key with role DbType
    bool secret = false;
    QVariant defaultValue; // invalid: no default
    QStringList values;    // Enum: the allowed values
    QList<ValidationRule> rules;
    QString help;
    QString group;
    ConfRole role = ConfRole::None;
    Provenance provenance;

    // `dbType`: the value of the key with role DbType, when known.
    bool isRequired(bool clustered, const QString &dbType = {}) const
    {
        switch (required) {
        case ConfRequirement::Optional:
            return false;
        case ConfRequirement::Always:
            return true;
        case ConfRequirement::InCluster:
            return clustered;
        case ConfRequirement::ForDatabase:
            return requiredForDbTypes.contains(dbType);
        }
        return false;
    }
};

// A log line the wizard waits for or recognises as a failure.
struct LogPattern
{
    QString id;
    QRegularExpression regex;
    bool fatal = true; // the server stops; false: it goes on (e.g. "Cluster is unhealthy")
    QString explanation;
    QString fix;
    Provenance provenance;
};

// How to install a package of one kind. Commands are argument vectors with {placeholders}
// ({package}, {installDir}, {installUser}, {service}); quote them with ShellQuote::join.
struct PackageKind
{
    QString name; // "rpm", "tar.gz"
    QStringList fileSuffixes;
    QStringList install;
    QStringList upgrade;        // empty: not supported
    QStringList installedQuery; // exit code 0 when a version is installed; empty: unknown
    QStringList verify;         // signature check; empty: none
    Provenance provenance;
};

struct ServiceCommands
{
    QString name;
    QStringList start;
    QStringList stop;
    QStringList status;
    Provenance provenance;
};

// Where the repository variable (OCTANE_REPOSITORY_DIR) is set on a node.
struct RepositoryEnv
{
    QString variable;
    QString file;         // e.g. /etc/environment
    QString lineTemplate; // e.g. "{variable}={value}"
    Provenance provenance;

    QString line(const QString &value) const;
};

struct DatabaseKind
{
    QString value;           // the value of the key with role DbType, e.g. "ORACLE"
    QString jdbcSubprotocol; // "oracle", "sqlserver"
    int defaultPort = 0;
    Provenance provenance;
};

// What differs between Octane releases, read from resources/releases/<id>.json (built in) or
// from a user's file, and validated strictly: every problem names its JSON path. A plain value
// type, cheap to copy, usable from any thread.
class ReleaseDefinition
{
public:
    static constexpr int CurrentSchemaVersion = 1;

    // `idOrPath`: a built-in id ("octane-current" -> :/releases/octane-current.json) or the path
    // of a .json file.
    static Expected<ReleaseDefinition> load(const QString &idOrPath);
    // `origin` names the definition in messages (a file name or an id).
    static Expected<ReleaseDefinition> fromJson(const QJsonObject &json,
                                                const QString &origin = {});
    static QString roleName(ConfRole role);
    static QString typeName(ConfKeyType type);

    QString id() const { return m_id; }
    QString title() const { return m_title; }
    QString installDir() const { return m_installDir; }
    QString installUser() const { return m_installUser; }

    // {installDir}, {installUser} and {service} of this definition, overridden by and merged
    // with `extra` (e.g. {"installDir", profile.installDir}, {"package", path}). One pass:
    // values are not expanded again. Unknown placeholders stay as they are (load() rejects them).
    QString expand(const QString &text, const QHash<QString, QString> &extra = {}) const;
    QStringList expand(const QStringList &argv, const QHash<QString, QString> &extra = {}) const;

    // Path templates as written in the definition; expand() them.
    QString confFileTemplate() const { return m_confFile; }
    QString repositoryConfFileTemplate() const { return m_repositoryConfFile; }
    QString hazelcastFileTemplate() const { return m_hazelcastFile; }
    QString logFileTemplate() const { return m_logFile; }
    QString appLogFileTemplate() const { return m_appLogFile; }
    // Expanded with this definition's install dir.
    QString confFile() const { return expand(m_confFile); }
    QString logFile() const { return expand(m_logFile); }
    QString hazelcastFile() const { return expand(m_hazelcastFile); }
    QString repositoryConfFile(const QString &repositoryDir) const;
    // The server's health endpoint (GET, no sign-in; 200 healthy, 500 not); empty when the
    // release has none (the verification then signs in for each reading).
    QString statusPath() const { return m_statusPath; }

    QString confOwner() const { return expand(m_confOwner); }
    int confMode() const { return m_confMode; } // e.g. 0600

    const RepositoryEnv &repositoryEnv() const { return m_repositoryEnv; }
    const SecureSpec &secure() const { return m_secure; } // empty: the release has none
    const ServiceCommands &service() const { return m_service; }
    const QList<PackageKind> &packageKinds() const { return m_packageKinds; }
    // The kind whose suffix ends `fileName`; nullopt when none does.
    std::optional<PackageKind> packageKindFor(const QString &fileName) const;

    const LogPattern &readyLine() const { return m_readyLine; }
    const QList<LogPattern> &failureLines() const { return m_failureLines; }
    bool isReadyLine(const QString &line) const;
    // The first failure pattern matching `line` (in file order: specific ones first, a
    // catch-all last). Check `fatal` before giving up on the server.
    std::optional<LogPattern> matchFailure(const QString &line) const;

    // Named ports ("http", "https", "cluster", ...); 0 when the name is unknown.
    int port(const QString &name) const { return m_ports.value(name); }
    const QMap<QString, int> &ports() const { return m_ports; }

    const QList<DatabaseKind> &databases() const { return m_databases; }
    std::optional<DatabaseKind> databaseFor(const QString &dbTypeValue) const;

    // The octane.conf schema, in file order.
    const QList<ConfKey> &confKeys() const { return m_keys; }
    const ConfKey *confKey(const QString &path) const;
    const ConfKey *confKey(ConfRole role) const;
    QString keyPath(ConfRole role) const; // empty when no key has the role
    QString nodeListKey() const { return keyPath(ConfRole::NodeList); }
    QStringList secretKeyPaths() const;
    QStringList groups() const; // in order of first appearance

    // JSON paths of the facts marked "confirmed": false.
    QStringList unconfirmedFacts() const { return m_unconfirmed; }

    // The definition as read, for readers of other blocks (Requirements reads "requirements").
    QJsonObject json() const { return m_json; }

private:
    QString m_id;
    QString m_title;
    QString m_installDir;
    QString m_installUser;
    QString m_confFile;
    QString m_repositoryConfFile;
    QString m_hazelcastFile;
    QString m_logFile;
    QString m_appLogFile;
    QString m_statusPath;
    QString m_confOwner;
    int m_confMode = 0600;
    RepositoryEnv m_repositoryEnv;
    SecureSpec m_secure;
    ServiceCommands m_service;
    QList<PackageKind> m_packageKinds;
    LogPattern m_readyLine;
    QList<LogPattern> m_failureLines;
    QMap<QString, int> m_ports;
    QList<DatabaseKind> m_databases;
    QList<ConfKey> m_keys;
    QStringList m_unconfirmed;
    QJsonObject m_json;

    friend class ReleaseDefinitionReader;
};

} // namespace Ocw::Core
