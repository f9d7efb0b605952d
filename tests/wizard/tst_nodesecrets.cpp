#include "core/checks/privilege.h"
#include "core/model/clusterprofile.h"
#include "core/run/packagehashcontroller.h"
#include "core/run/remoteconnector.h"
#include "core/secrets/secretstore.h"
#include "installwizard.h"
#include "models/nodetablemodel.h"
#include "pages/checkspage.h"
#include "pages/firstnodepage.h"
#include "pages/nodespage.h"
#include "widgets/confform.h"
#include "widgets/installsteplist.h"
#include "widgets/nodesecretsdialog.h"
#include "widgettesthelpers.h"
#include "wizardcontext.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ocw;
using namespace Ocw::Wizard;

namespace {

// What the fake nodes saw, per node: the SSH password they were opened with, the stdin of the
// sudo password check, and every command. Written by worker threads.
struct Recorder
{
    QMutex mutex;
    QHash<QString, QString> loginPassword;
    QHash<QString, QByteArray> sudoStdin;
    QStringList commands;
};

// A node whose sudo asks for a password and refuses every one: the privilege detection runs
// its password check (the password on stdin), every other command is "not found".
class SudoAskingShell : public Core::RemoteShell
{
public:
    SudoAskingShell(QString node, std::shared_ptr<Recorder> recorder)
        : m_node(std::move(node))
        , m_recorder(std::move(recorder))
    {
    }

    Core::Expected<Core::ExecResult> exec(const Core::ExecRequest &request) override
    {
        Core::ExecResult r;
        r.exitStatus = 0;
        QMutexLocker lock(&m_recorder->mutex);
        m_recorder->commands.append(request.command);
        if (request.command.endsWith(Core::PrivilegeProbe::detectCommand())) {
            // The install's probe asks for $HOME first (where the package is staged).
            r.stdOut = request.command.startsWith(QLatin1String("printf 'home="))
                           ? "home=/home/ocwadmin\n"
                           : "";
            r.stdOut += "ocwadmin\n1000\nsudo: a password is required\nsudo_rc=1\n";
        } else if (request.command == Core::PrivilegeProbe::passwordCheckCommand()) {
            m_recorder->sudoStdin.insert(m_node, request.stdinData);
            r.stdOut = "Sorry, try again.\nsudo_rc=1\n";
        } else {
            r.exitStatus = 127;
            r.stdErr = "fake-shell: command not found\n";
        }
        return r;
    }
    QString nodeName() const override { return m_node; }

private:
    QString m_node;
    std::shared_ptr<Recorder> m_recorder;
};

class RecordingConnector : public Core::RemoteConnector
{
public:
    explicit RecordingConnector(std::shared_ptr<Recorder> recorder)
        : m_recorder(std::move(recorder))
    {
    }

    Core::ConnectOutcome open(const Core::SshTarget &target, const Core::CancelToken &) override
    {
        {
            QMutexLocker lock(&m_recorder->mutex);
            m_recorder->loginPassword.insert(target.nodeName, target.password);
        }
        Core::ConnectOutcome out;
        out.hostKey.checkId = QStringLiteral("ssh.hostkey");
        out.hostKey.node = target.nodeName;
        out.hostKey.verdict = Core::Verdict::Pass;
        out.hostKey.message = QStringLiteral("%1: the host key is trusted.").arg(target.nodeName);
        out.connect.checkId = QStringLiteral("ssh.connect");
        out.connect.node = target.nodeName;
        out.connect.verdict = Core::Verdict::Pass;
        out.connect.message = QStringLiteral("%1: logged in (fake).").arg(target.nodeName);
        out.shell = std::make_unique<SudoAskingShell>(target.nodeName, m_recorder);
        return out;
    }

private:
    std::shared_ptr<Recorder> m_recorder;
};

using WidgetTest::setText;
using WidgetTest::shoot;
using WidgetTest::shotsDir;

const QString kSsh = QStringLiteral("ssh-password");
const QString kPassphrase = QStringLiteral("key-passphrase");
const QString kSudo = QStringLiteral("sudo-password");
const QString kNode1 = QStringLiteral("octane1.invalid");
const QString kNode2 = QStringLiteral("octane2.invalid");
const QString kNode3 = QStringLiteral("octane3.invalid");

} // namespace

