#include "core/model/clusterprofile.h"
#include "core/run/confcomparisoncontroller.h"
#include "core/run/firstnodecontroller.h"
#include "core/run/nodestatusmodel.h"
#include "core/run/packagehashcontroller.h"
#include "core/secrets/secretstore.h"
#include "installwizard.h"
#include "labfixture.h"
#include "pages/firstnodepage.h"
#include "pages/othernodespage.h"
#include "widgets/certificatetrustdialog.h"
#include "widgets/confform.h"
#include "widgets/installsteplist.h"
#include "widgettesthelpers.h"
#include "wizardcontext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Ocw;
using namespace Ocw::Wizard;

// The First node page's success path for real, offscreen, against the lab: the form filled
// as a user would, the package chosen, Install clicked; the server is installed, started and
// signed in to, and the page completes. Then the same over HTTPS: the node's self-signed
// certificate is shown after the run, trusted for the profile, and the second run signs in.
class TestFirstNodeLab : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Core::SecretStore *m_store = nullptr; // never deleted: keychain jobs may point into it
    std::unique_ptr<WizardContext> m_context;
    std::unique_ptr<InstallWizard> m_wizard;
    QString m_package;

    FirstNodePage *page() const { return m_wizard->firstNodePage(); }

    void type(const QString &path, const QString &text)
    {
        auto *edit = qobject_cast<QLineEdit *>(page()->form()->editor(path));
        QVERIFY2(edit, qPrintable(path));
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    void shoot(const QString &name) { WidgetTest::shoot(m_wizard.get(), name); }

    // Clicks "Compare with <node>" and waits for the answer; returns the note and the diff.
    QString compare()
    {
        QSignalSpy done(page()->findChild<Core::ConfComparisonController *>(),
                        &Core::ConfComparisonController::finished);
        page()->compareButton()->click();
        if (!done.wait(60000))
            return QStringLiteral("no answer within 60 s");
        return page()->comparisonText();
    }

    // Clicks Install and waits for the run's end; returns the page's status line.
    QString install()
    {
        QSignalSpy finished(page(), &FirstNodePage::installFinished);
        if (!page()->installButton()->isEnabled())
            return QStringLiteral("Install is disabled: ") + page()->statusText();
        page()->installButton()->click();
        if (!finished.wait(180000))
            return QStringLiteral("no end within 180 s");
        return page()->statusText();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(LabFixture::profilePath()), "the lab is not running");
        m_store = new Core::SecretStore(QStringLiteral("octane-cluster-wizard-test"));
        m_package = LabFixture::buildPackage(m_dir.path());
        QVERIFY2(QFile::exists(m_package), qPrintable(m_package));
        LabFixture::resetFirstNode();

        Core::ClusterProfile profile = LabFixture::profile();
        QVERIFY(!profile.nodes.isEmpty());
        const QString profileFile = m_dir.filePath(QStringLiteral("profile.json"));
        QVERIFY(profile.save(profileFile).hasValue());
        m_context = std::make_unique<WizardContext>(m_store);
        m_context->setProfile(profile);
        m_context->setProfilePath(profileFile);
        m_wizard = std::make_unique<InstallWizard>(m_context.get());
        m_wizard->setStartId(InstallWizard::FirstNodePageId);
        m_wizard->resize(1280, 860);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    void installsAndSignsIn()
    {
        type(QStringLiteral("connection-string"),
             QStringLiteral("jdbc:oracle:thin:@//db.lab:1521/OCTANE"));
        type(QStringLiteral("db-admin-user"), QStringLiteral("system"));
        type(QStringLiteral("db-admin-password"), QStringLiteral("Db-Admin-1"));
        type(QStringLiteral("schema-name"), QStringLiteral("octane_site"));
        type(QStringLiteral("schema-password"), QStringLiteral("Schema-Pw-2"));
        type(QStringLiteral("site-admin-user"), QStringLiteral("admin@example.com"));
        type(QStringLiteral("site-admin-password"), QStringLiteral("Site-Admin-3"));
        type(QStringLiteral("elastic.host"), QStringLiteral("es.lab"));
        type(QStringLiteral("elastic.cluster-name"), QStringLiteral("octane-es"));
        type(QStringLiteral("cluster.distributed-password"), QStringLiteral("Hz-Secret-4"));
        QStringList issues;
        for (const Core::FieldIssue &i : page()->issues())
            issues.append(i.field + QStringLiteral(": ") + i.message);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.join(QStringLiteral("; "))));
        QSignalSpy hashed(page()->packageHasher(), &Core::PackageHashController::finished);
        page()->setPackagePath(m_package);
        QVERIFY(hashed.count() == 1 || hashed.wait(20000));
        page()->repositoryEnvConsent()->setChecked(true);
        // Before anything is installed: nothing to compare with, said plainly.
        QString compared = compare();
        QVERIFY2(compared.contains(QStringLiteral("has no /opt/octane/conf/octane.conf yet")),
                 qPrintable(compared));

        const QString status = install();
        QVERIFY2(status.startsWith(QStringLiteral("Octane runs on octane1.lab")),
                 qPrintable(status));
        for (const char *step :
             {"ssh.connect", "first-node.upload", "first-node.install", "first-node.octane-conf",
              "first-node.start", "first-node.ready", "first-node.sign-in"})
            QCOMPARE(page()->stepList()->verdict(QLatin1String(step)), Core::Verdict::Pass);
        QVERIFY(page()->isComplete());
        QVERIFY(page()->logText().contains(QStringLiteral("Server is ready!")));
        QCOMPARE(LabFixture::ssh(QStringLiteral("octane1.lab"),
                                 QStringLiteral("sudo -n systemctl is-active octane")),
                 QStringLiteral("active"));
        QVERIFY(!page()->certificateDialog());
        shoot(QStringLiteral("40-firstnode-lab-done"));
    }

    void comparesWithTheNodesFile()
    {
        QString compared = compare();
        QVERIFY2(compared.contains(QStringLiteral("will not rewrite")), qPrintable(compared));
        type(QStringLiteral("temp-table-space"), QStringLiteral("TEMP2"));
        type(QStringLiteral("site-admin-password"), QStringLiteral("Site-Admin-33"));
        compared = compare();
        QVERIFY2(compared.contains(QStringLiteral("change 2 settings in")) &&
                     compared.contains(QStringLiteral("-temp-table-space = \"TEMP\"")) &&
                     compared.contains(QStringLiteral("+temp-table-space = \"TEMP2\"")) &&
                     compared.contains(QStringLiteral("site-admin-password")),
                 qPrintable(compared));
        for (const char *secret : {"Site-Admin-3", "Db-Admin-1", "Schema-Pw-2", "Hz-Secret-4"})
            QVERIFY2(!compared.contains(QLatin1String(secret)), secret); // masked, old and new
        page()->tabs()->setCurrentIndex(0);
        shoot(QStringLiteral("43-firstnode-lab-compare"));
        type(QStringLiteral("temp-table-space"), QStringLiteral("TEMP"));
        type(QStringLiteral("site-admin-password"), QStringLiteral("Site-Admin-3"));
        compared = compare();
        QVERIFY2(compared.contains(QStringLiteral("will not rewrite")), qPrintable(compared));
        // Comparing changed nothing on the node: no backup was made.
        QCOMPARE(LabFixture::ssh(QStringLiteral("octane1.lab"),
                                 QStringLiteral("sudo -n ls /opt/octane/conf | grep -c bak")),
                 QStringLiteral("0"));
    }

    void httpsCertificateTrustedThenSignsIn()
    {
        const QString fingerprint = LabFixture::certificateFingerprint(1);
        QCOMPARE(fingerprint.size(), 95);
        QComboBox *scheme = page()->schemeChoice();
        scheme->setCurrentIndex(scheme->findData(QStringLiteral("https")));

        // The server runs already: the run recognises every step and only the sign-in fails.
        QString status = install();
        QVERIFY2(status.contains(QStringLiteral("not trusted")), qPrintable(status));
        QCOMPARE(page()->stepList()->verdict(QStringLiteral("first-node.sign-in")),
                 Core::Verdict::Fail);
        QVERIFY(!page()->isComplete());
        QTRY_VERIFY(page()->certificateDialog() && page()->certificateDialog()->isVisible());
        CertificateTrustDialog *dialog = page()->certificateDialog();
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("fingerprint"))->text(), fingerprint);
        QVERIFY(dialog->certificate().subject.contains(QStringLiteral("CN=octane1.lab")));
        WidgetTest::shoot(dialog, QStringLiteral("41-firstnode-lab-certificate"));

        QSignalSpy finished(page(), &FirstNodePage::installFinished);
        dialog->trustButton()->click(); // trusts and runs again
        QVERIFY(finished.wait(120000));
        status = page()->statusText();
        QVERIFY2(status.startsWith(QStringLiteral("Octane runs on octane1.lab")) &&
                     status.contains(QStringLiteral("HTTPS")),
                 qPrintable(status));
        QVERIFY(page()->isComplete());
        const Core::Expected<Core::ClusterProfile> saved =
            Core::ClusterProfile::load(m_context->profilePath());
        QVERIFY(saved.hasValue());
        QCOMPARE(saved->trustedFingerprintsFor(QStringLiteral("octane1.lab")),
                 QStringList{fingerprint});
        shoot(QStringLiteral("42-firstnode-lab-https"));
    }

    // Next from the First node page: the Other nodes page plans, installs and starts octane2
    // and octane3 in parallel, and completes; Back is gone while it runs.
    void otherNodesJoinFromTheNextPage()
    {
        QVERIFY(page()->isComplete());
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(InstallWizard::OtherNodesPageId));
        OtherNodesPage *other = m_wizard->otherNodesPage();
        QVERIFY2(other->planText().contains(QStringLiteral("other-nodes.install")) &&
                     other->planText().contains(QStringLiteral("octane3.lab")),
                 qPrintable(other->planText()));
        shoot(QStringLiteral("50-othernodes-plan"));
        QSignalSpy finished(other, &OtherNodesPage::runFinished);
        QSignalSpy running(other, &OtherNodesPage::runningChanged);
        other->startInstall();
        QVERIFY(running.count() >= 1);
        QVERIFY(!m_wizard->button(QWizard::BackButton)->isVisible());
        QVERIFY(!other->isComplete());
        QVERIFY2(finished.wait(180000), qPrintable(other->statusText()));
        for (const QString &node : {QStringLiteral("octane2.lab"), QStringLiteral("octane3.lab")}) {
            QCOMPARE(other->statusModel()->verdict(node, QStringLiteral("other-nodes.ready")),
                     Core::Verdict::Pass);
            QCOMPARE(LabFixture::ssh(node, QStringLiteral("sudo -n systemctl is-active octane")),
                     QStringLiteral("active"));
        }
        QVERIFY2(other->isComplete(), qPrintable(other->statusText()));
        QVERIFY(m_wizard->button(QWizard::BackButton)->isVisible());
        QVERIFY2(other->statusText().startsWith(QStringLiteral("Every other node is installed")),
                 qPrintable(other->statusText()));
        QVERIFY(
            other->selectCell(QStringLiteral("octane2.lab"), QStringLiteral("other-nodes.ready")));
        QVERIFY2(other->detailsText().contains(QStringLiteral("Server is ready!")),
                 qPrintable(other->detailsText()));
        shoot(QStringLiteral("51-othernodes-done"));
    }

    void cleanupTestCase()
    {
        m_wizard.reset();
        m_context.reset();
        LabFixture::resetCluster();
    }
};

QTEST_MAIN(TestFirstNodeLab)
#include "tst_firstnodelab.moc"
