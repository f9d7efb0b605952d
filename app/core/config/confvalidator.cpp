#include "confvalidator.h"

#include "../base/displaytext.h"
#include "../base/tr.h"
#include "../model/clusterprofile.h"

#include <QRegularExpression>
#include <QSet>

namespace Ocw::Core {

namespace {

// Lower case, no trailing dot, no ":port" (IPv6 addresses keep their colons).
QString normalHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    static const QRegularExpression port(QStringLiteral("^([^:]+):[0-9]+$"));
    const QRegularExpressionMatch m = port.match(h);
    if (m.hasMatch())
        h = m.captured(1);
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    return h;
}

QString normalDir(QString dir)
{
    while (dir.size() > 1 && dir.endsWith(QLatin1Char('/')))
        dir.chop(1);
    return dir;
}

QString checkHostWithPort(const QString &entry)
{
    static const QRegularExpression withPort(QStringLiteral("^([^:]+):([0-9]+)$"));
    const QRegularExpressionMatch m = withPort.match(entry);
    if (!m.hasMatch())
        return ProfileValidator::checkHost(entry);
    const int port = m.captured(2).toInt();
    if (port < 1 || port > 65535)
        return Tr::tr("The port %1 is not between 1 and 65535.").arg(m.captured(2));
    return ProfileValidator::checkHost(m.captured(1));
}

bool isEmptyValue(const HoconValue &v)
{
    switch (v.kind) {
    case HoconKind::Missing:
    case HoconKind::Null:
        return true;
    case HoconKind::String:
        return v.data.toString().isEmpty();
    case HoconKind::List:
        return v.data.toList().isEmpty();
    default:
        return false;
    }
}

QString driverName(const QString &subprotocol)
{
    if (subprotocol == QLatin1String("oracle"))
        return QStringLiteral("Oracle");
    if (subprotocol == QLatin1String("sqlserver"))
        return QStringLiteral("SQL Server");
    return subprotocol;
}

HoconValue fromVariant(const QVariant &v)
{
    HoconValue out;
    switch (v.metaType().id()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return out;
    case QMetaType::Bool:
        out.kind = HoconKind::Boolean;
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        out.kind = HoconKind::Number;
        break;
    case QMetaType::QStringList:
    case QMetaType::QVariantList:
        out.kind = HoconKind::List;
        out.data = v.toList();
        out.text = QStringLiteral("[]");
        return out;
    default:
        out.kind = HoconKind::String;
        break;
    }
    out.data = v;
    out.text = v.toString();
    return out;
}

// The value as the server reads it for the key's type (Typesafe Config converts numbers and
// booleans to strings, numeric strings to numbers); an empty QVariant and `error` otherwise.
QVariant coerce(const ConfKey &key, const HoconValue &v, QString *error)
{
    switch (key.type) {
    case ConfKeyType::String:
    case ConfKeyType::Secret:
    case ConfKeyType::Enum:
        if (v.kind == HoconKind::String)
            return v.data.toString();
        if (v.kind == HoconKind::Number || v.kind == HoconKind::Boolean)
            return v.text;
        *error = Tr::tr("Write a single text value, not a list or an object.");
        return {};
    case ConfKeyType::Int: {
        static const QRegularExpression integer(QStringLiteral("^-?[0-9]+$"));
        const QString text = v.kind == HoconKind::String ? v.data.toString() : v.text;
        if ((v.kind == HoconKind::Number || v.kind == HoconKind::String) &&
            integer.match(text).hasMatch()) {
            bool ok = false;
            const qint64 n = text.toLongLong(&ok);
            if (ok)
                return n;
        }
        *error = Tr::tr("Enter a whole number.");
        return {};
    }
    case ConfKeyType::Bool: {
        if (v.kind == HoconKind::Boolean)
            return v.data.toBool();
        const QString t = v.data.toString().toLower();
        if (v.kind == HoconKind::String) {
            if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("on"))
                return true;
            if (t == QLatin1String("false") || t == QLatin1String("no") ||
                t == QLatin1String("off"))
                return false;
        }
        *error = Tr::tr("Enter true or false.");
        return {};
    }
    case ConfKeyType::List: {
        if (v.kind != HoconKind::List) {
            *error = Tr::tr(
                "Write a list, for example [\"octane1.example.com\", \"octane2.example.com\"].");
            return {};
        }
        QStringList items;
        for (const QVariant &item : v.data.toList()) {
            const int id = item.metaType().id();
            if (id == QMetaType::QVariantList || id == QMetaType::QVariantMap ||
                id == QMetaType::Nullptr) {
                *error = Tr::tr("Each item of the list must be a single text value.");
                return {};
            }
            items.append(item.toString());
        }
        return items;
    }
    }
    return {};
}

} // namespace

