#include "core/model/clusterprofile.h"
#include "core/run/nodestatusmodel.h"
#include "core/run/packagehashcontroller.h"
#include "core/secrets/secretresolver.h"
#include "core/secrets/secretstore.h"
#include "installwizard.h"
#include "labfixture.h"
#include "pages/checkspage.h"
#include "pages/firstnodepage.h"
#include "pages/nodespage.h"
#include "pages/othernodespage.h"
#include "pages/securepage.h"
#include "pages/summarypage.h"
#include "pages/verifypage.h"
#include "widgets/confform.h"
#include "widgets/hostkeytrustdialog.h"
#include "widgettesthelpers.h"
#include "wizardcontext.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ocw;
using namespace Ocw::Wizard;

// The whole wizard for real, offscreen, against an empty lab, as an administrator clicks
// through it: Nodes, Checks, First node (the form's secrets typed), Other nodes, Verify (it
// starts by itself) and Summary with its exported report. Screenshots of every page.
class TestWizardLab : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Core::SecretStore *m_store = nullptr; // never deleted: keychain jobs may point into it
    std::unique_ptr<WizardContext> m_context;
    std::unique_ptr<InstallWizard> m_wizard;
    QString m_package;
    QHash<QString, QString> m_secrets;

    void shoot(const QString &name) { WidgetTest::shoot(m_wizard.get(), name); }

    void type(FirstNodePage *page, const QString &path, const QString &text)
    {
        auto *edit = qobject_cast<QLineEdit *>(page->form()->editor(path));
        QVERIFY2(edit, qPrintable(path));
        edit->clear();
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(LabFixture::profilePath()), "the lab is not running");
        m_store = new Core::SecretStore(QStringLiteral("octane-cluster-wizard-test"));
        m_package = LabFixture::buildPackage(m_dir.path());
        QVERIFY2(QFile::exists(m_package), qPrintable(m_package));
        m_secrets = LabFixture::secrets();
        LabFixture::resetCluster();
        m_context = std::make_unique<WizardContext>(m_store);
        m_context->setInitialPackagePath(m_package);
        m_wizard = std::make_unique<InstallWizard>(m_context.get());
        m_wizard->resize(1280, 860);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    void nodesToSummary()
    {
        // Nodes: the lab's profile, its login secrets typed.
        NodesPage *nodes = m_wizard->nodesPage();
        QVERIFY(nodes->loadProfile(LabFixture::profilePath()).hasValue());
        if (!m_secrets.value(QStringLiteral("key-passphrase")).isEmpty())
            WidgetTest::setText(nodes, QStringLiteral("ssh.passphrase"),
                                m_secrets.value(QStringLiteral("key-passphrase")));
        if (!m_secrets.value(QStringLiteral("ssh-password")).isEmpty())
            WidgetTest::setText(nodes, QStringLiteral("ssh.password"),
                                m_secrets.value(QStringLiteral("ssh-password")));
        QTRY_VERIFY2(nodes->isComplete(), qPrintable(nodes->issues().value(0).message));
        shoot(QStringLiteral("40-lab-nodes"));
        QSignalSpy hostKeys(nodes, &NodesPage::hostKeyStepFinished);
        m_wizard->next();
        // The lab's known_hosts is in the profile; a key it lacks is asked for once.
        QTRY_VERIFY_WITH_TIMEOUT(
            hostKeys.count() == 1 || nodes->findChild<HostKeyTrustDialog *>() != nullptr, 30000);
        if (auto *dialog = nodes->findChild<HostKeyTrustDialog *>())
            dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(InstallWizard::ChecksPageId), 30000);

        // Checks: every node, then Next.
        ChecksPage *checks = m_wizard->checksPage();
        QSignalSpy checked(checks, &ChecksPage::runFinished);
        QVERIFY(checks->isFinished() || checked.wait(240000));
        QTRY_VERIFY_WITH_TIMEOUT(checks->isComplete(), 5000);
        shoot(QStringLiteral("41-lab-checks"));
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(InstallWizard::FirstNodePageId));

        // First node: the profile fills the form; the secrets are typed, never stored.
        FirstNodePage *first = m_wizard->firstNodePage();
        for (const QString &key :
             {QStringLiteral("db-admin-password"), QStringLiteral("schema-password"),
              QStringLiteral("site-admin-password"),
              QStringLiteral("cluster.distributed-password")})
            type(first, key, m_secrets.value(QStringLiteral("conf:") + key));
        QTRY_VERIFY_WITH_TIMEOUT(!m_context->package().sha256.isEmpty(), 30000);
        first->repositoryEnvConsent()->setChecked(true);
        QStringList issues;
        for (const Core::FieldIssue &i : first->issues())
            issues.append(i.field + QStringLiteral(": ") + i.message);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.join(QStringLiteral("; "))));
        QSignalSpy installed(first, &FirstNodePage::installFinished);
        QTRY_VERIFY_WITH_TIMEOUT(first->installButton()->isEnabled(), 10000);
        first->installButton()->click();
        QVERIFY(installed.wait(240000));
        QVERIFY2(first->isComplete(), qPrintable(first->statusText()));
        shoot(QStringLiteral("42-lab-first-node"));
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(InstallWizard::OtherNodesPageId));

        // Other nodes, in parallel.
        OtherNodesPage *others = m_wizard->otherNodesPage();
        QSignalSpy deployed(others, &OtherNodesPage::runFinished);
        others->startInstall();
        QVERIFY(deployed.wait(300000));
        QVERIFY2(others->isComplete(), qPrintable(others->statusText()));
        shoot(QStringLiteral("43-lab-other-nodes"));
        m_wizard->next();
        // The secure deployment is optional: its preview, then on without applying it.
        QCOMPARE(m_wizard->currentId(), int(InstallWizard::SecurePageId));
        QVERIFY(m_wizard->securePage()->previewText().contains(
            QLatin1String("/opt/octane/conf/keystore.p12")));
        QVERIFY(m_wizard->securePage()->isComplete());
        shoot(QStringLiteral("44-lab-secure"));
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(InstallWizard::VerifyPageId));

        // Verify: it starts by itself and only reads.
        VerifyPage *verify = m_wizard->verifyPage();
        QSignalSpy verified(verify, &VerifyPage::runFinished);
        QTRY_VERIFY_WITH_TIMEOUT(verify->isRunning() || verify->hasRun(), 5000);
        shoot(QStringLiteral("44-lab-verify-running"));
        QVERIFY(verify->hasRun() || verified.wait(120000));
        QVERIFY2(verify->statusText().startsWith(QStringLiteral("The cluster is verified")),
                 qPrintable(verify->statusText()));
        const Core::NodeStatusModel *grid = verify->statusModel();
        for (const Core::Node &n : m_context->profile().nodes) {
            for (const char *id : {"verify.members", "verify.port", "verify.status",
                                   "verify.node-sign-in", "verify.lb-spread"})
                QCOMPARE(grid->verdict(n.host, QLatin1String(id)), Core::Verdict::Pass);
        }
        const QString cluster = Core::VerifyConfig::clusterRow();
        QCOMPARE(grid->verdict(cluster, QStringLiteral("verify.version")), Core::Verdict::Pass);
        QCOMPARE(grid->verdict(cluster, QStringLiteral("verify.lb-sign-in")), Core::Verdict::Pass);
        QCOMPARE(grid->verdict(cluster, QStringLiteral("verify.summary")), Core::Verdict::Pass);
        QCOMPARE(grid->progress(), 1.0); // every cell finished: none left running
        // The evidence: the membership block of the node's log.
        QVERIFY(verify->selectCell(m_context->profile().firstNodeHost(),
                                   QStringLiteral("verify.members")));
        QVERIFY2(verify->detailsText().contains(QStringLiteral("Members {size:3")),
                 qPrintable(verify->detailsText()));
        QVERIFY(verify->selectCell(m_context->profile().nodes.value(1).host,
                                   QStringLiteral("verify.lb-spread")));
        shoot(QStringLiteral("45-lab-verify-done"));
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(InstallWizard::SummaryPageId));

        // Summary: installed where, the version each node answered, the links; the report.
        SummaryPage *summary = m_wizard->summaryPage();
        const QString text = summary->summaryText();
        QVERIFY2(text.contains(QStringLiteral("The cluster is verified")), qPrintable(text));
        for (const Core::Node &n : m_context->profile().nodes)
            QVERIFY2(text.contains(n.host), qPrintable(n.host));
        QVERIFY2(text.contains(QStringLiteral("16.2.100")), qPrintable(text));
        QVERIFY(text.contains(m_context->profile().loadBalancerUrl));
        shoot(QStringLiteral("46-lab-summary"));
        const QString report = m_dir.filePath(QStringLiteral("session-report.html"));
        QVERIFY(summary->exportReport(report).hasValue());
        QFile html(report);
        QFile json(m_dir.filePath(QStringLiteral("session-report.json")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QByteArray htmlText = html.readAll();
        const QByteArray jsonText = json.readAll();
        const QJsonObject o = QJsonDocument::fromJson(jsonText).object();
        QStringList phases;
        for (const QJsonValue &p : o.value(QStringLiteral("phases")).toArray())
            phases.append(p.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(phases, (QStringList{QStringLiteral("checks"), QStringLiteral("first-node"),
                                      QStringLiteral("other-nodes"), QStringLiteral("verify")}));
        QCOMPARE(o.value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("nodes"))
                     .toArray()
                     .size(),
                 m_context->profile().nodes.size());
        // No secret in the report that goes to support.
        for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it) {
            QVERIFY2(!htmlText.contains(it.value().toUtf8()), qPrintable(it.key()));
            QVERIFY2(!jsonText.contains(it.value().toUtf8()), qPrintable(it.key()));
        }
    }

    void cleanupTestCase()
    {
        m_wizard.reset();
        m_context.reset();
        LabFixture::resetCluster();
    }
};

QTEST_MAIN(TestWizardLab)
#include "tst_wizardlab.moc"
