#include "confsamples.h"

#include "core/config/confvalidator.h"
#include "core/model/clusterprofile.h"

#include <QtTest>

using namespace Ocw::Core;

class TestConfValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cases_data();
    void cases();
    void standalone_data();
    void standalone();
    void requiredForDatabase_data();
    void requiredForDatabase();
    void formValues();
    void secretsNeverInMessages();
    void lineBreaksInValuesStayOneLine();
    void jdbc_data();
    void jdbc();
    void email_data();
    void email();
    void passwordComplexity_data();
    void passwordComplexity();
    void contextFromProfile();
};

// Mutations are addressed by role, so every row runs against both release definitions.
enum class Change { None, Set, Remove, Raw };
Q_DECLARE_METATYPE(Change)

static void addCase(const char *name, ConfRole role, Change change, const QVariant &value,
                    const QList<ConfRole> &expected)
{
    for (const char *which : {"current", "renamed"}) {
        QList<int> roles;
        for (ConfRole r : expected)
            roles.append(int(r));
        QTest::newRow(
            qPrintable(QStringLiteral("%1/%2").arg(QLatin1String(which), QLatin1String(name))))
            << QString::fromLatin1(which) << int(role) << change << value << roles;
    }
}

void TestConfValidator::cases_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<int>("role");
    QTest::addColumn<Change>("change");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QList<int>>("expected"); // roles of the keys that must have an issue
    using R = ConfRole;
    const QStringList nodes{"octane1.lab", "octane2.lab", "octane3.lab"};

    addCase("good", R::None, Change::None, {}, {});
    addCase("db-type-unknown", R::DbType, Change::Set, "POSTGRES", {R::DbType});
    addCase("db-type-lower-case", R::DbType, Change::Set, "oracle", {R::DbType});
    addCase("jdbc-malformed", R::ConnectionString, Change::Set, "jdbc:oracle:thin:db.lab",
            {R::ConnectionString});
    addCase("jdbc-not-jdbc", R::ConnectionString, Change::Set, "db.lab:1521/OCTANE",
            {R::ConnectionString});
    addCase("jdbc-sid-form", R::ConnectionString, Change::Set, "jdbc:oracle:thin:@db.lab:1521:ORCL",
            {});
    addCase("jdbc-host-case", R::ConnectionString, Change::Set,
            "jdbc:oracle:thin:@//DB.LAB.:1521/OCTANE", {});
    addCase("jdbc-other-server", R::ConnectionString, Change::Set,
            "jdbc:oracle:thin:@//olddb.lab:1521/OCTANE", {R::ConnectionString});
    addCase("jdbc-loopback", R::ConnectionString, Change::Set,
            "jdbc:oracle:thin:@//localhost:1521/OCTANE", {R::ConnectionString});
    addCase("jdbc-port-out-of-range", R::ConnectionString, Change::Set,
            "jdbc:oracle:thin:@//db.lab:99999/OCTANE", {R::ConnectionString});
    addCase("jdbc-driver-differs-from-type", R::ConnectionString, Change::Set,
            "jdbc:sqlserver://db.lab:1433;databaseName=octane", {R::ConnectionString});
    addCase(
        "jdbc-rac-descriptor", R::ConnectionString, Change::Set,
        "jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS_LIST=(ADDRESS=(PROTOCOL=TCP)(HOST=db.lab)(PORT="
        "1521))"
        "(ADDRESS=(PROTOCOL=TCP)(HOST=db2.lab)(PORT=1521)))(CONNECT_DATA=(SERVICE_NAME=OCTANE)))",
        {});
    addCase("nodes-one-missing", R::NodeList, Change::Set,
            QStringList{"octane1.lab", "octane2.lab"}, {R::NodeList});
    addCase("nodes-other-order", R::NodeList, Change::Set,
            QStringList{"octane3.lab", "octane1.lab", "octane2.lab"}, {});
    addCase("nodes-duplicate", R::NodeList, Change::Set,
            QStringList{"octane1.lab", "octane2.lab", "octane2.lab", "octane3.lab"}, {R::NodeList});
    addCase("nodes-extra", R::NodeList, Change::Set, nodes + QStringList{"octane4.lab"},
            {R::NodeList});
    addCase("nodes-first-missing", R::NodeList, Change::Set,
            QStringList{"octane2.lab", "octane3.lab"}, {R::NodeList});
    addCase("nodes-bad-host", R::NodeList, Change::Set,
            QStringList{"octane1.lab", "octane_2", "octane3.lab"}, {R::NodeList});
    addCase("nodes-with-cluster-port", R::NodeList, Change::Set,
            QStringList{"octane1.lab:5701", "octane2.lab", "octane3.lab:5701"}, {});
    addCase("nodes-bad-port", R::NodeList, Change::Set,
            QStringList{"octane1.lab:70000", "octane2.lab", "octane3.lab"}, {R::NodeList});
    addCase("nodes-as-text", R::NodeList, Change::Set, "octane1.lab,octane2.lab,octane3.lab",
            {R::NodeList});
    addCase("nodes-missing-in-cluster", R::NodeList, Change::Remove, {}, {R::NodeList});
    addCase("cluster-password-missing", R::ClusterPassword, Change::Remove, {},
            {R::ClusterPassword});
    addCase("admin-not-email", R::SiteAdminUser, Change::Set, "admin", {R::SiteAdminUser});
    addCase("admin-email-non-ascii", R::SiteAdminUser, Change::Set,
            QString::fromUtf8("admin@exämple.com"), {R::SiteAdminUser});
    addCase("password-short", R::SiteAdminPassword, Change::Set, "Ab1", {R::SiteAdminPassword});
    addCase("password-no-capital", R::SiteAdminPassword, Change::Set, "secret-pass-1",
            {R::SiteAdminPassword});
    addCase("password-no-lower-case", R::SiteAdminPassword, Change::Set, "SECRET-PASS-1",
            {R::SiteAdminPassword});
    addCase("password-letters-only", R::SiteAdminPassword, Change::Set, "SecretPassword",
            {R::SiteAdminPassword});
    addCase("password-accented-capital-only", R::SiteAdminPassword, Change::Set,
            QString::fromUtf8("Ésecret-pass-1"), {R::SiteAdminPassword});
    addCase("password-symbol-counts", R::SiteAdminPassword, Change::Set, "Secret!Password", {});
    addCase("schema-not-english", R::SchemaName, Change::Set, QString::fromUtf8("schéma"),
            {R::SchemaName});
    addCase("schema-pattern", R::SchemaName, Change::Set, "1octane", {R::SchemaName});
    addCase("schema-30-characters", R::SchemaName, Change::Set, QString(30, QLatin1Char('s')), {});
    addCase("schema-31-characters", R::SchemaName, Change::Set, QString(31, QLatin1Char('s')),
            {R::SchemaName});
    addCase("admin-user-not-english", R::DbAdminUser, Change::Set, QString::fromUtf8("système"),
            {R::DbAdminUser});
    addCase("port-out-of-range", R::HttpPort, Change::Set, 70000, {R::HttpPort});
    addCase("port-as-text-number", R::HttpPort, Change::Set, "8081", {});
    addCase("port-not-a-number", R::HttpPort, Change::Set, "eighty", {R::HttpPort});
    addCase("ports-equal", R::HttpsPort, Change::Set, "SAME", {R::HttpsPort});
    addCase("elastic-bad-host", R::ElasticHost, Change::Set, "es lab", {R::ElasticHost});
    addCase("elastic-loopback", R::ElasticHost, Change::Set, "127.0.0.1", {R::ElasticHost});
    addCase("site-action-unknown", R::SiteAction, Change::Set, "RECREATE", {R::SiteAction});
    addCase("repository-differs", R::RepositoryFolder, Change::Set, "/srv/other-repo",
            {R::RepositoryFolder});
    addCase("repository-trailing-slash", R::RepositoryFolder, Change::Set, "/srv/octane-repo/", {});
    addCase("repository-relative", R::RepositoryFolder, Change::Set, "octane-repo",
            {R::RepositoryFolder});
    addCase("required-missing", R::DbAdminPassword, Change::Remove, {}, {R::DbAdminPassword});
    addCase("required-empty", R::DbAdminUser, Change::Set, "", {R::DbAdminUser});
    addCase("substitution-not-checked", R::SchemaPassword, Change::Raw, "${?SCHEMA_PASSWORD}", {});
    addCase("object-instead-of-value", R::DbAdminUser, Change::Raw, "{ name = x }",
            {R::DbAdminUser});
}

