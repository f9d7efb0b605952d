#include "releasedefinition.h"

#include "../base/tr.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace Ocw::Core {

namespace {

const QRegularExpression &placeholderRe()
{
    static const QRegularExpression re(QStringLiteral("\\{([A-Za-z]+)\\}"));
    return re;
}

QString expandOnce(const QString &text, const QHash<QString, QString> &vars)
{
    QString out;
    int last = 0;
    auto it = placeholderRe().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const auto found = vars.constFind(m.captured(1));
        out += found != vars.constEnd() ? *found : m.captured(0);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

struct RoleName
{
    ConfRole role;
    const char *name;
};

const RoleName roleNames[] = {
    {ConfRole::DbType, "dbType"},
    {ConfRole::ConnectionString, "connectionString"},
    {ConfRole::DbAdminUser, "dbAdminUser"},
    {ConfRole::DbAdminPassword, "dbAdminPassword"},
    {ConfRole::SchemaName, "schemaName"},
    {ConfRole::SchemaPassword, "schemaPassword"},
    {ConfRole::TableSpace, "tableSpace"},
    {ConfRole::TempTableSpace, "tempTableSpace"},
    {ConfRole::SiteAction, "siteAction"},
    {ConfRole::RepositoryFolder, "repositoryFolder"},
    {ConfRole::SiteAdminUser, "siteAdminUser"},
    {ConfRole::SiteAdminPassword, "siteAdminPassword"},
    {ConfRole::ElasticHost, "elasticHost"},
    {ConfRole::ElasticPort, "elasticPort"},
    {ConfRole::ElasticClusterName, "elasticClusterName"},
    {ConfRole::NodeList, "nodeList"},
    {ConfRole::ClusterPassword, "clusterPassword"},
    {ConfRole::HttpPort, "httpPort"},
    {ConfRole::HttpsPort, "httpsPort"},
};

struct TypeName
{
    ConfKeyType type;
    const char *name;
};

const TypeName typeNames[] = {
    {ConfKeyType::String, "string"}, {ConfKeyType::Int, "int"},   {ConfKeyType::Bool, "bool"},
    {ConfKeyType::Enum, "enum"},     {ConfKeyType::List, "list"}, {ConfKeyType::Secret, "secret"},
};

using RuleKind = ValidationRule::Kind;

const RuleKind allRuleKinds[] = {
    RuleKind::Regex,       RuleKind::Range, RuleKind::Enum,
    RuleKind::Email,       RuleKind::Jdbc,  RuleKind::PasswordComplexity,
    RuleKind::EnglishOnly, RuleKind::Host,  RuleKind::HostList,
};

// The JDBC drivers ConfValidator can parse.
const QStringList knownJdbcSubprotocols{QStringLiteral("oracle"), QStringLiteral("sqlserver")};

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

} // namespace

QString ValidationRule::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Regex:
        return QStringLiteral("regex");
    case Kind::Range:
        return QStringLiteral("range");
    case Kind::Enum:
        return QStringLiteral("enum");
    case Kind::Email:
        return QStringLiteral("email");
    case Kind::Jdbc:
        return QStringLiteral("jdbc");
    case Kind::PasswordComplexity:
        return QStringLiteral("password-complexity");
    case Kind::EnglishOnly:
        return QStringLiteral("english-only");
    case Kind::Host:
        return QStringLiteral("host");
    case Kind::HostList:
        return QStringLiteral("hostlist");
    }
    return QString();
}

QString RepositoryEnv::line(const QString &value) const
{
    return expandOnce(lineTemplate,
                      {{QStringLiteral("variable"), variable}, {QStringLiteral("value"), value}});
}

// Reads and checks one definition; collects every problem with its JSON path.
class ReleaseDefinitionReader
{
public:
    ReleaseDefinition def;
    QStringList problems;

    void read(const QJsonObject &root);

private:
    void problem(const QString &path, const QString &what)
    {
        problems.append(path + QStringLiteral(": ") + what);
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString index(const QString &path, int i)
    {
        return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
    }

    void checkKeys(const QJsonObject &o, const QString &path, const QStringList &allowed);
    Provenance readProvenance(const QJsonObject &o, const QString &path, bool defaultConfirmed);
    // A bare value or {"value": ..., "confirmed": ..., "source": ...}.
    QJsonValue unwrap(const QJsonValue &v, const QString &path, Provenance *provenance);
    QJsonObject object(const QJsonObject &o, const QString &key, const QString &path,
                       bool required);
    QString string(const QJsonObject &o, const QString &key, const QString &path, bool required,
                   Provenance *provenance = nullptr);
    QStringList stringList(const QJsonValue &v, const QString &path, bool required);
    QStringList command(const QJsonObject &o, const QString &key, const QString &path,
                        bool required, const QSet<QString> &placeholders,
                        const QString &mustContain = {});
    bool optBool(const QJsonObject &o, const QString &key, const QString &path, bool fallback);
    void checkTemplate(const QString &text, const QString &path, const QSet<QString> &allowed);
    QString pathTemplate(const QJsonObject &o, const QString &key, const QString &path,
                         bool required, const QSet<QString> &allowed);
    QRegularExpression regex(const QJsonObject &o, const QString &key, const QString &path);
    int portValue(const QJsonValue &v, const QString &path);

    void readPaths(const QJsonObject &root);
    void readRepositoryEnv(const QJsonObject &root);
    void readService(const QJsonObject &root);
    void readPackages(const QJsonObject &root);
    void readLog(const QJsonObject &root);
    LogPattern readPattern(const QJsonObject &o, const QString &path, bool withTexts);
    void readPorts(const QJsonObject &root);
    void readDatabases(const QJsonObject &root);
    void readConfig(const QJsonObject &root);
    void readSecure(const QJsonObject &root);
    ConfKey readKey(const QJsonObject &o, const QString &path);
    void readRules(const QJsonValue &v, const QString &path, ConfKey *key);
    void checkDefault(const QJsonValue &v, const QString &path, ConfKey *key);
    void checkRoles(const QString &path);
    void checkRequirements(const QJsonObject &root);
};

void ReleaseDefinitionReader::checkKeys(const QJsonObject &o, const QString &path,
                                        const QStringList &allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        // "_comment" and the like are notes for the people editing the file.
        if (!allowed.contains(it.key()) && !it.key().startsWith(QLatin1Char('_')))
            problem(
                join(path, it.key()),
                Tr::tr("unknown key (expected one of %1)").arg(allowed.join(QStringLiteral(", "))));
    }
}

