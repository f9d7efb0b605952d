#include "core/checks/checkresult.h"
#include "core/model/clusterprofile.h"
#include "core/model/releasedefinition.h"
#include "core/run/firstnodecontroller.h"
#include "core/run/packagehashcontroller.h"
#include "core/secrets/secretstore.h"
#include "installwizard.h"
#include "pages/firstnodepage.h"
#include "pages/nodespage.h"
#include "widgets/certificatetrustdialog.h"
#include "widgets/confform.h"
#include "widgets/errorpanel.h"
#include "widgets/installsteplist.h"
#include "widgettesthelpers.h"
#include "wizardcontext.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Ocw;
using namespace Ocw::Wizard;

namespace {

const QString kAdminPassword = QStringLiteral("Adm1n-Secret");
const QString kSchemaPassword = QStringLiteral("Sch3ma-Secret");
const QString kDbPassword = QStringLiteral("Db-Adm1n-Pw");
const QString kClusterPassword = QStringLiteral("Clust3r-Pw");

using WidgetTest::shoot;
using WidgetTest::shotsDir;

// Three nodes, the first at `address` (SSH on `sshPort`), agent login: no secret needed.
Core::ClusterProfile labProfile(const QString &address = QString(), quint16 sshPort = 22)
{
    Core::ClusterProfile p;
    p.name = QStringLiteral("firstnode-test");
    p.ssh.user = QStringLiteral("ocwadmin");
    p.ssh.port = sshPort;
    p.ssh.auth = Core::AuthMethod::Agent;
    for (int i = 1; i <= 3; ++i) {
        Core::Node n;
        n.host = QStringLiteral("octane%1.invalid").arg(i);
        if (i == 1)
            n.address = address;
        p.nodes.append(n);
    }
    p.database.host = QStringLiteral("db.invalid");
    p.database.port = 1521;
    p.repositoryDir = QStringLiteral("/srv/octane-repo");
    return p;
}

} // namespace