void TestConfValidator::cases()
{
    QFETCH(QString, which);
    QFETCH(int, role);
    QFETCH(Change, change);
    QFETCH(QVariant, value);
    QFETCH(QList<int>, expected);
    const ReleaseDefinition d = ConfSamples::definition(which);
    HoconFile file = ConfSamples::sampleFile(d);
    const QString path = d.keyPath(ConfRole(role));
    if (value == QVariant("SAME"))
        value = file.value(d.keyPath(ConfRole::HttpPort));
    switch (change) {
    case Change::None:
        break;
    case Change::Set:
        QVERIFY(file.set(path, value));
        break;
    case Change::Remove:
        QVERIFY(*file.remove(path));
        break;
    case Change::Raw: {
        // Text the setter never writes (a substitution, an object): append it as a later line.
        Expected<HoconFile> edited = HoconFile::parse(file.toBytes() + path.toUtf8() + " = " +
                                                      value.toString().toUtf8() + "\n");
        QVERIFY2(edited, qPrintable(edited.error().message));
        file = *edited;
        break;
    }
    }
    const QList<FieldIssue> issues = ConfValidator(d).validate(file, ConfSamples::context());
    QStringList actual, expectedFields;
    for (const FieldIssue &issue : issues) {
        if (!actual.contains(issue.field))
            actual.append(issue.field);
        QVERIFY(!issue.message.isEmpty());
    }
    for (int r : expected)
        expectedFields.append(d.keyPath(ConfRole(r)));
    actual.sort();
    expectedFields.sort();
    if (actual != expectedFields || qEnvironmentVariableIsSet("OCW_SHOW_ISSUES")) {
        for (const FieldIssue &issue : issues)
            qWarning("%s: %s", qPrintable(issue.field), qPrintable(issue.message));
    }
    QCOMPARE(actual, expectedFields);
}