Provenance ReleaseDefinitionReader::readProvenance(const QJsonObject &o, const QString &path,
                                                   bool defaultConfirmed)
{
    Provenance p;
    p.confirmed = optBool(o, QStringLiteral("confirmed"), path, defaultConfirmed);
    const QJsonValue source = o.value(QStringLiteral("source"));
    if (!source.isUndefined() && !source.isString())
        problem(join(path, QStringLiteral("source")), Tr::tr("must be a string"));
    p.source = source.toString();
    if (!p.confirmed) {
        if (p.source.trimmed().isEmpty())
            problem(join(path, QStringLiteral("source")),
                    Tr::tr("an unconfirmed fact needs a source note"));
        def.m_unconfirmed.append(path);
    }
    return p;
}

QJsonValue ReleaseDefinitionReader::unwrap(const QJsonValue &v, const QString &path,
                                           Provenance *provenance)
{
    if (v.isObject() && v.toObject().contains(QStringLiteral("value"))) {
        const QJsonObject o = v.toObject();
        checkKeys(o, path,
                  {QStringLiteral("value"), QStringLiteral("confirmed"), QStringLiteral("source")});
        const Provenance p = readProvenance(o, path, true);
        if (provenance)
            *provenance = p;
        return o.value(QStringLiteral("value"));
    }
    if (provenance)
        *provenance = Provenance{true, {}};
    return v;
}

QJsonObject ReleaseDefinitionReader::object(const QJsonObject &o, const QString &key,
                                            const QString &path, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            problem(join(path, key), Tr::tr("missing"));
        return {};
    }
    if (!v.isObject()) {
        problem(join(path, key), Tr::tr("must be an object"));
        return {};
    }
    return v.toObject();
}

QString ReleaseDefinitionReader::string(const QJsonObject &o, const QString &key,
                                        const QString &path, bool required, Provenance *provenance)
{
    const QString p = join(path, key);
    const QJsonValue raw = o.value(key);
    if (raw.isUndefined()) {
        if (required)
            problem(p, Tr::tr("missing"));
        return {};
    }
    const QJsonValue v = unwrap(raw, p, provenance);
    if (!v.isString()) {
        problem(p, Tr::tr("must be a string"));
        return {};
    }
    if (required && v.toString().trimmed().isEmpty())
        problem(p, Tr::tr("must not be empty"));
    return v.toString();
}

QStringList ReleaseDefinitionReader::stringList(const QJsonValue &v, const QString &path,
                                                bool required)
{
    if (!v.isArray()) {
        problem(path, Tr::tr("must be an array of strings"));
        return {};
    }
    QStringList out;
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString() || a.at(i).toString().isEmpty())
            problem(index(path, i), Tr::tr("must be a non-empty string"));
        else
            out.append(a.at(i).toString());
    }
    if (required && a.isEmpty())
        problem(path, Tr::tr("must not be empty"));
    return out;
}

QStringList ReleaseDefinitionReader::command(const QJsonObject &o, const QString &key,
                                             const QString &path, bool required,
                                             const QSet<QString> &placeholders,
                                             const QString &mustContain)
{
    const QString p = join(path, key);
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            problem(p, Tr::tr("missing"));
        return {};
    }
    // An argument vector, never a shell line: every argument is quoted on its own when run.
    const QStringList argv = stringList(v, p, true);
    for (int i = 0; i < argv.size(); ++i)
        checkTemplate(argv.at(i), index(p, i), placeholders);
    if (!mustContain.isEmpty() && !argv.isEmpty() &&
        !argv.join(QLatin1Char(' ')).contains(QLatin1Char('{') + mustContain + QLatin1Char('}'))) {
        problem(p, Tr::tr("must contain {%1}").arg(mustContain));
    }
    return argv;
}

bool ReleaseDefinitionReader::optBool(const QJsonObject &o, const QString &key, const QString &path,
                                      bool fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        problem(join(path, key), Tr::tr("must be true or false"));
        return fallback;
    }
    return v.toBool();
}

void ReleaseDefinitionReader::checkTemplate(const QString &text, const QString &path,
                                            const QSet<QString> &allowed)
{
    auto it = placeholderRe().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!allowed.contains(name)) {
            QStringList names(allowed.begin(), allowed.end());
            names.sort();
            for (QString &n : names)
                n = QLatin1Char('{') + n + QLatin1Char('}');
            problem(path, Tr::tr("unknown placeholder {%1} (allowed here: %2)")
                              .arg(name, names.isEmpty() ? Tr::tr("none")
                                                         : names.join(QStringLiteral(", "))));
        }
    }
}

QString ReleaseDefinitionReader::pathTemplate(const QJsonObject &o, const QString &key,
                                              const QString &path, bool required,
                                              const QSet<QString> &allowed)
{
    Provenance provenance;
    const QString t = string(o, key, path, required, &provenance);
    if (t.isEmpty())
        return t;
    checkTemplate(t, join(path, key), allowed);
    const QString expanded =
        expandOnce(t, {{QStringLiteral("installDir"), QStringLiteral("/x")},
                       {QStringLiteral("repositoryDir"), QStringLiteral("/x")}});
    if (!expanded.startsWith(QLatin1Char('/')))
        problem(join(path, key), Tr::tr("must be an absolute path"));
    return t;
}

QRegularExpression ReleaseDefinitionReader::regex(const QJsonObject &o, const QString &key,
                                                  const QString &path)
{
    const QString pattern = string(o, key, path, true);
    QRegularExpression re(pattern);
    if (!pattern.isEmpty() && !re.isValid())
        problem(join(path, key), Tr::tr("not a valid regular expression: %1 at offset %2")
                                     .arg(re.errorString())
                                     .arg(re.patternErrorOffset()));
    return re;
}

int ReleaseDefinitionReader::portValue(const QJsonValue &raw, const QString &path)
{
    const QJsonValue v = unwrap(raw, path, nullptr);
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != double(int(d)) || d < 1 || d > 65535) {
        problem(path, Tr::tr("must be a port number from 1 to 65535"));
        return 0;
    }
    return int(d);
}

