#include "../common/outputtargets.h"
#include "core/checks/checkcatalogue.h"
#include "core/model/clusterprofile.h"
#include "core/run/checkcontroller.h"
#include "core/run/checkstatusmodel.h"
#include "core/run/hostkeyscanner.h"
#include "core/run/remoteconnector.h"
#include "core/run/sshconnector.h"
#include "core/secrets/secretresolver.h"
#include "core/secrets/secretstore.h"
#include "installwizard.h"
#include "models/nodetablemodel.h"
#include "pages/checkspage.h"
#include "pages/nodespage.h"
#include "widgets/checkdetailspane.h"
#include "widgets/errorpanel.h"
#include "widgets/hostkeytrustdialog.h"
#include "widgets/pastenodesdialog.h"
#include "widgettesthelpers.h"
#include "wizardcontext.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Ocw;
using namespace Ocw::Wizard;

namespace {

// A node that answers every command with "command not found": the checks run and fail.
class FakeShell : public Core::RemoteShell
{
public:
    Core::Expected<Core::ExecResult> exec(const Core::ExecRequest &request) override
    {
        Core::ExecResult r;
        r.exitStatus = 127;
        r.stdErr = "fake-shell: " + request.command.left(40).toUtf8() + ": command not found\n";
        return r;
    }
};

// Every node connects (with a fake shell) except `down`, whose SSH connection is refused.
// With `slow`, every connection takes 10 s unless cancelled (polled like the real session).
class FakeConnector : public Core::RemoteConnector
{
public:
    explicit FakeConnector(QString down, bool slow = false)
        : m_down(std::move(down))
        , m_slow(slow)
    {
    }

    Core::ConnectOutcome open(const Core::SshTarget &target,
                              const Core::CancelToken &cancel) override
    {
        QElapsedTimer timer;
        timer.start();
        while (m_slow && !cancel.isCancelled() && timer.elapsed() < 10000)
            QThread::msleep(20);
        Core::ConnectOutcome out;
        out.hostKeyType = QStringLiteral("ssh-ed25519");
        out.hostKeyFingerprint = QStringLiteral("SHA256:fake");
        out.hostKey.checkId = QStringLiteral("ssh.hostkey");
        out.hostKey.node = target.nodeName;
        out.connect.checkId = QStringLiteral("ssh.connect");
        out.connect.node = target.nodeName;
        out.connect.commands = {
            QStringLiteral("ssh -p %1 %2@%3").arg(target.port).arg(target.user, target.host)};
        if (target.nodeName == m_down) {
            out.hostKey.verdict = Core::Verdict::Skipped;
            out.hostKey.message =
                QStringLiteral("%1: not checked: no SSH connection.").arg(target.nodeName);
            out.connect.verdict = Core::Verdict::Fail;
            out.connect.message =
                QStringLiteral("%1: the SSH server refused the connection on port %2.")
                    .arg(target.nodeName)
                    .arg(target.port);
            out.connect.fix = QStringLiteral("Start sshd on the node or open the port.");
            out.connect.output = QStringLiteral("connect(): ECONNREFUSED");
            return out;
        }
        out.hostKey.verdict = Core::Verdict::Pass;
        out.hostKey.message = QStringLiteral("%1: the host key is trusted.").arg(target.nodeName);
        out.connect.verdict = Core::Verdict::Pass;
        out.connect.message = QStringLiteral("%1: logged in (fake).").arg(target.nodeName);
        out.shell = std::make_unique<FakeShell>();
        return out;
    }

private:
    QString m_down;
    bool m_slow = false;
};

using WidgetTest::setText;
using WidgetTest::shoot;
using WidgetTest::shotsDir;

// Where a file cannot go, and the words its refusal must contain: a folder (made here), a
// file in a missing folder, a file in a read-only mount (when this machine can mount).
struct RefusedTarget
{
    QString path;
    QString fragment;
};

QList<RefusedTarget> refusedTargets(const QTemporaryDir &dir, const QString &folder,
                                    const QString &missingFolder,
                                    const OutputTargets::ReadOnlyFolder &readOnly,
                                    const QString &fileName)
{
    QDir().mkpath(folder);
    QList<RefusedTarget> cases{{folder, QStringLiteral("is a folder")},
                               {dir.filePath(missingFolder + QLatin1Char('/') + fileName),
                                QStringLiteral("does not exist")}};
    if (!readOnly.path().isEmpty())
        cases.append({readOnly.path() + QLatin1Char('/') + fileName, QStringLiteral("read-only")});
    return cases;
}

} // namespace