void TestConfValidator::standalone_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QVariant>("nodes"); // invalid: the key is removed
    QTest::addColumn<bool>("removeClusterPassword");
    QTest::addColumn<bool>("valid");
    for (const char *which : {"current", "renamed"}) {
        const QString w = QString::fromLatin1(which);
        QTest::newRow(qPrintable(w + "/no-cluster-keys")) << w << QVariant() << true << true;
        QTest::newRow(qPrintable(w + "/empty-list"))
            << w << QVariant(QStringList{}) << true << true;
        QTest::newRow(qPrintable(w + "/the-node"))
            << w << QVariant(QStringList{"octane1.lab"}) << false << true;
        QTest::newRow(qPrintable(w + "/another-node"))
            << w << QVariant(QStringList{"octane9.lab"}) << false << false;
    }
}

void TestConfValidator::standalone()
{
    QFETCH(QString, which);
    QFETCH(QVariant, nodes);
    QFETCH(bool, removeClusterPassword);
    QFETCH(bool, valid);
    const ReleaseDefinition d = ConfSamples::definition(which);
    HoconFile file = ConfSamples::sampleFile(d);
    if (nodes.isValid())
        QVERIFY(file.set(d.nodeListKey(), nodes));
    else
        QVERIFY(file.remove(d.nodeListKey()));
    if (removeClusterPassword)
        QVERIFY(file.remove(d.keyPath(ConfRole::ClusterPassword)));
    ConfContext single = ConfSamples::context();
    single.nodes = QStringList{"octane1.lab"};
    // A single server may use its own machine's database.
    QVERIFY(file.set(d.keyPath(ConfRole::ConnectionString),
                     QStringLiteral("jdbc:oracle:thin:@//localhost:1521/OCTANE")));
    single.databaseHost = QStringLiteral("localhost");
    const QList<FieldIssue> issues = ConfValidator(d).validate(file, single);
    for (const FieldIssue &issue : issues)
        qDebug("%s: %s", qPrintable(issue.field), qPrintable(issue.message));
    QCOMPARE(issues.isEmpty(), valid);
}

