// The Other nodes page offscreen, with scripted nodes behind the connector: what stops it
// from starting, the plan it shows, the grid as the run goes, a failing node that leaves the
// others done, "Retry failed nodes" touching only that node, Back while running.
#include "../fakes/scriptedconnector.h"
#include "core/run/nodestatusmodel.h"
#include "core/secrets/secretstore.h"
#include "installwizard.h"
#include "pages/othernodespage.h"
#include "widgettesthelpers.h"
#include "wizardcontext.h"

#include <QAbstractButton>
#include <QCryptographicHash>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ocw;
using namespace Ocw::Wizard;

class TestOtherNodesPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Core::SecretStore *m_store = nullptr; // never deleted: keychain jobs may point into it
    std::unique_ptr<WizardContext> m_context;
    std::unique_ptr<InstallWizard> m_wizard;
    std::shared_ptr<ScriptedConnector> m_connector;
    std::atomic<bool> m_thirdFails{false};

    OtherNodesPage *page() const { return m_wizard->otherNodesPage(); }

    void open(bool firstNodeReady)
    {
        m_wizard.reset();
        m_context = std::make_unique<WizardContext>(m_store);
        Core::ClusterProfile profile;
        profile.name = QStringLiteral("othernodes-test");
        for (const char *host : {"octane1.invalid", "octane2.invalid", "octane3.invalid"}) {
            Core::Node n;
            n.host = QLatin1String(host);
            profile.nodes.append(n);
        }
        profile.ssh.user = QStringLiteral("ocwadmin");
        profile.repositoryDir = QStringLiteral("/srv/octane-repo");
        m_context->setProfile(profile);
        const Core::Expected<Core::ReleaseDefinition> release =
            Core::ReleaseDefinition::load(profile.release);
        QVERIFY(release);
        m_context->setRelease(*release);
        const QString package =
            m_dir.filePath(QStringLiteral("octane-onprem-16.2.100-1.x86_64.rpm"));
        QFile f(package);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray bytes(64 * 1024, 'p');
        f.write(bytes);
        f.close();
        m_context->setPackage(
            {package, bytes.size(),
             QString::fromLatin1(
                 QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())});
        m_context->setFirstNodeReady(firstNodeReady);
        m_connector = std::make_shared<ScriptedConnector>();
        m_connector->script = [this](ScriptedShell &shell) {
            if (shell.nodeName() == QLatin1String("octane1.invalid"))
                shell.on(QStringLiteral("is-active"), 0, "active\n"); // the first node runs
            if (shell.nodeName() == QLatin1String("octane3.invalid") && m_thirdFails)
                shell.on(QStringLiteral("tail -c +"), 0,
                         "2026-12-03 10:00:01,000 ERROR [server] No octane.conf found\n");
        };
        const std::shared_ptr<ScriptedConnector> connector = m_connector;
        m_context->setConnectorFactory([connector](const QStringList &) { return connector; });
        m_wizard = std::make_unique<InstallWizard>(m_context.get());
        m_wizard->setStartId(InstallWizard::OtherNodesPageId);
        m_wizard->resize(1280, 860);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    bool run(void (OtherNodesPage::*action)())
    {
        QSignalSpy finished(page(), &OtherNodesPage::runFinished);
        (page()->*action)();
        return finished.wait(30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store = new Core::SecretStore(QStringLiteral("octane-cluster-wizard-test"));
    }

    void waitsForTheFirstNode()
    {
        open(false);
        QVERIFY(!page()->findChild<QAbstractButton *>(QStringLiteral("install"))->isEnabled());
        QVERIFY2(page()->statusText().startsWith(QStringLiteral("Install the first node first")),
                 qPrintable(page()->statusText()));
        QVERIFY(!page()->isComplete());
        // The plan is there to read all the same, and it never writes a configuration there.
        QVERIFY(page()->planText().contains(QStringLiteral("other-nodes.install")));
        QVERIFY(!page()->planText().contains(QStringLiteral("/opt/octane/conf/octane.conf")));
        QVERIFY(m_connector->opened.isEmpty());
    }

    void failingNodeThenRetryOnlyIt()
    {
        open(true);
        m_thirdFails = true;
        WidgetTest::shoot(m_wizard.get(), QStringLiteral("52-othernodes-fake-plan"));
        QVERIFY(page()->findChild<QAbstractButton *>(QStringLiteral("install"))->isEnabled());
        QVERIFY(run(&OtherNodesPage::startInstall));
        Core::NodeStatusModel *status = page()->statusModel();
        QCOMPARE(
            status->verdict(QStringLiteral("octane2.invalid"), QStringLiteral("other-nodes.ready")),
            Core::Verdict::Pass);
        QCOMPARE(
            status->verdict(QStringLiteral("octane3.invalid"), QStringLiteral("other-nodes.ready")),
            Core::Verdict::Fail);
        QCOMPARE(status->failedNodes(), QStringList{QStringLiteral("octane3.invalid")});
        QVERIFY(!page()->isComplete());
        QVERIFY2(page()->statusText().contains(QStringLiteral("Failed: octane3.invalid")),
                 qPrintable(page()->statusText()));
        // The failure is on screen with its cause, the node's log with it.
        QVERIFY2(page()->detailsText().contains(QStringLiteral("No octane.conf")),
                 qPrintable(page()->detailsText()));
        QCOMPARE(page()->progressBar()->value(), 1000);
        WidgetTest::shoot(m_wizard.get(), QStringLiteral("53-othernodes-fake-failed"));

        m_thirdFails = false;
        {
            QMutexLocker lock(&m_connector->mutex);
            m_connector->opened.clear();
        }
        QVERIFY(run(&OtherNodesPage::retryFailed));
        QCOMPARE(
            status->verdict(QStringLiteral("octane3.invalid"), QStringLiteral("other-nodes.ready")),
            Core::Verdict::Pass);
        // Only the failed node and the first node (its preconditions and clean-up) were opened.
        QStringList opened = m_connector->opened;
        opened.sort();
        QCOMPARE(opened, QStringList({QStringLiteral("octane1.invalid"),
                                      QStringLiteral("octane3.invalid")}));
        QVERIFY(page()->isComplete());
        QVERIFY2(page()->statusText().startsWith(QStringLiteral("Every other node is installed")),
                 qPrintable(page()->statusText()));
        WidgetTest::shoot(m_wizard.get(), QStringLiteral("54-othernodes-fake-retried"));
    }

    void cleanupTestCase()
    {
        m_wizard.reset();
        m_context.reset();
    }
};

QTEST_MAIN(TestOtherNodesPage)
#include "tst_othernodespage.moc"
