// The "Change the configuration" page offscreen, with scripted nodes: it reads the shared
// octane.conf into the form (secrets masked), previews the diff without writing, writes only
// the changed value as the install user, and when the roll stops at a node offers retry and
// skip (not "continue anyway": it did not run out of time) and records a skip in the report.
#include "../fakes/scriptedconnector.h"
#include "core/secrets/secretstore.h"
#include "installwizard.h"
#include "pages/reconfigurepage.h"
#include "wizardcontext.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Ocw;
using namespace Ocw::Wizard;

namespace {
const QByteArray kConf = "db-type = ORACLE\n"
                         "connection-string = \"jdbc:oracle:thin:@db.invalid:1521/OCTANE\"\n"
                         "db-admin-user = system\n"
                         "db-admin-password = \"Db-Secret-1\"\n"
                         "schema-name = octane_site\n"
                         "schema-password = \"Schema-Secret-1\"\n"
                         "table-space = USERS\n"
                         "temp-table-space = TEMP\n"
                         "site-action = CREATE_NEW\n"
                         "site-admin-user = \"admin@example.com\"\n"
                         "site-admin-password = \"Site-Secret-1\"\n"
                         "repository-folder = \"/srv/octane-repo\"\n"
                         "elastic {\n  host = \"es.invalid\"\n  port = 9300\n"
                         "  cluster-name = \"octane-es\"\n}\n"
                         "cluster {\n  nodes = [\"octane1.invalid\", \"octane2.invalid\", "
                         "\"octane3.invalid\"]\n  distributed-password = \"Hz-Secret-1\"\n}\n";
} // namespace

class TestReconfigurePage : public QObject
{
    Q_OBJECT

private:
    Core::SecretStore *m_store = nullptr;
    std::unique_ptr<WizardContext> m_context;
    std::unique_ptr<InstallWizard> m_wizard;
    std::shared_ptr<ScriptedConnector> m_connector;
    QMutex m_mutex;
    QList<QByteArray> m_written; // what the write command got on stdin