ConfContext ConfContext::fromProfile(const ClusterProfile &profile)
{
    ConfContext c;
    c.databaseHost = profile.database.host;
    for (const Node &node : profile.nodes)
        c.nodes.append(node.host);
    c.firstNode = profile.firstNodeHost();
    c.repositoryDir = profile.repositoryDir;
    return c;
}

ConfValidator::ConfValidator(ReleaseDefinition definition)
    : m_definition(std::move(definition))
{
}

bool ConfValidator::isEmail(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
        "(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    return text.size() <= 254 && re.match(text).hasMatch() && !text.startsWith(QLatin1Char('.')) &&
           !text.contains(QLatin1String("..")) && !text.contains(QLatin1String(".@"));
}

QString ConfValidator::checkPasswordComplexity(const QString &password, int minLength)
{
    // Documented: at least 8 characters, one capital letter, one lower-case letter, and at
    // least one digit or symbol.
    QStringList missing;
    if (password.size() < minLength)
        missing.append(Tr::tr("at least %n characters", nullptr, minLength));
    // English letters: an accented capital does not count as the capital (the server checks
    // A-Z), and a blank is no symbol.
    auto upper = [](QChar c) { return c >= QLatin1Char('A') && c <= QLatin1Char('Z'); };
    auto lower = [](QChar c) { return c >= QLatin1Char('a') && c <= QLatin1Char('z'); };
    if (std::none_of(password.begin(), password.end(), upper))
        missing.append(Tr::tr("a capital letter"));
    if (std::none_of(password.begin(), password.end(), lower))
        missing.append(Tr::tr("a lower-case letter"));
    if (std::none_of(password.begin(), password.end(),
                     [&](QChar c) { return !upper(c) && !lower(c) && !c.isSpace(); }))
        missing.append(Tr::tr("a digit or a symbol"));
    if (missing.isEmpty())
        return QString();
    return Tr::tr("The password needs %1.").arg(missing.join(QStringLiteral(", ")));
}

bool ConfValidator::isEnglishOnly(const QString &text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
}