// The First node page driven offscreen: the form generated from the release definition,
// validation as you type, the preview with masked secrets, the package digest and the plan, the
// step list fed through the controller's signals. No installation runs here (the lab test of
// FirstNodeJob does that); the one real start connects to a closed local port.
class TestFirstNodePage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // Never deleted: QtKeychain jobs still in flight point into it (see tst_wizard).
    Core::SecretStore *m_store = nullptr;
    Core::ReleaseDefinition m_release;
    std::unique_ptr<WizardContext> m_context;
    std::unique_ptr<InstallWizard> m_wizard;

    FirstNodePage *page() const { return m_wizard->firstNodePage(); }
    ConfForm *form() const { return page()->form(); }

    void open(const Core::ClusterProfile &profile)
    {
        m_wizard.reset();
        m_context = std::make_unique<WizardContext>(m_store);
        m_context->setProfile(profile);
        m_wizard = std::make_unique<InstallWizard>(m_context.get());
        m_wizard->setStartId(InstallWizard::FirstNodePageId);
        // Started on this page, Back exists (disabled) only without this option.
        m_wizard->setOption(QWizard::NoBackButtonOnStartPage, false);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        QCOMPARE(m_wizard->currentId(), int(InstallWizard::FirstNodePageId));
    }

    template<typename T> T *field(const QString &path) const
    {
        return qobject_cast<T *>(form()->editor(path));
    }

    void type(const QString &path, const QString &text)
    {
        auto *edit = field<QLineEdit>(path);
        QVERIFY2(edit, qPrintable(path));
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    void fillValid()
    {
        type(QStringLiteral("connection-string"),
             QStringLiteral("jdbc:oracle:thin:@//db.invalid:1521/OCTANE"));
        type(QStringLiteral("db-admin-user"), QStringLiteral("system"));
        type(QStringLiteral("db-admin-password"), kDbPassword);
        type(QStringLiteral("schema-name"), QStringLiteral("octane_site"));
        type(QStringLiteral("schema-password"), kSchemaPassword);
        type(QStringLiteral("site-admin-user"), QStringLiteral("admin@example.com"));
        type(QStringLiteral("site-admin-password"), kAdminPassword);
        type(QStringLiteral("elastic.host"), QStringLiteral("es.invalid"));
        type(QStringLiteral("elastic.cluster-name"), QStringLiteral("octane-es"));
        type(QStringLiteral("cluster.distributed-password"), kClusterPassword);
    }

    QString writePackage(const QString &name, int bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        QByteArray data(bytes, '\0');
        for (int i = 0; i < bytes; ++i)
            data[i] = char(i * 31 % 251);
        f.write(data);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = new Core::SecretStore(QStringLiteral("octane-cluster-wizard-test"));
        const Core::Expected<Core::ReleaseDefinition> release =
            Core::ReleaseDefinition::load(QStringLiteral("octane-current"));
        QVERIFY2(release.hasValue(), qPrintable(release ? QString() : release.error().message));
        m_release = *release;
    }

    void init() { open(labProfile()); }

    void cleanup()
    {
        m_wizard.reset();
        m_context.reset();
    }

    void pageOrder()
    {
        QCOMPARE(m_wizard->pageIds(),
                 (QList<int>{InstallWizard::NodesPageId, InstallWizard::ChecksPageId,
                             InstallWizard::FirstNodePageId, InstallWizard::OtherNodesPageId,
                             InstallWizard::SecurePageId, InstallWizard::VerifyPageId,
                             InstallWizard::SummaryPageId, InstallWizard::ReconfigurePageId}));
        // The other nodes follow, unless the profile has one node only: then the (optional)
        // secure deployment.
        QCOMPARE(m_wizard->nextId() == InstallWizard::SecurePageId,
                 m_context->profile().nodes.size() < 2);
        QVERIFY(!page()->isCommitPage()); // only after a successful run
        QVERIFY(!page()->isComplete());
        QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());
        QCOMPARE(page()->installButton()->text(), QStringLiteral("&Install on octane1.invalid"));
        QVERIFY(m_wizard->button(QWizard::BackButton)->isVisible());
    }

    // Every key of the schema has a field, grouped as the definition groups them, with the
    // editor its type calls for.
    void formFromReleaseDefinition()
    {
        QCOMPARE(form()->groupTitles(), m_release.groups());
        QCOMPARE(form()->groupTitles(),
                 (QStringList{QStringLiteral("Database"), QStringLiteral("Site"),
                              QStringLiteral("Elasticsearch"), QStringLiteral("Cluster"),
                              QStringLiteral("Server")}));
        int total = 0;
        for (const QString &group : m_release.groups()) {
            int expected = 0;
            for (const Core::ConfKey &key : m_release.confKeys())
                expected += key.group == group ? 1 : 0;
            QCOMPARE(form()->fieldPaths(group).size(), expected);
            total += expected;
            // One group box per group.
            QVERIFY(form()->findChild<QGroupBox *>(QStringLiteral("group:") + group));
        }
        QCOMPARE(total, int(m_release.confKeys().size()));
        QCOMPARE(form()->fieldPaths(QStringLiteral("Database")).size(), 8);
        QCOMPARE(form()->fieldPaths(QStringLiteral("Site")).size(), 4);
        QCOMPARE(form()->fieldPaths(QStringLiteral("Elasticsearch")).size(), 3);
        QCOMPARE(form()->fieldPaths(QStringLiteral("Cluster")).size(), 2);
        QCOMPARE(form()->fieldPaths(QStringLiteral("Server")).size(), 2);

        // Secrets masked, with a Show toggle.
        QCOMPARE(m_release.secretKeyPaths().size(), 4);
        for (const QString &path : m_release.secretKeyPaths()) {
            auto *edit = field<QLineEdit>(path);
            QVERIFY2(edit, qPrintable(path));
            QCOMPARE(edit->echoMode(), QLineEdit::Password);
            QVERIFY(form()->findChild<QToolButton *>(QStringLiteral("show:") + path));
        }
        auto *show = form()->findChild<QToolButton *>(QStringLiteral("show:site-admin-password"));
        show->setChecked(true);
        QCOMPARE(field<QLineEdit>(QStringLiteral("site-admin-password"))->echoMode(),
                 QLineEdit::Normal);
        show->setChecked(false);
        QCOMPARE(field<QLineEdit>(QStringLiteral("site-admin-password"))->echoMode(),
                 QLineEdit::Password);

        // The "?" badge exactly on the keys the documentation does not confirm.
        int unconfirmed = 0;
        for (const Core::ConfKey &key : m_release.confKeys()) {
            QCOMPARE(form()->hasUnconfirmedBadge(key.path), !key.provenance.confirmed);
            unconfirmed += key.provenance.confirmed ? 0 : 1;
        }
        QVERIFY(unconfirmed > 0);
        QVERIFY(!form()->hasUnconfirmedBadge(QStringLiteral("connection-string")));
        auto *badge = form()->findChild<QLabel *>(QStringLiteral("unconfirmed:schema-name"));
        QVERIFY(badge);
        QVERIFY(badge->toolTip().contains(QStringLiteral("not confirmed by the public "
                                                         "documentation"),
                                          Qt::CaseInsensitive));

        // Editors by type; help as tooltip and small text.
        auto *dbType = field<QComboBox>(QStringLiteral("db-type"));
        QVERIFY(dbType);
        QCOMPARE(dbType->currentText(), QStringLiteral("ORACLE")); // the required key's default
        QVERIFY(dbType->findText(QStringLiteral("MSSQL")) >= 0);
        auto *esPort = field<QSpinBox>(QStringLiteral("elastic.port"));
        QVERIFY(esPort);
        QCOMPARE(esPort->maximum(), 65535);
        QCOMPARE(esPort->value(), 9300);
        auto *httpPort = field<QSpinBox>(QStringLiteral("server.http-port"));
        QCOMPARE(httpPort->value(), httpPort->minimum()); // optional: not set, default shown
        QCOMPARE(httpPort->text(), QStringLiteral("default (8080)"));
        QVERIFY(field<QLineEdit>(QStringLiteral("schema-name"))
                    ->toolTip()
                    .startsWith(QStringLiteral("Name of the site schema.")));
        QVERIFY(form()->findChild<QLabel *>(QStringLiteral("help:schema-name")));

        // From the Nodes page, read-only.
        auto *nodesField = field<QLineEdit>(QStringLiteral("cluster.nodes"));
        QVERIFY(nodesField->isReadOnly());
        QCOMPARE(nodesField->text(),
                 QStringLiteral("octane1.invalid, octane2.invalid, octane3.invalid"));
        QVERIFY(nodesField->toolTip().contains(QStringLiteral("Nodes page")));
        auto *repo = field<QLineEdit>(QStringLiteral("repository-folder"));
        QVERIFY(repo->isReadOnly());
        QCOMPARE(repo->text(), QStringLiteral("/srv/octane-repo"));

        // The connection string starts as a template with the database server; the service
        // name is missing, and the validator says what the form is.
        QCOMPARE(field<QLineEdit>(QStringLiteral("connection-string"))->text(),
                 QStringLiteral("jdbc:oracle:thin:@//db.invalid:1521/"));
        QVERIFY(page()
                    ->issueText(QStringLiteral("connection-string"))
                    .contains(QStringLiteral("jdbc:oracle:thin:@//host:port/service")));
        dbType->setCurrentIndex(dbType->findText(QStringLiteral("MSSQL")));
        QCOMPARE(field<QLineEdit>(QStringLiteral("connection-string"))->text(),
                 QStringLiteral("jdbc:sqlserver://db.invalid:1521;databaseName="));
        dbType->setCurrentIndex(dbType->findText(QStringLiteral("ORACLE")));
        QCOMPARE(field<QLineEdit>(QStringLiteral("connection-string"))->text(),
                 QStringLiteral("jdbc:oracle:thin:@//db.invalid:1521/"));

        // Empty required fields say so; Install is off.
        QCOMPARE(page()->issueText(QStringLiteral("schema-name")),
                 QStringLiteral("This setting is required."));
        QVERIFY(!page()->canInstall());
        QVERIFY(!page()->installButton()->isEnabled());
        shoot(m_wizard.get(), QStringLiteral("20-firstnode-form"));

        // The lower groups: the node list from the Nodes page, the cluster password, ports.
        QScrollArea *scroll = nullptr;
        for (QWidget *w = form(); w && !scroll; w = w->parentWidget())
            scroll = qobject_cast<QScrollArea *>(w);
        QVERIFY(scroll);
        scroll->ensureWidgetVisible(field<QSpinBox>(QStringLiteral("server.https-port")));
        shoot(m_wizard.get(), QStringLiteral("29-firstnode-form-cluster"));
    }

    void inlineErrors()
    {
        fillValid();
        QVERIFY2(page()->issues().isEmpty(),
                 qPrintable(page()->issues().value(0).field + QLatin1Char(' ') +
                            page()->issues().value(0).message));

        type(QStringLiteral("site-admin-user"), QStringLiteral("admin-at-example"));
        QCOMPARE(page()->issueText(QStringLiteral("site-admin-user")),
                 QStringLiteral("Enter an e-mail address, such as admin@example.com."));
        QVERIFY(!page()->installButton()->isEnabled());

        type(QStringLiteral("site-admin-password"), QStringLiteral("short"));
        const QString pw = page()->issueText(QStringLiteral("site-admin-password"));
        QVERIFY2(pw.startsWith(QStringLiteral("The password needs")), qPrintable(pw));
        QVERIFY(pw.contains(QStringLiteral("a capital letter")));
        QVERIFY(!pw.contains(QStringLiteral("short"))); // never the secret itself

        type(QStringLiteral("connection-string"),
             QStringLiteral("jdbc:oracle:thin:@//other-db.invalid:1521/OCTANE"));
        QVERIFY(page()
                    ->issueText(QStringLiteral("connection-string"))
                    .contains(QStringLiteral("names the database server other-db.invalid, but "
                                             "the profile's database server is db.invalid")));
        type(QStringLiteral("connection-string"),
             QStringLiteral("jdbc:oracle:thin:@//db_bad.invalid:1521/OCTANE"));
        QVERIFY(
            page()
                ->issueText(QStringLiteral("connection-string"))
                .contains(QStringLiteral("The database server \"db_bad.invalid\" is not valid")));

        // A required number left at "default": the release's default is written.
        auto *esPort = field<QSpinBox>(QStringLiteral("elastic.port"));
        esPort->setValue(esPort->minimum());
        QCOMPARE(esPort->text(), QStringLiteral("default (9300)"));
        QVERIFY(page()->issueText(QStringLiteral("elastic.port")).isEmpty());
        QVERIFY(page()->previewText().contains(QStringLiteral("9300")));

        QVERIFY(!page()->canInstall());
        QVERIFY(!page()->installButton()->isEnabled());
        QVERIFY(page()->statusText().contains(QStringLiteral("to correct")));
        shoot(m_wizard.get(), QStringLiteral("21-firstnode-invalid"));

        // Corrected: the messages go.
        type(QStringLiteral("site-admin-user"), QStringLiteral("admin@example.com"));
        type(QStringLiteral("site-admin-password"), kAdminPassword);
        type(QStringLiteral("connection-string"),
             QStringLiteral("jdbc:oracle:thin:@//db.invalid:1521/OCTANE"));
        esPort->setValue(9300);
        QVERIFY(page()->issueText(QStringLiteral("site-admin-user")).isEmpty());
        QVERIFY(page()->issues().isEmpty());
    }

    // Valid settings and a package: the preview masks every secret, the plan names the
    // package's digest, Install is on; the profile gets the values, never the secrets.
    void validPreviewAndPlan()
    {
        fillValid();
        QVERIFY(page()->issues().isEmpty());
        const QString preview = page()->previewText();
        QVERIFY2(preview.contains(QStringLiteral("connection-string")), qPrintable(preview));
        QVERIFY(preview.contains(QStringLiteral("jdbc:oracle:thin:@//db.invalid:1521/OCTANE")));
        QVERIFY(preview.contains(QStringLiteral("admin@example.com")));
        QVERIFY(preview.contains(QStringLiteral("octane2.invalid")));
        QVERIFY(preview.contains(QStringLiteral("/srv/octane-repo")));
        QVERIFY(preview.contains(QStringLiteral("********")));
        for (const QString &secret :
             {kAdminPassword, kSchemaPassword, kDbPassword, kClusterPassword})
            QVERIFY2(!preview.contains(secret), qPrintable(secret));
        QVERIFY(!page()->canInstall()); // no package yet
        QVERIFY(page()->statusText().contains(QStringLiteral("Choose the package")));
        QVERIFY(page()->planText().contains(QStringLiteral("Choose the package")));
        page()->tabs()->setCurrentIndex(0);
        shoot(m_wizard.get(), QStringLiteral("22-firstnode-preview"));

        const QString package = writePackage(QStringLiteral("octane-onprem-25.1.0.rpm"), 300000);
        QVERIFY(!package.isEmpty());
        QFile f(package);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
        QSignalSpy hashed(page()->packageHasher(), &Core::PackageHashController::finished);
        page()->setPackagePath(package);
        QVERIFY(hashed.count() == 1 || hashed.wait(10000));
        QCOMPARE(hashed.first().first().toBool(), true);
        QCOMPARE(page()->packageHasher()->sha256(), sha);
        QVERIFY2(page()->packageText().contains(sha), qPrintable(page()->packageText()));
        QVERIFY(page()->packageText().contains(QStringLiteral("300,000 bytes")) ||
                page()->packageText().contains(QStringLiteral("300000 bytes")));
        const QString plan = page()->planText();
        QVERIFY2(plan.contains(sha), qPrintable(plan));
        QVERIFY(plan.contains(QStringLiteral("first-node.upload")));
        QVERIFY(plan.contains(QStringLiteral("rpm -ivh")));
        QVERIFY(plan.contains(QStringLiteral("only checked"))); // the consent box is off
        QVERIFY(!page()->repositoryEnvConsent()->isChecked());
        page()->repositoryEnvConsent()->setChecked(true);
        QVERIFY(page()->planText().contains(QStringLiteral("you agreed")));
        QVERIFY(page()->canInstall());
        QVERIFY(page()->installButton()->isEnabled());
        QCOMPARE(page()->statusText(), QStringLiteral("Ready to install on octane1.invalid."));
        page()->tabs()->setCurrentIndex(1);
        shoot(m_wizard.get(), QStringLiteral("23-firstnode-plan"));

        // Commit (what Finish and Back do): values to the profile, secrets to memory only.
        page()->validatePage();
        const Core::ClusterProfile committed = m_context->profile();
        QCOMPARE(committed.octaneConf.value(QStringLiteral("site-admin-user")).toString(),
                 QStringLiteral("admin@example.com"));
        QCOMPARE(committed.octaneConf.value(QStringLiteral("elastic.port")).toInt(), 9300);
        QVERIFY(!committed.octaneConf.contains(QStringLiteral("cluster.nodes")));
        const QByteArray json = QJsonDocument(committed.toJson()).toJson();
        for (const QString &path : m_release.secretKeyPaths())
            QVERIFY2(!committed.octaneConf.contains(path), qPrintable(path));
        for (const QString &secret :
             {kAdminPassword, kSchemaPassword, kDbPassword, kClusterPassword})
            QVERIFY(!json.contains(secret.toUtf8()));
        QCOMPARE(m_context->secrets().value(QStringLiteral("conf:site-admin-password")),
                 kAdminPassword);
        // In the keychain under the profile's scope as conf:<key> (or, without a working
        // keychain, in the store's memory for this run).
        auto stored = [this] {
            const Core::Expected<QString> v = m_store->readBlocking(
                QStringLiteral("firstnode-test"), QStringLiteral("conf:site-admin-password"));
            return v ? *v : QString();
        };
        QTRY_COMPARE(stored(), kAdminPassword);

        // Shown again (the wizard reopened with this profile and this run's secrets): the
        // values come back, secrets from memory, the rest from the profile.
        open(committed);
        m_context->setSecret(QStringLiteral("conf:site-admin-password"), kAdminPassword);
        page()->initializePage();
        QCOMPARE(field<QLineEdit>(QStringLiteral("site-admin-user"))->text(),
                 QStringLiteral("admin@example.com"));
        QCOMPARE(field<QLineEdit>(QStringLiteral("site-admin-password"))->text(), kAdminPassword);
        QCOMPARE(field<QLineEdit>(QStringLiteral("connection-string"))->text(),
                 QStringLiteral("jdbc:oracle:thin:@//db.invalid:1521/OCTANE"));
        QCOMPARE(field<QSpinBox>(QStringLiteral("elastic.port"))->value(), 9300);
    }

    void packageProblems()
    {
        fillValid();
        page()->setPackagePath(m_dir.filePath(QStringLiteral("octane.zip")));
        QVERIFY(page()->findChild<QLineEdit *>(QStringLiteral("package")));
        QVERIFY(!page()->canInstall());
        QVERIFY2(page()->statusText().contains(QStringLiteral("package")),
                 qPrintable(page()->statusText()));
        page()->setPackagePath(QStringLiteral("/nonexistent/octane-onprem-25.1.rpm"));
        QVERIFY(!page()->canInstall());
        QVERIFY(!page()->installButton()->isEnabled());
        shoot(m_wizard.get(), QStringLiteral("24-firstnode-package-missing"));
    }

    // The run as the page shows it, fed through the controller's signals (no node involved):
    // step rows with verdicts, progress text, details of a failure, the log tail.
    void stepListAndLogTail()
    {
        Core::FirstNodeController *c = page()->controller();
        InstallStepList *steps = page()->stepList();
        steps->setSteps(
            {{QStringLiteral("ssh.connect"), QStringLiteral("SSH connection")},
             {QStringLiteral("first-node.upload"), QStringLiteral("Package upload")},
             {QStringLiteral("first-node.install"), QStringLiteral("Package installation")},
             {QStringLiteral("first-node.octane-conf"), QStringLiteral("octane.conf")},
             {QStringLiteral("first-node.ready"), QStringLiteral("Server ready")}});
        page()->tabs()->setCurrentIndex(2);
        QCOMPARE(steps->verdict(QStringLiteral("first-node.upload")), Core::Verdict::Pending);

        Core::CheckResult connect;
        connect.checkId = QStringLiteral("ssh.connect");
        connect.node = QStringLiteral("octane1.invalid");
        connect.verdict = Core::Verdict::Pass;
        connect.message = QStringLiteral("octane1.invalid: logged in as ocwadmin.");
        connect.durationMs = 120;
        Q_EMIT c->stepFinished(connect);
        Q_EMIT c->progressed(QStringLiteral("first-node.upload"),
                             QStringLiteral("Uploading 64.0 MiB of 1.20 GiB (80.0 MiB/s, 14 s "
                                            "left)…"));
        QCOMPARE(steps->verdict(QStringLiteral("ssh.connect")), Core::Verdict::Pass);
        QCOMPARE(steps->verdict(QStringLiteral("first-node.upload")), Core::Verdict::Running);
        QVERIFY(steps->rowText(QStringLiteral("first-node.upload"))
                    .contains(QStringLiteral("64.0 MiB of 1.20 GiB")));

        Core::CheckResult upload;
        upload.checkId = QStringLiteral("first-node.upload");
        upload.verdict = Core::Verdict::Pass;
        upload.message = QStringLiteral("octane1.invalid: package uploaded.");
        upload.durationMs = 15200;
        Q_EMIT c->stepFinished(upload);
        Core::CheckResult install;
        install.checkId = QStringLiteral("first-node.install");
        install.verdict = Core::Verdict::Pass;
        install.message = QStringLiteral("octane1.invalid: package installed.");
        Q_EMIT c->stepFinished(install);
        Core::CheckResult conf;
        conf.checkId = QStringLiteral("first-node.octane-conf");
        conf.verdict = Core::Verdict::Pass;
        conf.message = QStringLiteral("octane1.invalid: /opt/octane/conf/octane.conf written.");
        conf.commands = {QStringLiteral("sudo -n sh -c 'cat /opt/octane/conf/octane.conf'")};
        conf.output = QStringLiteral("db-type = ORACLE\nschema-password = \"********\"\n");
        Q_EMIT c->stepFinished(conf);
        QVERIFY(steps->detailsText(QStringLiteral("first-node.octane-conf"))
                    .contains(QStringLiteral("schema-password = \"********\"")));
        QVERIFY(!steps->isDetailsExpanded(QStringLiteral("first-node.octane-conf")));

        Q_EMIT c->progressed(QStringLiteral("first-node.ready"),
                             QStringLiteral("Waiting for the server…"));
        for (int i = 1; i <= 250; ++i)
            Q_EMIT c->progressed(QStringLiteral("log"),
                                 QStringLiteral("2025-01-01 10:00:%1 INFO booting part %2")
                                     .arg(i % 60, 2, 10, QLatin1Char('0'))
                                     .arg(i));
        const QStringList lines = page()->logText().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 200); // the tail only
        QVERIFY(lines.last().endsWith(QStringLiteral("booting part 250")));
        QVERIFY(lines.first().endsWith(QStringLiteral("booting part 51")));
        auto *log = page()->findChild<QPlainTextEdit *>(QStringLiteral("log"));
        QCoreApplication::processEvents();
        QCOMPARE(log->verticalScrollBar()->value(), log->verticalScrollBar()->maximum());

        Core::CheckResult ready;
        ready.checkId = QStringLiteral("first-node.ready");
        ready.verdict = Core::Verdict::Fail;
        ready.message = QStringLiteral("octane1.invalid: the server failed: Cluster is unhealthy "
                                       "— the nodes did not form one cluster.");
        ready.fix = QStringLiteral("Make the node list in octane.conf name every node.");
        ready.commands = {QStringLiteral("tail -c +0 /opt/octane/log/wrapper.log")};
        ready.output = QStringLiteral("… Cluster is unhealthy");
        Q_EMIT c->stepFinished(ready);
        QCOMPARE(steps->verdict(QStringLiteral("first-node.ready")), Core::Verdict::Fail);
        QVERIFY(steps->isDetailsExpanded(QStringLiteral("first-node.ready"))); // failures open
        QVERIFY(steps->rowText(QStringLiteral("first-node.ready"))
                    .contains(QStringLiteral("Fix: Make the node list")));
        shoot(m_wizard.get(), QStringLiteral("25-firstnode-run-failed"));
    }

    // Sign in over HTTPS met a certificate TLS refused: after the run the page shows it (subject,
    // fingerprint, why), Cancel is the default; "Trust" stores exactly that fingerprint for that
    // host in the profile, saves the profile file, and nothing else is trusted.
    void refusedCertificateCanBeTrustedForThisProfile()
    {
        const QString profileFile = m_dir.filePath(QStringLiteral("tls-profile.json"));
        QVERIFY(labProfile().save(profileFile).hasValue());
        m_context->setProfilePath(profileFile);
        auto *scheme = page()->schemeChoice();
        QCOMPARE(scheme->currentData().toString(), QStringLiteral("http"));
        QVERIFY(scheme->itemText(1).contains(QStringLiteral("8443")));
        fillValid();
        QSignalSpy hashed(page()->packageHasher(), &Core::PackageHashController::finished);
        page()->setPackagePath(writePackage(QStringLiteral("octane-onprem-25.1.9.rpm"), 2048));
        QVERIFY(hashed.count() == 1 || hashed.wait(10000));
        QVERIFY(page()->planText().contains(QStringLiteral("POST http://octane1.invalid:8080/")));
        scheme->setCurrentIndex(scheme->findData(QStringLiteral("https")));
        QVERIFY2(page()->planText().contains(QStringLiteral("POST https://octane1.invalid:8443/")),
                 qPrintable(page()->planText()));
        QCOMPARE(page()->readyTimeout()->value(), 600);
        page()->readyTimeout()->setValue(900);
        page()->validatePage(); // commits the page's inputs
        QCOMPARE(m_context->profile().serverScheme, QStringLiteral("https"));
        QCOMPARE(m_context->profile().readyTimeoutS, 900);

        Core::CertificateInfo cert;
        cert.subject = QStringLiteral("CN=octane1.invalid, O=Octane Lab");
        cert.issuer = cert.subject;
        cert.alternateNames = {QStringLiteral("octane1.invalid")};
        cert.sha256Fingerprint = QStringList(32, QStringLiteral("5A")).join(QLatin1Char(':'));
        cert.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
        cert.notAfter = QDateTime::currentDateTimeUtc().addDays(364);
        cert.errors = {QStringLiteral("The certificate is self-signed, and untrusted")};
        Core::FirstNodeController *c = page()->controller();
        Q_EMIT c->certificateRefused(cert, QStringLiteral("octane1.invalid"));
        Core::CheckResult signIn;
        signIn.checkId = QStringLiteral("first-node.sign-in");
        signIn.verdict = Core::Verdict::Fail;
        signIn.message =
            QStringLiteral("octane1.invalid: the server's certificate is not trusted.");
        Q_EMIT c->stepFinished(signIn);
        QVERIFY(!page()->certificateDialog()); // asked after the run, not in the middle of it
        Q_EMIT c->finished(false);
        QTRY_VERIFY(page()->certificateDialog() && page()->certificateDialog()->isVisible());
        CertificateTrustDialog *dialog = page()->certificateDialog();
        auto *shown = dialog->findChild<QLabel *>(QStringLiteral("fingerprint"));
        QVERIFY(shown);
        QCOMPARE(shown->text(), cert.sha256Fingerprint);
        QVERIFY(!dialog->trustButton()->isDefault());
        bool mentionsFile = false;
        for (QLabel *l : dialog->findChildren<QLabel *>())
            mentionsFile = mentionsFile || l->text().contains(profileFile);
        QVERIFY(mentionsFile);
        shoot(dialog, QStringLiteral("29-firstnode-certificate"));

        dialog->trustButton()->click();
        QTRY_VERIFY(!page()->certificateDialog());
        QCOMPARE(m_context->profile().trustedFingerprintsFor(QStringLiteral("octane1.invalid")),
                 QStringList{cert.sha256Fingerprint});
        QVERIFY(m_context->profile()
                    .trustedFingerprintsFor(QStringLiteral("octane2.invalid"))
                    .isEmpty());
        const Core::Expected<Core::ClusterProfile> saved = Core::ClusterProfile::load(profileFile);
        QVERIFY(saved.hasValue());
        QCOMPARE(saved->trustedFingerprintsFor(QStringLiteral("octane1.invalid")),
                 QStringList{cert.sha256Fingerprint});
        QCOMPARE(saved->serverScheme, QStringLiteral("https"));
        QCOMPARE(saved->readyTimeoutS, 900);

        // A run without a refused certificate asks nothing.
        Q_EMIT c->finished(false);
        QCoreApplication::processEvents();
        QVERIFY(!page()->certificateDialog());
        // A certificate the profile trusts already is never offered again (the failure was
        // something else, named in the step).
        Q_EMIT c->certificateRefused(cert, QStringLiteral("octane1.invalid"));
        Q_EMIT c->finished(false);
        QCoreApplication::processEvents();
        QVERIFY(!page()->certificateDialog());

        // Going Back to the Nodes page and on again keeps what this page put in the profile.
        const Core::ClusterProfile fromNodes = m_wizard->nodesPage()->profile();
        QCOMPARE(fromNodes.serverScheme, QStringLiteral("https"));
        QCOMPARE(fromNodes.readyTimeoutS, 900);
        QCOMPARE(fromNodes.trustedFingerprintsFor(QStringLiteral("octane1.invalid")),
                 QStringList{cert.sha256Fingerprint});
    }

    // A release definition from a file: the form is generated from it (its own key paths),
    // the profile remembers the file, the page says which definition is in use; a broken file
    // is refused with its reason and the definition in use stays.
    void releaseDefinitionFromFile()
    {
        QVERIFY(page()->releaseText().contains(QStringLiteral("built in")));
        QVERIFY(form()->fieldPaths().contains(QStringLiteral("connection-string")));
        const QString file = QStringLiteral(OCW_SOURCE_DIR) +
                             QStringLiteral("/tests/data/releases/test-renamed.json");
        QVERIFY(page()->setReleaseSource(file));
        QCOMPARE(m_context->profile().release, file);
        QVERIFY2(page()->releaseText().contains(QStringLiteral("test-renamed")) &&
                     page()->releaseText().contains(file),
                 qPrintable(page()->releaseText()));
        QVERIFY(form()->fieldPaths().contains(QStringLiteral("database.url")));
        QVERIFY(!form()->fieldPaths().contains(QStringLiteral("connection-string")));
        // Nothing of the old definition's keys is carried into the new release's file.
        QVERIFY2(!page()->previewText().contains(QStringLiteral("connection-string")) &&
                     !page()->previewText().contains(QStringLiteral("site-action")),
                 qPrintable(page()->previewText()));
        QVERIFY(page()->previewText().contains(QStringLiteral("url = ")));
        shoot(m_wizard.get(), QStringLiteral("29-firstnode-release-file"));

        const QString broken = m_dir.filePath(QStringLiteral("broken-release.json"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"schemaVersion": 1, "id": "x"})");
        f.close();
        QVERIFY(!page()->setReleaseSource(broken));
        QVERIFY2(page()->errorPanel()->message().contains(QStringLiteral("broken-release.json")),
                 qPrintable(page()->errorPanel()->message()));
        QCOMPARE(m_context->profile().release, file); // unchanged
        QVERIFY(form()->fieldPaths().contains(QStringLiteral("database.url")));

        QCOMPARE(m_wizard->nodesPage()->profile().release, file); // kept by the Nodes page

        // The same file, edited since it was loaded: loading it again takes the new content.
        const QString copy = m_dir.filePath(QStringLiteral("edited-release.json"));
        QFile original(file);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray json = original.readAll();
        QFile out(copy);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json);
        out.close();
        QVERIFY(page()->setReleaseSource(copy));
        QVERIFY(!page()->releaseText().contains(QStringLiteral("edited title")));
        json.replace("Test release with renamed keys and paths", "edited title");
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(json);
        out.close();
        QVERIFY(page()->setReleaseSource(copy));
        QVERIFY2(page()->releaseText().contains(QStringLiteral("edited title")),
                 qPrintable(page()->releaseText()));

        QVERIFY(page()->setReleaseSource(QStringLiteral("octane-current")));
        QVERIFY(form()->fieldPaths().contains(QStringLiteral("connection-string")));
    }

    // One real start, against a closed local port: nothing is installed; the page hides Back
    // while the controller runs, shows the failed connection and stays incomplete.
    void realStartRefused()
    {
        open(labProfile(QStringLiteral("127.0.0.1"), 1));
        fillValid();
        QVERIFY(page()->issues().isEmpty());
        QSignalSpy hashed(page()->packageHasher(), &Core::PackageHashController::finished);
        page()->setPackagePath(writePackage(QStringLiteral("octane-onprem-25.1.1.rpm"), 4096));
        QVERIFY(hashed.count() == 1 || hashed.wait(10000));
        QVERIFY(page()->canInstall());

        QSignalSpy finished(page(), &FirstNodePage::installFinished);
        QSignalSpy installing(page(), &FirstNodePage::installingChanged);
        page()->installButton()->click();
        QVERIFY(page()->isInstalling());
        QCOMPARE(installing.count(), 1);
        QVERIFY(!m_wizard->button(QWizard::BackButton)->isVisible());
        QVERIFY(!page()->installButton()->isEnabled());
        QCOMPARE(page()->tabs()->currentIndex(), 2);
        QVERIFY(!page()->form()->isEnabled()); // no edits while it runs
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!page()->isInstalling());
        QVERIFY(m_wizard->button(QWizard::BackButton)->isVisible());
        QCOMPARE(page()->stepList()->verdict(QStringLiteral("ssh.connect")), Core::Verdict::Fail);
        QCOMPARE(page()->stepList()->verdict(QStringLiteral("first-node.upload")),
                 Core::Verdict::Pending);
        QVERIFY2(page()->statusText().startsWith(QStringLiteral("Stopped at SSH connection")),
                 qPrintable(page()->statusText()));
        QVERIFY(!page()->isComplete());
        QVERIFY(!page()->isCommitPage());
        QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(page()->canInstall()); // may try again
        shoot(m_wizard.get(), QStringLiteral("26-firstnode-connect-refused"));
    }

    // A node that accepts TCP but never says a word (no SSH banner): the run hangs in the
    // handshake until cancelled. Cancel stops it within a second and says nothing changed.
    void cancelWhileConnecting()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        open(labProfile(QStringLiteral("127.0.0.1"), silent.serverPort()));
        fillValid();
        QSignalSpy hashed(page()->packageHasher(), &Core::PackageHashController::finished);
        page()->setPackagePath(writePackage(QStringLiteral("octane-onprem-25.1.2.rpm"), 1024));
        QVERIFY(hashed.count() == 1 || hashed.wait(10000));
        QSignalSpy finished(page(), &FirstNodePage::installFinished);
        page()->startInstall();
        QVERIFY(page()->isInstalling());
        QVERIFY(!finished.wait(300)); // still waiting for the banner
        QVERIFY(!m_wizard->button(QWizard::BackButton)->isVisible());
        shoot(m_wizard.get(), QStringLiteral("28-firstnode-connecting"));
        QElapsedTimer timer;
        timer.start();
        page()->cancelInstall();
        QVERIFY(page()->statusText().startsWith(QStringLiteral("Cancelling")));
        QVERIFY(finished.wait(5000));
        QVERIFY2(timer.elapsed() < 2000, "cancel took longer than it should");
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(page()->statusText() ==
                     QStringLiteral("Cancelled; nothing was changed on octane1.invalid."),
                 qPrintable(page()->statusText()));
        QVERIFY(!page()->isComplete());
        QVERIFY(m_wizard->button(QWizard::BackButton)->isVisible());
    }

    // Closing the wizard while it installs asks first; "Stop and close" cancels, then closes.
    void closeWhileInstallingAsks()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        open(labProfile(QStringLiteral("127.0.0.1"), silent.serverPort()));
        fillValid();
        QSignalSpy hashed(page()->packageHasher(), &Core::PackageHashController::finished);
        page()->setPackagePath(writePackage(QStringLiteral("octane-onprem-25.1.3.rpm"), 1024));
        QVERIFY(hashed.count() == 1 || hashed.wait(10000));
        page()->startInstall();
        QVERIFY(page()->isInstalling());
        QSignalSpy rejected(m_wizard.get(), &QDialog::rejected);
        m_wizard->reject();
        QMessageBox *ask = m_wizard->findChild<QMessageBox *>();
        QVERIFY(ask);
        QTRY_VERIFY(ask->isVisible());
        QVERIFY(ask->text().contains(QStringLiteral("octane1.invalid")));
        QVERIFY(m_wizard->isVisible());
        QVERIFY(page()->isInstalling()); // nothing stopped before the answer
        m_wizard->reject();              // Escape again: still one question
        QCOMPARE(m_wizard->findChildren<QMessageBox *>().size(), 1);
        shoot(ask, QStringLiteral("27-firstnode-close-asks"));
        QAbstractButton *stop = nullptr;
        for (QAbstractButton *b : ask->buttons()) {
            if (b->text() == QStringLiteral("Stop and close"))
                stop = b;
        }
        QVERIFY(stop);
        stop->click();
        QVERIFY(rejected.wait(5000));
        QVERIFY(!m_wizard->isVisible());
        QVERIFY(!page()->isInstalling());
    }
};

QTEST_MAIN(TestFirstNodePage)
#include "tst_firstnodepage.moc"
