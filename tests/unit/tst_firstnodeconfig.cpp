#include "core/plan/stepid.h"
#include "core/run/firstnodeconfig.h"
#include "core/secrets/secretnames.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ocw::Core;

// FirstNodeConfig without widgets: what blocks the install, which octane.conf secrets it reads,
// writes and deletes, that the preview and the plan never hold a secret, switching the release
// definition, the dry run's steps and the summary after a run.
class TestFirstNodeConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void blockerSaysWhatToDo();
    void commitWritesChangedAndDeletesEmptied();
    void storedSecretDoesNotOverwriteTyped();
    void previewAndPlanNeverHoldASecret();
    void releaseSwitchFailureKeepsTheOldOne();
    void releaseSwitchDropsOnlyTheOldKeys();
    void dryRunStepsInOrder();
    void packageIssues();
    void firstNodeNotInTheList();
    void summaryAfterARun();

private:
    QTemporaryDir m_dir;
    QString m_package;
};

namespace {

const QString kScope = QStringLiteral("unit-first");
const QString kAdminPassword = QStringLiteral("Adm1n-Secret");
const QString kSchemaPassword = QStringLiteral("Sch3ma-Secret");
const QString kDbPassword = QStringLiteral("Db-Adm1n-Pw");
const QString kClusterPassword = QStringLiteral("Clust3r-Pw");

ClusterProfile profile()
{
    ClusterProfile p;
    p.name = kScope;
    p.ssh.user = QStringLiteral("ocwadmin");
    p.ssh.auth = AuthMethod::Agent;
    for (int i = 1; i <= 3; ++i) {
        Node n;
        n.host = QStringLiteral("octane%1.invalid").arg(i);
        p.nodes.append(n);
    }
    p.database.host = QStringLiteral("db.invalid");
    p.database.port = 1521;
    p.repositoryDir = QStringLiteral("/srv/octane-repo");
    return p;
}

QJsonObject validValues()
{
    return QJsonObject{{QStringLiteral("db-type"), QStringLiteral("ORACLE")},
                       {QStringLiteral("connection-string"),
                        QStringLiteral("jdbc:oracle:thin:@//db.invalid:1521/OCTANE")},
                       {QStringLiteral("db-admin-user"), QStringLiteral("system")},
                       {QStringLiteral("schema-name"), QStringLiteral("octane_site")},
                       {QStringLiteral("table-space"), QStringLiteral("USERS")},
                       {QStringLiteral("temp-table-space"), QStringLiteral("TEMP")},
                       {QStringLiteral("site-action"), QStringLiteral("CREATE_NEW")},
                       {QStringLiteral("site-admin-user"), QStringLiteral("admin@example.com")},
                       {QStringLiteral("elastic.host"), QStringLiteral("es.invalid")},
                       {QStringLiteral("elastic.port"), 9300},
                       {QStringLiteral("elastic.cluster-name"), QStringLiteral("octane-es")}};
}

QHash<QString, QString> validSecrets()
{
    return {{QStringLiteral("db-admin-password"), kDbPassword},
            {QStringLiteral("schema-password"), kSchemaPassword},
            {QStringLiteral("site-admin-password"), kAdminPassword},
            {QStringLiteral("cluster.distributed-password"), kClusterPassword}};
}

// A config with the built-in release loaded and every setting valid.
FirstNodeConfig validConfig()
{
    FirstNodeConfig c;
    c.setProfile(profile());
    const Expected<Done> loaded = c.loadRelease();
    if (!loaded)
        qWarning("%s", qPrintable(loaded.error().message));
    c.setConfValues(validValues());
    c.setConfSecrets(validSecrets());
    c.revalidate();
    return c;
}

QString issuesText(const FirstNodeConfig &c)
{
    QStringList lines;
    for (const FieldIssue &i : c.issues())
        lines.append(i.field + QStringLiteral(": ") + i.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void TestFirstNodeConfig::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_package = m_dir.filePath(QStringLiteral("octane-onprem-25.1.0.rpm"));
    QFile f(m_package);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(1024, 'x'));
}

void TestFirstNodeConfig::blockerSaysWhatToDo()
{
    FirstNodeConfig c;
    c.setProfile(profile());
    QCOMPARE(c.blocker(), QStringLiteral("The release definition did not load (see below)."));
    QVERIFY(c.needsReleaseLoad());
    QVERIFY(c.loadRelease().hasValue());
    QVERIFY(!c.needsReleaseLoad());
    QCOMPARE(c.releaseText().left(20), QStringLiteral("Release definition: "));
    QVERIFY(c.releaseText().contains(QStringLiteral("built in, octane-current")));

    c.setConfValues(QJsonObject{});
    c.revalidate();
    QVERIFY(c.issueCount() > 1);
    QCOMPARE(c.blocker(),
             QStringLiteral("%1 settings to correct, marked in the form.").arg(c.issueCount()));

    c = validConfig();
    QVERIFY2(c.issues().isEmpty(), qPrintable(issuesText(c)));
    QCOMPARE(c.blocker(), QStringLiteral("Choose the package to install."));
    c.setPackagePath(m_package);
    c.setPackageReading(true);
    QCOMPARE(c.blocker(), QStringLiteral("Reading the package…"));
    c.setPackageReading(false);
    // A digest of another file does not count.
    c.setHashedPackage(m_dir.filePath(QStringLiteral("other.rpm")), 1024, QStringLiteral("ab12"));
    QCOMPARE(c.blocker(), QStringLiteral("Choose another package (see above)."));
    c.setHashedPackage(m_package, 1024, QStringLiteral("ab12"));
    QCOMPARE(c.blocker(), QString());
    QCOMPARE(c.statusText(), QStringLiteral("Ready to install on octane1.invalid."));
    // Not while a comparison reads the node.
    c.setComparing(true);
    QCOMPARE(c.blocker(), QStringLiteral("Choose another package (see above)."));
    c.setComparing(false);

    // One issue: the singular sentence.
    QJsonObject values = validValues();
    values.insert(QStringLiteral("site-admin-user"), QStringLiteral("admin-at-example"));
    c.setConfValues(values);
    c.revalidate();
    QCOMPARE(c.issueCount(), 1);
    QCOMPARE(c.blocker(), QStringLiteral("1 setting to correct, marked in the form."));
}

void TestFirstNodeConfig::commitWritesChangedAndDeletesEmptied()
{
    FirstNodeConfig c = validConfig();
    // In the keychain already: the admin password (the same) and the schema password.
    QCOMPARE(c.takeStoredSecret(kScope, QStringLiteral("conf:site-admin-password"), kAdminPassword),
             QString()); // typed already: kept as typed
    QCOMPARE(c.takeStoredSecret(kScope, QStringLiteral("conf:schema-password"),
                                QStringLiteral("Old-Schema-1")),
             QString());
    QHash<QString, QString> typed = validSecrets();
    typed.remove(QStringLiteral("schema-password")); // emptied by the user
    c.setConfSecrets(typed);

    const FirstNodeConfig::Commit first = c.commit(kScope);
    // The run knows every secret of the definition, by its conf: name; empty ones leave it.
    QCOMPARE(first.run.size(), 4);
    QCOMPARE(first.run.value(QStringLiteral("conf:site-admin-password")), kAdminPassword);
    QVERIFY(first.run.contains(QStringLiteral("conf:schema-password")));
    QCOMPARE(first.run.value(QStringLiteral("conf:schema-password")), QString());
    // Written: what the keychain does not hold yet; deleted: what was emptied.
    QStringList written = first.write.keys();
    written.sort();
    QCOMPARE(written, (QStringList{QStringLiteral("conf:cluster.distributed-password"),
                                   QStringLiteral("conf:db-admin-password")}));
    QCOMPARE(first.write.value(QStringLiteral("conf:db-admin-password")), kDbPassword);
    QCOMPARE(first.remove, QStringList{QStringLiteral("conf:schema-password")});
    // Values go to the profile, never a secret.
    QVERIFY(first.profile);
    QCOMPARE(first.profile->octaneConf.value(QStringLiteral("site-admin-user")).toString(),
             QStringLiteral("admin@example.com"));
    for (const QString &path : validSecrets().keys())
        QVERIFY2(!first.profile->octaneConf.contains(path), qPrintable(path));

    // Nothing changed since: nothing to write, delete or hand on.
    c.setProfile(*first.profile);
    const FirstNodeConfig::Commit again = c.commit(kScope);
    QVERIFY(again.write.isEmpty());
    QVERIFY(again.remove.isEmpty());
    QVERIFY(!again.profile);

    // The same name under another scope (another profile) is written there.
    const FirstNodeConfig::Commit other = c.commit(QStringLiteral("other-profile"));
    QCOMPARE(other.write.size(), 3);
}

void TestFirstNodeConfig::storedSecretDoesNotOverwriteTyped()
{
    FirstNodeConfig c = validConfig();
    QHash<QString, QString> typed = validSecrets();
    typed.remove(QStringLiteral("site-admin-password"));
    c.setConfSecrets(typed);
    // Known in this run's memory: filled from there, not read from the keychain.
    c.setSecrets({{QStringLiteral("conf:schema-password"), kSchemaPassword}});
    QCOMPARE(c.secretsInMemory(),
             (QHash<QString, QString>{{QStringLiteral("schema-password"), kSchemaPassword}}));
    QStringList toRead = c.secretNamesToRead();
    toRead.sort();
    QCOMPARE(toRead, (QStringList{QStringLiteral("conf:cluster.distributed-password"),
                                  QStringLiteral("conf:db-admin-password"),
                                  QStringLiteral("conf:site-admin-password")}));
    QCOMPARE(c.takeStoredSecret(kScope, QStringLiteral("conf:site-admin-password"),
                                QStringLiteral("From-Keychain-1")),
             QStringLiteral("site-admin-password"));
    QCOMPARE(c.confSecrets().value(QStringLiteral("site-admin-password")),
             QStringLiteral("From-Keychain-1"));
    QCOMPARE(c.takeStoredSecret(kScope, QStringLiteral("conf:db-admin-password"),
                                QStringLiteral("Other-Db-1")),
             QString());
    QCOMPARE(c.confSecrets().value(QStringLiteral("db-admin-password")), kDbPassword);
    // A name of no secret key of this definition fills nothing.
    QCOMPARE(c.takeStoredSecret(kScope, QStringLiteral("conf:unknown"), QStringLiteral("x")),
             QString());
    // What was read is known to be there: committing it again writes nothing for it.
    const FirstNodeConfig::Commit commit = c.commit(kScope);
    QVERIFY(!commit.write.contains(QStringLiteral("conf:site-admin-password")));
    QVERIFY(commit.write.contains(QStringLiteral("conf:schema-password")));
}

void TestFirstNodeConfig::previewAndPlanNeverHoldASecret()
{
    FirstNodeConfig c = validConfig();
    c.setPackagePath(m_package);
    c.setHashedPackage(m_package, 1024, QStringLiteral("ab12cd"));
    c.setSecrets({{SecretNames::sudoPassword(), QStringLiteral("Sudo-Secret-1")}});
    const QString preview = c.previewText();
    QVERIFY2(preview.contains(QStringLiteral("jdbc:oracle:thin:@//db.invalid:1521/OCTANE")),
             qPrintable(preview));
    QVERIFY(preview.contains(QStringLiteral("********")));
    const QString plan = c.planNote() + c.dryRunText();
    QVERIFY(plan.contains(QStringLiteral("ab12cd")));
    for (const QString &secret : {kAdminPassword, kSchemaPassword, kDbPassword, kClusterPassword,
                                  QStringLiteral("Sudo-Secret-1")}) {
        QVERIFY2(!preview.contains(secret), qPrintable(secret));
        QVERIFY2(!plan.contains(secret), qPrintable(secret));
    }
    // The run gets them: the conf secrets by key path, the first node's sudo password.
    const FirstNodeJob::Inputs in = c.jobInputs();
    QCOMPARE(in.confSecrets.value(QStringLiteral("site-admin-password")), kAdminPassword);
    QCOMPARE(in.sudoPassword, QStringLiteral("Sudo-Secret-1"));
    QCOMPARE(in.packagePath, m_package);
}

void TestFirstNodeConfig::releaseSwitchFailureKeepsTheOldOne()
{
    FirstNodeConfig c = validConfig();
    const QString broken = m_dir.filePath(QStringLiteral("broken-release.json"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"schemaVersion": 1, "id": "x"})");
    f.close();
    const Expected<FirstNodeConfig::Commit> switched = c.setReleaseSource(broken, kScope);
    QVERIFY(!switched);
    QVERIFY2(switched.error().message.contains(QStringLiteral("broken-release.json")),
             qPrintable(switched.error().message));
    QVERIFY(c.release());
    QCOMPARE(c.release()->id(), QStringLiteral("octane-current"));
    QCOMPARE(c.releaseSource(), QStringLiteral("octane-current"));
    QCOMPARE(c.profile().release, QStringLiteral("octane-current"));
    // What was typed is still there and nothing was committed.
    QCOMPARE(c.confSecrets(), validSecrets());
    QCOMPARE(c.commit(kScope).write.size(), 4);
}

void TestFirstNodeConfig::releaseSwitchDropsOnlyTheOldKeys()
{
    FirstNodeConfig c = validConfig();
    ClusterProfile p = profile();
    p.octaneConf.insert(QStringLiteral("my.own-key"), QStringLiteral("kept"));
    c.setProfile(p);
    const QString file =
        QStringLiteral(OCW_SOURCE_DIR) + QStringLiteral("/tests/data/releases/test-renamed.json");
    const Expected<FirstNodeConfig::Commit> switched = c.setReleaseSource(file, kScope);
    QVERIFY2(switched, qPrintable(switched ? QString() : switched.error().message));
    QCOMPARE(c.release()->id(), QStringLiteral("test-renamed"));
    QVERIFY(c.releaseText().contains(file));
    // Committed first, under the old definition: its secrets by their conf: names.
    QCOMPARE(switched->run.value(QStringLiteral("conf:site-admin-password")), kAdminPassword);
    QCOMPARE(switched->write.size(), 4);
    QVERIFY(switched->profile);
    QCOMPARE(switched->profile->release, file);
    QVERIFY(!switched->profile->octaneConf.contains(QStringLiteral("connection-string")));
    QVERIFY(!switched->profile->octaneConf.contains(QStringLiteral("site-action")));
    QCOMPARE(switched->profile->octaneConf.value(QStringLiteral("my.own-key")).toString(),
             QStringLiteral("kept"));
    QCOMPARE(c.profile().release, file);
    // The form is rebuilt: nothing of the old definition is typed in the new one.
    QVERIFY(c.confSecrets().isEmpty());
}

void TestFirstNodeConfig::dryRunStepsInOrder()
{
    FirstNodeConfig c = validConfig();
    c.setPackagePath(m_package);
    c.setHashedPackage(m_package, 1024, QStringLiteral("ab12cd"));
    QStringList ids;
    for (const PlanStep &s : c.plan().dryRun(c.inputs()).steps)
        ids.append(s.id);
    QStringList expected;
    for (const QString &step : {StepId::Validate, StepId::Privilege, StepId::RepositoryEnv,
                                StepId::Upload, StepId::Verify, StepId::Install, StepId::OctaneConf,
                                StepId::Start, StepId::Ready, StepId::SignIn})
        expected.append(StepId::qualified(PhaseId::FirstNode, step));
    QCOMPARE(ids, expected);
    // The run's rows: the connection first, then the same steps.
    QStringList rows;
    for (const auto &[id, title] : c.startRun())
        rows.append(id);
    QCOMPARE(rows, QStringList({QStringLiteral("ssh.hostkey"), QStringLiteral("ssh.connect")}) +
                       expected);
    QCOMPARE(c.ranOn(), QStringLiteral("octane1.invalid"));
    // The dry run says the timeout chosen.
    c.setReadyTimeout(900);
    QVERIFY(c.dryRunText().contains(QStringLiteral("(900 s)")));
}

void TestFirstNodeConfig::packageIssues()
{
    FirstNodeConfig c = validConfig();
    c.setPackagePath(m_dir.filePath(QStringLiteral("octane.zip")));
    QVERIFY2(c.packageIssue().startsWith(
                 QStringLiteral("octane.zip is not a package this release installs (")),
             qPrintable(c.packageIssue()));
    QCOMPARE(c.packageToHash(), QString());
    c.setPackagePath(QStringLiteral("/nonexistent/octane-onprem-25.1.rpm"));
    QCOMPARE(c.packageIssue(),
             QStringLiteral("There is no file /nonexistent/octane-onprem-25.1.rpm."));
    c.setPackagePath(QStringLiteral("  ") + m_package + QStringLiteral(" "));
    QCOMPARE(c.packageIssue(), QString());
    QCOMPARE(c.packageToHash(), m_package);
    QVERIFY(c.packageFilePatterns().contains(QStringLiteral("*.rpm")));
}

void TestFirstNodeConfig::firstNodeNotInTheList()
{
    FirstNodeConfig c = validConfig();
    QVERIFY(c.firstNodeTarget());
    QCOMPARE(c.firstNodeTarget()->nodeName, QStringLiteral("octane1.invalid"));
    ClusterProfile p = profile();
    p.firstNode = QStringLiteral("ghost.invalid");
    c.setProfile(p);
    const Expected<SshTarget> target = c.firstNodeTarget();
    QVERIFY(!target);
    QCOMPARE(target.error().message,
             QStringLiteral("The first node ghost.invalid is not in the node list."));
    QCOMPARE(target.error().fix, QStringLiteral("Choose the first node on the Nodes page."));
}

void TestFirstNodeConfig::summaryAfterARun()
{
    FirstNodeConfig c = validConfig();
    c.setPackagePath(m_package);
    c.setHashedPackage(m_package, 1024, QStringLiteral("ab12cd"));
    c.startRun();
    auto result = [](const QString &id, Verdict v, const QString &message = QString()) {
        CheckResult r;
        r.checkId = id;
        r.verdict = v;
        r.message = message;
        return r;
    };
    const QString upload = StepId::qualified(PhaseId::FirstNode, StepId::Upload);
    const QString privilege = StepId::qualified(PhaseId::FirstNode, StepId::Privilege);
    c.finishRun({result(QStringLiteral("ssh.connect"), Verdict::Pass),
                 result(privilege, Verdict::Pass), result(upload, Verdict::Pass)},
                false, true);
    QVERIFY2(c.runSummary().startsWith(
                 QStringLiteral("Cancelled. Finished on octane1.invalid before that: ")),
             qPrintable(c.runSummary()));
    QVERIFY(!c.runSummary().contains(QStringLiteral("SSH"))); // changed nothing on the node
    QCOMPARE(c.runVerdict(), Verdict::Skipped);

    c.finishRun({result(QStringLiteral("ssh.connect"), Verdict::Pass)}, false, true);
    QCOMPARE(c.runSummary(), QStringLiteral("Cancelled; nothing was changed on octane1.invalid."));

    c.finishRun({result(QStringLiteral("ssh.connect"), Verdict::Fail,
                        QStringLiteral("octane1.invalid: connection refused."))},
                false, false);
    QVERIFY2(c.runSummary().startsWith(QStringLiteral("Stopped at SSH connection: ")),
             qPrintable(c.runSummary()));
    QCOMPARE(c.runVerdict(), Verdict::Fail);
    QCOMPARE(c.statusText(), c.runSummary()); // outside a run, with nothing blocking

    c.finishRun({}, false, false);
    QCOMPARE(c.runSummary(), QStringLiteral("Stopped: the run ended without a result."));

    c.finishRun({result(QStringLiteral("first-node.sign-in"), Verdict::Pass,
                        QStringLiteral("Signed in as admin@example.com."))},
                true, false);
    QCOMPARE(c.runSummary(),
             QStringLiteral("Octane runs on octane1.invalid. Signed in as admin@example.com."));
    QCOMPARE(c.runVerdict(), Verdict::Pass);

    // Another first node: the summary spoke of the old one.
    ClusterProfile p = profile();
    p.firstNode = QStringLiteral("octane2.invalid");
    c.setProfile(p);
    c.forgetRunOnOtherNode();
    QCOMPARE(c.runSummary(), QString());
}

QTEST_GUILESS_MAIN(TestFirstNodeConfig)
#include "tst_firstnodeconfig.moc"
