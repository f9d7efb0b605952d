#pragma once

#include "../model/profilevalidator.h"
#include "../model/releasedefinition.h"
#include "hoconfile.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Ocw::Core {

class ClusterProfile;

// What octane.conf is checked against: the installation as the profile describes it.
struct ConfContext
{
    QString databaseHost;  // the JDBC host must equal it
    QStringList nodes;     // the node list must equal it (any order)
    QString firstNode;     // must be in the node list
    QString repositoryDir; // the repository folder must equal it; empty: not checked

    bool isClustered() const { return nodes.size() > 1; }
    static ConfContext fromProfile(const ClusterProfile &profile);
};

// A JDBC URL taken apart (Oracle thin or SQL Server).
struct JdbcUrl
{
    QString subprotocol; // "oracle", "sqlserver"
    QStringList hosts;   // one, or several in an Oracle descriptor (RAC)
    int port = 0;        // 0: the driver's default
    QString service;     // Oracle service name
    QString sid;         // Oracle SID
    QString database;    // SQL Server databaseName
};

// Validates octane.conf values against the release definition's schema and the profile, as
// the server does (documented rules: db type, JDBC URL, node list, e-mail, password
// complexity, English-only names, ports), plus the wizard's cross-checks (JDBC host = the
// database server, never a loopback name in a cluster, node list = the profile's nodes with the
// first node). Every issue names the key path. Messages never contain a secret. Pure, any thread.
class ConfValidator
{
public:
    explicit ConfValidator(ReleaseDefinition definition);

    QList<FieldIssue> validate(const HoconFile &file, const ConfContext &context) const;
    // The form's values by key path (QString, integer, bool, QStringList); a missing path is
    // an empty field.
    QList<FieldIssue> validate(const QHash<QString, QVariant> &values,
                               const ConfContext &context) const;
    // One field alone, as the user types (no cross-checks); empty when fine.
    QStringList checkValue(const ConfKey &key, const QVariant &value) const;

    static bool isEmail(const QString &text);
    // Empty when the password meets the documented rule, else what is missing.
    static QString checkPasswordComplexity(const QString &password, int minLength = 8);
    static bool isEnglishOnly(const QString &text);
    // nullopt and `why` when `url` is not a well-formed Oracle thin or SQL Server URL.
    static std::optional<JdbcUrl> parseJdbc(const QString &url, QString *why = nullptr);

private:
    QList<FieldIssue> validate(const QHash<QString, HoconValue> &values,
                               const ConfContext &context) const;

    ReleaseDefinition m_definition;
};

} // namespace Ocw::Core