std::optional<JdbcUrl> ConfValidator::parseJdbc(const QString &url, QString *why)
{
    QString ignored;
    QString &reason = why ? *why : ignored;
    const QString oracleForms =
        Tr::tr("jdbc:oracle:thin:@//host:port/service or jdbc:oracle:thin:@host:port:sid");
    if (!url.startsWith(QLatin1String("jdbc:"))) {
        reason = Tr::tr("A JDBC connection string starts with \"jdbc:\".");
        return std::nullopt;
    }
    if (url.trimmed() != url || url.contains(QLatin1Char(' '))) {
        reason = Tr::tr("Remove the blanks from the connection string.");
        return std::nullopt;
    }
    JdbcUrl out;
    auto checkHostPort = [&](const QString &host, const QString &port) {
        const QString problem = ProfileValidator::checkHost(host);
        if (!problem.isEmpty()) {
            reason = Tr::tr("The database server \"%1\" is not valid: %2")
                         .arg(DisplayText::escaped(host), problem);
            return false;
        }
        if (!port.isEmpty()) {
            const int p = port.toInt();
            if (p < 1 || p > 65535) {
                reason = Tr::tr("The port %1 is not between 1 and 65535.")
                             .arg(DisplayText::escaped(port));
                return false;
            }
            out.port = p;
        }
        out.hosts.append(host);
        return true;
    };

    if (url.startsWith(QLatin1String("jdbc:oracle:thin:"))) {
        out.subprotocol = QStringLiteral("oracle");
        QString rest = url.mid(17);
        const int at = int(rest.indexOf(QLatin1Char('@')));
        if (at < 0) {
            reason = Tr::tr("An Oracle connection string has the form %1.").arg(oracleForms);
            return std::nullopt;
        }
        rest = rest.mid(at + 1);
        if (rest.startsWith(QLatin1Char('('))) {
            // A TNS descriptor, as RAC installations use: every HOST, the first PORT.
            if (rest.count(QLatin1Char('(')) != rest.count(QLatin1Char(')'))) {
                reason = Tr::tr("The parentheses of the Oracle descriptor do not match.");
                return std::nullopt;
            }
            static const QRegularExpression hostRe(
                QStringLiteral("\\(\\s*HOST\\s*=\\s*([^)\\s]+)\\s*\\)"),
                QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression portRe(
                QStringLiteral("\\(\\s*PORT\\s*=\\s*([0-9]+)\\s*\\)"),
                QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression serviceRe(
                QStringLiteral("\\(\\s*(SERVICE_NAME|SID)\\s*=\\s*([^)\\s]+)\\s*\\)"),
                QRegularExpression::CaseInsensitiveOption);
            auto hosts = hostRe.globalMatch(rest);
            const QString port = portRe.match(rest).captured(1);
            while (hosts.hasNext()) {
                if (!checkHostPort(hosts.next().captured(1), port))
                    return std::nullopt;
            }
            const QRegularExpressionMatch service = serviceRe.match(rest);
            if (out.hosts.isEmpty() || !service.hasMatch()) {
                reason = Tr::tr(
                    "The Oracle descriptor needs (HOST=...) and (SERVICE_NAME=...) or (SID=...).");
                return std::nullopt;
            }
            (service.captured(1).compare(QLatin1String("SID"), Qt::CaseInsensitive) == 0
                 ? out.sid
                 : out.service) = service.captured(2);
            return out;
        }
        static const QRegularExpression serviceForm(QStringLiteral(
            "^(?://)?(\\[[0-9A-Fa-f:.]+\\]|[^:/\\[\\]]+)(?::([0-9]+))?/([A-Za-z0-9_$#.-]+)$"));
        static const QRegularExpression sidForm(
            QStringLiteral("^(\\[[0-9A-Fa-f:.]+\\]|[^:/\\[\\]]+):([0-9]+):([A-Za-z0-9_$#]+)$"));
        QRegularExpressionMatch m = serviceForm.match(rest);
        bool sid = false;
        if (!m.hasMatch()) {
            m = sidForm.match(rest);
            sid = m.hasMatch();
        }
        if (!m.hasMatch()) {
            reason = Tr::tr("An Oracle connection string has the form %1.").arg(oracleForms);
            return std::nullopt;
        }
        QString host = m.captured(1);
        if (host.startsWith(QLatin1Char('[')))
            host = host.mid(1, host.size() - 2);
        if (!checkHostPort(host, m.captured(2)))
            return std::nullopt;
        (sid ? out.sid : out.service) = m.captured(3);
        return out;
    }

    if (url.startsWith(QLatin1String("jdbc:sqlserver://"))) {
        out.subprotocol = QStringLiteral("sqlserver");
        const QString form = Tr::tr("jdbc:sqlserver://host:port;databaseName=name");
        const QString rest = url.mid(17);
        const QStringList parts = rest.split(QLatin1Char(';'));
        static const QRegularExpression serverRe(QStringLiteral(
            "^(\\[[0-9A-Fa-f:.]+\\]|[^:\\\\\\[\\];]+)(\\\\[A-Za-z0-9_$#-]+)?(?::([0-9]+))?$"));
        const QRegularExpressionMatch m = serverRe.match(parts.first());
        if (!m.hasMatch()) {
            reason = Tr::tr("A SQL Server connection string has the form %1.").arg(form);
            return std::nullopt;
        }
        QString host = m.captured(1);
        if (host.startsWith(QLatin1Char('[')))
            host = host.mid(1, host.size() - 2);
        if (!checkHostPort(host, m.captured(3)))
            return std::nullopt;
        for (int k = 1; k < parts.size(); ++k) {
            if (parts.at(k).isEmpty())
                continue;
            const int eq = int(parts.at(k).indexOf(QLatin1Char('=')));
            if (eq <= 0) {
                reason = Tr::tr("\"%1\" is not a property of the form name=value.")
                             .arg(DisplayText::escaped(parts.at(k)));
                return std::nullopt;
            }
            const QString name = parts.at(k).left(eq);
            if (name.compare(QLatin1String("databaseName"), Qt::CaseInsensitive) == 0 ||
                name.compare(QLatin1String("database"), Qt::CaseInsensitive) == 0) {
                out.database = parts.at(k).mid(eq + 1);
            }
        }
        if (out.database.isEmpty()) {
            reason = Tr::tr("The SQL Server connection string needs databaseName=..., as in %1.")
                         .arg(form);
            return std::nullopt;
        }
        return out;
    }

    if (url.startsWith(QLatin1String("jdbc:oracle:"))) {
        reason = Tr::tr("Use Oracle's thin driver: %1.").arg(oracleForms);
        return std::nullopt;
    }
    reason = Tr::tr("Only Oracle (jdbc:oracle:thin:) and SQL Server (jdbc:sqlserver://) connection "
                    "strings are supported.");
    return std::nullopt;
}

QStringList ConfValidator::checkValue(const ConfKey &key, const QVariant &value) const
{
    QStringList out;
    const QString text = value.toString();
    const QString shown = key.secret ? QString() : DisplayText::escaped(text);
    if (key.type == ConfKeyType::Enum && !key.values.contains(text)) {
        out.append(key.secret ? Tr::tr("Use one of %1.").arg(key.values.join(QStringLiteral(", ")))
                              : Tr::tr("\"%1\" is not allowed; use one of %2.")
                                    .arg(shown, key.values.join(QStringLiteral(", "))));
    }
    for (const ValidationRule &rule : key.rules) {
        switch (rule.kind) {
        case ValidationRule::Kind::Regex:
            if (!QRegularExpression(QRegularExpression::anchoredPattern(rule.pattern))
                     .match(text)
                     .hasMatch()) {
                if (!rule.message.isEmpty())
                    out.append(rule.message);
                else if (key.secret)
                    out.append(Tr::tr("The value does not have the expected form."));
                else
                    out.append(Tr::tr("\"%1\" does not have the expected form.").arg(shown));
            }
            break;
        case ValidationRule::Kind::Range: {
            const qint64 n = value.toLongLong();
            if (n < rule.min || n > rule.max)
                out.append(Tr::tr("Enter a number from %1 to %2.").arg(rule.min).arg(rule.max));
            break;
        }
        case ValidationRule::Kind::Enum:
            break;
        case ValidationRule::Kind::Email:
            if (!isEmail(text))
                out.append(Tr::tr("Enter an e-mail address, such as admin@example.com."));
            break;
        case ValidationRule::Kind::Jdbc: {
            QString why;
            const std::optional<JdbcUrl> url = parseJdbc(text, &why);
            if (!url) {
                out.append(why);
                break;
            }
            const bool known = std::any_of(
                m_definition.databases().begin(), m_definition.databases().end(),
                [&](const DatabaseKind &db) { return db.jdbcSubprotocol == url->subprotocol; });
            if (!known)
                out.append(Tr::tr("This release does not support %1 databases.")
                               .arg(driverName(url->subprotocol)));
            break;
        }
        case ValidationRule::Kind::PasswordComplexity: {
            const QString problem = checkPasswordComplexity(text, rule.minLength);
            if (!problem.isEmpty())
                out.append(problem);
            break;
        }
        case ValidationRule::Kind::EnglishOnly: {
            const QStringList items = value.metaType().id() == QMetaType::QStringList
                                          ? value.toStringList()
                                          : QStringList{text};
            for (const QString &item : items) {
                if (!isEnglishOnly(item)) {
                    out.append(key.secret ? Tr::tr("Use English letters, digits and symbols only.")
                                          : Tr::tr("\"%1\" has characters other than English "
                                                   "letters, digits and symbols.")
                                                .arg(DisplayText::escaped(item)));
                    break;
                }
            }
            break;
        }
        case ValidationRule::Kind::Host: {
            const QString problem = ProfileValidator::checkHost(text);
            if (!problem.isEmpty())
                out.append(problem);
            break;
        }
        case ValidationRule::Kind::HostList: {
            QSet<QString> seen;
            for (const QString &host : value.toStringList()) {
                // Hazelcast members may carry a port: "octane1.example.com:5701".
                const QString problem = checkHostWithPort(host);
                if (!problem.isEmpty())
                    out.append(problem);
                else if (seen.contains(normalHost(host)))
                    out.append(Tr::tr("%1 is listed twice.").arg(DisplayText::escaped(host)));
                seen.insert(normalHost(host));
            }
            break;
        }
        }
    }
    return out;
}

QList<FieldIssue> ConfValidator::validate(const HoconFile &file, const ConfContext &context) const
{
    QHash<QString, HoconValue> values;
    for (const ConfKey &key : m_definition.confKeys())
        values.insert(key.path, file.entry(key.path));
    return validate(values, context);
}

QList<FieldIssue> ConfValidator::validate(const QHash<QString, QVariant> &values,
                                          const ConfContext &context) const
{
    QHash<QString, HoconValue> converted;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        converted.insert(it.key(), fromVariant(it.value()));
    return validate(converted, context);
}

QList<FieldIssue> ConfValidator::validate(const QHash<QString, HoconValue> &values,
                                          const ConfContext &context) const
{
    QList<FieldIssue> issues;
    QHash<ConfRole, QVariant> byRole; // checked values, for the cross-checks
    const bool clustered = context.isClustered();
    const QString dbTypeKey = m_definition.keyPath(ConfRole::DbType);
    const HoconValue dbTypeValue = values.value(dbTypeKey);
    const QString dbType =
        dbTypeValue.kind == HoconKind::String ? dbTypeValue.data.toString() : QString();

    for (const ConfKey &key : m_definition.confKeys()) {
        const HoconValue v = values.value(key.path);
        if (isEmptyValue(v)) {
            if (key.isRequired(clustered, dbType)) {
                QString message = Tr::tr("This setting is required.");
                if (key.required == ConfRequirement::InCluster)
                    message = Tr::tr("This setting is required in a cluster.");
                else if (key.required == ConfRequirement::ForDatabase)
                    message = Tr::tr("This setting is required for %1.").arg(dbType);
                issues.append({key.path, message});
            }
            continue;
        }
        // `${?VAR}` is resolved by the server from its environment: nothing to check here.
        if (v.kind == HoconKind::Substitution)
            continue;
        QString error;
        const QVariant typed = coerce(key, v, &error);
        if (!error.isEmpty()) {
            issues.append({key.path, error});
            continue;
        }
        const QStringList problems = checkValue(key, typed);
        for (const QString &problem : problems)
            issues.append({key.path, problem});
        if (problems.isEmpty() && key.role != ConfRole::None)
            byRole.insert(key.role, typed);
    }

    auto pathOf = [this](ConfRole role) { return m_definition.keyPath(role); };

    // The JDBC URL: the driver of the chosen database, the profile's database server.
    if (byRole.contains(ConfRole::ConnectionString)) {
        const std::optional<JdbcUrl> url =
            parseJdbc(byRole.value(ConfRole::ConnectionString).toString());
        const QString field = pathOf(ConfRole::ConnectionString);
        if (byRole.contains(ConfRole::DbType)) {
            const std::optional<DatabaseKind> db = m_definition.databaseFor(dbType);
            if (db && url && db->jdbcSubprotocol != url->subprotocol) {
                issues.append({field, Tr::tr("This is a connection string for %1, but %2 is %3.")
                                          .arg(driverName(url->subprotocol),
                                               pathOf(ConfRole::DbType), dbType)});
            }
        }
        if (url) {
            QStringList hosts;
            for (const QString &h : url->hosts)
                hosts.append(normalHost(h));
            if (!context.databaseHost.isEmpty() &&
                !hosts.contains(normalHost(context.databaseHost))) {
                issues.append(
                    {field, Tr::tr("The connection string names the database server %1, but the "
                                   "profile's database server is %2.")
                                .arg(url->hosts.join(QStringLiteral(", ")), context.databaseHost)});
            }
            if (clustered) {
                for (const QString &h : url->hosts) {
                    if (ProfileValidator::isLoopbackName(h)) {
                        issues.append(
                            {field,
                             Tr::tr("%1 names the local machine; in a cluster every node must "
                                    "reach the database server by a name they all resolve.")
                                 .arg(h)});
                    }
                }
            }
        }
    }

    // The node list: the profile's nodes, the first node included.
    const QString nodeField = pathOf(ConfRole::NodeList);
    if (!nodeField.isEmpty() && byRole.contains(ConfRole::NodeList) && !context.nodes.isEmpty()) {
        const QStringList listed = byRole.value(ConfRole::NodeList).toStringList();
        QSet<QString> listedSet, profileSet;
        for (const QString &h : listed)
            listedSet.insert(normalHost(h));
        for (const QString &h : context.nodes)
            profileSet.insert(normalHost(h));
        const bool standaloneEmpty = !clustered && listed.isEmpty();
        if (!standaloneEmpty) {
            const QString first =
                context.firstNode.isEmpty() ? context.nodes.first() : context.firstNode;
            if (!listedSet.contains(normalHost(first)))
                issues.append(
                    {nodeField, Tr::tr("The first node %1 must be in the list.").arg(first)});
            for (const QString &h : context.nodes) {
                if (!listedSet.contains(normalHost(h)) && normalHost(h) != normalHost(first))
                    issues.append(
                        {nodeField,
                         Tr::tr("%1, a node of the cluster, is missing from the list.").arg(h)});
            }
            for (const QString &h : listed) {
                if (!profileSet.contains(normalHost(h)))
                    issues.append({nodeField, Tr::tr("%1 is not a node of this cluster.").arg(h)});
                else if (clustered && ProfileValidator::isLoopbackName(h))
                    issues.append({nodeField, Tr::tr("%1 names the local machine; list the nodes "
                                                     "by names the other nodes resolve.")
                                                  .arg(h)});
            }
        }
    } else if (!nodeField.isEmpty() && clustered && !byRole.contains(ConfRole::NodeList) &&
               isEmptyValue(values.value(nodeField)) &&
               m_definition.confKey(ConfRole::NodeList)->required == ConfRequirement::Optional) {
        issues.append({nodeField, Tr::tr("List every node of the cluster.")});
    }

    if (byRole.contains(ConfRole::RepositoryFolder) && !context.repositoryDir.isEmpty() &&
        normalDir(byRole.value(ConfRole::RepositoryFolder).toString()) !=
            normalDir(context.repositoryDir)) {
        issues.append(
            {pathOf(ConfRole::RepositoryFolder),
             Tr::tr("The repository folder must be the shared repository of the profile, %1.")
                 .arg(context.repositoryDir)});
    }
    if (clustered && byRole.contains(ConfRole::ElasticHost) &&
        ProfileValidator::isLoopbackName(byRole.value(ConfRole::ElasticHost).toString())) {
        issues.append(
            {pathOf(ConfRole::ElasticHost),
             Tr::tr("%1 names the local machine; every node must reach Elasticsearch directly.")
                 .arg(byRole.value(ConfRole::ElasticHost).toString())});
    }
    if (byRole.contains(ConfRole::HttpPort) && byRole.contains(ConfRole::HttpsPort) &&
        byRole.value(ConfRole::HttpPort).toLongLong() ==
            byRole.value(ConfRole::HttpsPort).toLongLong()) {
        issues.append({pathOf(ConfRole::HttpsPort),
                       Tr::tr("The HTTPS port must differ from the HTTP port.")});
    }
    return issues;
}

} // namespace Ocw::Core
