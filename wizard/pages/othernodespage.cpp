#include "othernodespage.h"

#include "core/plan/stepid.h"
#include "core/run/nodestatusmodel.h"
#include "core/run/phasecontroller.h"
#include "widgets/checkdetailspane.h"
#include "widgets/stepgrid.h"
#include "wizardcontext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Ocw::Wizard {

OtherNodesPage::OtherNodesPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_controller(new Core::PhaseController(this))
    , m_status(new Core::NodeStatusModel(this))
{
    setTitle(tr("Other nodes"));
    buildUi();
    connect(m_controller, &Core::PhaseController::stepStarted, this,
            [this](const QString &node, const QString &stepId, const QString &text) {
                m_status->stepStarted(node, stepId, text);
                m_nodeLine.insert(node, text);
                updateState();
            });
    connect(m_controller, &Core::PhaseController::stepProgressed, this,
            &OtherNodesPage::onStepProgressed);
    connect(m_controller, &Core::PhaseController::stepFinished, this,
            &OtherNodesPage::onStepFinished);
    connect(m_controller, &Core::PhaseController::finished, this, &OtherNodesPage::onFinished);
}

OtherNodesPage::~OtherNodesPage() = default;

void OtherNodesPage::buildUi()
{
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("status"));
    m_statusLabel->setWordWrap(true);

    m_delivery = new QComboBox(this);
    m_delivery->addItem(tr("Stage once in the shared repository (each node copies it)"),
                        int(Core::PackageDelivery::ShareStage));
    m_delivery->addItem(tr("Upload from this workstation to each node"),
                        int(Core::PackageDelivery::Upload));
    m_delivery->setToolTip(tr("Staging sends the package over your link once for any number of "
                              "nodes; without room in the share (twice the package) it falls "
                              "back to an upload per node by itself."));
    m_serial =
        new QCheckBox(tr("Start the nodes one at a time (each ready before the next)"), this);
    m_repoEnv = new QCheckBox(this);
    for (QWidget *w : {static_cast<QWidget *>(m_delivery), static_cast<QWidget *>(m_serial),
                       static_cast<QWidget *>(m_repoEnv)}) {
        if (auto *box = qobject_cast<QCheckBox *>(w))
            connect(box, &QCheckBox::toggled, this, &OtherNodesPage::updatePlan);
    }
    connect(m_delivery, &QComboBox::currentIndexChanged, this, &OtherNodesPage::updatePlan);
    auto *options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("Package:"), this));
    options->addWidget(m_delivery, 1);
    auto *options2 = new QHBoxLayout;
    options2->addWidget(m_serial);
    options2->addWidget(m_repoEnv);
    options2->addStretch(1);

    m_plan = new QPlainTextEdit(this);
    m_plan->setObjectName(QStringLiteral("plan"));
    m_plan->setReadOnly(true);
    m_plan->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = m_plan->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_plan->setFont(mono);

    m_grid = new StepGrid(m_status, this);
    connect(m_grid, &StepGrid::currentCellChanged, this, &OtherNodesPage::showSelected);
    m_details = new CheckDetailsPane(this);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("log"));
    m_log->setReadOnly(true);
    m_log->setFont(mono);
    m_log->setPlaceholderText(tr("The selected node's server log, as it is followed."));
    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_details);
    side->addWidget(m_log);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_grid);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_runTab = split;

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_plan, tr("What will happen"));
    m_tabs->addTab(m_runTab, tr("Progress"));

    m_installButton = new QPushButton(this);
    m_installButton->setObjectName(QStringLiteral("install"));
    m_retryButton = new QPushButton(tr("&Retry failed nodes"), this);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    connect(m_installButton, &QPushButton::clicked, this, &OtherNodesPage::startInstall);
    connect(m_retryButton, &QPushButton::clicked, this, &OtherNodesPage::retryFailed);
    connect(m_cancelButton, &QPushButton::clicked, this, &OtherNodesPage::cancelInstall);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_statusLabel, 1);
    buttons->addWidget(m_installButton);
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addLayout(options2);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
}

