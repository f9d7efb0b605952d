#include "confsamples.h"

#include "core/checks/requirements.h"
#include "core/model/releasedefinition.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace Ocw::Core;

class TestReleaseDefinition : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsBothDefinitions_data();
    void loadsBothDefinitions();
    void currentReleaseFacts();
    void renamedReleaseFacts();
    void commandsExpandPerArgument();
    void logLines_data();
    void logLines();
    void unconfirmedFactsAreMarked();
    void requirementsStillRead_data();
    void requirementsStillRead();
    void schemaErrors_data();
    void schemaErrors();
    void loadErrors_data();
    void loadErrors();

private:
    static QJsonObject currentJson();
};

QJsonObject TestReleaseDefinition::currentJson()
{
    QFile file(QStringLiteral(":/releases/octane-current.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no built-in definition");
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestReleaseDefinition::loadsBothDefinitions_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("confFile");
    QTest::addColumn<QString>("nodeListKey");
    QTest::addColumn<QString>("dbTypeKey");
    QTest::newRow("current") << "current"
                             << "octane-current"
                             << "/opt/octane/conf/octane.conf"
                             << "cluster.nodes"
                             << "db-type";
    QTest::newRow("renamed") << "renamed"
                             << "test-renamed"
                             << "/srv/o2/etc/site.conf"
                             << "hazelcast.members"
                             << "database.kind";
}

void TestReleaseDefinition::loadsBothDefinitions()
{
    QFETCH(QString, which);
    QFETCH(QString, id);
    QFETCH(QString, confFile);
    QFETCH(QString, nodeListKey);
    QFETCH(QString, dbTypeKey);
    const ReleaseDefinition d = ConfSamples::definition(which);
    QCOMPARE(d.id(), id);
    QCOMPARE(d.confFile(), confFile);
    QCOMPARE(d.nodeListKey(), nodeListKey);
    QCOMPARE(d.keyPath(ConfRole::DbType), dbTypeKey);
    QVERIFY(d.confKey(nodeListKey));
    QCOMPARE(d.confKey(nodeListKey)->type, ConfKeyType::List);
    QCOMPARE(d.confKey(nodeListKey)->required, ConfRequirement::InCluster);
    // Every key is in a group and has help; every secret is typed secret and has no default.
    for (const ConfKey &key : d.confKeys()) {
        QVERIFY2(!key.group.isEmpty() && !key.help.isEmpty(), qPrintable(key.path));
        if (key.secret)
            QVERIFY2(!key.defaultValue.isValid(), qPrintable(key.path));
    }
    QCOMPARE(d.secretKeyPaths().size(), 4);
}

void TestReleaseDefinition::currentReleaseFacts()
{
    const ReleaseDefinition d = ConfSamples::definition(QStringLiteral("current"));
    QCOMPARE(d.installDir(), QStringLiteral("/opt/octane"));
    QCOMPARE(d.installUser(), QStringLiteral("octane"));
    QCOMPARE(d.logFile(), QStringLiteral("/opt/octane/log/wrapper.log"));
    QCOMPARE(d.hazelcastFile(), QStringLiteral("/opt/octane/conf/hazelcast.xml"));
    QCOMPARE(d.repositoryConfFile(QStringLiteral("/srv/octane-repo/")),
             QStringLiteral("/srv/octane-repo/conf/octane.conf"));
    QCOMPARE(d.confOwner(), QStringLiteral("octane"));
    QCOMPARE(d.confMode(), 0600);
    QCOMPARE(d.repositoryEnv().variable, QStringLiteral("OCTANE_REPOSITORY_DIR"));
    QCOMPARE(d.repositoryEnv().file, QStringLiteral("/etc/environment"));
    QCOMPARE(d.repositoryEnv().line(QStringLiteral("/srv/octane-repo")),
             QStringLiteral("OCTANE_REPOSITORY_DIR=/srv/octane-repo"));
    QCOMPARE(d.service().name, QStringLiteral("octane"));
    QCOMPARE(d.expand(d.service().start), (QStringList{"systemctl", "start", "octane"}));
    QCOMPARE(d.port(QStringLiteral("cluster")), 5701);
    QCOMPARE(d.port(QStringLiteral("http")), 8080);
    QCOMPARE(d.port(QStringLiteral("https")), 8443);
    QCOMPARE(d.databases().size(), 2);
    QCOMPARE(d.databaseFor(QStringLiteral("MSSQL"))->jdbcSubprotocol, QStringLiteral("sqlserver"));

    // The key layout the lab's simulated service parses.
    QStringList paths;
    for (const ConfKey &key : d.confKeys())
        paths.append(key.path);
    QCOMPARE(paths, (QStringList{
                        "db-type",
                        "connection-string",
                        "db-admin-user",
                        "db-admin-password",
                        "schema-name",
                        "schema-password",
                        "table-space",
                        "temp-table-space",
                        "site-action",
                        "repository-folder",
                        "site-admin-user",
                        "site-admin-password",
                        "elastic.host",
                        "elastic.port",
                        "elastic.cluster-name",
                        "cluster.nodes",
                        "cluster.distributed-password",
                        "server.http-port",
                        "server.https-port",
                    }));
    QCOMPARE(d.confKey(QStringLiteral("db-type"))->values, (QStringList{"ORACLE", "MSSQL"}));
    // The secure deployment's facts, each a key of the schema; the unconfirmed ones say so.
    const SecureSpec &secure = d.secure();
    QCOMPARE(d.expand(secure.keystoreFile), QStringLiteral("/opt/octane/conf/keystore.p12"));
    QCOMPARE(d.expand(secure.webXml), QStringLiteral("/opt/octane/webapps/root/WEB-INF/web.xml"));
    QCOMPARE(secure.keystorePasswordKey, QStringLiteral("server.keystore-password"));
    QVERIFY(!d.confKey(secure.keystorePasswordKey)); // not in the first node's form
    QCOMPARE(secure.tlsMinimum, QStringLiteral("TLSv1.2"));
    QCOMPARE(secure.vendorKeyImport, (QStringList{"rpm", "--import", "{key}"}));
    QVERIFY(d.unconfirmedFacts().contains(QStringLiteral("secure.confKeys")));
    QVERIFY(d.unconfirmedFacts().contains(QStringLiteral("secure.keystoreFile")));
    QVERIFY(!d.unconfirmedFacts().contains(QStringLiteral("secure.webXml")));
    QCOMPARE(d.confKey(QStringLiteral("site-action"))->values,
             (QStringList{"CREATE_NEW", "CONNECT_TO_EXISTING", "FILL_EXISTING"}));
    QCOMPARE(d.confKey(QStringLiteral("elastic.port"))->defaultValue, QVariant(qint64(9300)));
    QCOMPARE(d.groups(), (QStringList{"Database", "Site", "Elasticsearch", "Cluster", "Server"}));
    QVERIFY(d.confKey(QStringLiteral("db-type"))->provenance.confirmed);
    QVERIFY(d.confKey(QStringLiteral("connection-string"))->provenance.confirmed);
    QVERIFY(!d.confKey(QStringLiteral("cluster.nodes"))->provenance.confirmed);
    QVERIFY(!d.confKey(QStringLiteral("cluster.nodes"))->provenance.source.isEmpty());
}

void TestReleaseDefinition::renamedReleaseFacts()
{
    const ReleaseDefinition d = ConfSamples::definition(QStringLiteral("renamed"));
    QCOMPARE(d.installUser(), QStringLiteral("o2svc"));
    QCOMPARE(d.logFile(), QStringLiteral("/srv/o2/logs/server.log"));
    QCOMPARE(d.repositoryEnv().line(QStringLiteral("/r")),
             QStringLiteral("export O2_REPOSITORY=/r"));
    QCOMPARE(d.expand(d.service().status),
             (QStringList{"/srv/o2/bin/o2ctl", "status", "o2-server"}));
    QCOMPARE(d.confMode(), 0640);
    QCOMPARE(d.port(QStringLiteral("cluster")), 5801);
    QCOMPARE(d.databaseFor(QStringLiteral("ORA"))->jdbcSubprotocol, QStringLiteral("oracle"));
    QVERIFY(!d.databaseFor(QStringLiteral("ORACLE")));
    QCOMPARE(d.confKey(QStringLiteral("web.compression"))->defaultValue, QVariant(true));
    QCOMPARE(d.confKey(ConfRole::SiteAdminPassword)->rules.first().minLength, 10);
}

void TestReleaseDefinition::commandsExpandPerArgument()
{
    const ReleaseDefinition d = ConfSamples::definition(QStringLiteral("current"));
    const std::optional<PackageKind> rpm =
        d.packageKindFor(QStringLiteral("octane-onprem-16.2.100.rpm"));
    QVERIFY(rpm);
    QCOMPARE(rpm->name, QStringLiteral("rpm"));
    // A path with blanks stays one argument: the caller quotes each one.
    const QHash<QString, QString> vars{
        {QStringLiteral("package"), QStringLiteral("/tmp/my dir/o.rpm")}};
    QCOMPARE(d.expand(rpm->install, vars), (QStringList{"rpm", "-ivh", "/tmp/my dir/o.rpm"}));
    QCOMPARE(d.expand(rpm->installedQuery), (QStringList{"rpm", "-q", "octane"}));
    QCOMPARE(d.expand(rpm->verify, vars), (QStringList{"rpm", "--checksig", "/tmp/my dir/o.rpm"}));

    const std::optional<PackageKind> tar = d.packageKindFor(QStringLiteral("octane.TAR.GZ"));
    QVERIFY(tar);
    const QHash<QString, QString> tarVars{
        {QStringLiteral("package"), QStringLiteral("/tmp/o.tar.gz")},
        {QStringLiteral("installDir"), QStringLiteral("/opt/o")}};
    QCOMPARE(d.expand(tar->install, tarVars),
             (QStringList{"tar", "-xzf", "/tmp/o.tar.gz", "-C", "/opt/o"}));
    QVERIFY(!d.packageKindFor(QStringLiteral("octane.zip")));
    // One pass: a value that looks like a placeholder is not expanded again.
    QCOMPARE(d.expand(QStringLiteral("{package}"),
                      {{QStringLiteral("package"), QStringLiteral("{installDir}")}}),
             QStringLiteral("{installDir}"));
}

void TestReleaseDefinition::logLines_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("ready");
    QTest::addColumn<QString>("failure");
    QTest::addColumn<bool>("fatal");
    const QString ts = QStringLiteral("2026-11-26 10:13:50,800 ");
    auto row = [](const char *name, const QString &which, const QString &line, bool ready,
                  const char *failure, bool fatal) {
        QTest::newRow(name) << which << line << ready << QString::fromLatin1(failure) << fatal;
    };
    const QString c = QStringLiteral("current"), r = QStringLiteral("renamed");
    row("current-ready-12.53", c, "INFO | jvm 1 | Server is ready! (Boot time 93 sec)", true, "",
        false);
    // The lines the lab's simulated server writes (tests/lab/README.md).
    row("lab-ready", c, ts + "INFO [server] Server is ready! (Boot time: 3 seconds)", true, "",
        false);
    row("lab-invalid-setting", c,
        ts + "FATAL [config] Invalid setting db-type: 'X' is not ORACLE or MSSQL", false,
        "invalid-configuration", true);
    row("lab-parse-error", c,
        ts + "FATAL [config] Cannot parse /opt/octane/conf/octane.conf: line 3: expected '='",
        false, "invalid-configuration", true);
    row("lab-owner", c, ts + "FATAL [config] octane.conf must be owned by octane (owner is root)",
        false, "conf-owner", true);
    row("lab-no-conf", c,
        ts + "FATAL [config] No octane.conf: neither /opt/octane/conf/octane.conf nor "
             "/srv/octane-repo/conf/octane.conf exists",
        false, "conf-missing", true);
    row("lab-env-missing", c, ts + "FATAL [repository] OCTANE_REPOSITORY_DIR is not set", false,
        "repository-dir-missing", true);
    row("lab-repo-not-writable", c,
        ts + "FATAL [repository] Cannot write to the repository /srv/octane-repo", false,
        "repository-not-writable", true);
    row("lab-db-unreachable", c,
        ts + "FATAL [database] Cannot connect to the database server db.lab:1521", false,
        "database-unreachable", true);
    row("lab-disk-full", c, ts + "FATAL [disk] No space left on device", false, "disk-full", true);
    row("lab-port-taken", c,
        ts + "FATAL [server] Cannot listen on 127.0.0.11:8080: Address already in use", false,
        "port-in-use", true);
    row("lab-service-fails", c, ts + "FATAL [server] Service failed: simulated failure", false,
        "fatal", true);
    row("lab-unhealthy", c,
        ts + "ERROR [cluster] Cluster is unhealthy: members [octane1.lab] do not match the nodes "
             "in octane.conf [octane1.lab, octane2.lab]",
        false, "cluster-unhealthy", false);
    row("lab-members", c, ts + "INFO [cluster] Members: [octane1.lab, octane2.lab]", false, "",
        false);
    row("lab-unknown-setting", c, ts + "WARN [config] Unknown setting proxy.host (ignored)", false,
        "", false);
    row("jdbc-no-listener", c, "java.sql.SQLException: ORA-12541: TNS:no listener", false,
        "database-unreachable", true);
    row("jdbc-login", c, "ORA-01017: invalid username/password", false, "database-login", true);
    row("plain", c, "INFO starting the web server", false, "", false);
    row("renamed-ready", r, "O2 started in 512 ms", true, "", false);
    row("renamed-not-octane-ready", r, "Server is ready! (Boot time 93 sec)", false, "", false);
    row("renamed-failure", r, "fatal: member list mismatch", false, "members-differ", true);
}