void TestConfValidator::requiredForDatabase_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<int>("database"); // index into the definition's databases
    QTest::addColumn<bool>("issue");
    for (const char *which : {"current", "renamed"}) {
        const QString w = QString::fromLatin1(which);
        QTest::newRow(qPrintable(w + "/oracle-needs-table-space")) << w << 0 << true;
        QTest::newRow(qPrintable(w + "/sql-server-does-not")) << w << 1 << false;
    }
}

void TestConfValidator::requiredForDatabase()
{
    QFETCH(QString, which);
    QFETCH(int, database);
    QFETCH(bool, issue);
    const ReleaseDefinition d = ConfSamples::definition(which);
    HoconFile file = ConfSamples::sampleFile(d);
    const DatabaseKind db = d.databases().at(database);
    QVERIFY(file.set(d.keyPath(ConfRole::DbType), db.value));
    QVERIFY(file.set(d.keyPath(ConfRole::ConnectionString),
                     db.jdbcSubprotocol == QLatin1String("oracle")
                         ? QStringLiteral("jdbc:oracle:thin:@//db.lab:1521/OCTANE")
                         : QStringLiteral("jdbc:sqlserver://db.lab:1433;databaseName=octane")));
    const QString tableSpace = d.keyPath(ConfRole::TableSpace);
    QVERIFY(!tableSpace.isEmpty());
    QVERIFY(*file.remove(tableSpace));
    const QList<FieldIssue> issues = ConfValidator(d).validate(file, ConfSamples::context());
    QCOMPARE(issues.size(), issue ? 1 : 0);
    if (issue) {
        QCOMPARE(issues.first().field, tableSpace);
        QVERIFY(issues.first().message.contains(db.value));
    }
}

void TestConfValidator::formValues()
{
    // The form's values (by key path) go through the same rules as the file.
    const ReleaseDefinition d = ConfSamples::definition(QStringLiteral("renamed"));
    QHash<QString, QVariant> values;
    for (const ConfKey &key : d.confKeys())
        values.insert(key.path, ConfSamples::sampleValue(key));
    ConfValidator validator(d);
    QCOMPARE(validator.validate(values, ConfSamples::context()).size(), 0);
    values.insert(d.keyPath(ConfRole::SiteAdminPassword),
                  QStringLiteral("Short-1")); // 10 needed here
    values.remove(d.keyPath(ConfRole::SchemaName));
    const QList<FieldIssue> issues = validator.validate(values, ConfSamples::context());
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues.at(0).field, QStringLiteral("database.schema.id"));
    QCOMPARE(issues.at(1).field, QStringLiteral("site.admin.secret"));
    QVERIFY(issues.at(1).message.contains(QStringLiteral("10")));
    // One field alone, as the user types.
    QCOMPARE(validator.checkValue(*d.confKey(ConfRole::SiteAdminUser), QStringLiteral("a@b.co")),
             QStringList());
    QCOMPARE(
        validator.checkValue(*d.confKey(ConfRole::SiteAdminUser), QStringLiteral("a@b")).size(), 1);
}

void TestConfValidator::secretsNeverInMessages()
{
    for (const char *which : {"current", "renamed"}) {
        const ReleaseDefinition d = ConfSamples::definition(QString::fromLatin1(which));
        ConfValidator validator(d);
        for (const ConfKey &key : d.confKeys()) {
            if (!key.secret)
                continue;
            // Values that break every rule a secret can have.
            for (const QString &bad : {QStringLiteral("zz"), QString::fromUtf8("pässwörd-lower"),
                                       QStringLiteral("NOLOWER-12345")}) {
                HoconFile file = ConfSamples::sampleFile(d);
                QVERIFY(file.set(key.path, bad));
                for (const FieldIssue &issue : validator.validate(file, ConfSamples::context()))
                    QVERIFY2(!issue.message.contains(bad), qPrintable(issue.message));
            }
        }
    }
}

