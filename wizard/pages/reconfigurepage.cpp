#include "reconfigurepage.h"

#include "core/plan/stepid.h"
#include "core/run/nodestatusmodel.h"
#include "core/run/phasecontroller.h"
#include "installwizard.h"
#include "widgets/checkdetailspane.h"
#include "widgets/runviews.h"
#include "widgets/stepgrid.h"
#include "wizardcontext.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ocw::Wizard {

namespace {
enum Column { KeyColumn, NowColumn, NewColumn };
const QString EditId = Core::StepId::qualified(Core::PhaseId::Reconfigure, Core::StepId::EditConf);
} // namespace

ReconfigurePage::ReconfigurePage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_controller(new Core::PhaseController(this))
    , m_status(new Core::NodeStatusModel(this))
{
    setTitle(tr("Change the configuration"));
    setSubTitle(tr("Edits <repository>/conf/octane.conf, the file every node reads at its start "
                   "(never octane.conf.new), after a backup, then restarts the nodes one at a "
                   "time: each is back in the cluster and served before the next one stops."));
    buildUi();
    connect(m_controller, &Core::PhaseController::stepStarted, this,
            [this](const QString &node, const QString &stepId, const QString &text) {
                m_status->stepStarted(node, stepId, text);
            });
    connect(m_controller, &Core::PhaseController::stepFinished, this,
            [this](const Core::CheckResult &r) { m_status->update(r); });
    connect(m_controller, &Core::PhaseController::finished, this, &ReconfigurePage::onFinished);
}

ReconfigurePage::~ReconfigurePage() = default;

void ReconfigurePage::buildUi()
{
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("settings"));
    m_table->setHorizontalHeaderLabels({tr("Setting"), tr("On the cluster now"), tr("New value")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_rolling = new QCheckBox(tr("&Restart the nodes one at a time after the change"), this);
    m_rolling->setChecked(true);
    m_diff = RunViews::monospaceText(QStringLiteral("diff"), this);
    m_grid = new StepGrid(m_status, this);
    m_details = new CheckDetailsPane(this);
    connect(m_grid, &StepGrid::currentCellChanged, this,
            [this] { m_grid->showCurrentIn(m_details); });
    m_runTab = RunViews::gridWithDetails(m_grid, m_details, this);
    auto *settingsTab = new QWidget(this);
    auto *settingsLayout = new QVBoxLayout(settingsTab);
    settingsLayout->addWidget(m_table, 1);
    settingsLayout->addWidget(m_rolling);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(settingsTab, tr("Settings"));
    m_tabs->addTab(m_diff, tr("What will change"));
    m_tabs->addTab(m_runTab, tr("Restart"));

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("status"));
    m_statusLabel->setWordWrap(true);
    auto button = [this](const QString &text, const char *name, void (ReconfigurePage::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_readButton = button(tr("Re&ad"), "read", &ReconfigurePage::readCurrent);
    m_previewButton = button(tr("&Preview"), "preview", &ReconfigurePage::previewChange);
    m_applyButton = button(tr("&Apply"), "apply", &ReconfigurePage::applyChange);
    m_retryButton = button(tr("Re&try this node"), "retry", &ReconfigurePage::retryNode);
    m_skipButton = button(tr("S&kip this node"), "skip", &ReconfigurePage::skipNode);
    m_continueButton = button(tr("C&ontinue anyway"), "continue", &ReconfigurePage::continueAnyway);
    m_cancelButton = button(tr("Cancel"), "cancel", &ReconfigurePage::cancelRun);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_statusLabel, 1);
    for (QPushButton *b : {m_readButton, m_previewButton, m_applyButton, m_retryButton,
                           m_skipButton, m_continueButton, m_cancelButton})
        buttons->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
}

void ReconfigurePage::initializePage()
{
    // Reached without the First node page (an installed cluster): the profile's release.
    if (!m_context->release()) {
        const Core::Expected<Core::ReleaseDefinition> release =
            Core::ReleaseDefinition::load(m_context->profile().release);
        if (release)
            m_context->setRelease(*release);
    }
    m_config.setProfile(m_context->profile());
    m_config.setRelease(m_context->release());
    m_config.setSecrets(m_context->secrets());
    const QList<Core::ConfKey> keys = m_config.editableKeys();
    m_table->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        auto *key = new QTableWidgetItem(keys.at(row).path);
        key->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        key->setToolTip(keys.at(row).help);
        auto *now = new QTableWidgetItem;
        now->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, KeyColumn, key);
        m_table->setItem(row, NowColumn, now);
        m_table->setItem(row, NewColumn, new QTableWidgetItem);
    }
    updateState();
    if (!m_read && m_config.blocker().isEmpty())
        readCurrent(); // it only reads
}