void ReleaseDefinitionReader::read(const QJsonObject &root)
{
    checkKeys(root, {},
              {QStringLiteral("schemaVersion"), QStringLiteral("id"), QStringLiteral("title"),
               QStringLiteral("installDir"), QStringLiteral("installUser"), QStringLiteral("paths"),
               QStringLiteral("repositoryEnv"), QStringLiteral("service"),
               QStringLiteral("packages"), QStringLiteral("log"), QStringLiteral("ports"),
               QStringLiteral("databases"), QStringLiteral("config"), QStringLiteral("secure"),
               QStringLiteral("requirements")});
    const QJsonValue version = root.value(QStringLiteral("schemaVersion"));
    if (version.isUndefined())
        problem(QStringLiteral("schemaVersion"), Tr::tr("missing"));
    else if (version.toInt(-1) != ReleaseDefinition::CurrentSchemaVersion)
        problem(QStringLiteral("schemaVersion"),
                Tr::tr("unsupported version (this program reads version %1)")
                    .arg(ReleaseDefinition::CurrentSchemaVersion));

    def.m_id = string(root, QStringLiteral("id"), {}, true);
    static const QRegularExpression idRe(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    if (!def.m_id.isEmpty() && !idRe.match(def.m_id).hasMatch())
        problem(QStringLiteral("id"), Tr::tr("use lower-case letters, digits, '.', '_' and '-'"));
    def.m_title = string(root, QStringLiteral("title"), {}, true);
    def.m_installDir = string(root, QStringLiteral("installDir"), {}, true);
    if (!def.m_installDir.isEmpty() && !def.m_installDir.startsWith(QLatin1Char('/')))
        problem(QStringLiteral("installDir"), Tr::tr("must be an absolute path"));
    def.m_installUser = string(root, QStringLiteral("installUser"), {}, true);
    static const QRegularExpression userRe(QStringLiteral("^[a-z_][a-z0-9_-]*$"));
    if (!def.m_installUser.isEmpty() && !userRe.match(def.m_installUser).hasMatch())
        problem(QStringLiteral("installUser"), Tr::tr("not a valid Linux user name"));

    readPaths(root);
    readRepositoryEnv(root);
    readService(root);
    readPackages(root);
    readLog(root);
    readPorts(root);
    readDatabases(root);
    readConfig(root);
    readSecure(root);
    checkRequirements(root);
    def.m_json = root;
}

void ReleaseDefinitionReader::readPaths(const QJsonObject &root)
{
    const QString path = QStringLiteral("paths");
    const QJsonObject o = object(root, path, {}, true);
    if (o.isEmpty())
        return;
    checkKeys(o, path,
              {QStringLiteral("confFile"), QStringLiteral("repositoryConfFile"),
               QStringLiteral("hazelcastFile"), QStringLiteral("logFile"),
               QStringLiteral("appLogFile"), QStringLiteral("statusEndpoint")});
    const QSet<QString> install{QStringLiteral("installDir"), QStringLiteral("installUser")};
    def.m_confFile = pathTemplate(o, QStringLiteral("confFile"), path, true, install);
    def.m_repositoryConfFile =
        pathTemplate(o, QStringLiteral("repositoryConfFile"), path, true,
                     {QStringLiteral("repositoryDir"), QStringLiteral("installDir")});
    def.m_hazelcastFile = pathTemplate(o, QStringLiteral("hazelcastFile"), path, true, install);
    def.m_logFile = pathTemplate(o, QStringLiteral("logFile"), path, true, install);
    def.m_appLogFile = pathTemplate(o, QStringLiteral("appLogFile"), path, false, install);
    def.m_statusPath = pathTemplate(o, QStringLiteral("statusEndpoint"), path, false, {});
}

void ReleaseDefinitionReader::readSecure(const QJsonObject &root)
{
    const QString path = QStringLiteral("secure");
    const QJsonObject o = object(root, path, {}, false);
    if (o.isEmpty())
        return;
    checkKeys(o, path,
              {QStringLiteral("keystoreFile"), QStringLiteral("keystoreSuffixes"),
               QStringLiteral("confKeys"), QStringLiteral("webXml"), QStringLiteral("jettyXml"),
               QStringLiteral("vendorKeyImport"), QStringLiteral("tlsMinimum")});
    const QSet<QString> install{QStringLiteral("installDir"), QStringLiteral("installUser")};
    SecureSpec &spec = def.m_secure;
    spec.keystoreFile = pathTemplate(o, QStringLiteral("keystoreFile"), path, true, install);
    spec.keystoreSuffixes =
        stringList(unwrap(o.value(QStringLiteral("keystoreSuffixes")),
                          join(path, QStringLiteral("keystoreSuffixes")), nullptr),
                   join(path, QStringLiteral("keystoreSuffixes")), true);
    const QString keysPath = join(path, QStringLiteral("confKeys"));
    const QJsonValue keysValue = unwrap(o.value(QStringLiteral("confKeys")), keysPath, nullptr);
    if (!keysValue.isObject()) {
        problem(keysPath, Tr::tr("must be an object"));
    } else {
        const QJsonObject keys = keysValue.toObject();
        checkKeys(keys, keysPath,
                  {QStringLiteral("httpsPort"), QStringLiteral("keystorePath"),
                   QStringLiteral("keystorePassword"), QStringLiteral("tlsMinimum")});
        spec.httpsPortKey = string(keys, QStringLiteral("httpsPort"), keysPath, true);
        spec.keystorePathKey = string(keys, QStringLiteral("keystorePath"), keysPath, true);
        spec.keystorePasswordKey = string(keys, QStringLiteral("keystorePassword"), keysPath, true);
        spec.tlsMinimumKey = string(keys, QStringLiteral("tlsMinimum"), keysPath, true);
        // Not in config.keys: the first node's form never shows them; the secure deployment
        // sets them (the password from the keychain, masked in every diff as the schema's
        // secrets are).
        for (const QString &key :
             {spec.keystorePathKey, spec.keystorePasswordKey, spec.tlsMinimumKey}) {
            if (!key.isEmpty() && def.confKey(key))
                problem(keysPath, Tr::tr("%1 is set by the secure deployment; it may not be in "
                                         "config.keys too")
                                      .arg(key));
        }
        if (!spec.httpsPortKey.isEmpty() && !def.confKey(spec.httpsPortKey))
            problem(keysPath, Tr::tr("%1 is not a key of config.keys").arg(spec.httpsPortKey));
    }
    spec.webXml = pathTemplate(o, QStringLiteral("webXml"), path, true, install);
    spec.jettyXml = pathTemplate(o, QStringLiteral("jettyXml"), path, false, install);
    spec.vendorKeyImport = command(o, QStringLiteral("vendorKeyImport"), path, true,
                                   {QStringLiteral("key")}, QStringLiteral("key"));
    spec.tlsMinimum = string(o, QStringLiteral("tlsMinimum"), path, true);
}

void ReleaseDefinitionReader::readRepositoryEnv(const QJsonObject &root)
{
    const QString path = QStringLiteral("repositoryEnv");
    const QJsonObject o = object(root, path, {}, true);
    if (o.isEmpty())
        return;
    checkKeys(o, path,
              {QStringLiteral("variable"), QStringLiteral("file"), QStringLiteral("line"),
               QStringLiteral("confirmed"), QStringLiteral("source")});
    RepositoryEnv &env = def.m_repositoryEnv;
    env.variable = string(o, QStringLiteral("variable"), path, true);
    static const QRegularExpression varRe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!env.variable.isEmpty() && !varRe.match(env.variable).hasMatch())
        problem(join(path, QStringLiteral("variable")),
                Tr::tr("not a valid environment variable name"));
    env.file = string(o, QStringLiteral("file"), path, true);
    if (!env.file.isEmpty() && !env.file.startsWith(QLatin1Char('/')))
        problem(join(path, QStringLiteral("file")), Tr::tr("must be an absolute path"));
    env.lineTemplate = string(o, QStringLiteral("line"), path, true);
    if (!env.lineTemplate.isEmpty()) {
        checkTemplate(env.lineTemplate, join(path, QStringLiteral("line")),
                      {QStringLiteral("variable"), QStringLiteral("value")});
        if (!env.lineTemplate.contains(QStringLiteral("{value}")))
            problem(join(path, QStringLiteral("line")), Tr::tr("must contain {value}"));
    }
    env.provenance = readProvenance(o, path, true);
}

