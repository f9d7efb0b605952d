#include "verifypage.h"

#include "core/cluster/verifyboard.h"
#include "core/plan/stepid.h"
#include "core/run/nodestatusmodel.h"
#include "core/run/phasecontroller.h"
#include "widgets/checkdetailspane.h"
#include "widgets/runviews.h"
#include "widgets/stepgrid.h"
#include "wizardcontext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Ocw::Wizard {

VerifyPage::VerifyPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_controller(new Core::PhaseController(this))
    , m_status(new Core::NodeStatusModel(this))
    , m_board(std::make_shared<Core::VerifyBoard>())
{
    setTitle(tr("Verify the cluster"));
    buildUi();
    connect(m_controller, &Core::PhaseController::stepStarted, this,
            [this](const QString &node, const QString &stepId, const QString &text) {
                Core::CheckResult started;
                started.node = node;
                started.checkId = stepId;
                m_status->stepStarted(Core::VerifyConfig::gridCell(started).node, stepId, text);
                m_nodeLine.insert(node, text);
                updateState();
            });
    connect(m_controller, &Core::PhaseController::stepProgressed, this,
            [this](const QString &node, const QString &stepId, const QString &text) {
                if (stepId == QLatin1String("log"))
                    return;
                m_nodeLine.insert(node, text);
                updateState();
            });
    connect(m_controller, &Core::PhaseController::stepFinished, this, &VerifyPage::onStepFinished);
    connect(m_controller, &Core::PhaseController::finished, this, &VerifyPage::onFinished);
}

VerifyPage::~VerifyPage() = default;

void VerifyPage::buildUi()
{
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("status"));
    m_statusLabel->setWordWrap(true);

    m_plan = RunViews::monospaceText(QStringLiteral("plan"), this);

    m_grid = new StepGrid(m_status, this);
    connect(m_grid, &StepGrid::currentCellChanged, this, &VerifyPage::showSelected);
    m_details = new CheckDetailsPane(this);
    m_runTab = RunViews::gridWithDetails(m_grid, m_details, this);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_runTab, tr("Verification"));
    m_tabs->addTab(m_plan, tr("What it reads"));

    m_verifyButton = new QPushButton(tr("&Verify again"), this);
    m_verifyButton->setObjectName(QStringLiteral("verify"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    connect(m_verifyButton, &QPushButton::clicked, this, &VerifyPage::startVerify);
    connect(m_cancelButton, &QPushButton::clicked, this, &VerifyPage::cancelVerify);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_statusLabel, 1);
    buttons->addWidget(m_verifyButton);
    buttons->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
}

void VerifyPage::initializePage()
{
    const Core::ClusterProfile &profile = m_context->profile();
    syncConfig();
    setSubTitle(
        tr("Reads every node at once, %1 times over %2 s, and signs in through %3 and on each "
           "node: one cluster of all the nodes of octane.conf on port 5701, healthy readings, the "
           "same version, every node answering through the load balancer. Changes nothing.")
            .arg(qMax(1, profile.verify.healthReadings))
            .arg(profile.verify.healthWindowS)
            .arg(profile.loadBalancerUrl.isEmpty() ? tr("the load balancer")
                                                   : profile.loadBalancerUrl));
    m_plan->setPlainText(m_config.blocker().isEmpty()
                             ? tr("Nothing is changed on any node.\n\n") + m_config.dryRunText()
                             : m_config.blocker());
    if (!m_ranOnce)
        m_config.prepareGrid(m_status, m_config.plan(m_board));
    // It only reads: the first verification starts by itself.
    if (!m_ranOnce && m_config.blocker().isEmpty())
        QTimer::singleShot(0, this, &VerifyPage::startVerify);
    updateState();
}

void VerifyPage::syncConfig()
{
    m_config.setProfile(m_context->profile());
    m_config.setRelease(m_context->release());
    m_config.setSecrets(m_context->secrets());
}