QHash<QString, QString> ReconfigurePage::changes() const
{
    QHash<QString, QString> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString now = m_table->item(row, NowColumn)->text();
        const QString wanted = m_table->item(row, NewColumn)->text().trimmed();
        if (!wanted.isEmpty() && wanted != now)
            out.insert(m_table->item(row, KeyColumn)->text(), wanted);
    }
    return out;
}

bool ReconfigurePage::setNewValue(const QString &key, const QString &value)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, KeyColumn)->text() == key) {
            m_table->item(row, NewColumn)->setText(value);
            return true;
        }
    }
    return false;
}

QString ReconfigurePage::currentValue(const QString &key) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, KeyColumn)->text() == key)
            return m_table->item(row, NowColumn)->text();
    }
    return {};
}

void ReconfigurePage::start(Run kind, const Core::PhasePlan &plan, const Core::PhaseInputs &inputs)
{
    m_running = kind;
    m_failedNode.clear();
    m_timedOut = false;
    m_status->setPlan(plan);
    m_details->clear();
    m_startedAt = QDateTime::currentDateTimeUtc();
    if (kind == Run::Apply || kind == Run::Roll)
        m_tabs->setCurrentWidget(m_runTab);
    m_controller->start(plan, inputs, m_config.targets(), m_context->makeConnector());
    m_grid->setRunning(true);
    updateState();
    Q_EMIT runningChanged(true);
    Q_EMIT completeChanged();
}

void ReconfigurePage::readCurrent()
{
    if (isRunning())
        return;
    m_statusLabel->setText(tr("Reading the shared octane.conf…"));
    start(Run::Read, m_config.readPlan(), m_config.inputs({}, true));
}

void ReconfigurePage::previewChange()
{
    const Core::Expected<QList<Core::ConfEdit>> edits = m_config.edits(changes());
    if (!edits) {
        m_statusLabel->setText(edits.error().message);
        return;
    }
    start(Run::Preview, m_config.applyPlan(*edits, true), m_config.inputs(*edits, true));
}

void ReconfigurePage::applyChange()
{
    const Core::Expected<QList<Core::ConfEdit>> edits = m_config.edits(changes());
    if (!edits) {
        m_statusLabel->setText(edits.error().message);
        return;
    }
    const Core::PhaseInputs in = m_config.inputs(*edits, false);
    start(Run::Apply, Core::PhasePlan::reconfigure(in, m_rolling->isChecked()), in);
}

void ReconfigurePage::retryNode()
{
    QStringList order{m_failedNode};
    order += m_config.nodesAfter(m_failedNode);
    start(Run::Roll, m_config.restartPlan(order), m_config.inputs());
}

void ReconfigurePage::skipNode()
{
    // Recorded: the report says which node did not restart with the change.
    Core::CheckResult note = Core::CheckResult::make(
        QStringLiteral("restart.skipped"), m_failedNode, Core::Verdict::Warn,
        tr("%1 was skipped by the user: it did not restart with the change.").arg(m_failedNode),
        tr("Restart it later (restart --rolling --only %1).").arg(m_failedNode));
    record(QStringLiteral("restart.skipped.") + m_failedNode, tr("Restart: node skipped"), {note},
           false);
    const QStringList rest = m_config.nodesAfter(m_failedNode);
    if (rest.isEmpty()) {
        m_failedNode.clear();
        m_summary = tr("Skipped; no node is left to restart.");
        updateState();
        return;
    }
    start(Run::Roll, m_config.restartPlan(rest), m_config.inputs());
}

void ReconfigurePage::continueAnyway()
{
    Core::CheckResult note = Core::CheckResult::make(
        QStringLiteral("restart.continued-anyway"), m_failedNode, Core::Verdict::Warn,
        tr("%1 ran out of time and the user continued anyway: it was not seen back in the "
           "cluster before the next node stopped.")
            .arg(m_failedNode),
        tr("Verify the cluster when the roll has ended."));
    record(QStringLiteral("restart.continued-anyway.") + m_failedNode,
           tr("Restart: continued anyway"), {note}, false);
    const QStringList rest = m_config.nodesAfter(m_failedNode);
    if (rest.isEmpty()) {
        m_failedNode.clear();
        m_summary = tr("Continued anyway; no node is left to restart.");
        updateState();
        return;
    }
    start(Run::Roll, m_config.restartPlan(rest), m_config.inputs());
}

void ReconfigurePage::cancelRun()
{
    m_controller->cancelAll();
}

bool ReconfigurePage::isRunning() const
{
    return m_controller->isRunning();
}