void ReleaseDefinitionReader::readService(const QJsonObject &root)
{
    const QString path = QStringLiteral("service");
    const QJsonObject o = object(root, path, {}, true);
    if (o.isEmpty())
        return;
    checkKeys(o, path,
              {QStringLiteral("name"), QStringLiteral("start"), QStringLiteral("stop"),
               QStringLiteral("status"), QStringLiteral("confirmed"), QStringLiteral("source")});
    ServiceCommands &s = def.m_service;
    s.name = string(o, QStringLiteral("name"), path, true);
    const QSet<QString> vars{QStringLiteral("service"), QStringLiteral("installDir"),
                             QStringLiteral("installUser")};
    s.start = command(o, QStringLiteral("start"), path, true, vars);
    s.stop = command(o, QStringLiteral("stop"), path, true, vars);
    s.status = command(o, QStringLiteral("status"), path, true, vars);
    s.provenance = readProvenance(o, path, true);
}

void ReleaseDefinitionReader::readPackages(const QJsonObject &root)
{
    const QString path = QStringLiteral("packages");
    const QJsonObject o = object(root, path, {}, true);
    if (o.isEmpty()) {
        if (root.contains(path))
            problem(path, Tr::tr("must name at least one package kind"));
        return;
    }
    const QSet<QString> vars{QStringLiteral("package"), QStringLiteral("installDir"),
                             QStringLiteral("installUser"), QStringLiteral("service")};
    QSet<QString> suffixes;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString p = join(path, it.key());
        if (!it.value().isObject()) {
            problem(p, Tr::tr("must be an object"));
            continue;
        }
        const QJsonObject k = it.value().toObject();
        checkKeys(k, p,
                  {QStringLiteral("fileSuffixes"), QStringLiteral("install"),
                   QStringLiteral("upgrade"), QStringLiteral("installedQuery"),
                   QStringLiteral("verify"), QStringLiteral("confirmed"),
                   QStringLiteral("source")});
        PackageKind kind;
        kind.name = it.key();
        kind.fileSuffixes = stringList(k.value(QStringLiteral("fileSuffixes")),
                                       join(p, QStringLiteral("fileSuffixes")), true);
        for (const QString &suffix : std::as_const(kind.fileSuffixes)) {
            if (!suffix.startsWith(QLatin1Char('.')))
                problem(join(p, QStringLiteral("fileSuffixes")),
                        Tr::tr("%1 must start with '.'").arg(quoted(suffix)));
            if (suffixes.contains(suffix.toLower()))
                problem(join(p, QStringLiteral("fileSuffixes")),
                        Tr::tr("%1 belongs to two package kinds").arg(quoted(suffix)));
            suffixes.insert(suffix.toLower());
        }
        kind.install =
            command(k, QStringLiteral("install"), p, true, vars, QStringLiteral("package"));
        kind.upgrade =
            command(k, QStringLiteral("upgrade"), p, false, vars, QStringLiteral("package"));
        kind.installedQuery = command(k, QStringLiteral("installedQuery"), p, false, vars);
        kind.verify =
            command(k, QStringLiteral("verify"), p, false, vars, QStringLiteral("package"));
        kind.provenance = readProvenance(k, p, true);
        def.m_packageKinds.append(kind);
    }
}

LogPattern ReleaseDefinitionReader::readPattern(const QJsonObject &o, const QString &path,
                                                bool withTexts)
{
    LogPattern pattern;
    QStringList allowed{QStringLiteral("regex"), QStringLiteral("confirmed"),
                        QStringLiteral("source")};
    if (withTexts) {
        allowed << QStringLiteral("id") << QStringLiteral("fatal") << QStringLiteral("explanation")
                << QStringLiteral("fix");
    }
    checkKeys(o, path, allowed);
    pattern.regex = regex(o, QStringLiteral("regex"), path);
    if (withTexts) {
        pattern.fatal = optBool(o, QStringLiteral("fatal"), path, true);
        pattern.id = string(o, QStringLiteral("id"), path, true);
        pattern.explanation = string(o, QStringLiteral("explanation"), path, true);
        pattern.fix = string(o, QStringLiteral("fix"), path, true);
    }
    pattern.provenance = readProvenance(o, path, true);
    return pattern;
}

void ReleaseDefinitionReader::readLog(const QJsonObject &root)
{
    const QString path = QStringLiteral("log");
    const QJsonObject o = object(root, path, {}, true);
    if (o.isEmpty())
        return;
    checkKeys(o, path, {QStringLiteral("readyLine"), QStringLiteral("failureLines")});
    const QJsonObject ready = object(o, QStringLiteral("readyLine"), path, true);
    if (!ready.isEmpty()) {
        def.m_readyLine = readPattern(ready, join(path, QStringLiteral("readyLine")), false);
        def.m_readyLine.id = QStringLiteral("ready");
    }
    const QString fp = join(path, QStringLiteral("failureLines"));
    const QJsonValue failures = o.value(QStringLiteral("failureLines"));
    if (!failures.isUndefined() && !failures.isArray()) {
        problem(fp, Tr::tr("must be an array"));
        return;
    }
    const QJsonArray a = failures.toArray();
    QSet<QString> ids;
    for (int i = 0; i < a.size(); ++i) {
        if (!a.at(i).isObject()) {
            problem(index(fp, i), Tr::tr("must be an object"));
            continue;
        }
        const LogPattern pattern = readPattern(a.at(i).toObject(), index(fp, i), true);
        if (ids.contains(pattern.id))
            problem(join(index(fp, i), QStringLiteral("id")),
                    Tr::tr("duplicate id %1").arg(quoted(pattern.id)));
        ids.insert(pattern.id);
        def.m_failureLines.append(pattern);
    }
}