void TestReleaseDefinition::logLines()
{
    QFETCH(QString, which);
    QFETCH(QString, line);
    QFETCH(bool, ready);
    QFETCH(QString, failure);
    QFETCH(bool, fatal);
    const ReleaseDefinition d = ConfSamples::definition(which);
    QCOMPARE(d.isReadyLine(line), ready);
    const std::optional<LogPattern> f = d.matchFailure(line);
    QCOMPARE(f ? f->id : QString(), failure);
    if (f) {
        QCOMPARE(f->fatal, fatal);
        QVERIFY(!f->explanation.isEmpty());
        QVERIFY(!f->fix.isEmpty());
    }
}

void TestReleaseDefinition::unconfirmedFactsAreMarked()
{
    const ReleaseDefinition d = ConfSamples::definition(QStringLiteral("current"));
    const QStringList unconfirmed = d.unconfirmedFacts();
    QVERIFY(unconfirmed.contains(QStringLiteral("repositoryEnv")));
    QVERIFY(unconfirmed.contains(QStringLiteral("log.readyLine")));
    QVERIFY(unconfirmed.contains(QStringLiteral("paths.hazelcastFile")));
    QVERIFY(unconfirmed.contains(QStringLiteral("config.keys[15]"))); // cluster.nodes
    QVERIFY(!unconfirmed.contains(QStringLiteral("config.keys[0]"))); // db-type
    QVERIFY(!d.repositoryEnv().provenance.confirmed);
    QVERIFY(!d.readyLine().provenance.confirmed);
}