void OtherNodesPage::initializePage()
{
    const Core::ClusterProfile &profile = m_context->profile();
    const QStringList others = [&profile] {
        QStringList list;
        for (const Core::Node &n : profile.nodes) {
            if (n.host != profile.firstNodeHost())
                list.append(n.host);
        }
        return list;
    }();
    setSubTitle(tr("Installs the same package on %1, in parallel, starts each and waits until it "
                   "is ready. Nothing is configured there and no script is run: they read the "
                   "octane.conf that %2 put in the shared repository.")
                    .arg(others.join(QStringLiteral(", ")), profile.firstNodeHost()));
    m_installButton->setText(tr("&Install on %n node(s)", nullptr, int(others.size())));
    const std::optional<Core::ReleaseDefinition> release = m_context->release();
    const QString variable =
        release ? release->repositoryEnv().variable : QStringLiteral("OCTANE_REPOSITORY_DIR");
    m_repoEnv->setText(tr("Set %1 where it is missing").arg(variable));
    if (!m_ranOnce)
        m_repoEnv->setChecked(true); // as agreed on the First node page, for the same cluster
    updatePlan();
}

void OtherNodesPage::syncConfig()
{
    const WizardContext::Package package = m_context->package();
    m_config.setProfile(m_context->profile());
    m_config.setRelease(m_context->release());
    m_config.setPackage(package.path, package.bytes, package.sha256);
    m_config.setSecrets(m_context->secrets());
    m_config.setFirstNodeReady(m_context->isFirstNodeReady());
    m_config.setDelivery(Core::PackageDelivery(m_delivery->currentData().toInt()));
    m_config.setStartOneAtATime(m_serial->isChecked());
    m_config.setRepositoryEnvConsent(m_repoEnv->isChecked());
}

void OtherNodesPage::updatePlan()
{
    if (isRunning())
        return;
    syncConfig();
    const QString blocker = m_config.blocker();
    const bool planned = !m_config.otherNodes().isEmpty() && m_context->release() &&
                         !m_context->package().sha256.isEmpty();
    m_plan->setPlainText(planned ? tr("Nothing changes before you press Install.\n\n") +
                                       m_config.dryRunText()
                                 : blocker);
    if (!m_ranOnce)
        m_status->setPlan(m_config.plan());
    updateState();
}

void OtherNodesPage::updateState()
{
    const bool running = isRunning();
    const QString blocker = m_config.blocker();
    const QStringList failed = m_status->failedNodes();
    m_installButton->setEnabled(!running && blocker.isEmpty());
    m_retryButton->setEnabled(!running && m_ranOnce && !failed.isEmpty() && blocker.isEmpty());
    m_cancelButton->setEnabled(running);
    m_delivery->setEnabled(!running);
    m_serial->setEnabled(!running);
    m_repoEnv->setEnabled(!running);
    m_grid->setProgress(m_status->progress(), tr("%p% of the steps"));
    QStringList lines;
    for (const QString &node : m_status->nodes()) {
        if (!m_nodeLine.contains(node))
            continue;
        // Results name their node already; progress texts do not.
        const QString text = m_nodeLine.value(node);
        lines.append(text.startsWith(node) ? text : node + QStringLiteral(": ") + text);
    }
    m_grid->setNodeLines(lines.join(QLatin1Char('\n')));
    if (running)
        m_statusLabel->setText(tr("Installing on the other nodes…"));
    else if (!blocker.isEmpty())
        m_statusLabel->setText(blocker);
    else if (m_ranOnce)
        m_statusLabel->setText(m_summary);
    else
        m_statusLabel->setText(tr("Ready: see What will happen, then Install."));
}

void OtherNodesPage::startInstall()
{
    run({});
}

void OtherNodesPage::retryFailed()
{
    const QStringList failed = m_status->failedNodes();
    QStringList others;
    for (const QString &node : failed) {
        if (node != m_context->profile().firstNodeHost())
            others.append(node);
    }
    run(others.isEmpty() ? failed : others);
}

void OtherNodesPage::run(const QStringList &onlyNodes)
{
    if (isRunning())
        return;
    syncConfig();
    if (!m_config.blocker().isEmpty())
        return;
    const Core::PhasePlan plan = m_config.plan();
    if (onlyNodes.isEmpty()) {
        m_status->setPlan(plan);
        m_nodeLine.clear();
        m_logTail.clear();
    } else {
        m_status->resetNodes(onlyNodes + QStringList{m_context->profile().firstNodeHost()});
        for (const QString &node : onlyNodes)
            m_nodeLine.remove(node);
    }
    m_ranOnce = true;
    m_summary.clear();
    m_tabs->setCurrentWidget(m_runTab);
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_retried = onlyNodes;
    m_changingSteps = Core::RunRecord::changingSteps(plan);
    m_controller->start(plan, m_config.inputs(), m_config.targets(), m_context->makeConnector(),
                        onlyNodes);
    m_grid->setRunning(true);
    updateState();
    Q_EMIT runningChanged(true);
    Q_EMIT completeChanged();
}