void ReleaseDefinitionReader::readPorts(const QJsonObject &root)
{
    const QString path = QStringLiteral("ports");
    const QJsonObject o = object(root, path, {}, true);
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().startsWith(QLatin1Char('_')))
            continue;
        def.m_ports.insert(it.key(), portValue(it.value(), join(path, it.key())));
    }
    for (const char *name : {"http", "https", "cluster"}) {
        if (!o.isEmpty() && !o.contains(QLatin1String(name)))
            problem(join(path, QLatin1String(name)), Tr::tr("missing"));
    }
}

void ReleaseDefinitionReader::readDatabases(const QJsonObject &root)
{
    const QString path = QStringLiteral("databases");
    const QJsonValue v = root.value(path);
    if (!v.isArray() || v.toArray().isEmpty()) {
        problem(path, v.isUndefined() ? Tr::tr("missing") : Tr::tr("must be a non-empty array"));
        return;
    }
    const QJsonArray a = v.toArray();
    QSet<QString> values;
    for (int i = 0; i < a.size(); ++i) {
        const QString p = index(path, i);
        if (!a.at(i).isObject()) {
            problem(p, Tr::tr("must be an object"));
            continue;
        }
        const QJsonObject o = a.at(i).toObject();
        checkKeys(o, p,
                  {QStringLiteral("value"), QStringLiteral("jdbc"), QStringLiteral("defaultPort"),
                   QStringLiteral("confirmed"), QStringLiteral("source")});
        DatabaseKind db;
        const QJsonValue value = o.value(QStringLiteral("value"));
        if (!value.isString() || value.toString().isEmpty())
            problem(join(p, QStringLiteral("value")), Tr::tr("must be a non-empty string"));
        db.value = value.toString();
        if (values.contains(db.value))
            problem(join(p, QStringLiteral("value")),
                    Tr::tr("duplicate value %1").arg(quoted(db.value)));
        values.insert(db.value);
        db.jdbcSubprotocol = o.value(QStringLiteral("jdbc")).toString();
        if (!knownJdbcSubprotocols.contains(db.jdbcSubprotocol))
            problem(
                join(p, QStringLiteral("jdbc")),
                Tr::tr("must be one of %1").arg(knownJdbcSubprotocols.join(QStringLiteral(", "))));
        db.defaultPort = portValue(o.value(QStringLiteral("defaultPort")),
                                   join(p, QStringLiteral("defaultPort")));
        db.provenance = readProvenance(o, p, true);
        def.m_databases.append(db);
    }
}

void ReleaseDefinitionReader::readConfig(const QJsonObject &root)
{
    const QString path = QStringLiteral("config");
    const QJsonObject o = object(root, path, {}, true);
    if (o.isEmpty())
        return;
    checkKeys(o, path,
              {QStringLiteral("format"), QStringLiteral("owner"), QStringLiteral("mode"),
               QStringLiteral("keys")});
    const QString format = string(o, QStringLiteral("format"), path, true);
    if (!format.isEmpty() && format != QLatin1String("hocon"))
        problem(join(path, QStringLiteral("format")),
                Tr::tr("unsupported format %1 (this program writes hocon)").arg(quoted(format)));
    def.m_confOwner = string(o, QStringLiteral("owner"), path, true);
    checkTemplate(def.m_confOwner, join(path, QStringLiteral("owner")),
                  {QStringLiteral("installUser")});
    const QString mode = string(o, QStringLiteral("mode"), path, true);
    static const QRegularExpression modeRe(QStringLiteral("^0?[0-7]{3}$"));
    if (!mode.isEmpty() && !modeRe.match(mode).hasMatch())
        problem(join(path, QStringLiteral("mode")),
                Tr::tr("must be an octal file mode such as \"0600\""));
    else if (!mode.isEmpty())
        def.m_confMode = mode.toInt(nullptr, 8);

    const QString kp = join(path, QStringLiteral("keys"));
    const QJsonValue keys = o.value(QStringLiteral("keys"));
    if (!keys.isArray() || keys.toArray().isEmpty()) {
        problem(kp, keys.isUndefined() ? Tr::tr("missing") : Tr::tr("must be a non-empty array"));
        return;
    }
    const QJsonArray a = keys.toArray();
    QHash<QString, int> seen;
    for (int i = 0; i < a.size(); ++i) {
        if (!a.at(i).isObject()) {
            problem(index(kp, i), Tr::tr("must be an object"));
            continue;
        }
        ConfKey key = readKey(a.at(i).toObject(), index(kp, i));
        if (key.path.isEmpty())
            continue;
        if (seen.contains(key.path)) {
            problem(join(index(kp, i), QStringLiteral("path")),
                    Tr::tr("%1 is already defined by config.keys[%2]")
                        .arg(quoted(key.path))
                        .arg(seen.value(key.path)));
        }
        for (auto it = seen.constBegin(); it != seen.constEnd(); ++it) {
            const QString &other = it.key();
            if (key.path.startsWith(other + QLatin1Char('.')) ||
                other.startsWith(key.path + QLatin1Char('.'))) {
                problem(join(index(kp, i), QStringLiteral("path")),
                        Tr::tr("%1 and %2 (config.keys[%3]) cannot both be values: one is inside "
                               "the other")
                            .arg(quoted(key.path), quoted(other))
                            .arg(it.value()));
            }
        }
        seen.insert(key.path, i);
        def.m_keys.append(key);
    }
    checkRoles(kp);
}