void ReconfigurePage::record(const QString &id, const QString &title,
                             const QList<Core::CheckResult> &results, bool cancelled)
{
    Core::RunRecord::Phase phase;
    phase.id = id;
    phase.title = title;
    phase.startedAt = m_startedAt.isValid() ? m_startedAt : QDateTime::currentDateTimeUtc();
    phase.durationMs = phase.startedAt.msecsTo(QDateTime::currentDateTimeUtc());
    phase.cancelled = cancelled;
    phase.results = results;
    m_context->recordPhase(phase);
}

void ReconfigurePage::onFinished(bool cancelled)
{
    const Run kind = m_running;
    m_running = Run::None;
    m_grid->setRunning(false);
    const QList<Core::CheckResult> all = m_controller->results();
    const Core::CheckResult *edit = nullptr;
    const Core::CheckResult *failed = nullptr;
    for (const Core::CheckResult &r : all) {
        if (r.checkId == EditId)
            edit = &r;
        if (!failed && r.verdict == Core::Verdict::Fail)
            failed = &r;
    }
    if (kind == Run::Read && edit && edit->verdict == Core::Verdict::Pass) {
        const QHash<QString, QString> values = m_config.valuesOf(edit->output);
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QString key = m_table->item(row, KeyColumn)->text();
            m_table->item(row, NowColumn)->setText(values.value(key));
        }
        m_read = true;
        m_summary = tr("Read from the shared octane.conf: change a value in \"New value\", then "
                       "Preview or Apply.");
    } else if (kind == Run::Preview && edit && edit->verdict == Core::Verdict::Pass) {
        m_diff->setPlainText(edit->output.isEmpty() ? edit->message : edit->output);
        m_tabs->setCurrentWidget(m_diff);
        m_summary = edit->message;
    } else if (failed) {
        m_failedNode =
            failed->checkId.startsWith(QLatin1String("restart.")) ? failed->node : QString();
        // A ready or rejoin step that ran out of time may be continued past; any other failure
        // (the service failed, a refused change) may not.
        m_timedOut = (failed->checkId.endsWith(QLatin1String(".ready")) ||
                      failed->checkId.endsWith(QLatin1String(".rejoin"))) &&
                     (failed->code == QLatin1String("Timeout") ||
                      failed->message.contains(QLatin1String("within")));
        m_summary = failed->message;
        if (m_grid->selectCell(failed->node, failed->checkId))
            m_grid->showCurrentIn(m_details);
    } else if (cancelled) {
        m_summary = tr("Cancelled: the nodes not yet restarted still run with what they read at "
                       "their start.");
    } else if (kind == Run::Apply || kind == Run::Roll) {
        if (edit && !edit->output.isEmpty())
            m_diff->setPlainText(edit->output);
        m_summary = m_rolling->isChecked() || kind == Run::Roll
                        ? tr("Changed, and every node restarted with it, one at a time.")
                        : tr("Changed; the nodes read it at their next start (restart them one "
                             "at a time).");
    }
    m_grid->showCurrentIn(m_details); // the selected cell's result, now that it has one
    if (kind == Run::Apply)
        record(Core::PhaseId::Reconfigure, title(), all, cancelled);
    else if (kind == Run::Roll)
        record(Core::PhaseId::Restart, tr("Rolling restart"), all, cancelled);
    updateState();
    Q_EMIT runningChanged(false);
    Q_EMIT completeChanged();
    Q_EMIT runFinished(cancelled);
}

void ReconfigurePage::updateState()
{
    const bool running = isRunning();
    const QString blocker = m_config.blocker();
    const bool ready = !running && blocker.isEmpty();
    m_readButton->setEnabled(ready);
    m_previewButton->setEnabled(ready && m_read);
    m_applyButton->setEnabled(ready && m_read);
    m_retryButton->setVisible(!m_failedNode.isEmpty());
    m_skipButton->setVisible(!m_failedNode.isEmpty());
    m_continueButton->setVisible(!m_failedNode.isEmpty() && m_timedOut);
    m_retryButton->setEnabled(!running);
    m_skipButton->setEnabled(!running);
    m_continueButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    if (running)
        m_statusLabel->setText(m_running == Run::Read ? tr("Reading the shared octane.conf…")
                                                      : tr("Working, one node at a time…"));
    else if (!blocker.isEmpty())
        m_statusLabel->setText(blocker);
    else if (!m_summary.isEmpty())
        m_statusLabel->setText(m_summary);
}

bool ReconfigurePage::isComplete() const
{
    return !isRunning();
}

int ReconfigurePage::nextId() const
{
    return InstallWizard::SummaryPageId;
}

QString ReconfigurePage::statusText() const
{
    return m_statusLabel->text();
}

QString ReconfigurePage::diffText() const
{
    return m_diff->toPlainText();
}

} // namespace Ocw::Wizard
