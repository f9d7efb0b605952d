#pragma once

#include "core/checks/checkresult.h"
#include "core/run/verifyconfig.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QWizardPage>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace Ocw::Core {
class NodeStatusModel;
class PhaseController;
class VerifyBoard;
} // namespace Ocw::Core

namespace Ocw::Wizard {

class CheckDetailsPane;
class StepGrid;
class WizardContext;

// Step 8: is the cluster formed and served? A thin face over VerifyConfig (what runs, the
// grid's shape, the sentence after) and PhaseController (how), the same plan as `verify`:
// every node read at once over the readiness window, then the verdicts. A node x verification
// grid with a "cluster" row, the selected cell's details with the raw evidence (the log's
// membership block, the members read, the headers seen). It only reads, so it starts by
// itself when the page opens; "Verify again" after a fix. Complete once a run has ended.
class VerifyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit VerifyPage(WizardContext *context, QWidget *parent = nullptr);
    ~VerifyPage() override;

    void initializePage() override;
    bool isComplete() const override;

    // The actions behind the buttons (tests drive these).
    void startVerify();
    void cancelVerify();
    bool selectCell(const QString &node, const QString &checkId);

    bool isRunning() const;
    bool hasRun() const { return m_ranOnce && !isRunning(); }
    Core::NodeStatusModel *statusModel() const { return m_status; }
    QString statusText() const;
    QString planText() const;
    QString detailsText() const;
    QList<Core::CheckResult> results() const;

Q_SIGNALS:
    void runningChanged(bool running);
    void runFinished(bool cancelled);

private:
    void buildUi();
    void syncConfig();
    void updateState();
    void onStepFinished(const Core::CheckResult &result);
    void onFinished(bool cancelled);
    void showSelected();

    WizardContext *m_context;
    Core::VerifyConfig m_config;
    Core::PhaseController *m_controller;
    Core::NodeStatusModel *m_status;
    std::shared_ptr<Core::VerifyBoard> m_board;
    QHash<QString, QString> m_nodeLine; // node -> latest progress text
    QString m_summary;
    QDateTime m_startedAt;
    bool m_ranOnce = false;

    QLabel *m_statusLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_plan = nullptr;
    QWidget *m_runTab = nullptr;
    StepGrid *m_grid = nullptr;
    CheckDetailsPane *m_details = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace Ocw::Wizard