void TestConfValidator::lineBreaksInValuesStayOneLine()
{
    const ReleaseDefinition d = ConfSamples::definition(QStringLiteral("current"));
    ConfValidator validator(d);
    const QString bad = QStringLiteral("evil\nsecond line\tx");
    int quoted = 0;
    for (const ConfKey &key : d.confKeys()) {
        for (const QString &message : validator.checkValue(key, bad)) {
            QVERIFY2(!message.contains(QLatin1Char('\n')) && !message.contains(QLatin1Char('\t')),
                     qPrintable(key.path + QStringLiteral(": ") + message));
            if (message.contains(QStringLiteral("evil\\nsecond line\\tx")))
                ++quoted;
        }
    }
    QVERIFY(quoted > 0); // the value is still shown, escaped
}

void TestConfValidator::jdbc_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("subprotocol");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("name"); // service, SID or database
    QTest::newRow("oracle-service") << "jdbc:oracle:thin:@//db.lab:1521/OCTANE" << true << "oracle"
                                    << "db.lab" << 1521 << "OCTANE";
    QTest::newRow("oracle-service-no-port")
        << "jdbc:oracle:thin:@//db.lab/OCTANE.corp" << true << "oracle"
        << "db.lab" << 0 << "OCTANE.corp";
    QTest::newRow("oracle-ezconnect") << "jdbc:oracle:thin:@db.lab:1521/OCTANE" << true << "oracle"
                                      << "db.lab" << 1521 << "OCTANE";
    QTest::newRow("oracle-sid") << "jdbc:oracle:thin:@db.lab:1521:ORCL" << true << "oracle"
                                << "db.lab" << 1521 << "ORCL";
    QTest::newRow("oracle-ipv6") << "jdbc:oracle:thin:@//[2001:db8::5]:1521/OCTANE" << true
                                 << "oracle"
                                 << "2001:db8::5" << 1521 << "OCTANE";
    QTest::newRow("oracle-descriptor") << "jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)("
                                          "HOST=db.lab)(PORT=1521))(CONNECT_DATA=(SID=ORCL)))"
                                       << true << "oracle"
                                       << "db.lab" << 1521 << "ORCL";
    QTest::newRow("sqlserver") << "jdbc:sqlserver://sql.lab:1433;databaseName=octane" << true
                               << "sqlserver"
                               << "sql.lab" << 1433 << "octane";
    QTest::newRow("sqlserver-instance-props")
        << "jdbc:sqlserver://sql.lab\\OCT;encrypt=true;database=octane;" << true << "sqlserver"
        << "sql.lab" << 0 << "octane";
    QTest::newRow("oracle-no-at") << "jdbc:oracle:thin://db.lab:1521/OCTANE" << false << ""
                                  << "" << 0 << "";
    QTest::newRow("oracle-oci") << "jdbc:oracle:oci:@db.lab:1521:ORCL" << false << ""
                                << "" << 0 << "";
    QTest::newRow("oracle-sid-without-port") << "jdbc:oracle:thin:@db.lab:ORCL" << false << ""
                                             << "" << 0 << "";
    QTest::newRow("oracle-bad-host") << "jdbc:oracle:thin:@//db_lab:1521/OCTANE" << false << ""
                                     << "" << 0 << "";
    QTest::newRow("oracle-port-zero") << "jdbc:oracle:thin:@//db.lab:0/OCTANE" << false << ""
                                      << "" << 0 << "";
    QTest::newRow("oracle-descriptor-unbalanced")
        << "jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(HOST=db.lab)(PORT=1521)" << false << ""
        << "" << 0 << "";
    QTest::newRow("sqlserver-no-database") << "jdbc:sqlserver://sql.lab:1433" << false << ""
                                           << "" << 0 << "";
    QTest::newRow("sqlserver-bad-property")
        << "jdbc:sqlserver://sql.lab:1433;databaseName=x;junk" << false << ""
        << "" << 0 << "";
    QTest::newRow("postgres") << "jdbc:postgresql://pg.lab/octane" << false << ""
                              << "" << 0 << "";
    QTest::newRow("blank-inside") << "jdbc:oracle:thin:@//db.lab :1521/OCTANE" << false << ""
                                  << "" << 0 << "";
}