void TestReleaseDefinition::requirementsStillRead_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<int>("clusterPort");
    QTest::addColumn<int>("cores");
    QTest::newRow("current") << "octane-current" << 5701 << 4;
    QTest::newRow("renamed") << ConfSamples::renamedPath() << 5801 << 2;
}

void TestReleaseDefinition::requirementsStillRead()
{
    QFETCH(QString, release);
    QFETCH(int, clusterPort);
    QFETCH(int, cores);
    const Expected<Requirements> r = Requirements::forRelease(release);
    QVERIFY2(r, qPrintable(r.error().message));
    QCOMPARE(r->clusterPort, clusterPort);
    QCOMPARE(r->minCpuCores, cores);
    QVERIFY(!r->supportedOs.isEmpty());
    const Expected<ReleaseDefinition> d = ReleaseDefinition::load(release);
    QVERIFY(d);
    QVERIFY(Requirements::fromReleaseJson(d->json()));
}

// Changes one value of a JSON document addressed by "a.b[2].c"; `remove` deletes it instead.
static QJsonValue mutate(const QJsonValue &node, QStringList tokens, const QJsonValue &value,
                         bool remove)
{
    const QString token = tokens.takeFirst();
    if (token.startsWith(QLatin1Char('['))) {
        QJsonArray a = node.toArray();
        const int index = token.mid(1, token.size() - 2).toInt();
        if (tokens.isEmpty()) {
            if (remove)
                a.removeAt(index);
            else
                a[index] = value;
        } else {
            a[index] = mutate(a.at(index), tokens, value, remove);
        }
        return a;
    }
    QJsonObject o = node.toObject();
    if (tokens.isEmpty()) {
        if (remove)
            o.remove(token);
        else
            o.insert(token, value);
    } else {
        o.insert(token, mutate(o.value(token), tokens, value, remove));
    }
    return o;
}