void VerifyPage::updateState()
{
    const bool running = isRunning();
    const QString blocker = m_config.blocker();
    m_verifyButton->setEnabled(!running && blocker.isEmpty());
    m_verifyButton->setText(m_ranOnce ? tr("&Verify again") : tr("&Verify"));
    m_cancelButton->setEnabled(running);
    m_grid->setProgress(m_status->progress(), tr("%p% of the verifications"));
    QStringList lines;
    for (const QString &node : m_status->nodes()) {
        if (!m_nodeLine.contains(node))
            continue;
        const QString text = m_nodeLine.value(node);
        lines.append(text.startsWith(node) ? text : node + QStringLiteral(": ") + text);
    }
    m_grid->setNodeLines(running ? lines.join(QLatin1Char('\n')) : QString());
    if (running)
        m_statusLabel->setText(tr("Verifying the cluster over the readiness window…"));
    else if (!blocker.isEmpty())
        m_statusLabel->setText(blocker);
    else if (m_ranOnce)
        m_statusLabel->setText(m_summary);
    else
        m_statusLabel->setText(tr("Ready to verify."));
}

void VerifyPage::startVerify()
{
    if (isRunning())
        return;
    syncConfig();
    if (!m_config.blocker().isEmpty()) {
        updateState();
        return;
    }
    m_board->clear();
    const Core::PhasePlan plan = m_config.plan(m_board);
    m_config.prepareGrid(m_status, plan);
    m_nodeLine.clear();
    m_details->clear();
    m_ranOnce = true;
    m_summary.clear();
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_tabs->setCurrentWidget(m_runTab);
    m_controller->start(plan, m_config.inputs(), m_config.targets(), m_context->makeConnector());
    m_grid->setRunning(true);
    updateState();
    Q_EMIT runningChanged(true);
    Q_EMIT completeChanged();
}

void VerifyPage::cancelVerify()
{
    m_controller->cancelAll();
    m_statusLabel->setText(tr("Cancelling: each node finishes its current reading…"));
}

bool VerifyPage::isRunning() const
{
    return m_controller->isRunning();
}

void VerifyPage::onStepFinished(const Core::CheckResult &result)
{
    const Core::CheckResult cell = Core::VerifyConfig::gridCell(result);
    m_status->update(cell);
    m_nodeLine.insert(result.node, result.message);
    if (m_details->node() == cell.node && m_details->checkId() == cell.checkId)
        showSelected();
    updateState();
}

void VerifyPage::onFinished(bool cancelled)
{
    m_grid->setRunning(false);
    const QList<Core::CheckResult> all = m_controller->results();
    m_summary = Core::VerifyConfig::summary(all, cancelled);
    Core::RunRecord::Phase phase;
    phase.id = Core::PhaseId::Verify;
    phase.title = title();
    phase.startedAt = m_startedAt;
    phase.durationMs = m_startedAt.msecsTo(QDateTime::currentDateTimeUtc());
    phase.cancelled = cancelled;
    phase.results = all;
    m_context->recordPhase(phase);
    // The first failure on screen with its evidence, without a click; else the membership of
    // the first node.
    bool shown = false;
    for (const Core::CheckResult &r : all) {
        if (r.verdict == Core::Verdict::Fail) {
            const Core::CheckResult cell = Core::VerifyConfig::gridCell(r);
            shown = selectCell(cell.node, cell.checkId);
            if (shown)
                break;
        }
    }
    if (!shown)
        selectCell(m_context->profile().firstNodeHost(), QStringLiteral("verify.members"));
    updateState();
    Q_EMIT runningChanged(false);
    Q_EMIT completeChanged();
    Q_EMIT runFinished(cancelled);
}

bool VerifyPage::selectCell(const QString &node, const QString &checkId)
{
    if (!m_grid->selectCell(node, checkId))
        return false;
    showSelected();
    return true;
}

void VerifyPage::showSelected()
{
    m_grid->showCurrentIn(m_details);
}

bool VerifyPage::isComplete() const
{
    // A failed verification can still be summed up and sent to support.
    return hasRun();
}

QString VerifyPage::statusText() const
{
    return m_statusLabel->text();
}

QString VerifyPage::planText() const
{
    return m_plan->toPlainText();
}

QString VerifyPage::detailsText() const
{
    return m_details->plainText();
}

QList<Core::CheckResult> VerifyPage::results() const
{
    return m_controller->results();
}

} // namespace Ocw::Wizard