void TestConfValidator::jdbc()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    QFETCH(QString, subprotocol);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, name);
    QString why;
    const std::optional<JdbcUrl> parsed = ConfValidator::parseJdbc(url, &why);
    QCOMPARE(bool(parsed), valid);
    if (!valid) {
        QVERIFY(!why.isEmpty());
        return;
    }
    QCOMPARE(parsed->subprotocol, subprotocol);
    QCOMPARE(parsed->hosts.first(), host);
    QCOMPARE(parsed->port, port);
    QCOMPARE(parsed->service + parsed->sid + parsed->database, name);
}

void TestConfValidator::email_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "admin@example.com" << true;
    QTest::newRow("plus-and-dots") << "first.last+octane@corp.example.co.uk" << true;
    QTest::newRow("no-at") << "admin" << false;
    QTest::newRow("no-domain-dot") << "admin@localhost" << false;
    QTest::newRow("two-ats") << "a@b@c.com" << false;
    QTest::newRow("double-dot") << "a..b@c.com" << false;
    QTest::newRow("blank") << "ad min@c.com" << false;
    QTest::newRow("non-ascii") << QString::fromUtf8("adé@c.com") << false;
}

void TestConfValidator::email()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(ConfValidator::isEmail(text), valid);
}

void TestConfValidator::passwordComplexity_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("missing"); // empty: valid
    QTest::newRow("valid-digit") << "Octane2024"
                                 << "";
    QTest::newRow("valid-symbol") << "Octane!pass"
                                  << "";
    QTest::newRow("eight-exactly") << "Abcdef1!"
                                   << "";
    QTest::newRow("seven") << "Abcde1!"
                           << "at least 8 characters";
    QTest::newRow("no-capital") << "octane2024"
                                << "a capital letter";
    QTest::newRow("no-lower-case") << "OCTANE2024"
                                   << "a lower-case letter";
    QTest::newRow("no-digit-or-symbol") << "OctanePass"
                                        << "a digit or a symbol";
    QTest::newRow("blank-is-no-symbol") << "Octane Pass"
                                        << "a digit or a symbol";
}

void TestConfValidator::passwordComplexity()
{
    QFETCH(QString, password);
    QFETCH(QString, missing);
    const QString problem = ConfValidator::checkPasswordComplexity(password);
    if (missing.isEmpty())
        QCOMPARE(problem, QString());
    else
        QVERIFY2(problem.contains(missing), qPrintable(problem));
    QVERIFY(!problem.contains(password));
}

void TestConfValidator::contextFromProfile()
{
    ClusterProfile p;
    for (const char *h : {"octane1.lab", "octane2.lab"}) {
        Node n;
        n.host = QString::fromLatin1(h);
        p.nodes.append(n);
    }
    p.firstNode = QStringLiteral("octane2.lab");
    p.database.host = QStringLiteral("db.lab");
    p.repositoryDir = QStringLiteral("/srv/octane-repo");
    const ConfContext c = ConfContext::fromProfile(p);
    QCOMPARE(c.nodes, (QStringList{"octane1.lab", "octane2.lab"}));
    QCOMPARE(c.firstNode, QStringLiteral("octane2.lab"));
    QCOMPARE(c.databaseHost, QStringLiteral("db.lab"));
    QCOMPARE(c.repositoryDir, QStringLiteral("/srv/octane-repo"));
    QVERIFY(c.isClustered());
}

QTEST_GUILESS_MAIN(TestConfValidator)
#include "tst_confvalidator.moc"
