#pragma once

#include "core/checks/checkresult.h"
#include "core/run/reconfigureconfig.h"

#include <QDateTime>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace Ocw::Core {
class NodeStatusModel;
class PhaseController;
} // namespace Ocw::Core

namespace Ocw::Wizard {

class CheckDetailsPane;
class StepGrid;
class WizardContext;

// Step 9, "Change the configuration" of an installed cluster (offered on the Nodes page): a thin
// face over ReconfigureConfig and PhaseController, the plans of `reconfigure` and `restart
// --rolling`. It reads <repository>/conf/octane.conf (never octane.conf.new) into a form of the
// schema's settings, previews the diff, writes it (backup, atomic) and restarts the nodes one at
// a time. When the roll stops at a node: retry that node, skip it, or — when it only ran out of
// time — continue anyway; the report records what was skipped or continued.
class ReconfigurePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ReconfigurePage(WizardContext *context, QWidget *parent = nullptr);
    ~ReconfigurePage() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    // The actions behind the buttons (tests drive these).
    void readCurrent();
    void previewChange();
    void applyChange();
    void retryNode();
    void skipNode();
    void continueAnyway();
    void cancelRun();
    bool setNewValue(const QString &key, const QString &value);

    bool isRunning() const;
    QString statusText() const;
    QString currentValue(const QString &key) const;
    QString diffText() const;
    QString failedNode() const { return m_failedNode; }

Q_SIGNALS:
    void runningChanged(bool running);
    void runFinished(bool cancelled);

private:
    enum class Run { None, Read, Preview, Apply, Roll };

    void buildUi();
    void start(Run kind, const Core::PhasePlan &plan, const Core::PhaseInputs &inputs);
    void onFinished(bool cancelled);
    void updateState();
    // `id`: a run replaces the earlier one of the same id (RunRecord), a note stays.
    void record(const QString &id, const QString &title, const QList<Core::CheckResult> &results,
                bool cancelled);
    QHash<QString, QString> changes() const;

    WizardContext *m_context;
    Core::ReconfigureConfig m_config;
    Core::PhaseController *m_controller;
    Core::NodeStatusModel *m_status;
    Run m_running = Run::None;
    QDateTime m_startedAt;
    QString m_summary;
    QString m_failedNode;
    bool m_timedOut = false;
    bool m_read = false;

    QLabel *m_statusLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QCheckBox *m_rolling = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QWidget *m_runTab = nullptr;
    StepGrid *m_grid = nullptr;
    CheckDetailsPane *m_details = nullptr;
    QPushButton *m_readButton = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_skipButton = nullptr;
    QPushButton *m_continueButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace Ocw::Wizard