void TestReleaseDefinition::schemaErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("json");     // the new value as JSON; "remove" deletes the path
    QTest::addColumn<QString>("expected"); // a line of the error details

    QTest::newRow("schema-version") << "schemaVersion"
                                    << "2"
                                    << "schemaVersion: unsupported version";
    QTest::newRow("unknown-top-level-key") << "instalDir"
                                           << "\"/opt\""
                                           << "instalDir: unknown key";
    QTest::newRow("install-dir-relative") << "installDir"
                                          << "\"opt/octane\""
                                          << "installDir: must be an absolute path";
    QTest::newRow("key-unknown-type") << "config.keys[0].type"
                                      << "\"float\""
                                      << "config.keys[0].type: unknown type \"float\"";
    QTest::newRow("key-bad-path") << "config.keys[1].path"
                                  << "\"connection string\""
                                  << "config.keys[1].path: \"connection string\" is not a key path";
    QTest::newRow("key-duplicate-path")
        << "config.keys[2].path"
        << "\"db-type\""
        << "config.keys[2].path: \"db-type\" is already defined by config.keys[0]";
    QTest::newRow("key-inside-other-key")
        << "config.keys[2].path"
        << "\"elastic\""
        << "config.keys[12].path: \"elastic.host\" and \"elastic\"";
    QTest::newRow("enum-without-values") << "config.keys[0].values"
                                         << "remove"
                                         << "config.keys[0].values: must be an array of strings";
    QTest::newRow("values-on-string")
        << "config.keys[1].values"
        << "[\"a\"]"
        << "config.keys[1].values: only a key of type enum has values";
    QTest::newRow("default-not-in-enum")
        << "config.keys[0].default"
        << "\"DB2\""
        << "config.keys[0].default: \"DB2\" is not one of the values";
    QTest::newRow("default-out-of-range") << "config.keys[13].default"
                                          << "70000"
                                          << "config.keys[13].default: 70000 is outside 1..65535";
    QTest::newRow("default-wrong-type") << "config.keys[13].default"
                                        << "\"9300\""
                                        << "config.keys[13].default: must be a whole number";
    QTest::newRow("secret-with-default") << "config.keys[3].default"
                                         << "\"changeme\""
                                         << "config.keys[3].default: a secret has no default value";
    QTest::newRow("secret-type-not-secret")
        << "config.keys[3].secret"
        << "false"
        << "config.keys[3].secret: a key of type secret is always secret";
    QTest::newRow("required-bad-value")
        << "config.keys[1].required"
        << "\"yes\""
        << "config.keys[1].required: must be true, false, \"cluster\" or";
    QTest::newRow("required-for-unknown-db-type")
        << "config.keys[6].required"
        << "{\"dbType\": [\"DB2\"]}"
        << "config.keys[6].required.dbType: \"DB2\" is not a value of \"databases\"";
    QTest::newRow("required-unknown-condition") << "config.keys[6].required"
                                                << "{\"cluster\": true}"
                                                << "config.keys[6].required.cluster: unknown key";
    QTest::newRow("fatal-not-bool") << "log.failureLines[0].fatal"
                                    << "\"no\""
                                    << "log.failureLines[0].fatal: must be true or false";
    QTest::newRow("unknown-rule") << "config.keys[1].validation[0].rule"
                                  << "\"url\""
                                  << "config.keys[1].validation[0].rule: unknown rule \"url\"";
    QTest::newRow("bad-regex")
        << "config.keys[4].validation[1].pattern"
        << "\"[a-\""
        << "config.keys[4].validation[1].pattern: not a valid regular expression";
    QTest::newRow("range-min-above-max")
        << "config.keys[13].validation[0].min"
        << "70000"
        << "config.keys[13].validation[0]: min is greater than max";
    QTest::newRow("rule-wrong-type") << "config.keys[15].validation[0].rule"
                                     << "\"email\""
                                     << "config.keys[15].validation[0].rule: rule \"email\" does "
                                        "not apply to a key of type list";
    QTest::newRow("unknown-role") << "config.keys[0].role"
                                  << "\"database\""
                                  << "config.keys[0].role: unknown role \"database\"";
    QTest::newRow("duplicate-role")
        << "config.keys[16].role"
        << "\"nodeList\""
        << "config.keys[16].role: role \"nodeList\" is already given to config.keys[15]";
    QTest::newRow("role-wrong-type")
        << "config.keys[15].type"
        << "\"string\""
        << "config.keys[15].role: role \"nodeList\" needs a key of type list";
    QTest::newRow("no-node-list-role") << "config.keys[15].role"
                                       << "remove"
                                       << "config.keys: no key has the role \"nodeList\"";
    QTest::newRow("jdbc-rule-missing")
        << "config.keys[1].validation"
        << "remove"
        << "config.keys[1].role: the connectionString key needs the jdbc rule";
    QTest::newRow("db-values-differ")
        << "databases[1].value"
        << "\"SQLSERVER\""
        << "config.keys[0].values: must equal the values of \"databases\"";
    QTest::newRow("unknown-jdbc-driver") << "databases[0].jdbc"
                                         << "\"db2\""
                                         << "databases[0].jdbc: must be one of oracle, sqlserver";
    QTest::newRow("key-confirmed-missing") << "config.keys[0].confirmed"
                                           << "remove"
                                           << "config.keys[0].confirmed: missing";
    QTest::newRow("unconfirmed-without-source")
        << "log.readyLine.source"
        << "remove"
        << "log.readyLine.source: an unconfirmed fact needs a source note";
    QTest::newRow("unknown-placeholder") << "paths.confFile"
                                         << "\"{installdir}/conf/octane.conf\""
                                         << "paths.confFile: unknown placeholder {installdir}";
    QTest::newRow("log-path-relative") << "paths.logFile"
                                       << "\"log/wrapper.log\""
                                       << "paths.logFile: must be an absolute path";
    QTest::newRow("install-without-package") << "packages.rpm.install"
                                             << "[\"rpm\", \"-ivh\"]"
                                             << "packages.rpm.install: must contain {package}";
    QTest::newRow("command-as-shell-line") << "service.start"
                                           << "\"systemctl start octane\""
                                           << "service.start: must be an array of strings";
    QTest::newRow("placeholder-not-allowed-in-service")
        << "service.stop[2]"
        << "\"{package}\""
        << "service.stop[2]: unknown placeholder {package}";
    QTest::newRow("suffix-without-dot") << "packages.rpm.fileSuffixes[0]"
                                        << "\"rpm\""
                                        << "packages.rpm.fileSuffixes: \"rpm\" must start with '.'";
    QTest::newRow("bad-log-regex") << "log.failureLines[0].regex"
                                   << "\"(\""
                                   << "log.failureLines[0].regex: not a valid regular expression";
    QTest::newRow("duplicate-failure-id") << "log.failureLines[1].id"
                                          << "\"cluster-unhealthy\""
                                          << "log.failureLines[1].id: duplicate id";
    QTest::newRow("env-line-without-value") << "repositoryEnv.line"
                                            << "\"{variable}=\""
                                            << "repositoryEnv.line: must contain {value}";
    QTest::newRow("port-out-of-range") << "ports.http"
                                       << "70000"
                                       << "ports.http: must be a port number from 1 to 65535";
    QTest::newRow("cluster-port-missing") << "ports.cluster"
                                          << "remove"
                                          << "ports.cluster: missing";
    QTest::newRow("requirements-drift")
        << "ports.cluster"
        << "5702"
        << "requirements.clusterPort: must equal ports.cluster (5702)";
    QTest::newRow("requirements-missing") << "requirements"
                                          << "remove"
                                          << "requirements: missing";
    QTest::newRow("bad-mode") << "config.mode"
                              << "\"rw\""
                              << "config.mode: must be an octal file mode";
    QTest::newRow("not-hocon") << "config.format"
                               << "\"yaml\""
                               << "config.format: unsupported format \"yaml\"";
}

