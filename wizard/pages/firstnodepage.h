#pragma once

#include "core/plan/phaseinputs.h"

#include "core/http/signinclient.h"
#include "core/model/profilevalidator.h"
#include "core/model/releasedefinition.h"
#include "core/ssh/sshtarget.h"

#include <QHash>
#include <QPointer>
#include <QWizardPage>

#include <optional>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;

namespace Ocw::Core {
class ConfComparisonController;
struct ConfComparison;
class FirstNodeController;
class PackageHashController;
struct CheckResult;
} // namespace Ocw::Core

namespace Ocw::Wizard {

class CertificateTrustDialog;
class ConfForm;
class ErrorPanel;
class IssueLabel;
class InstallStepList;
class WizardContext;

// Steps 2 and 4 on the first node only. The octane.conf form is generated from the release
// definition and validated as you type (ConfRenderer); the package is chosen here and hashed in
// the background; "Preview octane.conf" and "What will happen" show the file (secrets masked)
// and the plan before anything changes. "Install on <node>" starts a FirstNodeController and
// never waits for it: the step list, the upload progress and the server log follow its signals.
// Non-secret values go to the profile's octaneConf, secrets to the keychain as "conf:<key>".
// Complete (and a commit page) once a run succeeded; Back is hidden by the wizard while it runs.
class FirstNodePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FirstNodePage(WizardContext *context, QWidget *parent = nullptr);
    ~FirstNodePage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The actions behind the buttons, without their file dialogs (tests drive these).
    void setPackagePath(const QString &path);
    // Uses the release definition `idOrPath` (a built-in id or a .json file) for this profile;
    // false, with the reason in the error panel, when it does not load (the old one stays).
    bool setReleaseSource(const QString &idOrPath);
    QString releaseText() const;
    void startInstall();
    // Reads octane.conf on the first node and shows what the install would change in it.
    void compareWithNode();
    QPushButton *compareButton() const { return m_compareButton; }
    QString comparisonText() const; // the note and the masked diff
    void cancelInstall();

    bool isInstalling() const;
    // Everything is in place for Install: valid settings, a hashed package, no run going on.
    bool canInstall() const;
    QString firstNode() const;
    QList<Core::FieldIssue> issues() const { return m_issues; }
    QString issueText(const QString &field) const;
    QString previewText() const;
    QString planText() const;
    QString packageText() const;
    QString statusText() const;
    QString logText() const;
    ConfForm *form() const { return m_form; }
    InstallStepList *stepList() const { return m_steps; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *installButton() const { return m_installButton; }
    QCheckBox *repositoryEnvConsent() const { return m_repoEnv; }
    QComboBox *schemeChoice() const { return m_scheme; }
    QSpinBox *readyTimeout() const { return m_readyTimeout; }
    // Open after a run whose sign-in met a certificate TLS refused; null otherwise.
    CertificateTrustDialog *certificateDialog() const;
    ErrorPanel *errorPanel() const { return m_error; }
    Core::PackageHashController *packageHasher() const { return m_hasher; }
    Core::FirstNodeController *controller() const { return m_controller; }

Q_SIGNALS:
    // A run started (true) or ended (false): the wizard hides Back meanwhile.
    void installingChanged(bool installing);
    // The run ended (every path, cancel included).
    void installFinished(bool cancelled);

private:
    void buildUi();
    QWidget *buildPackageBox();
    void loadRelease();
    void readSecrets();
    void commitInputs();
    void commitSecrets();
    void showKeychainNote(const QString &text);
    Core::ClusterProfile formProfile() const;

    void revalidate();
    void updatePlan();
    Core::PhaseInputs previewInputs(const Core::ClusterProfile &profile) const;
    void setPackageInfo(const QString &text);
    int issueCount() const; // fields with an issue
    void updateInstallState();
    void onPackagePathEdited();
    void onBrowsePackage();
    void onLoadReleaseFile();
    void showRelease();
    void onPackageHashed(bool ok);

    void onStepFinished(const Core::CheckResult &result);
    void onProgressed(const QString &stepId, const QString &text);
    void onInstallFinished(bool cancelled);
    void askToTrustCertificate();
    void onCompared(const Core::ConfComparison &result);
    std::optional<Core::SshTarget> firstNodeTarget();
    void trustCertificate(const Core::CertificateInfo &certificate, const QString &host);
    void appendLogLine(const QString &line);
    void setInputsEnabled(bool enabled);

    WizardContext *m_context = nullptr;
    std::optional<Core::ReleaseDefinition> m_release;
    QList<Core::FieldIssue> m_issues;
    QHash<QString, QString> m_keychainCopy; // "scope/name" -> value known to be in the keychain
    QString m_runSummary;
    QString m_ranOn; // the first node of the last run

    ConfForm *m_form = nullptr;
    QWidget *m_formPane = nullptr;
    QLabel *m_keychainNote = nullptr;
    QLabel *m_releaseLabel = nullptr;
    QPushButton *m_releaseButton = nullptr;
    QString m_releaseSource; // what m_release was loaded from (id or path)
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QPushButton *m_compareButton = nullptr;
    QLabel *m_compareNote = nullptr;
    QPlainTextEdit *m_nodeDiff = nullptr;
    QLabel *m_planNote = nullptr;
    QPlainTextEdit *m_plan = nullptr;
    QWidget *m_runTab = nullptr;
    InstallStepList *m_steps = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QWidget *m_packageBox = nullptr;
    QLineEdit *m_packagePath = nullptr;
    QPushButton *m_browseButton = nullptr;
    QLabel *m_packageInfo = nullptr;
    IssueLabel *m_packageIssue = nullptr;
    QCheckBox *m_repoEnv = nullptr;
    QComboBox *m_scheme = nullptr;
    QSpinBox *m_readyTimeout = nullptr;
    QPushButton *m_installButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
    ErrorPanel *m_error = nullptr;
    QTimer *m_packageTimer = nullptr;

    Core::PackageHashController *m_hasher = nullptr;
    Core::FirstNodeController *m_controller = nullptr;
    Core::ConfComparisonController *m_comparer = nullptr;
    bool m_running = false;
    bool m_cancelled = false;
    // The certificate TLS refused in the last run, and where.
    std::optional<std::pair<Core::CertificateInfo, QString>> m_refusedCertificate;
    QPointer<CertificateTrustDialog> m_certificateDialog;
};

} // namespace Ocw::Wizard
