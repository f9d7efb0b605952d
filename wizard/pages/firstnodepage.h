#pragma once

#include "core/http/signinclient.h"
#include "core/model/profilevalidator.h"
#include "core/run/firstnodeconfig.h"
#include "core/ssh/sshtarget.h"
#include "widgets/confform.h"
#include "widgets/confformpane.h"
#include "widgets/firstnodetabs.h"
#include "widgets/installactionbar.h"
#include "widgets/installoptionspane.h"
#include "wizardcontext.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QWizardPage>

#include <optional>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;

namespace Ocw::Core {
class ConfComparisonController;
struct ConfComparison;
class FirstNodeController;
class PackageHashController;
} // namespace Ocw::Core

namespace Ocw::Wizard {

class CertificateTrustDialog;
class ErrorPanel;
class InstallStepList;

// Steps 2 and 4 on the first node only; the face of Core::FirstNodeConfig (what is set, shown
// and run). The octane.conf form is generated from the release definition and validated as you
// type; the package is chosen here and hashed in the background; "Preview octane.conf" and
// "What will happen" show the file (secrets masked) and the plan before anything changes.
// "Install on <node>" starts a FirstNodeController and never waits for it: the step list, the
// upload progress and the server log follow its signals. Non-secret values go to the profile's
// octaneConf, secrets to the keychain as "conf:<key>". Complete (and a commit page) once a run
// succeeded; Back is hidden by the wizard while it runs.
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
    QString releaseText() const { return m_formPane->releaseText(); }
    void startInstall();
    // Reads octane.conf on the first node and shows what the install would change in it.
    void compareWithNode();
    QPushButton *compareButton() const { return m_tabs->compareButton(); }
    QString comparisonText() const { return m_tabs->comparisonText(); } // note, masked diff
    void cancelInstall();

    bool isInstalling() const { return m_running; }
    // Everything is in place for Install: valid settings, a hashed package, no run going on.
    bool canInstall() const;
    QString firstNode() const { return m_context->profile().firstNodeHost(); }
    QList<Core::FieldIssue> issues() const { return m_config.issues(); }
    QString issueText(const QString &field) const { return m_form->issueText(field); }
    QString previewText() const { return m_tabs->previewText(); }
    QString planText() const { return m_tabs->planText(); }
    QString packageText() const { return m_options->packageInfo(); }
    QString statusText() const { return m_actions->statusText(); }
    QString logText() const { return m_tabs->logText(); }
    ConfForm *form() const { return m_form; }
    InstallStepList *stepList() const { return m_tabs->stepList(); }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *installButton() const { return m_installButton; }
    QCheckBox *repositoryEnvConsent() const { return m_options->repositoryEnvConsent(); }
    QComboBox *schemeChoice() const { return m_options->schemeChoice(); }
    QSpinBox *readyTimeout() const { return m_options->readyTimeout(); }
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
    void syncConfig(); // the inputs into m_config
    void loadRelease();
    void readSecrets();
    void commitInputs();
    void applyCommit(const Core::FirstNodeConfig::Commit &commit);

    void revalidate();
    void updatePlan();
    void updateInstallState();
    void onPackagePathEdited();
    void onBrowsePackage();
    void onLoadReleaseFile();
    void onPackageHashed(bool ok);

    void onProgressed(const QString &stepId, const QString &text);
    void onInstallFinished(bool cancelled);
    void askToTrustCertificate();
    void onCompared(const Core::ConfComparison &result);
    std::optional<Core::SshTarget> firstNodeTarget();
    void trustCertificate(const Core::CertificateInfo &certificate, const QString &host);
    void setInputsEnabled(bool enabled);

    WizardContext *m_context = nullptr;
    Core::FirstNodeConfig m_config;

    ConfFormPane *m_formPane = nullptr;
    ConfForm *m_form = nullptr;
    FirstNodeTabs *m_tabs = nullptr;
    InstallOptionsPane *m_options = nullptr;
    QPushButton *m_installButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    InstallActionBar *m_actions = nullptr;
    ErrorPanel *m_error = nullptr;
    QTimer *m_packageTimer = nullptr;

    Core::PackageHashController *m_hasher = nullptr;
    Core::FirstNodeController *m_controller = nullptr;
    Core::ConfComparisonController *m_comparer = nullptr;
    bool m_running = false;
    QDateTime m_startedAt;
    // The certificate TLS refused in the last run, and where.
    std::optional<std::pair<Core::CertificateInfo, QString>> m_refusedCertificate;
    QPointer<CertificateTrustDialog> m_certificateDialog;
};

} // namespace Ocw::Wizard
