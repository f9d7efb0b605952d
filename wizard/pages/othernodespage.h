#pragma once

#include "core/checks/checkresult.h"
#include "core/run/othernodesconfig.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace Ocw::Core {
class NodeStatusModel;
class PhaseController;
} // namespace Ocw::Core

namespace Ocw::Wizard {

class CheckDetailsPane;
class StepGrid;
class WizardContext;

// Steps 5 and 6: the package on every other node, in parallel, no configuration written there,
// each started and followed to its ready line. A thin face over OtherNodesConfig (what runs)
// and PhaseController (how it runs): the plan before anything changes ("What will happen"),
// then a node x step grid with each node's progress, an overall progress bar, the selected
// cell's details with that node's log, "Retry failed nodes" (only those) and Cancel (each row
// then says what was left on its node). Complete when every other node is ready.
class OtherNodesPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit OtherNodesPage(WizardContext *context, QWidget *parent = nullptr);
    ~OtherNodesPage() override;

    void initializePage() override;
    bool isComplete() const override;

    // The actions behind the buttons (tests drive these).
    void startInstall();
    void retryFailed();
    void cancelInstall();
    bool selectCell(const QString &node, const QString &stepId);

    bool isRunning() const;
    Core::NodeStatusModel *statusModel() const { return m_status; }
    QString statusText() const;
    QString planText() const;
    QString summaryText() const { return m_summary; }
    QString detailsText() const;
    QString nodeProgressText() const;
    QProgressBar *progressBar() const;

Q_SIGNALS:
    void runningChanged(bool running);
    void runFinished(bool cancelled);

private:
    void buildUi();
    void syncConfig();
    void updatePlan();
    void updateState();
    void run(const QStringList &onlyNodes);
    void onStepProgressed(const QString &node, const QString &stepId, const QString &text);
    void onStepFinished(const Core::CheckResult &result);
    void onFinished(bool cancelled);
    void showSelected();

    WizardContext *m_context;
    Core::OtherNodesConfig m_config;
    Core::PhaseController *m_controller;
    Core::NodeStatusModel *m_status;
    QHash<QString, QString> m_nodeLine;    // node -> latest progress text
    QHash<QString, QStringList> m_logTail; // node -> last lines of its server log
    QString m_summary;
    bool m_ranOnce = false;
    QDateTime m_startedAt;
    QStringList m_changingSteps;
    QStringList m_retried; // the nodes the last run was limited to (a retry), else empty

    QLabel *m_statusLabel = nullptr;
    QComboBox *m_delivery = nullptr;
    QCheckBox *m_serial = nullptr;
    QCheckBox *m_repoEnv = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_plan = nullptr;
    QWidget *m_runTab = nullptr;
    StepGrid *m_grid = nullptr;
    CheckDetailsPane *m_details = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPushButton *m_installButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace Ocw::Wizard
