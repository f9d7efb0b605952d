#pragma once

#include "core/base/expected.h"
#include "core/model/clusterprofile.h"
#include "core/model/profilevalidator.h"
#include "core/run/hostkeyscanner.h"
#include "core/run/nodesconfig.h"
#include "widgets/nodetablebox.h"

#include <QHash>
#include <QPointer>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Ocw::Wizard {

class ErrorPanel;
class HostKeyTrustDialog;
class IssueLabel;
class NodeTableModel;
class ProfileSettingsPane;
class WizardContext;

// Step 1a: the nodes and how to reach them; the face of Core::NodesConfig. Validates as you type
// (ProfileValidator, plus duplicates found by resolving the names asynchronously) and shows each
// issue next to its field; Next stays disabled while there is any. The login secrets (SSH password,
// key passphrase, sudo password) are shared, or set for single nodes in NodeSecretsDialog; they go
// to the WizardContext and the keychain, never into the profile. Next commits the profile and the
// secrets, then fetches every node's host key in the background (HostKeyScanner): unknown keys are
// asked about in one dialog, changed or revoked keys are refused. Only then does the wizard move on
// (validatePage() never blocks: it starts the check and returns false).
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

    QList<Core::FieldIssue> issues() const { return m_config.issues(); }
    // The text shown next to a field ("ssh.port", "database.host", "nodes" for the table, ...).
    QString issueText(const QString &field) const;
    NodeTableModel *nodeModel() const { return m_model; }
    QTableView *nodeTable() const { return m_nodesBox->table(); }
    Core::HostKeyScanner *hostKeyScanner() const { return m_scanner; }
    ErrorPanel *errorPanel() const { return m_error; }
    QString progressText() const;
    bool isCheckingHostKeys() const;
    bool hasPendingLookups() const { return m_config.hasPendingLookups(); }
    // Per-node login secrets as typed in NodeSecretsDialog, by Core::SecretNames::forNode()
    // (committed to the WizardContext by Next); and the line saying which nodes have any.
    QHash<QString, QString> nodeSecrets() const { return m_config.nodeSecrets(); }
    QString nodeSecretsText() const { return m_config.nodeSecretsText(); }

Q_SIGNALS:
    // The host key step ended: `proceeding` when the wizard moves on to the next page.
    void hostKeyStepFinished(bool proceeding);

private:
    Core::Expected<int> addNodes(const Core::Expected<Core::NodesConfig::NodesToAdd> &add);
    void showResult(const Core::Error &error); // in the panel, or clears it
    void buildUi();

    // The page's fields laid over `base` (which holds the fields the page does not edit).
    Core::ClusterProfile inputsOver(const Core::ClusterProfile &base) const;
    void syncConfig(); // the inputs into m_config
    void nodesChanged();
    void inputsChanged();
    void revalidate();
    void resolveHosts();
    void refreshFirstNodeCombo(const QString &select);
    void readSecrets(const QString &scope);
    void commitSecrets();

    void onSaveClicked();
    void onLoadClicked();
    void onNodeSecretsClicked();

    void startHostKeyCheck();
    void onHostKeyScanned(const Core::HostKeyScanResult &result);
    void onHostKeyScanFinished(bool cancelled);
    void finishHostKeyStep(bool proceed, const QString &text);
    void setBusy(bool busy);

    WizardContext *m_context = nullptr;
    Core::NodesConfig m_config;
    QHash<QString, IssueLabel *> m_issueLabels;
    bool m_filling = false;
    bool m_proceed = false;

    NodeTableModel *m_model = nullptr;
    NodeTableBox *m_nodesBox = nullptr;
    QLineEdit *m_profileName = nullptr;
    ProfileSettingsPane *m_settings = nullptr;
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