// Drives the real pages of the wizard offscreen: what the user types, what the page says next
// to each field, whether Next is enabled, and the checks grid over fake nodes.
class TestWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // One store for the whole run, never deleted: QtKeychain jobs still in flight (they fail
    // without a Secret Service here) point into it, and the process ends right after the tests.
    Core::SecretStore *m_store = nullptr;
    std::unique_ptr<WizardContext> m_context;
    std::unique_ptr<InstallWizard> m_wizard;

    NodesPage *nodes() const { return m_wizard->nodesPage(); }
    bool nextEnabled() const { return m_wizard->button(QWizard::NextButton)->isEnabled(); }

    // A complete, valid cluster on the Nodes page (agent auth: no key file, no secret).
    void fillValid(const QString &pattern)
    {
        NodesPage *page = nodes();
        page->nodeModel()->setNodes({});
        QVERIFY(page->pasteNodes(pattern).hasValue());
        setText(page, QStringLiteral("ssh.user"), QStringLiteral("ocwadmin"));
        setText(page, QStringLiteral("ssh.port"), QStringLiteral("22"));
        auto *auth = page->findChild<QComboBox *>(QStringLiteral("ssh.auth"));
        QVERIFY(auth);
        auth->setCurrentIndex(auth->findData(int(Core::AuthMethod::Agent)));
        setText(page, QStringLiteral("database.host"), QStringLiteral("db.invalid"));
        setText(page, QStringLiteral("database.port"), QStringLiteral("1521"));
        setText(page, QStringLiteral("repositoryDir"), QStringLiteral("/srv/octane-repo"));
        setText(page, QStringLiteral("loadBalancerUrl"), QStringLiteral("http://lb.invalid:8080"));
        setText(page, QStringLiteral("installUser"), QStringLiteral("octane"));
        setText(page, QStringLiteral("name"), QStringLiteral("wizard-test"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = new Core::SecretStore(QStringLiteral("octane-cluster-wizard-test"));
    }

    void init()
    {
        m_context = std::make_unique<WizardContext>(m_store);
        m_context->setConnectorFactory([](const QStringList &) {
            return std::make_shared<FakeConnector>(QStringLiteral("octane2.invalid"));
        });
        m_wizard = std::make_unique<InstallWizard>(m_context.get());
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        QCOMPARE(m_wizard->currentId(), int(InstallWizard::NodesPageId));
    }

    void cleanup()
    {
        m_wizard.reset();
        m_context.reset();
        OutputTargets::protectDevices();
    }

    void windowBasics()
    {
        QCOMPARE(m_wizard->windowTitle(), QStringLiteral("Octane Cluster Wizard"));
        QCOMPARE(m_wizard->wizardStyle(), QWizard::ModernStyle);
        QCOMPARE(m_wizard->pageIds(),
                 (QList<int>{InstallWizard::NodesPageId, InstallWizard::ChecksPageId,
                             InstallWizard::FirstNodePageId, InstallWizard::OtherNodesPageId,
                             InstallWizard::SecurePageId, InstallWizard::VerifyPageId,
                             InstallWizard::SummaryPageId, InstallWizard::ReconfigurePageId}));
        QVERIFY(m_wizard->width() >= 1000);
        // An empty profile is not complete: Next is off and the fields say why.
        QVERIFY(!nodes()->isComplete());
        QVERIFY(!nextEnabled());
        QVERIFY(nodes()
                    ->issueText(QStringLiteral("database.host"))
                    .contains(QStringLiteral("database server")));
        QVERIFY(!nodes()->issueText(QStringLiteral("repositoryDir")).isEmpty());
        shoot(m_wizard.get(), QStringLiteral("01-nodes-empty"));
    }

    void pasteExpandsPattern()
    {
        const Core::Expected<int> added = nodes()->pasteNodes(QStringLiteral("octane[1-3].lab"));
        QVERIFY(added.hasValue());
        QCOMPARE(*added, 3);
        // The single empty row was replaced, not kept above the pasted nodes.
        QCOMPARE(nodes()->nodeModel()->hosts(),
                 (QStringList{QStringLiteral("octane1.lab"), QStringLiteral("octane2.lab"),
                              QStringLiteral("octane3.lab")}));
        // More, with user@host:port; then a bad pattern is an error, nothing added.
        QCOMPARE(*nodes()->pasteNodes(QStringLiteral("admin@10.0.0.[5-6]:2222")), 2);
        const Core::Node n = nodes()->nodeModel()->nodes().at(3);
        QCOMPARE(n.host, QStringLiteral("10.0.0.5"));
        QCOMPARE(n.user, QStringLiteral("admin"));
        QCOMPARE(int(n.port), 2222);
        QVERIFY(!nodes()->pasteNodes(QStringLiteral("octane[3-1")).hasValue());
        QCOMPARE(nodes()->nodeModel()->rowCount(), 5);
        // Past the maximum of 128 nodes: refused, one message, nothing added.
        const Core::Expected<int> tooMany = nodes()->pasteNodes(QStringLiteral("big[1-124].lab"));
        QVERIFY(!tooMany.hasValue());
        QVERIFY2(tooMany.error().message.contains(QStringLiteral("129")) &&
                     tooMany.error().message.contains(QStringLiteral("128")),
                 qPrintable(tooMany.error().message));
        QCOMPARE(nodes()->nodeModel()->rowCount(), 5);
        // CSV with a header line.
        QCOMPARE(*nodes()->pasteNodes(QStringLiteral("host,port,user\nocsv.lab,2200,root\n")), 1);
        QCOMPARE(nodes()->nodeModel()->nodes().last().port, quint16(2200));
        // Import from a file (the same parser).
        const QString list = m_dir.filePath(QStringLiteral("nodes.csv"));
        QFile csv(list);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("host,address,port\nimported1.lab,10.1.0.1,22\nimported2.lab,,2222\n");
        csv.close();
        QCOMPARE(*nodes()->importNodes(list), 2);
        QCOMPARE(nodes()->nodeModel()->nodes().at(6).address, QStringLiteral("10.1.0.1"));
        QVERIFY(!nodes()->importNodes(m_dir.filePath(QStringLiteral("missing.csv"))).hasValue());
        // The first-node combo follows the table.
        auto *first = nodes()->findChild<QComboBox *>(QStringLiteral("firstNode"));
        QVERIFY(first->findData(QStringLiteral("octane2.lab")) > 0);
    }

    void pasteDialogPreview()
    {
        PasteNodesDialog dialog(m_wizard.get());
        dialog.setText(QStringLiteral("octane[1-3].corp\nadmin@10.0.0.7:2222"));
        QCOMPARE(dialog.nodes().size(), 4);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        shoot(&dialog, QStringLiteral("02-paste-dialog"));
    }

    void invalidHostAndPort()
    {
        fillValid(QStringLiteral("octane[1-3].invalid"));
        QTRY_VERIFY2(nodes()->isComplete(),
                     qPrintable(nodes()->issues().isEmpty()
                                    ? QString()
                                    : nodes()->issues().first().field + QLatin1Char(' ') +
                                          nodes()->issues().first().message));
        QVERIFY(nextEnabled());

        // A host with an underscore: the table says so under the table and on the cell.
        NodeTableModel *model = nodes()->nodeModel();
        QVERIFY(model->setData(model->index(1, NodeTableModel::HostColumn),
                               QStringLiteral("octane_2.invalid"), Qt::EditRole));
        QVERIFY(nodes()
                    ->issueText(QStringLiteral("nodes"))
                    .contains(QStringLiteral("may not contain \"_\"")));
        QVERIFY(
            nodes()->issueText(QStringLiteral("nodes")).startsWith(QStringLiteral("Row 2, host:")));
        QVERIFY(!model->issueAt(1, NodeTableModel::HostColumn).isEmpty());
        QVERIFY(!model->index(1, NodeTableModel::HostColumn).data(Qt::DecorationRole).isNull());
        QCOMPARE(model->index(1, NodeTableModel::HostColumn).data(Qt::ToolTipRole).toString(),
                 model->issueAt(1, NodeTableModel::HostColumn));
        QVERIFY(!nodes()->isComplete());
        QVERIFY(!nextEnabled());
        QVERIFY(model->setData(model->index(1, NodeTableModel::HostColumn),
                               QStringLiteral("octane2.invalid"), Qt::EditRole));
        QVERIFY(nodes()->isComplete());

        // The shared port typed as 70000.
        setText(nodes(), QStringLiteral("ssh.port"), QStringLiteral("70000"));
        QCOMPARE(nodes()->issueText(QStringLiteral("ssh.port")),
                 QStringLiteral("Enter a port from 1 to 65535."));
        QVERIFY(!nextEnabled());
        setText(nodes(), QStringLiteral("ssh.port"), QStringLiteral("22"));
        QVERIFY(nodes()->issueText(QStringLiteral("ssh.port")).isEmpty());

        // A node's own port typed as text.
        QVERIFY(model->setData(model->index(2, NodeTableModel::PortColumn), QStringLiteral("ssh"),
                               Qt::EditRole));
        QVERIFY(nodes()
                    ->issueText(QStringLiteral("nodes"))
                    .contains(QStringLiteral("\"ssh\" is not a port")));
        QVERIFY(!nextEnabled());
        shoot(m_wizard.get(), QStringLiteral("03-nodes-invalid"));
        QVERIFY(
            model->setData(model->index(2, NodeTableModel::PortColumn), QString(), Qt::EditRole));
        // Empty port cell = shared: shows the shared value, marked as shared.
        QCOMPARE(model->index(2, NodeTableModel::PortColumn).data().toString(),
                 QStringLiteral("22"));
        QCOMPARE(model->index(2, NodeTableModel::PortColumn).data(Qt::EditRole).toString(),
                 QString());
        QVERIFY(
            model->index(2, NodeTableModel::PortColumn).data(NodeTableModel::SharedRole).toBool());
        QVERIFY(
            model->index(2, NodeTableModel::PortColumn).data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(nodes()->isComplete());
        QVERIFY(nextEnabled());
        shoot(m_wizard.get(), QStringLiteral("04-nodes-valid"));
    }

    void duplicates()
    {
        fillValid(QStringLiteral("octane[1-2].invalid"));
        QTRY_VERIFY(nodes()->isComplete());
        NodeTableModel *model = nodes()->nodeModel();
        // By name (case-insensitive).
        QVERIFY(model->setData(model->index(1, NodeTableModel::HostColumn),
                               QStringLiteral("OCTANE1.invalid"), Qt::EditRole));
        QVERIFY(nodes()
                    ->issueText(QStringLiteral("nodes"))
                    .contains(QStringLiteral("is already node 1")));
        QVERIFY(!nextEnabled());
        // By address, known only after resolving: 10.0.0.5 and ::ffff:10.0.0.5 are one machine.
        QVERIFY(model->setData(model->index(0, NodeTableModel::HostColumn),
                               QStringLiteral("10.0.0.5"), Qt::EditRole));
        QVERIFY(model->setData(model->index(1, NodeTableModel::HostColumn),
                               QStringLiteral("::ffff:10.0.0.5"), Qt::EditRole));
        QTRY_VERIFY_WITH_TIMEOUT(nodes()
                                     ->issueText(QStringLiteral("nodes"))
                                     .contains(QStringLiteral("the same machine twice")),
                                 5000);
        QVERIFY(!nodes()->isComplete());
        QVERIFY(!nextEnabled());
        // An address typed into row 2 that is row 1's: named in the table's own terms.
        QVERIFY(model->setData(model->index(0, NodeTableModel::HostColumn),
                               QStringLiteral("octane1.invalid"), Qt::EditRole));
        QVERIFY(model->setData(model->index(0, NodeTableModel::AddressColumn),
                               QStringLiteral("10.0.0.7"), Qt::EditRole));
        QVERIFY(model->setData(model->index(1, NodeTableModel::HostColumn),
                               QStringLiteral("octane2.invalid"), Qt::EditRole));
        QVERIFY(model->setData(model->index(1, NodeTableModel::AddressColumn),
                               QStringLiteral("10.0.0.7"), Qt::EditRole));
        const QString text = nodes()->issueText(QStringLiteral("nodes"));
        QVERIFY2(text.contains(QStringLiteral("Row 2, address: 10.0.0.7 is also the address of "
                                              "row 1's address (octane1.invalid)")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("nodes[")), qPrintable(text));
        QVERIFY(!nextEnabled());
        shoot(m_wizard.get(), QStringLiteral("05b-nodes-same-machine"));
    }

    void loopbackDatabaseInCluster()
    {
        fillValid(QStringLiteral("octane[1-3].invalid"));
        QTRY_VERIFY(nodes()->isComplete());
        setText(nodes(), QStringLiteral("database.host"), QStringLiteral("localhost"));
        QVERIFY(nodes()
                    ->issueText(QStringLiteral("database.host"))
                    .contains(QStringLiteral("loopback")));
        QVERIFY(!nextEnabled());
        setText(nodes(), QStringLiteral("database.port"), QStringLiteral("0"));
        QCOMPARE(nodes()->issueText(QStringLiteral("database.port")),
                 QStringLiteral("Enter a port from 1 to 65535."));
        shoot(m_wizard.get(), QStringLiteral("05-nodes-db-loopback"));
        // One node is not a cluster: localhost is then fine.
        setText(nodes(), QStringLiteral("database.port"), QStringLiteral("1521"));
        nodes()->nodeModel()->removeNodes({1, 2});
        QVERIFY(nodes()->issueText(QStringLiteral("database.host")).isEmpty());
        QVERIFY(nodes()->isComplete());
    }

    void saveAndLoadRoundTrip()
    {
        fillValid(QStringLiteral("octane[1-3].invalid"));
        NodeTableModel *model = nodes()->nodeModel();
        QVERIFY(model->setData(model->index(2, NodeTableModel::UserColumn), QStringLiteral("root"),
                               Qt::EditRole));
        QVERIFY(model->setData(model->index(2, NodeTableModel::AuthColumn),
                               QStringLiteral("password"), Qt::EditRole));
        QVERIFY(model->setData(model->index(1, NodeTableModel::AddressColumn),
                               QStringLiteral("192.0.2.12"), Qt::EditRole));
        setText(nodes(), QStringLiteral("ssh.password"), QStringLiteral("s3cret-not-in-file"));
        auto *first = nodes()->findChild<QComboBox *>(QStringLiteral("firstNode"));
        first->setCurrentIndex(first->findData(QStringLiteral("octane2.invalid")));
        QTRY_VERIFY(nodes()->isComplete());
        const Core::ClusterProfile before = nodes()->profile();
        QCOMPARE(before.firstNode, QStringLiteral("octane2.invalid"));

        const QString path = m_dir.filePath(QStringLiteral("roundtrip.json"));
        QVERIFY(nodes()->saveProfile(path).hasValue());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY2(!saved.contains("s3cret"), "a secret reached the profile file");

        // Change everything, then load: the page shows exactly what was saved.
        nodes()->setProfile(Core::ClusterProfile());
        QCOMPARE(nodes()->nodeModel()->rowCount(), 1);
        QVERIFY(nodes()->loadProfile(path).hasValue());
        const Core::ClusterProfile after = nodes()->profile();
        QCOMPARE(QJsonDocument(after.toJson()).toJson(), QJsonDocument(before.toJson()).toJson());
        QCOMPARE(first->currentData().toString(), QStringLiteral("octane2.invalid"));
        QCOMPARE(m_context->profilePath(), path);

        // A broken file: the error comes back as a value, the inputs stay.
        QFile bad(m_dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"version\": 99}");
        bad.close();
        const Core::Expected<Core::Done> loaded = nodes()->loadProfile(bad.fileName());
        QVERIFY(!loaded.hasValue());
        QVERIFY(!loaded.error().message.isEmpty());
        QCOMPARE(nodes()->nodeModel()->rowCount(), 3);
    }

    // "Save profile…" where a profile cannot go: refused with the reason in the error panel,
    // nothing created; /dev/null takes it and stays a character device.
    void saveProfileWhereItCannotGo()
    {
        fillValid(QStringLiteral("octane[1-2].invalid"));
        const QString folder = m_dir.filePath(QStringLiteral("save-folder"));
        OutputTargets::ReadOnlyFolder readOnly(m_dir.filePath(QStringLiteral("save-ro")));
        const QList<RefusedTarget> cases = refusedTargets(
            m_dir, folder, QStringLiteral("save-missing"), readOnly, QStringLiteral("p.json"));
        for (const RefusedTarget &c : cases) {
            const Core::Expected<Core::Done> saved = nodes()->saveProfile(c.path);
            QVERIFY(!saved.hasValue());
            ErrorPanel *panel = nodes()->errorPanel();
            QVERIFY(panel->hasError());
            QVERIFY2(panel->message().contains(c.path) && panel->message().contains(c.fragment),
                     qPrintable(panel->message()));
            QVERIFY(!panel->message().contains(QLatin1Char('\n')));
            QVERIFY(!panel->fix().isEmpty());
            QVERIFY(m_context->profilePath() != c.path);
        }
        QVERIFY(QDir(folder).isEmpty());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("save-missing"))));

        QVERIFY(nodes()->saveProfile(QStringLiteral("/dev/null")).hasValue());
        QVERIFY(!nodes()->errorPanel()->hasError());
        QVERIFY(OutputTargets::isCharDevice(QStringLiteral("/dev/null"), 1, 3));
        if (readOnly.path().isEmpty())
            QSKIP("cannot mount a read-only tmpfs here: the read-only case was not run");
    }

    // "Export report" the same way, after a run over fake nodes.
    void exportReportWhereItCannotGo()
    {
        fillValid(QStringLiteral("octane[1-2].invalid"));
        QTRY_VERIFY(nodes()->isComplete());
        QSignalSpy stepDone(nodes(), &NodesPage::hostKeyStepFinished);
        m_wizard->next();
        QVERIFY(stepDone.count() == 1 || stepDone.wait(15000));
        QCOMPARE(m_wizard->currentId(), int(InstallWizard::ChecksPageId));
        ChecksPage *page = m_wizard->checksPage();
        QSignalSpy finished(page, &ChecksPage::runFinished);
        QVERIFY(finished.count() == 1 || finished.wait(30000));

        const QString folder = m_dir.filePath(QStringLiteral("export-folder.json"));
        OutputTargets::ReadOnlyFolder readOnly(m_dir.filePath(QStringLiteral("export-ro")));
        const QList<RefusedTarget> cases = refusedTargets(
            m_dir, folder, QStringLiteral("export-missing"), readOnly, QStringLiteral("r.html"));
        for (const RefusedTarget &c : cases) {
            QVERIFY(!page->exportReport(c.path).hasValue());
            ErrorPanel *panel = page->errorPanel();
            QVERIFY(panel->hasError());
            QVERIFY2(panel->message().contains(c.path) && panel->message().contains(c.fragment),
                     qPrintable(panel->message()));
            QVERIFY(!panel->message().contains(QLatin1Char('\n')));
            QVERIFY(!page->nodeStatusText().contains(
                QStringLiteral("Report written to %1").arg(c.path)));
        }
        QVERIFY(QDir(folder).isEmpty());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("export-missing"))));

        QVERIFY(page->exportReport(QStringLiteral("/dev/null")).hasValue());
        QVERIFY(!page->errorPanel()->hasError());
        QVERIFY(OutputTargets::isCharDevice(QStringLiteral("/dev/null"), 1, 3));
        if (readOnly.path().isEmpty())
            QSKIP("cannot mount a read-only tmpfs here: the read-only case was not run");
    }

    void trustDialog()
    {
        Core::HostKeyScanResult r;
        r.node = QStringLiteral("octane1.lab");
        r.host = QStringLiteral("octane1.lab");
        r.names = {QStringLiteral("octane1.lab"), QStringLiteral("127.0.0.11")};
        r.keyType = QStringLiteral("ssh-ed25519");
        r.fingerprint = QStringLiteral("SHA256:p7cXJ8RZ3m3j0lq0xJb8i9Hq0QwJf4w6Yx0m5xk2t1E");
        r.status = Core::HostKeyScanStatus::Unknown;
        Core::HostKeyScanResult r2 = r;
        r2.node = r2.host = QStringLiteral("octane2.lab");
        r2.names = {QStringLiteral("octane2.lab"), QStringLiteral("127.0.0.12")};
        r2.port = 2222;
        r2.keyType = QStringLiteral("ecdsa-sha2-nistp256");
        r2.fingerprint = QStringLiteral("SHA256:Qm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5");
        HostKeyTrustDialog dialog(
            {r, r2}, QStringLiteral("~/.local/share/octane-cluster-wizard/known_hosts"),
            m_wizard.get());
        QCOMPARE(dialog.keys().size(), 2);
        QCOMPARE(HostKeyTrustDialog::openSshKeyName(QStringLiteral("ssh-ed25519")),
                 QStringLiteral("ED25519"));
        QCOMPARE(HostKeyTrustDialog::openSshKeyName(QStringLiteral("ecdsa-sha2-nistp256")),
                 QStringLiteral("ECDSA"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        shoot(&dialog, QStringLiteral("06-hostkey-trust-dialog"));
    }

    // Next on the Nodes page: the host key step runs in the background (the .invalid nodes
    // cannot be reached, which is not a reason to stop), then the Checks page runs the checks
    // over the fake connector: octane2 refuses SSH, a blocking failure.
    void checksPageWithFakeNodes()
    {
        fillValid(QStringLiteral("octane[1-3].invalid"));
        QTRY_VERIFY(nodes()->isComplete());
        {
            Core::ClusterProfile p = m_context->profile();
            p.concurrency = 2; // not the scanner's default: the profile's value must reach it
            m_context->setProfile(p);
        }
        QSignalSpy stepDone(nodes(), &NodesPage::hostKeyStepFinished);
        m_wizard->next();
        // validatePage() returned false and started the scan: still on the Nodes page, Next off.
        QCOMPARE(m_wizard->currentId(), int(InstallWizard::NodesPageId));
        QVERIFY(nodes()->isCheckingHostKeys() || stepDone.count() == 1);
        if (nodes()->isCheckingHostKeys())
            QVERIFY(!nextEnabled());
        QVERIFY(stepDone.count() == 1 || stepDone.wait(15000));
        QCOMPARE(stepDone.first().first().toBool(), true);
        QCOMPARE(m_wizard->currentId(), int(InstallWizard::ChecksPageId));
        QCOMPARE(m_context->profile().nodes.size(), 3);
        // The host-key scan was bounded by the profile's concurrency, like every phase.
        const auto *scanner = nodes()->findChild<Core::HostKeyScanner *>();
        QVERIFY(scanner);
        QCOMPARE(scanner->maxParallel(), m_context->profile().concurrency);

        ChecksPage *page = m_wizard->checksPage();
        QSignalSpy finished(page, &ChecksPage::runFinished);
        QVERIFY(page->isRunning() || finished.count() == 1);
        QVERIFY(finished.count() == 1 || finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(page->isFinished());

        // The grid is full: no cell left waiting or running.
        Core::CheckStatusModel *model = page->statusModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->columnCount(), int(Core::CheckCatalogue::all().size()));
        QCOMPARE(model->countVerdict(Core::Verdict::Pending) +
                     model->countVerdict(Core::Verdict::Running),
                 0);
        QCOMPARE(
            model->cellVerdict(1, Core::CheckCatalogue::indexOf(QStringLiteral("ssh.connect"))),
            Core::Verdict::Fail);
        QCOMPARE(
            model->cellVerdict(0, Core::CheckCatalogue::indexOf(QStringLiteral("ssh.connect"))),
            Core::Verdict::Pass);

        // A blocking failure: Next (to the First node page) stays off.
        QVERIFY(page->controller()->hasBlockingFailure());
        QVERIFY(!page->isComplete());
        QVERIFY(!page->isFinalPage());
        QVERIFY(!nextEnabled());
        QVERIFY(page->summaryText().contains(QStringLiteral("failed")));
        QVERIFY(page->summaryText().contains(QStringLiteral("blocking")));

        // The details pane of octane2's SSH cell: verdict, message, fix, command, output.
        QVERIFY(page->selectCell(QStringLiteral("octane2.invalid"), QStringLiteral("ssh.connect")));
        const QString details = page->detailsPane()->plainText();
        QVERIFY2(details.contains(QStringLiteral("refused the connection")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("Start sshd")));
        QVERIFY(details.contains(QStringLiteral("ssh -p 22 ocwadmin@octane2.invalid")));
        QVERIFY(details.contains(QStringLiteral("ECONNREFUSED")));
        QVERIFY(details.contains(QStringLiteral("Fail")));
        shoot(m_wizard.get(), QStringLiteral("07-checks-finished"));

        // The pair check on octane1 lists every source → octane1.
        QVERIFY(
            page->selectCell(QStringLiteral("octane1.invalid"), QStringLiteral("cluster.port")));
        const QString pair = page->detailsPane()->plainText();
        QVERIFY2(pair.contains(QStringLiteral("octane3.invalid → octane1.invalid")),
                 qPrintable(pair));
        shoot(m_wizard.get(), QStringLiteral("08-checks-pair-details"));

        // Export both formats.
        const QString json = m_dir.filePath(QStringLiteral("report.json"));
        QVERIFY(page->exportReport(json).hasValue());
        QFile jf(json);
        QVERIFY(jf.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(jf.readAll()).object();
        QVERIFY(!report.isEmpty());
        const QString html = m_dir.filePath(QStringLiteral("report.html"));
        QVERIFY(page->exportReport(html).hasValue());
        QVERIFY(QFileInfo(html).size() > 0);
        QVERIFY(!page->exportReport(QStringLiteral("/nonexistent-dir/r.html")).hasValue());

        // Re-run the failed cells: the run goes again and ends the same way.
        finished.clear();
        page->rerunFailed();
        QVERIFY(page->isRunning() || finished.count() == 1);
        QVERIFY(finished.count() == 1 || finished.wait(30000));
        QVERIFY(!page->isComplete());

        // Re-run one cell, then cancel a fresh run via Back: the page cancels its run.
        QVERIFY(page->selectCell(QStringLiteral("octane1.invalid"), QStringLiteral("os.release")));
        finished.clear();
        page->rerunSelectedCell();
        QVERIFY(finished.count() == 1 || finished.wait(30000));
    }

    void cancelAndBack()
    {
        m_context->setConnectorFactory(
            [](const QStringList &) { return std::make_shared<FakeConnector>(QString(), true); });
        fillValid(QStringLiteral("octane[1-3].invalid"));
        QTRY_VERIFY(nodes()->isComplete());
        QSignalSpy stepDone(nodes(), &NodesPage::hostKeyStepFinished);
        m_wizard->next();
        QVERIFY(stepDone.count() == 1 || stepDone.wait(15000));
        QCOMPARE(m_wizard->currentId(), int(InstallWizard::ChecksPageId));
        ChecksPage *page = m_wizard->checksPage();
        QSignalSpy finished(page, &ChecksPage::runFinished);
        QVERIFY(page->isRunning());
        QTRY_VERIFY(page->nodeStatusText().contains(QStringLiteral("octane1.invalid: Connecting")));
        shoot(m_wizard.get(), QStringLiteral("09-checks-running"));
        QElapsedTimer timer;
        timer.start();
        page->cancelRun();
        QVERIFY(finished.wait(5000));
        QVERIFY2(timer.elapsed() < 2000, "cancel took longer than it should");
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!page->isComplete());
        QVERIFY2(page->summaryText().startsWith(QStringLiteral("Cancelled")),
                 qPrintable(page->summaryText()));

        // A new run, then Back while it runs: the page cancels it.
        finished.clear();
        page->rerunFailed();
        QVERIFY(page->isRunning());
        m_wizard->back();
        QCOMPARE(m_wizard->currentId(), int(InstallWizard::NodesPageId));
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QVERIFY(!page->isRunning());
    }

    // Closing while checks run: the wizard cancels them, lets them clean up, then closes.
    void closeWhileRunning()
    {
        m_context->setConnectorFactory(
            [](const QStringList &) { return std::make_shared<FakeConnector>(QString(), true); });
        fillValid(QStringLiteral("octane[1-2].invalid"));
        QTRY_VERIFY(nodes()->isComplete());
        QSignalSpy stepDone(nodes(), &NodesPage::hostKeyStepFinished);
        m_wizard->next();
        QVERIFY(stepDone.count() == 1 || stepDone.wait(15000));
        QVERIFY(m_wizard->checksPage()->isRunning());
        QSignalSpy rejected(m_wizard.get(), &QDialog::rejected);
        m_wizard->reject();
        QVERIFY(m_wizard->isVisible()); // still cleaning up
        QVERIFY(rejected.wait(5000));
        QVERIFY(!m_wizard->isVisible());
        QVERIFY(!m_wizard->checksPage()->isRunning());
    }

    // A --profile that did not load: the Nodes page says why, in its error panel.
    void startupError()
    {
        m_wizard.reset();
        m_context = std::make_unique<WizardContext>(m_store);
        m_context->setStartupError(
            Core::makeError(Core::ErrorCode::Io, QStringLiteral("Cannot read /nowhere/p.json."),
                            QStringLiteral("open: No such file or directory")));
        m_wizard = std::make_unique<InstallWizard>(m_context.get());
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        QVERIFY(nodes()->errorPanel()->isVisible());
        QCOMPARE(nodes()->errorPanel()->message(), QStringLiteral("Cannot read /nowhere/p.json."));
        QVERIFY(!nodes()->errorPanel()->isDetailsExpanded());
        nodes()->errorPanel()->setDetailsExpanded(true);
        shoot(m_wizard.get(), QStringLiteral("15-nodes-startup-error"));
    }

    // The real thing: OCW_WIZARD_LAB_PROFILE=DIR/profile.json of a running lab. The ctest entry
    // tst_wizard_lab runs it with the `lab_up` fixture's lab (tests/wizard/CMakeLists.txt); by
    // hand, `tests/lab/labctl up` then OCW_WIZARD_LAB_PROFILE=/tmp/ocwlab/profile.json and
    // optionally OCW_WIZARD_LAB_SECRETS=<secrets.env>. The profile's own
    // known_hosts file is left out so the host keys are unknown: the trust dialog must come
    // up, get accepted (written to the test-mode product file), and the real checks run.
    // A second pass plants a different key for the first node: refused, never overridable.
    void labRun()
    {
        const QString profilePath = qEnvironmentVariable("OCW_WIZARD_LAB_PROFILE");
        if (profilePath.isEmpty())
            QSKIP("runs in the ctest entry tst_wizard_lab (the lab fixture), or set "
                  "OCW_WIZARD_LAB_PROFILE to a running lab's profile.json");
        const QString productFile = Core::SshConnector::productKnownHostsFile();
        QVERIFY2(productFile.contains(QStringLiteral(".qttest")), qPrintable(productFile));
        QFile::remove(productFile);
        m_context->setConnectorFactory({}); // the real SshConnector

        QVERIFY(nodes()->loadProfile(profilePath).hasValue());
        Core::ClusterProfile profile = nodes()->profile();
        const QString labKnownHosts = profile.ssh.knownHostsFile;
        profile.ssh.knownHostsFile.clear();
        nodes()->setProfile(profile);
        QFile secrets(qEnvironmentVariable("OCW_WIZARD_LAB_SECRETS"));
        if (secrets.open(QIODevice::ReadOnly)) {
            const QHash<QString, QString> s = Core::SecretResolver::parseLines(secrets.readAll());
            if (!s.value(QStringLiteral("key-passphrase")).isEmpty())
                setText(nodes(), QStringLiteral("ssh.passphrase"),
                        s.value(QStringLiteral("key-passphrase")));
            if (!s.value(QStringLiteral("ssh-password")).isEmpty())
                setText(nodes(), QStringLiteral("ssh.password"),
                        s.value(QStringLiteral("ssh-password")));
            if (!s.value(QStringLiteral("sudo-password")).isEmpty())
                setText(nodes(), QStringLiteral("ssh.sudoPassword"),
                        s.value(QStringLiteral("sudo-password")));
        }
        QTRY_VERIFY2(nodes()->isComplete(), qPrintable(nodes()->issues().value(0).message));

        QSignalSpy stepDone(nodes(), &NodesPage::hostKeyStepFinished);
        m_wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(nodes()->findChild<HostKeyTrustDialog *>() != nullptr, 20000);
        auto *dialog = nodes()->findChild<HostKeyTrustDialog *>();
        QCOMPARE(dialog->keys().size(), profile.nodes.size());
        for (const Core::HostKeyScanResult &r : dialog->keys())
            QVERIFY(r.fingerprint.startsWith(QStringLiteral("SHA256:")));
        QVERIFY(!nextEnabled());
        shoot(dialog, QStringLiteral("10-lab-trust-dialog"));
        shoot(m_wizard.get(), QStringLiteral("11-lab-nodes-asking"));
        dialog->accept();
        QVERIFY(stepDone.count() == 1 || stepDone.wait(5000));
        QCOMPARE(stepDone.first().first().toBool(), true);
        QCOMPARE(m_wizard->currentId(), int(InstallWizard::ChecksPageId));

        ChecksPage *page = m_wizard->checksPage();
        QSignalSpy finished(page, &ChecksPage::runFinished);
        QTRY_VERIFY_WITH_TIMEOUT(!page->nodeStatusText().isEmpty() || finished.count() == 1, 10000);
        shoot(m_wizard.get(), QStringLiteral("12-lab-checks-running"));
        QVERIFY(finished.count() == 1 || finished.wait(180000));
        QVERIFY(page->isFinished());
        QCOMPARE(page->statusModel()->cellVerdict(0, 0), Core::Verdict::Pass); // ssh.connect
        QCOMPARE(page->statusModel()->cellVerdict(0, 1), Core::Verdict::Pass); // ssh.hostkey
        qInfo("lab: %s", qPrintable(page->summaryText()));
        shoot(m_wizard.get(), QStringLiteral("13-lab-checks-finished"));

        // Back, then a changed key for the first node: refused with both fingerprints.
        m_wizard->back();
        QCOMPARE(m_wizard->currentId(), int(InstallWizard::NodesPageId));
        QTRY_VERIFY(!page->isRunning());
        const QString tampered = m_dir.filePath(QStringLiteral("tampered_known_hosts"));
        {
            QFile in(labKnownHosts);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QFile out(tampered);
            QVERIFY(out.open(QIODevice::WriteOnly));
            // Every key of node 1 replaced by one it does not have.
            for (const QByteArray &line : in.readAll().split('\n')) {
                if (line.startsWith(profile.nodes.first().host.toUtf8() + ','))
                    continue;
                out.write(line + '\n');
            }
            QFile product(productFile);
            QVERIFY(product.open(QIODevice::ReadOnly));
            QByteArray second;
            for (const QByteArray &line : product.readAll().split('\n')) {
                if (line.contains(profile.nodes.value(1).host.toUtf8()))
                    second = line.mid(line.indexOf(' ') + 1);
            }
            QVERIFY(!second.isEmpty());
            out.write(profile.nodes.first().host.toUtf8() + ' ' + second + '\n');
        }
        QFile::remove(productFile);
        profile = nodes()->profile();
        profile.ssh.knownHostsFile = tampered;
        nodes()->setProfile(profile);
        QTRY_VERIFY(nodes()->isComplete());
        stepDone.clear();
        m_wizard->next();
        QVERIFY(stepDone.wait(20000));
        QCOMPARE(stepDone.first().first().toBool(), false);
        QCOMPARE(m_wizard->currentId(), int(InstallWizard::NodesPageId));
        QVERIFY(nodes()->findChild<HostKeyTrustDialog *>() == nullptr);
        QVERIFY(nodes()->errorPanel()->hasError());
        QVERIFY2(nodes()->errorPanel()->message().contains(QStringLiteral("CHANGED")),
                 qPrintable(nodes()->errorPanel()->message()));
        QVERIFY(nodes()->errorPanel()->fix().contains(QStringLiteral("ssh-keygen -R")));
        QVERIFY(nodes()->progressText().startsWith(QStringLiteral("Refused")));
        QVERIFY(nextEnabled()); // pressing Next again just checks again; nothing overrides
        shoot(m_wizard.get(), QStringLiteral("14-lab-hostkey-refused"));
        QFile::remove(productFile);
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
