#pragma once

#include "core/base/expected.h"
#include "core/model/clusterprofile.h"
#include "core/model/profilevalidator.h"
#include "core/run/hostkeyscanner.h"

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QSet>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QFormLayout;

namespace Ocw::Wizard {

class ErrorPanel;
class HostKeyTrustDialog;
class IssueLabel;
class NodeTableModel;
class WizardContext;

// Step 1a: the nodes and how to reach them. Validates as you type (ProfileValidator, plus
// duplicates found by resolving the names asynchronously) and shows each issue next to its
// field; Next stays disabled while there is any. The login secrets (SSH password, key
// passphrase, sudo password) are shared, or set for single nodes in NodeSecretsDialog; they
// go to the WizardContext and the keychain, never into the profile. Next commits the profile
// and the secrets, then fetches every node's host key in the background (HostKeyScanner):
// unknown keys are asked about in one dialog, changed or revoked keys are refused. Only then
// does the wizard move on (validatePage() never blocks: it starts the check and returns false).
class NodesPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NodesPage(WizardContext *context, QWidget *parent = nullptr);
    ~NodesPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The actions behind the buttons, without their file dialogs (tests drive these).
    Core::Expected<int> pasteNodes(const QString &text); // number of nodes added
    Core::Expected<int> importNodes(const QString &path);
    Core::Expected<Core::Done> saveProfile(const QString &path); // a refusal shows in the panel
    Core::Expected<Core::Done> loadProfile(const QString &path);

    // Fills every input from a profile / reads the profile the inputs describe.
    void setProfile(const Core::ClusterProfile &profile);
    Core::ClusterProfile profile() const;

    QList<Core::FieldIssue> issues() const { return m_issues; }
    // The text shown next to a field ("ssh.port", "database.host", "nodes" for the table, ...).
    QString issueText(const QString &field) const;
    NodeTableModel *nodeModel() const { return m_model; }
    QTableView *nodeTable() const { return m_table; }
    Core::HostKeyScanner *hostKeyScanner() const { return m_scanner; }
    ErrorPanel *errorPanel() const { return m_error; }
    QString progressText() const;
    bool isCheckingHostKeys() const;
    bool hasPendingLookups() const { return !m_pendingLookups.isEmpty(); }
    // Per-node login secrets as typed in NodeSecretsDialog, by WizardContext::nodeSecretName()
    // (committed to the WizardContext by Next); and the line saying which nodes have any.
    QHash<QString, QString> nodeSecrets() const { return m_nodeSecrets; }
    QString nodeSecretsText() const;

Q_SIGNALS:
    // The host key step ended: `proceeding` when the wizard moves on to the next page.
    void hostKeyStepFinished(bool proceeding);

private:
    // Adds parsed nodes (replacing a single untouched empty row); the count, or the parse error.
    Core::Expected<int> addParsedNodes(const Core::Expected<QList<Core::Node>> &parsed);
    void buildUi();
    QWidget *buildNodesBox();
    QWidget *buildSshBox();
    QWidget *buildClusterBox();
    QLineEdit *addField(QFormLayout *form, const QString &label, const QString &field,
                        QWidget *extra = nullptr);

    void nodesChanged();
    void inputsChanged();
    void revalidate();
    void resolveHosts();
    void refreshFirstNodeCombo(const QString &select);
    void updateSecretRows();
    void updateNodeSecretsNote();
    QStringList nodeHosts() const; // the hosts of the table, once each, as in the profile
    QLineEdit *sharedSecretField(const QString &name) const;
    void readSecrets(const QString &scope);
    void fillSecret(const QString &name, const QString &value);
    void commitSecrets();
    void showKeychainNote(const QString &text);

    void addNode();
    void removeSelectedNodes();
    void moveSelectedNode(int delta);
    void onPasteClicked();
    void onImportClicked();
    void onSaveClicked();
    void onLoadClicked();
    void onBrowseKeyFile();
    void onNodeSecretsClicked();

    void startHostKeyCheck();
    void onHostKeyScanned(const Core::HostKeyScanResult &result);
    void onHostKeyScanFinished(bool cancelled);
    void finishHostKeyStep(bool proceed, const QString &text);
    void setBusy(bool busy);

    WizardContext *m_context = nullptr;
    Core::ClusterProfile m_base; // fields the page does not edit (release, installDir, ...)
    QList<Core::FieldIssue> m_issues;
    QHash<QString, IssueLabel *> m_issueLabels;
    QHash<QString, QList<QHostAddress>> m_resolved; // connect host -> addresses
    QSet<QString> m_pendingLookups;
    QHash<QString, QString> m_keychainCopy; // "scope/name" -> value known to be in the keychain
    QHash<QString, QString> m_nodeSecrets;  // "name@host" -> value (memory until committed)
    bool m_filling = false;
    bool m_proceed = false;

    NodeTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    QComboBox *m_firstNode = nullptr;
    QLineEdit *m_sshUser = nullptr;
    QLineEdit *m_sshPort = nullptr;
    QComboBox *m_sshAuth = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_sudoPassword = nullptr;
    QPushButton *m_nodeSecretsButton = nullptr;
    QLabel *m_nodeSecretsNote = nullptr;
    QFormLayout *m_sshForm = nullptr;
    QLabel *m_keychainNote = nullptr;
    QLineEdit *m_dbHost = nullptr;
    QLineEdit *m_dbPort = nullptr;
    QLineEdit *m_repositoryDir = nullptr;
    QLineEdit *m_loadBalancer = nullptr;
    QLineEdit *m_installUser = nullptr;
    QLineEdit *m_profileName = nullptr;
    QWidget *m_inputs = nullptr;
    QLabel *m_progress = nullptr;
    QPushButton *m_stopButton = nullptr;
    ErrorPanel *m_error = nullptr;
    QTimer *m_resolveTimer = nullptr;

    Core::HostKeyScanner *m_scanner = nullptr;
    QPointer<HostKeyTrustDialog> m_trustDialog;
    int m_scanned = 0;
    int m_toScan = 0;
};

} // namespace Ocw::Wizard