ConfKey ReleaseDefinitionReader::readKey(const QJsonObject &o, const QString &path)
{
    checkKeys(o, path,
              {QStringLiteral("path"), QStringLiteral("type"), QStringLiteral("values"),
               QStringLiteral("required"), QStringLiteral("secret"), QStringLiteral("default"),
               QStringLiteral("validation"), QStringLiteral("help"), QStringLiteral("group"),
               QStringLiteral("role"), QStringLiteral("confirmed"), QStringLiteral("source")});
    ConfKey key;
    key.path = string(o, QStringLiteral("path"), path, true);
    static const QRegularExpression pathRe(QStringLiteral("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"));
    if (!key.path.isEmpty() && !pathRe.match(key.path).hasMatch()) {
        problem(join(path, QStringLiteral("path")),
                Tr::tr("%1 is not a key path (names of letters, digits, '-' and '_' joined by '.')")
                    .arg(quoted(key.path)));
        key.path.clear();
    }

    const QString type = string(o, QStringLiteral("type"), path, true);
    bool typeKnown = false;
    for (const TypeName &t : typeNames) {
        if (type == QLatin1String(t.name)) {
            key.type = t.type;
            typeKnown = true;
        }
    }
    if (!type.isEmpty() && !typeKnown) {
        QStringList names;
        for (const TypeName &t : typeNames)
            names.append(QLatin1String(t.name));
        problem(join(path, QStringLiteral("type")),
                Tr::tr("unknown type %1 (expected one of %2)")
                    .arg(quoted(type), names.join(QStringLiteral(", "))));
    }

    const QJsonValue required = o.value(QStringLiteral("required"));
    const QString requiredPath = join(path, QStringLiteral("required"));
    if (required.isBool()) {
        key.required = required.toBool() ? ConfRequirement::Always : ConfRequirement::Optional;
    } else if (required.toString() == QLatin1String("cluster")) {
        key.required = ConfRequirement::InCluster;
    } else if (required.isObject()) {
        // {"dbType": ["ORACLE"]}: required for these database types only.
        const QJsonObject r = required.toObject();
        checkKeys(r, requiredPath, {QStringLiteral("dbType")});
        key.required = ConfRequirement::ForDatabase;
        key.requiredForDbTypes = stringList(r.value(QStringLiteral("dbType")),
                                            join(requiredPath, QStringLiteral("dbType")), true);
        for (const QString &value : std::as_const(key.requiredForDbTypes)) {
            const bool known =
                std::any_of(def.m_databases.begin(), def.m_databases.end(),
                            [&](const DatabaseKind &db) { return db.value == value; });
            if (!known) {
                problem(join(requiredPath, QStringLiteral("dbType")),
                        Tr::tr("%1 is not a value of \"databases\"").arg(quoted(value)));
            }
        }
    } else if (!required.isUndefined()) {
        problem(requiredPath,
                Tr::tr("must be true, false, \"cluster\" or {\"dbType\": [database types]}"));
    }

    key.secret = optBool(o, QStringLiteral("secret"), path, key.type == ConfKeyType::Secret);
    if (key.type == ConfKeyType::Secret && !key.secret)
        problem(join(path, QStringLiteral("secret")),
                Tr::tr("a key of type secret is always secret"));

    const QJsonValue values = o.value(QStringLiteral("values"));
    if (key.type == ConfKeyType::Enum) {
        key.values = stringList(values, join(path, QStringLiteral("values")), true);
        if (QSet<QString>(key.values.begin(), key.values.end()).size() != key.values.size())
            problem(join(path, QStringLiteral("values")), Tr::tr("values must be unique"));
    } else if (!values.isUndefined()) {
        problem(join(path, QStringLiteral("values")), Tr::tr("only a key of type enum has values"));
    }

    readRules(o.value(QStringLiteral("validation")), join(path, QStringLiteral("validation")),
              &key);
    checkDefault(o.value(QStringLiteral("default")), join(path, QStringLiteral("default")), &key);

    key.help = string(o, QStringLiteral("help"), path, true);
    key.group = string(o, QStringLiteral("group"), path, true);

    const QJsonValue role = o.value(QStringLiteral("role"));
    if (!role.isUndefined()) {
        bool known = false;
        for (const RoleName &r : roleNames) {
            if (role.toString() == QLatin1String(r.name)) {
                key.role = r.role;
                known = true;
            }
        }
        if (!known) {
            QStringList names;
            for (const RoleName &r : roleNames)
                names.append(QLatin1String(r.name));
            problem(join(path, QStringLiteral("role")),
                    Tr::tr("unknown role %1 (expected one of %2)")
                        .arg(quoted(role.toString()), names.join(QStringLiteral(", "))));
        }
    }

    if (!o.contains(QStringLiteral("confirmed")))
        problem(join(path, QStringLiteral("confirmed")),
                Tr::tr("missing: say whether the public documentation confirms this key"));
    key.provenance = readProvenance(o, path, false);
    return key;
}

void ReleaseDefinitionReader::readRules(const QJsonValue &v, const QString &path, ConfKey *key)
{
    if (key->type == ConfKeyType::Enum)
        key->rules.append(ValidationRule{RuleKind::Enum, {}, {}, 0, 0, 0});
    if (v.isUndefined())
        return;
    QJsonArray a;
    if (v.isObject())
        a.append(v);
    else if (v.isArray())
        a = v.toArray();
    else {
        problem(path, Tr::tr("must be an array of rules"));
        return;
    }
    for (int i = 0; i < a.size(); ++i) {
        const QString p = v.isArray() ? index(path, i) : path;
        const QJsonObject r = a.at(i).toObject();
        const QString name = r.value(QStringLiteral("rule")).toString();
        std::optional<RuleKind> kind;
        for (RuleKind k : allRuleKinds) {
            if (ValidationRule::kindName(k) == name)
                kind = k;
        }
        if (!kind) {
            QStringList names;
            for (RuleKind k : allRuleKinds)
                names.append(ValidationRule::kindName(k));
            problem(join(p, QStringLiteral("rule")),
                    Tr::tr("unknown rule %1 (expected one of %2)")
                        .arg(quoted(name), names.join(QStringLiteral(", "))));
            continue;
        }
        ValidationRule rule;
        rule.kind = *kind;
        QStringList allowed{QStringLiteral("rule")};
        // Which rules fit which key types.
        QList<ConfKeyType> types;
        const QList<ConfKeyType> textual{ConfKeyType::String, ConfKeyType::Secret,
                                         ConfKeyType::Enum};
        switch (rule.kind) {
        case RuleKind::Regex:
            allowed << QStringLiteral("pattern") << QStringLiteral("message");
            types = textual;
            rule.pattern = string(r, QStringLiteral("pattern"), p, true);
            if (!rule.pattern.isEmpty()) {
                const QRegularExpression re(rule.pattern);
                if (!re.isValid())
                    problem(join(p, QStringLiteral("pattern")),
                            Tr::tr("not a valid regular expression: %1 at offset %2")
                                .arg(re.errorString())
                                .arg(re.patternErrorOffset()));
            }
            rule.message = string(r, QStringLiteral("message"), p, false);
            break;
        case RuleKind::Range: {
            allowed << QStringLiteral("min") << QStringLiteral("max");
            types = {ConfKeyType::Int};
            const QJsonValue min = r.value(QStringLiteral("min")),
                             max = r.value(QStringLiteral("max"));
            if (!min.isDouble())
                problem(join(p, QStringLiteral("min")), Tr::tr("must be a number"));
            if (!max.isDouble())
                problem(join(p, QStringLiteral("max")), Tr::tr("must be a number"));
            rule.min = qint64(min.toDouble());
            rule.max = qint64(max.toDouble());
            if (min.isDouble() && max.isDouble() && rule.min > rule.max)
                problem(p, Tr::tr("min is greater than max"));
            break;
        }
        case RuleKind::Enum:
            types = {ConfKeyType::Enum};
            break;
        case RuleKind::Email:
        case RuleKind::Jdbc:
        case RuleKind::Host:
            types = {ConfKeyType::String};
            break;
        case RuleKind::PasswordComplexity: {
            allowed << QStringLiteral("minLength");
            types = {ConfKeyType::Secret, ConfKeyType::String};
            const QJsonValue min = r.value(QStringLiteral("minLength"));
            if (!min.isUndefined() && (!min.isDouble() || min.toInt() < 1))
                problem(join(p, QStringLiteral("minLength")), Tr::tr("must be a positive number"));
            rule.minLength = min.isUndefined() ? 8 : min.toInt();
            break;
        }
        case RuleKind::EnglishOnly:
            types = {ConfKeyType::String, ConfKeyType::Secret, ConfKeyType::Enum,
                     ConfKeyType::List};
            break;
        case RuleKind::HostList:
            types = {ConfKeyType::List};
            break;
        }
        checkKeys(r, p, allowed);
        if (!types.contains(key->type))
            problem(join(p, QStringLiteral("rule")),
                    Tr::tr("rule %1 does not apply to a key of type %2")
                        .arg(quoted(name), ReleaseDefinition::typeName(key->type)));
        if (rule.kind != RuleKind::Enum) // implied by type enum, already there
            key->rules.append(rule);
    }
}

