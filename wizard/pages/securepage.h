#pragma once

#include "core/checks/checkresult.h"
#include "core/run/secureconfig.h"

#include <QDateTime>
#include <QHash>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace Ocw::Core {
class NodeStatusModel;
class PhaseController;
} // namespace Ocw::Core

namespace Ocw::Wizard {

class CheckDetailsPane;
class StepGrid;
class WizardContext;

// Steps 3 and 7, optional: the secure deployment. A thin face over SecureConfig (the settings,
// the preview, the plan of `install --phase secure`) and PhaseController: the options (keystore
// file or self-signed, its password, HTTPS port, forced HTTPS, permissions, TLS minimum, the
// vendor's signing key), "What will change" with every file and command per node before
// anything is applied, then the node x step grid with the selected cell's details. Nothing
// runs until "Apply"; Next without applying leaves the nodes as they are.
class SecurePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SecurePage(WizardContext *context, QWidget *parent = nullptr);
    ~SecurePage() override;

    void initializePage() override;
    bool isComplete() const override;

    // The actions behind the buttons (tests drive these).
    void startApply();
    void cancelApply();

    bool isRunning() const;
    bool hasRun() const { return m_ranOnce && !isRunning(); }
    QString statusText() const;
    QString previewText() const;
    QList<Core::CheckResult> results() const;

Q_SIGNALS:
    void runningChanged(bool running);
    void runFinished(bool cancelled);

private:
    void buildUi();
    void readOptions();
    void updateState();
    void onFinished(bool cancelled);
    void showSelected();

    WizardContext *m_context;
    Core::SecureConfig m_config;
    Core::PhaseController *m_controller;
    Core::NodeStatusModel *m_status;
    QString m_summary;
    QDateTime m_startedAt;
    bool m_ranOnce = false;

    QRadioButton *m_selfSigned = nullptr;
    QRadioButton *m_ownKeystore = nullptr;
    QLineEdit *m_keystorePath = nullptr;
    QLineEdit *m_password = nullptr;
    QSpinBox *m_httpsPort = nullptr;
    QCheckBox *m_forceHttps = nullptr;
    QCheckBox *m_permissions = nullptr;
    QComboBox *m_tlsMinimum = nullptr;
    QLineEdit *m_vendorKey = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QWidget *m_runTab = nullptr;
    StepGrid *m_grid = nullptr;
    CheckDetailsPane *m_details = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace Ocw::Wizard