    ReconfigurePage *page() const { return m_wizard->reconfigurePage(); }
    QAbstractButton *button(const char *name) const
    {
        return page()->findChild<QAbstractButton *>(QLatin1String(name));
    }
    bool finishes(void (ReconfigurePage::*action)())
    {
        QSignalSpy finished(page(), &ReconfigurePage::runFinished);
        (page()->*action)();
        return finished.wait(30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store = new Core::SecretStore(QStringLiteral("octane-cluster-wizard-test"));
        m_context = std::make_unique<WizardContext>(m_store);
        Core::ClusterProfile profile;
        profile.name = QStringLiteral("reconfigure-test");
        for (const char *host : {"octane1.invalid", "octane2.invalid", "octane3.invalid"}) {
            Core::Node n;
            n.host = QLatin1String(host);
            profile.nodes.append(n);
        }
        profile.ssh.user = QStringLiteral("ocwadmin");
        profile.repositoryDir = QStringLiteral("/srv/octane-repo");
        profile.database.host = QStringLiteral("db.invalid");
        m_context->setProfile(profile);
        const Core::Expected<Core::ReleaseDefinition> release =
            Core::ReleaseDefinition::load(profile.release);
        QVERIFY(release);
        m_context->setRelease(*release);
        m_connector = std::make_shared<ScriptedConnector>();
        m_connector->script = [this](ScriptedShell &shell) {
            shell.on(QStringLiteral("|| exit 3; stat -c"), 0, "octane 750\noctane 600\n");
            shell.on(QStringLiteral("then cat --"), 0, kConf);
            shell.on(QStringLiteral(".octane.conf.ocw-"), [this](const Core::ExecRequest &r) {
                QMutexLocker lock(&m_mutex);
                m_written.append(r.stdinData);
                Core::ExecResult done;
                done.exitStatus = 0;
                return Core::Expected<Core::ExecResult>(done);
            });
        };
        const std::shared_ptr<ScriptedConnector> connector = m_connector;
        m_context->setConnectorFactory([connector](const QStringList &) { return connector; });
        m_wizard = std::make_unique<InstallWizard>(m_context.get());
        m_wizard->setStartId(InstallWizard::ReconfigurePageId);
        QSignalSpy read(page(), &ReconfigurePage::runFinished);
        m_wizard->resize(1280, 860);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        QVERIFY(read.wait(30000)); // it reads by itself: it only reads
    }

    void readsTheSharedFileIntoTheForm()
    {
        QVERIFY2(!page()->currentValue(QStringLiteral("elastic.port")).isEmpty(),
                 qPrintable(page()->statusText()));
        QCOMPARE(page()->currentValue(QStringLiteral("elastic.cluster-name")),
                 QStringLiteral("octane-es"));
        QCOMPARE(page()->currentValue(QStringLiteral("elastic.port")), QStringLiteral("9300"));
        // Secrets are not in the form at all; the node list follows the profile.
        QVERIFY(!page()->setNewValue(QStringLiteral("site-admin-password"), QStringLiteral("x")));
        QVERIFY(!page()->setNewValue(QStringLiteral("cluster.nodes"), QStringLiteral("x")));
        QVERIFY(m_written.isEmpty());
    }

    void previewShowsTheDiffAndWritesNothing()
    {
        QVERIFY(page()->setNewValue(QStringLiteral("elastic.cluster-name"),
                                    QStringLiteral("octane-es-2")));
        QVERIFY(finishes(&ReconfigurePage::previewChange));
        QVERIFY2(page()->diffText().contains(QLatin1String("+  cluster-name = \"octane-es-2\"")),
                 qPrintable(page()->diffText()));
        QVERIFY(!page()->diffText().contains(QLatin1String("Site-Secret-1")));
        QVERIFY(m_written.isEmpty());
    }

    void applyWritesOnlyTheChange()
    {
        page()->findChild<QCheckBox *>()->setChecked(false); // no roll here
        QVERIFY(finishes(&ReconfigurePage::applyChange));
        QCOMPARE(m_written.size(), 1);
        const QByteArray written = m_written.first();
        QVERIFY(written.contains("cluster-name = \"octane-es-2\""));
        // Everything else as it was, secrets included (the file is the cluster's).
        QVERIFY(written.contains("db-admin-password = \"Db-Secret-1\""));
        QCOMPARE(written.size(), kConf.size() + 2);
        QVERIFY2(page()->statusText().contains(QLatin1String("next start")),
                 qPrintable(page()->statusText()));
    }

    void aStoppedRollOffersRetryAndSkip()
    {
        // The nodes' names do not resolve: the gate before the first stop cannot read the
        // others' health, and the roll stops there.
        page()->findChild<QCheckBox *>()->setChecked(true);
        QVERIFY(page()->setNewValue(QStringLiteral("elastic.cluster-name"),
                                    QStringLiteral("octane-es-3")));
        QVERIFY(finishes(&ReconfigurePage::applyChange));
        QCOMPARE(page()->failedNode(), QStringLiteral("octane2.invalid"));
        QVERIFY(button("retry")->isVisible());
        QVERIFY(button("skip")->isVisible());
        QVERIFY(!button("continue")->isVisible()); // it did not run out of time
        QVERIFY(finishes(&ReconfigurePage::skipNode));
        QCOMPARE(page()->failedNode(), QStringLiteral("octane3.invalid"));
        bool skipped = false;
        for (const Core::RunRecord::Phase &phase : m_context->runRecord().phases()) {
            for (const Core::CheckResult &r : phase.results)
                skipped |= r.checkId == QLatin1String("restart.skipped") &&
                           r.node == QLatin1String("octane2.invalid");
        }
        QVERIFY(skipped);
    }
};

QTEST_MAIN(TestReconfigurePage)
#include "tst_reconfigurepage.moc"