void ReleaseDefinitionReader::checkDefault(const QJsonValue &v, const QString &path, ConfKey *key)
{
    if (v.isUndefined())
        return;
    if (key->secret) {
        problem(path, Tr::tr("a secret has no default value"));
        return;
    }
    switch (key->type) {
    case ConfKeyType::String:
    case ConfKeyType::Enum:
        if (!v.isString()) {
            problem(path, Tr::tr("must be a string"));
            return;
        }
        if (key->type == ConfKeyType::Enum && !key->values.contains(v.toString())) {
            problem(path, Tr::tr("%1 is not one of the values").arg(quoted(v.toString())));
            return;
        }
        for (const ValidationRule &rule : std::as_const(key->rules)) {
            if (rule.kind == RuleKind::Regex &&
                !QRegularExpression(QRegularExpression::anchoredPattern(rule.pattern))
                     .match(v.toString())
                     .hasMatch()) {
                problem(path,
                        Tr::tr("%1 does not match the key's pattern").arg(quoted(v.toString())));
                return;
            }
        }
        key->defaultValue = v.toString();
        return;
    case ConfKeyType::Int: {
        const double d = v.toDouble();
        if (!v.isDouble() || d != double(qint64(d))) {
            problem(path, Tr::tr("must be a whole number"));
            return;
        }
        for (const ValidationRule &rule : std::as_const(key->rules)) {
            if (rule.kind == RuleKind::Range && (qint64(d) < rule.min || qint64(d) > rule.max)) {
                problem(path,
                        Tr::tr("%1 is outside %2..%3").arg(qint64(d)).arg(rule.min).arg(rule.max));
                return;
            }
        }
        key->defaultValue = qint64(d);
        return;
    }
    case ConfKeyType::Bool:
        if (!v.isBool()) {
            problem(path, Tr::tr("must be true or false"));
            return;
        }
        key->defaultValue = v.toBool();
        return;
    case ConfKeyType::List:
        key->defaultValue = stringList(v, path, false);
        return;
    case ConfKeyType::Secret:
        return;
    }
}

void ReleaseDefinitionReader::checkRoles(const QString &keysPath)
{
    QHash<ConfRole, int> byRole;
    for (int i = 0; i < def.m_keys.size(); ++i) {
        const ConfKey &key = def.m_keys.at(i);
        if (key.role == ConfRole::None)
            continue;
        const QString p = index(keysPath, i) + QStringLiteral(".role");
        if (byRole.contains(key.role)) {
            problem(p, Tr::tr("role %1 is already given to config.keys[%2]")
                           .arg(quoted(ReleaseDefinition::roleName(key.role)))
                           .arg(byRole.value(key.role)));
        }
        byRole.insert(key.role, i);

        std::optional<ConfKeyType> needed;
        switch (key.role) {
        case ConfRole::DbType:
        case ConfRole::SiteAction:
            needed = ConfKeyType::Enum;
            break;
        case ConfRole::NodeList:
            needed = ConfKeyType::List;
            break;
        case ConfRole::ElasticPort:
        case ConfRole::HttpPort:
        case ConfRole::HttpsPort:
            needed = ConfKeyType::Int;
            break;
        case ConfRole::DbAdminPassword:
        case ConfRole::SchemaPassword:
        case ConfRole::SiteAdminPassword:
        case ConfRole::ClusterPassword:
            needed = ConfKeyType::Secret;
            break;
        case ConfRole::ConnectionString:
            needed = ConfKeyType::String;
            if (std::none_of(key.rules.begin(), key.rules.end(),
                             [](const ValidationRule &r) { return r.kind == RuleKind::Jdbc; }))
                problem(p, Tr::tr("the connectionString key needs the jdbc rule"));
            break;
        default:
            break;
        }
        if (needed && key.type != *needed)
            problem(p, Tr::tr("role %1 needs a key of type %2")
                           .arg(quoted(ReleaseDefinition::roleName(key.role)),
                                ReleaseDefinition::typeName(*needed)));
    }
    for (ConfRole role : {ConfRole::DbType, ConfRole::ConnectionString, ConfRole::NodeList}) {
        if (!byRole.contains(role))
            problem(
                keysPath,
                Tr::tr("no key has the role %1").arg(quoted(ReleaseDefinition::roleName(role))));
    }
    if (byRole.contains(ConfRole::DbType) && !def.m_databases.isEmpty()) {
        const ConfKey &dbType = def.m_keys.at(byRole.value(ConfRole::DbType));
        QStringList dbValues;
        for (const DatabaseKind &db : std::as_const(def.m_databases))
            dbValues.append(db.value);
        QStringList a = dbType.values, b = dbValues;
        a.sort();
        b.sort();
        if (a != b) {
            problem(index(keysPath, byRole.value(ConfRole::DbType)) + QStringLiteral(".values"),
                    Tr::tr("must equal the values of \"databases\" (%1)")
                        .arg(dbValues.join(QStringLiteral(", "))));
        }
    }
}