void TestReleaseDefinition::schemaErrors()
{
    QFETCH(QString, path);
    QFETCH(QString, json);
    QFETCH(QString, expected);

    // The unmodified document is valid: each row breaks exactly one thing.
    QVERIFY(ReleaseDefinition::fromJson(currentJson()));

    QStringList tokens;
    static const QRegularExpression tokenRe(QStringLiteral("([^.\\[]+)|(\\[[0-9]+\\])"));
    auto it = tokenRe.globalMatch(path);
    while (it.hasNext())
        tokens.append(it.next().captured(0));
    const bool remove = json == QLatin1String("remove");
    const QJsonValue value =
        remove ? QJsonValue() : QJsonDocument::fromJson("[" + json.toUtf8() + "]").array().at(0);
    QVERIFY(remove || !value.isUndefined());
    const QJsonObject broken = mutate(currentJson(), tokens, value, remove).toObject();

    const Expected<ReleaseDefinition> d =
        ReleaseDefinition::fromJson(broken, QStringLiteral("test.json"));
    QVERIFY(!d);
    QCOMPARE(d.error().code, ErrorCode::InvalidInput);
    const QStringList lines = d.error().details.split(QLatin1Char('\n'));
    const bool found = std::any_of(lines.begin(), lines.end(),
                                   [&](const QString &l) { return l.startsWith(expected); });
    QVERIFY2(found, qPrintable(d.error().details));
    // The message names the file and the first problem's JSON path.
    QVERIFY(d.error().message.contains(QStringLiteral("test.json")));
    QVERIFY(d.error().message.contains(lines.first()));
}

void TestReleaseDefinition::loadErrors_data()
{
    QTest::addColumn<QString>("content"); // empty: no such release
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown-id") << ""
                                << "Unknown release \"octane-9\"";
    QTest::newRow("not-json") << "{\n  \"id\": \n}"
                              << "is not valid JSON";
    QTest::newRow("json-array") << "[]"
                                << "not an object";
}

void TestReleaseDefinition::loadErrors()
{
    QFETCH(QString, content);
    QFETCH(QString, expected);
    QString release = QStringLiteral("octane-9");
    QTemporaryDir dir;
    if (!content.isEmpty()) {
        release = dir.filePath(QStringLiteral("r.json"));
        QFile f(release);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content.toUtf8());
    }
    const Expected<ReleaseDefinition> d = ReleaseDefinition::load(release);
    QVERIFY(!d);
    QVERIFY2(d.error().message.contains(expected), qPrintable(d.error().message));
}

QTEST_GUILESS_MAIN(TestReleaseDefinition)
#include "tst_releasedefinition.moc"