// The login secrets of the Nodes page, driven offscreen: the shared sudo password field, the
// per-node passwords dialog and its marking, what reaches the WizardContext (and under which
// names), the keychain store and the profile file; then what the fake nodes receive from the
// checks run and from the First node installation.
class TestNodeSecrets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // Never deleted: QtKeychain jobs still in flight point into it (see tst_wizard).
    Core::SecretStore *m_store = nullptr;
    std::shared_ptr<Recorder> m_recorder;
    std::unique_ptr<WizardContext> m_context;
    std::unique_ptr<InstallWizard> m_wizard;

    NodesPage *nodes() const { return m_wizard->nodesPage(); }
    QPushButton *nodeSecretsButton() const
    {
        return nodes()->findChild<QPushButton *>(QStringLiteral("nodeSecrets"));
    }

    void open(const Core::ClusterProfile &profile = {},
              InstallWizard::PageId start = InstallWizard::NodesPageId)
    {
        m_wizard.reset();
        m_recorder = std::make_shared<Recorder>();
        m_context = std::make_unique<WizardContext>(m_store);
        m_context->setProfile(profile);
        const std::shared_ptr<Recorder> recorder = m_recorder;
        m_context->setConnectorFactory([recorder](const QStringList &) {
            return std::make_shared<RecordingConnector>(recorder);
        });
        m_wizard = std::make_unique<InstallWizard>(m_context.get());
        m_wizard->setStartId(start);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        QCOMPARE(m_wizard->currentId(), int(start));
    }

    // Three valid nodes; `auth` shared by all of them. `name` is the keychain scope.
    void fillValid(const QString &name, Core::AuthMethod auth)
    {
        NodesPage *page = nodes();
        page->nodeModel()->setNodes({});
        QVERIFY(page->pasteNodes(QStringLiteral("octane[1-3].invalid")).hasValue());
        setText(page, QStringLiteral("ssh.user"), QStringLiteral("ocwadmin"));
        setText(page, QStringLiteral("ssh.port"), QStringLiteral("22"));
        auto *authBox = page->findChild<QComboBox *>(QStringLiteral("ssh.auth"));
        QVERIFY(authBox);
        authBox->setCurrentIndex(authBox->findData(int(auth)));
        setText(page, QStringLiteral("database.host"), QStringLiteral("db.invalid"));
        setText(page, QStringLiteral("database.port"), QStringLiteral("1521"));
        setText(page, QStringLiteral("repositoryDir"), QStringLiteral("/srv/octane-repo"));
        setText(page, QStringLiteral("loadBalancerUrl"), QStringLiteral("http://lb.invalid:8080"));
        setText(page, QStringLiteral("installUser"), QStringLiteral("octane"));
        setText(page, QStringLiteral("name"), name);
    }

    // Clicks "Per-node passwords…" and returns the dialog it opened.
    NodeSecretsDialog *openDialog()
    {
        QPushButton *button = nodeSecretsButton();
        if (!button || !button->isEnabled())
            return nullptr;
        button->click();
        auto *dialog = nodes()->findChild<NodeSecretsDialog *>();
        if (dialog && !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }

    // Types `value` into one cell of the dialog (empty: clears it).
    static void typeCell(NodeSecretsDialog *dialog, const QString &host, const QString &name,
                         const QString &value)
    {
        QLineEdit *edit = dialog->editor(host, name);
        QVERIFY2(edit, qPrintable(name + QLatin1Char('@') + host));
        edit->clear();
        QTest::keyClicks(edit, value);
    }

    // Accepts the dialog and waits until it is gone (it deletes itself on close).
    void accept(NodeSecretsDialog *dialog)
    {
        dialog->accept();
        QTRY_VERIFY(nodes()->findChild<NodeSecretsDialog *>() == nullptr);
    }

    // Next on the Nodes page: commits, checks host keys (the .invalid names cannot be reached:
    // no reason to stop), lands on the Checks page.
    void nextToChecks()
    {
        QTRY_VERIFY2(nodes()->isComplete(), qPrintable(nodes()->issues().value(0).message));
        QSignalSpy stepDone(nodes(), &NodesPage::hostKeyStepFinished);
        m_wizard->next();
        QVERIFY(stepDone.count() == 1 || stepDone.wait(15000));
        QCOMPARE(stepDone.first().first().toBool(), true);
        QCOMPARE(m_wizard->currentId(), int(InstallWizard::ChecksPageId));
    }

    QStringList loginSecretNamesInContext() const
    {
        QStringList names;
        const QHash<QString, QString> secrets = m_context->secrets();
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
            if (!it.key().startsWith(QLatin1String("conf:")))
                names.append(it.key());
        }
        names.sort();
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = new Core::SecretStore(QStringLiteral("octane-cluster-wizard-test"));
    }

    void init() { open(); }

    void cleanup()
    {
        m_wizard.reset();
        m_context.reset();
    }

    // The shared field: masked, optional, says when it is needed; the note says no node has
    // its own passwords; the button waits for nodes.
    void sudoFieldAndEmptyState()
    {
        auto *sudo = nodes()->findChild<QLineEdit *>(QStringLiteral("ssh.sudoPassword"));
        QVERIFY(sudo);
        QVERIFY(sudo->isVisible());
        QCOMPARE(sudo->echoMode(), QLineEdit::Password);
        auto *hint = nodes()->findChild<QLabel *>(QStringLiteral("sudoHint"));
        QVERIFY(hint && hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("sudo asks for a password")),
                 qPrintable(hint->text()));
        QVERIFY(hint->text().contains(QStringLiteral("NOPASSWD")));
        QVERIFY(hint->text().contains(QStringLiteral("root")));
        QVERIFY(!nodeSecretsButton()->isEnabled()); // no node yet

        fillValid(QStringLiteral("secrets-optional"), Core::AuthMethod::Agent);
        QTRY_VERIFY(nodes()->isComplete()); // no sudo password needed to go on
        QVERIFY(nodeSecretsButton()->isEnabled());
        QCOMPARE(nodes()->nodeSecretsText(),
                 QStringLiteral("Every node uses the shared passwords."));
        nextToChecks();
        QCOMPARE(loginSecretNamesInContext(), QStringList()); // nothing typed, nothing stored
    }

    // The dialog: one row per node, three masked cells each, empty cells shared.
    void dialogRows()
    {
        fillValid(QStringLiteral("secrets-dialog"), Core::AuthMethod::Password);
        NodeSecretsDialog *dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->hosts(), (QStringList{kNode1, kNode2, kNode3}));
        for (const QString &host : dialog->hosts()) {
            for (const QString &name : {kSsh, kPassphrase, kSudo}) {
                QLineEdit *edit = dialog->editor(host, name);
                QVERIFY(edit);
                QCOMPARE(edit->echoMode(), QLineEdit::Password);
                QVERIFY(edit->text().isEmpty());
            }
            QCOMPARE(dialog->editor(host, kSsh)->placeholderText(), QStringLiteral("shared"));
            QCOMPARE(dialog->editor(host, kSudo)->placeholderText(), QStringLiteral("shared"));
            // Password logins: no key file, so its passphrase is not used.
            QCOMPARE(dialog->editor(host, kPassphrase)->placeholderText(),
                     QStringLiteral("not used"));
        }
        QVERIFY(dialog->secrets().isEmpty());
        typeCell(dialog, kNode2, kSsh, QStringLiteral("Ssh-own-2"));
        typeCell(dialog, kNode3, kSudo, QStringLiteral("Sudo-own-3"));
        QCOMPARE(
            dialog->secrets(),
            (QHash<QString, QString>{
                {QStringLiteral("ssh-password@octane2.invalid"), QStringLiteral("Ssh-own-2")},
                {QStringLiteral("sudo-password@octane3.invalid"), QStringLiteral("Sudo-own-3")}}));
        shoot(dialog, QStringLiteral("31-node-secrets-dialog"));
        // Cancel keeps nothing.
        dialog->reject();
        QTRY_VERIFY(nodes()->findChild<NodeSecretsDialog *>() == nullptr);
        QVERIFY(nodes()->nodeSecrets().isEmpty());
        QCOMPARE(nodes()->nodeSecretsText(),
                 QStringLiteral("Every node uses the shared passwords."));
    }

    // Typed shared and per-node values reach the WizardContext under SecretResolver's names;
    // the fake nodes of the checks run get the right SSH and sudo password each.
    void typedSecretsReachTheChecks()
    {
        fillValid(QStringLiteral("secrets-checks"), Core::AuthMethod::Password);
        setText(nodes(), QStringLiteral("ssh.password"), QStringLiteral("Ssh-shared-1"));
        setText(nodes(), QStringLiteral("ssh.sudoPassword"), QStringLiteral("Sudo-shared-1"));
        NodeSecretsDialog *dialog = openDialog();
        QVERIFY(dialog);
        typeCell(dialog, kNode2, kSsh, QStringLiteral("Ssh-own-2"));
        typeCell(dialog, kNode3, kSudo, QStringLiteral("Sudo-own-3"));
        accept(dialog);
        QCOMPARE(nodes()->nodeSecretsText(),
                 QStringLiteral("2 nodes have their own passwords: octane2.invalid, "
                                "octane3.invalid"));
        auto *note = nodes()->findChild<QLabel *>(QStringLiteral("nodeSecretsNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->toolTip().contains(QStringLiteral("octane3.invalid: own sudo password")),
                 qPrintable(note->toolTip()));
        QVERIFY(!note->toolTip().contains(QStringLiteral("Sudo-own-3")));
        shoot(m_wizard.get(), QStringLiteral("30-nodes-secrets"));

        ChecksPage *checks = m_wizard->checksPage();
        QSignalSpy finished(checks, &ChecksPage::runFinished);
        nextToChecks();
        QCOMPARE(loginSecretNamesInContext(),
                 (QStringList{QStringLiteral("ssh-password"),
                              QStringLiteral("ssh-password@octane2.invalid"),
                              QStringLiteral("sudo-password"),
                              QStringLiteral("sudo-password@octane3.invalid")}));
        const QHash<QString, QString> secrets = m_context->secrets();
        QCOMPARE(secrets.value(QStringLiteral("sudo-password")), QStringLiteral("Sudo-shared-1"));
        QCOMPARE(secrets.value(QStringLiteral("sudo-password@octane3.invalid")),
                 QStringLiteral("Sudo-own-3"));
        QVERIFY(finished.count() == 1 || finished.wait(30000));

        QMutexLocker lock(&m_recorder->mutex);
        QCOMPARE(m_recorder->loginPassword.value(kNode1), QStringLiteral("Ssh-shared-1"));
        QCOMPARE(m_recorder->loginPassword.value(kNode2), QStringLiteral("Ssh-own-2"));
        QCOMPARE(m_recorder->loginPassword.value(kNode3), QStringLiteral("Ssh-shared-1"));
        // An explicit sudo password wins over a node's own SSH password; a node's own sudo
        // password wins over the shared one.
        QCOMPARE(m_recorder->sudoStdin.value(kNode1), QByteArray("Sudo-shared-1\n"));
        QCOMPARE(m_recorder->sudoStdin.value(kNode2), QByteArray("Sudo-shared-1\n"));
        QCOMPARE(m_recorder->sudoStdin.value(kNode3), QByteArray("Sudo-own-3\n"));
        const QString commands = m_recorder->commands.join(QLatin1Char('\n'));
        QVERIFY(commands.contains(Core::PrivilegeProbe::passwordCheckCommand()));
        for (const QString &secret :
             {QStringLiteral("Ssh-shared-1"), QStringLiteral("Ssh-own-2"),
              QStringLiteral("Sudo-shared-1"), QStringLiteral("Sudo-own-3")})
            QVERIFY2(!commands.contains(secret), "a secret on a command line");
        lock.unlock();

        // Nor in the report.
        const QString report = m_dir.filePath(QStringLiteral("secrets-report.json"));
        QVERIFY(checks->exportReport(report).hasValue());
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(json.contains("octane3.invalid"));
        for (const char *secret : {"Ssh-shared-1", "Ssh-own-2", "Sudo-shared-1", "Sudo-own-3"})
            QVERIFY2(!json.contains(secret), secret);
    }

    // Emptying a cell goes back to the shared value: the marking, the context and the store.
    void emptyCellMeansShared()
    {
        const QString scope = QStringLiteral("secrets-empty");
        fillValid(scope, Core::AuthMethod::Agent);
        NodeSecretsDialog *dialog = openDialog();
        QVERIFY(dialog);
        typeCell(dialog, kNode2, kSudo, QStringLiteral("Sudo-own-2"));
        accept(dialog);
        QCOMPARE(nodes()->nodeSecretsText(),
                 QStringLiteral("1 node has its own passwords: octane2.invalid"));
        nextToChecks();
        QCOMPARE(loginSecretNamesInContext(),
                 QStringList{QStringLiteral("sudo-password@octane2.invalid")});
        QVERIFY(m_store->hasInMemory(scope, QStringLiteral("sudo-password@octane2.invalid")));

        m_wizard->back();
        QCOMPARE(m_wizard->currentId(), int(InstallWizard::NodesPageId));
        dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->editor(kNode2, kSudo)->text(), QStringLiteral("Sudo-own-2"));
        typeCell(dialog, kNode2, kSudo, QString());
        accept(dialog);
        QCOMPARE(nodes()->nodeSecretsText(),
                 QStringLiteral("Every node uses the shared passwords."));
        QVERIFY(nodes()->nodeSecrets().isEmpty());
        nextToChecks();
        QCOMPARE(loginSecretNamesInContext(), QStringList());
        // Gone from the store too, or the next start would fill it in again.
        QVERIFY(!m_store->hasInMemory(scope, QStringLiteral("sudo-password@octane2.invalid")));
    }

    // A node that logs in with a password and has its own: the shared one is not required.
    void ownPasswordSatisfiesTheLogin()
    {
        fillValid(QStringLiteral("secrets-own-login"), Core::AuthMethod::Agent);
        QTRY_VERIFY(nodes()->isComplete());
        NodeTableModel *model = nodes()->nodeModel();
        QVERIFY(model->setData(model->index(2, NodeTableModel::AuthColumn),
                               QStringLiteral("password"), Qt::EditRole));
        QVERIFY(!nodes()->isComplete());
        QVERIFY(nodes()
                    ->issueText(QStringLiteral("ssh.password"))
                    .contains(QStringLiteral("SSH password")));
        NodeSecretsDialog *dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->editor(kNode3, kSsh)->placeholderText(), QStringLiteral("shared"));
        QCOMPARE(dialog->editor(kNode1, kSsh)->placeholderText(), QStringLiteral("not used"));
        typeCell(dialog, kNode3, kSsh, QStringLiteral("Ssh-own-3"));
        accept(dialog);
        QVERIFY(nodes()->issueText(QStringLiteral("ssh.password")).isEmpty());
        QTRY_VERIFY(nodes()->isComplete());
        // Cleared again: the shared password is needed again.
        dialog = openDialog();
        QVERIFY(dialog);
        typeCell(dialog, kNode3, kSsh, QString());
        accept(dialog);
        QVERIFY(!nodes()->isComplete());
    }

    // The profile file holds no secret; loading it brings the secrets back from the store.
    void secretsStayOutOfTheProfile()
    {
        const QString scope = QStringLiteral("secrets-profile");
        fillValid(scope, Core::AuthMethod::Password);
        setText(nodes(), QStringLiteral("ssh.password"), QStringLiteral("Ssh-shared-P"));
        setText(nodes(), QStringLiteral("ssh.sudoPassword"), QStringLiteral("Sudo-shared-P"));
        NodeSecretsDialog *dialog = openDialog();
        QVERIFY(dialog);
        typeCell(dialog, kNode1, kSudo, QStringLiteral("Sudo-own-P1"));
        typeCell(dialog, kNode2, kPassphrase, QStringLiteral("Pass-own-P2"));
        accept(dialog);
        const QString path = m_dir.filePath(QStringLiteral("secrets-profile.json"));
        QVERIFY(nodes()->saveProfile(path).hasValue());
        nextToChecks(); // commits: the store now has them (in memory here: no Secret Service)

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        const QByteArray committed = QJsonDocument(m_context->profile().toJson()).toJson();
        for (const char *secret : {"Ssh-shared-P", "Sudo-shared-P", "Sudo-own-P1", "Pass-own-P2"}) {
            QVERIFY2(!saved.contains(secret), secret);
            QVERIFY2(!committed.contains(secret), secret);
        }
        QVERIFY(!saved.contains("sudo-password"));

        // A fresh wizard loads the file: shared fields and per-node values come back.
        open();
        QVERIFY(nodes()->loadProfile(path).hasValue());
        QTRY_COMPARE(nodes()->findChild<QLineEdit *>(QStringLiteral("ssh.sudoPassword"))->text(),
                     QStringLiteral("Sudo-shared-P"));
        QTRY_COMPARE(nodes()->nodeSecrets().value(QStringLiteral("sudo-password@octane1.invalid")),
                     QStringLiteral("Sudo-own-P1"));
        QTRY_COMPARE(nodes()->nodeSecretsText(),
                     QStringLiteral("2 nodes have their own passwords: octane1.invalid, "
                                    "octane2.invalid"));
    }

    // The First node installation gets the first node's sudo password: its own, else the
    // shared one.
    void sudoReachesFirstNodeInstall()
    {
        Core::ClusterProfile profile;
        profile.name = QStringLiteral("secrets-first-node");
        profile.ssh.user = QStringLiteral("ocwadmin");
        profile.ssh.auth = Core::AuthMethod::Agent;
        for (const QString &host : {kNode1, kNode2, kNode3}) {
            Core::Node node;
            node.host = host;
            profile.nodes.append(node);
        }
        profile.database.host = QStringLiteral("db.invalid");
        profile.database.port = 1521;
        profile.repositoryDir = QStringLiteral("/srv/octane-repo");
        open(profile, InstallWizard::FirstNodePageId);
        m_context->setSecret(QStringLiteral("sudo-password"), QStringLiteral("Sudo-shared-F"));
        m_context->setSecret(QStringLiteral("sudo-password@octane1.invalid"),
                             QStringLiteral("Sudo-own-F1"));
        m_context->setSecret(QStringLiteral("sudo-password@octane2.invalid"),
                             QStringLiteral("Sudo-own-F2"));

        FirstNodePage *page = m_wizard->firstNodePage();
        const QList<QPair<QString, QString>> conf{
            {QStringLiteral("connection-string"),
             QStringLiteral("jdbc:oracle:thin:@//db.invalid:1521/OCTANE")},
            {QStringLiteral("db-admin-user"), QStringLiteral("system")},
            {QStringLiteral("db-admin-password"), QStringLiteral("Db-Adm1n-Pw")},
            {QStringLiteral("schema-name"), QStringLiteral("octane_site")},
            {QStringLiteral("schema-password"), QStringLiteral("Sch3ma-Secret")},
            {QStringLiteral("site-admin-user"), QStringLiteral("admin@example.com")},
            {QStringLiteral("site-admin-password"), QStringLiteral("Adm1n-Secret")},
            {QStringLiteral("elastic.host"), QStringLiteral("es.invalid")},
            {QStringLiteral("elastic.cluster-name"), QStringLiteral("octane-es")},
            {QStringLiteral("cluster.distributed-password"), QStringLiteral("Clust3r-Pw")}};
        for (const auto &[key, value] : conf) {
            auto *edit = qobject_cast<QLineEdit *>(page->form()->editor(key));
            QVERIFY2(edit, qPrintable(key));
            edit->clear();
            QTest::keyClicks(edit, value);
        }
        const QString package = m_dir.filePath(QStringLiteral("octane-onprem-25.1.9.rpm"));
        {
            QFile f(package);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(2048, 'x'));
        }
        QSignalSpy hashed(page->packageHasher(), &Core::PackageHashController::finished);
        page->setPackagePath(package);
        QVERIFY(hashed.count() == 1 || hashed.wait(10000));
        QTRY_VERIFY2(page->canInstall(), qPrintable(page->statusText()));

        auto install = [this, page]() -> QByteArray {
            QSignalSpy finished(page, &FirstNodePage::installFinished);
            page->startInstall();
            if (!(finished.count() == 1 || finished.wait(20000)))
                return "timeout";
            QMutexLocker lock(&m_recorder->mutex);
            return m_recorder->sudoStdin.take(kNode1);
        };
        QCOMPARE(install(), QByteArray("Sudo-own-F1\n"));
        QCOMPARE(page->stepList()->verdict(QStringLiteral("first-node.privilege")),
                 Core::Verdict::Fail); // the fake sudo refuses every password
        {
            QMutexLocker lock(&m_recorder->mutex);
            QVERIFY(!m_recorder->sudoStdin.contains(kNode2)); // only the first node is touched
            const QString commands = m_recorder->commands.join(QLatin1Char('\n'));
            QVERIFY(!commands.contains(QStringLiteral("Sudo-own-F1")));
        }
        m_context->setSecret(QStringLiteral("sudo-password@octane1.invalid"), QString());
        QTRY_VERIFY(page->canInstall());
        QCOMPARE(install(), QByteArray("Sudo-shared-F\n"));
    }
};

QTEST_MAIN(TestNodeSecrets)
#include "tst_nodesecrets.moc"