void OtherNodesPage::cancelInstall()
{
    m_controller->cancelAll();
    m_statusLabel->setText(tr("Cancelling: each node finishes its current command…"));
}

bool OtherNodesPage::isRunning() const
{
    return m_controller->isRunning();
}

void OtherNodesPage::onStepProgressed(const QString &node, const QString &stepId,
                                      const QString &text)
{
    if (stepId == QLatin1String("log")) {
        QStringList &tail = m_logTail[node];
        tail.append(text);
        if (tail.size() > 200)
            tail.removeFirst();
        if (m_details->node() == node)
            m_log->appendPlainText(text);
        return;
    }
    m_nodeLine.insert(node, text);
    updateState();
}

void OtherNodesPage::onStepFinished(const Core::CheckResult &result)
{
    m_status->update(result);
    m_nodeLine.insert(result.node, result.message);
    if (m_details->node() == result.node && m_details->checkId() == result.checkId)
        showSelected();
    updateState();
}

void OtherNodesPage::onFinished(bool cancelled)
{
    m_grid->setRunning(false);
    m_summary = m_config.summary(*m_status, m_controller->bytesSent(), cancelled);
    Core::RunRecord::Phase phase;
    phase.id = Core::PhaseId::OtherNodes;
    phase.title = title();
    phase.startedAt = m_startedAt;
    phase.durationMs = m_startedAt.msecsTo(QDateTime::currentDateTimeUtc());
    phase.cancelled = cancelled;
    // A retry of the failed nodes keeps what the earlier run did on the others.
    const Core::RunRecord::Phase *earlier = m_context->runRecord().phase(phase.id);
    if (!m_retried.isEmpty() && earlier) {
        for (const Core::CheckResult &r : earlier->results) {
            if (!m_retried.contains(r.node) && r.node != m_context->profile().firstNodeHost())
                phase.results.append(r);
        }
        phase.startedAt = earlier->startedAt;
        phase.durationMs += earlier->durationMs;
    }
    phase.results += m_controller->results();
    phase.changingSteps = m_changingSteps;
    m_context->recordPhase(phase);
    // Show the first failure, so its cause and fix are on screen without a click; without
    // one, the first other node's ready line and its log.
    bool shown = false;
    for (const Core::CheckResult &r : m_controller->results()) {
        if (r.verdict == Core::Verdict::Fail) {
            shown = selectCell(r.node, r.checkId);
            break;
        }
    }
    if (!shown && !m_config.otherNodes().isEmpty())
        selectCell(m_config.otherNodes().first(),
                   Core::StepId::qualified(Core::PhaseId::OtherNodes, Core::StepId::Ready));
    updateState();
    Q_EMIT runningChanged(false);
    Q_EMIT completeChanged();
    Q_EMIT runFinished(cancelled);
}

bool OtherNodesPage::selectCell(const QString &node, const QString &stepId)
{
    if (!m_grid->selectCell(node, stepId))
        return false;
    showSelected();
    return true;
}

void OtherNodesPage::showSelected()
{
    const QString node = m_grid->showCurrentIn(m_details);
    if (!node.isEmpty())
        m_log->setPlainText(m_logTail.value(node).join(QLatin1Char('\n')));
}

bool OtherNodesPage::isComplete() const
{
    if (isRunning())
        return false;
    const QString ready = Core::StepId::qualified(Core::PhaseId::OtherNodes, Core::StepId::Ready);
    const QStringList others = m_config.otherNodes();
    if (others.isEmpty())
        return true;
    for (const QString &node : others) {
        if (m_status->verdict(node, ready) != Core::Verdict::Pass)
            return false;
    }
    return true;
}

QString OtherNodesPage::statusText() const
{
    return m_statusLabel->text();
}

QString OtherNodesPage::planText() const
{
    return m_plan->toPlainText();
}

QString OtherNodesPage::detailsText() const
{
    return m_details->plainText() + QLatin1Char('\n') + m_log->toPlainText();
}

QProgressBar *OtherNodesPage::progressBar() const
{
    return m_grid->progressBar();
}

QString OtherNodesPage::nodeProgressText() const
{
    return m_grid->nodeLines();
}

} // namespace Ocw::Wizard