void ReleaseDefinitionReader::checkRequirements(const QJsonObject &root)
{
    // The block itself belongs to Requirements (checks/); here only its presence and that it
    // agrees with "ports", so that the two never drift apart.
    const QJsonObject req = object(root, QStringLiteral("requirements"), {}, true);
    if (req.isEmpty() || def.m_ports.isEmpty())
        return;
    auto valueOf = [&req](const char *key) {
        const QJsonValue v = req.value(QLatin1String(key));
        return v.isObject() ? v.toObject().value(QStringLiteral("value")) : v;
    };
    const QJsonValue cluster = valueOf("clusterPort");
    if (!cluster.isUndefined() && cluster.toInt() != def.m_ports.value(QStringLiteral("cluster")))
        problem(QStringLiteral("requirements.clusterPort"),
                Tr::tr("must equal ports.cluster (%1)")
                    .arg(def.m_ports.value(QStringLiteral("cluster"))));
    const QJsonValue http = valueOf("httpPorts");
    if (!http.isUndefined()) {
        const QJsonArray expected{def.m_ports.value(QStringLiteral("http")),
                                  def.m_ports.value(QStringLiteral("https"))};
        if (http.toArray() != expected)
            problem(QStringLiteral("requirements.httpPorts"),
                    Tr::tr("must equal [ports.http, ports.https]"));
    }
}

// ---------------------------------------------------------------------------------------------

Expected<ReleaseDefinition> ReleaseDefinition::fromJson(const QJsonObject &json,
                                                        const QString &origin)
{
    ReleaseDefinitionReader reader;
    reader.read(json);
    if (!reader.problems.isEmpty()) {
        const QString name =
            origin.isEmpty() ? json.value(QStringLiteral("id")).toString() : origin;
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The release definition %1 is not valid: %2.")
                             .arg(name, reader.problems.first()),
                         reader.problems.join(QLatin1Char('\n')),
                         Tr::tr("Correct the release definition file (each line of the details "
                                "names a JSON path)."));
    }
    return reader.def;
}

Expected<ReleaseDefinition> ReleaseDefinition::load(const QString &idOrPath)
{
    const bool isPath =
        idOrPath.contains(QLatin1Char('/')) || idOrPath.endsWith(QLatin1String(".json"));
    const QString path = isPath ? idOrPath : QStringLiteral(":/releases/%1.json").arg(idOrPath);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("Unknown release \"%1\": no release definition %2.").arg(idOrPath, path),
            file.errorString(),
            Tr::tr("Use \"octane-current\" or the path of a release definition file."));
    }
    QJsonParseError parseError;
    const QByteArray bytes = file.readAll();
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject()) {
        const int line = int(bytes.left(parseError.offset).count('\n')) + 1;
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("The release definition %1 is not valid JSON: %2 (line %3).")
                .arg(path, doc.isNull() ? parseError.errorString() : Tr::tr("not an object"))
                .arg(line));
    }
    return fromJson(doc.object(), path);
}

QString ReleaseDefinition::roleName(ConfRole role)
{
    for (const RoleName &r : roleNames) {
        if (r.role == role)
            return QLatin1String(r.name);
    }
    return QString();
}

QString ReleaseDefinition::typeName(ConfKeyType type)
{
    for (const TypeName &t : typeNames) {
        if (t.type == type)
            return QLatin1String(t.name);
    }
    return QString();
}

QString ReleaseDefinition::expand(const QString &text, const QHash<QString, QString> &extra) const
{
    QHash<QString, QString> vars{{QStringLiteral("installDir"), m_installDir},
                                 {QStringLiteral("installUser"), m_installUser},
                                 {QStringLiteral("service"), m_service.name}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        vars.insert(it.key(), it.value());
    return expandOnce(text, vars);
}

QStringList ReleaseDefinition::expand(const QStringList &argv,
                                      const QHash<QString, QString> &extra) const
{
    QStringList out;
    out.reserve(argv.size());
    for (const QString &arg : argv)
        out.append(expand(arg, extra));
    return out;
}

QString ReleaseDefinition::repositoryConfFile(const QString &repositoryDir) const
{
    QString dir = repositoryDir;
    while (dir.size() > 1 && dir.endsWith(QLatin1Char('/')))
        dir.chop(1);
    return expand(m_repositoryConfFile, {{QStringLiteral("repositoryDir"), dir}});
}

std::optional<PackageKind> ReleaseDefinition::packageKindFor(const QString &fileName) const
{
    for (const PackageKind &kind : m_packageKinds) {
        for (const QString &suffix : kind.fileSuffixes) {
            if (fileName.endsWith(suffix, Qt::CaseInsensitive))
                return kind;
        }
    }
    return std::nullopt;
}

bool ReleaseDefinition::isReadyLine(const QString &line) const
{
    return m_readyLine.regex.isValid() && !m_readyLine.regex.pattern().isEmpty() &&
           m_readyLine.regex.match(line).hasMatch();
}

std::optional<LogPattern> ReleaseDefinition::matchFailure(const QString &line) const
{
    for (const LogPattern &p : m_failureLines) {
        if (p.regex.match(line).hasMatch())
            return p;
    }
    return std::nullopt;
}

std::optional<DatabaseKind> ReleaseDefinition::databaseFor(const QString &dbTypeValue) const
{
    for (const DatabaseKind &db : m_databases) {
        if (db.value == dbTypeValue)
            return db;
    }
    return std::nullopt;
}

const ConfKey *ReleaseDefinition::confKey(const QString &path) const
{
    for (const ConfKey &key : m_keys) {
        if (key.path == path)
            return &key;
    }
    return nullptr;
}

const ConfKey *ReleaseDefinition::confKey(ConfRole role) const
{
    if (role == ConfRole::None)
        return nullptr;
    for (const ConfKey &key : m_keys) {
        if (key.role == role)
            return &key;
    }
    return nullptr;
}

QString ReleaseDefinition::keyPath(ConfRole role) const
{
    const ConfKey *key = confKey(role);
    return key ? key->path : QString();
}

QStringList ReleaseDefinition::secretKeyPaths() const
{
    QStringList out;
    for (const ConfKey &key : m_keys) {
        if (key.secret)
            out.append(key.path);
    }
    return out;
}

QStringList ReleaseDefinition::groups() const
{
    QStringList out;
    for (const ConfKey &key : m_keys) {
        if (!out.contains(key.group))
            out.append(key.group);
    }
    return out;
}

} // namespace Ocw::Core
