#pragma once

#include "core/base/expected.h"
#include "core/checks/checkresult.h"
#include "core/run/checkcontroller.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;
class QTransposeProxyModel;

namespace Ocw::Core {
class CheckStatusModel;
} // namespace Ocw::Core

namespace Ocw::Wizard {

class CheckDetailsPane;
class CheckGridDelegate;
class ErrorPanel;
class WizardContext;

// Step 1b: every pre-flight check on every node, live. Starts a CheckController run when
// shown (initializePage) and never waits for it: the grid, the per-node status line and the
// summary follow the controller's signals. Next (to the First node page) is enabled once the
// run finished, was not cancelled and no blocking check failed. Back cancels the run.
// The grid shows CheckStatusModel transposed (checks down, nodes across): check titles stay
// readable and the details pane fits beside the grid.
class ChecksPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ChecksPage(WizardContext *context, QWidget *parent = nullptr);
    ~ChecksPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    // The actions behind the buttons (tests drive these).
    void rerunFailed();
    void rerunSelectedCell();
    void cancelRun();
    // JSON when the name ends in .json, else HTML. Written by CheckReport; a refusal is also
    // shown in the error panel.
    Core::Expected<Core::Done> exportReport(const QString &path);
    // Selects the grid cell of `checkId` on `node` and shows its details.
    bool selectCell(const QString &node, const QString &checkId);

    bool isRunning() const;
    bool isFinished() const { return m_finished; }
    QString summaryText() const;
    QString nodeStatusText() const;
    Core::CheckController *controller() const { return m_controller; }
    Core::CheckStatusModel *statusModel() const { return m_model; }
    QTableView *grid() const { return m_grid; }
    CheckDetailsPane *detailsPane() const { return m_details; }
    ErrorPanel *errorPanel() const { return m_error; }

Q_SIGNALS:
    // The run ended (every path, cancel included).
    void runFinished(bool cancelled);

private:
    void startRun();
    void onResultChanged(const Core::CheckResult &result);
    void onNodeStatusChanged(const QString &node, const QString &text);
    void onRunFinished(bool cancelled);
    void onCurrentCellChanged();
    void onExportClicked();
    void updateSummary();
    void fitGridWidth();
    void updateButtons();

    WizardContext *m_context = nullptr;
    QPointer<Core::CheckController> m_controller;
    Core::CheckStatusModel *m_model = nullptr;
    QTransposeProxyModel *m_proxy = nullptr;
    CheckGridDelegate *m_delegate = nullptr;
    QTableView *m_grid = nullptr;
    QSplitter *m_splitter = nullptr;
    CheckDetailsPane *m_details = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_nodeStatus = nullptr;
    QLabel *m_nextSteps = nullptr;
    QPushButton *m_rerunFailedButton = nullptr;
    QPushButton *m_rerunCellButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    ErrorPanel *m_error = nullptr;
    QTimer *m_spinner = nullptr;

    QHash<QString, QString> m_nodeStatusTexts;
    QStringList m_nodeOrder;
    QDateTime m_startedAt;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_waitingForPrevious = false;
};

} // namespace Ocw::Wizard
