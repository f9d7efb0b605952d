#include "checkspage.h"

#include "core/checks/checkcatalogue.h"
#include "core/checks/requirements.h"
#include "core/report/checkreport.h"
#include "core/run/checkcontroller.h"
#include "core/run/checkstatusmodel.h"
#include "core/secrets/secretresolver.h"
#include "widgets/checkdetailspane.h"
#include "widgets/checkgriddelegate.h"
#include "widgets/errorpanel.h"
#include "widgets/verdictstyle.h"
#include "wizardcontext.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTransposeProxyModel>
#include <QVBoxLayout>

namespace Ocw::Wizard {

using Core::CheckController;
using Core::CheckResult;
using Core::Verdict;

ChecksPage::ChecksPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_model(new Core::CheckStatusModel(this))
    , m_proxy(new QTransposeProxyModel(this))
    , m_spinner(new QTimer(this))
{
    setTitle(tr("Pre-flight checks"));
    setSubTitle(tr("Every check on every node, run in parallel over SSH. Select a cell for what "
                   "was checked, the commands and their output. Blocking failures must be fixed "
                   "before the installation."));

    m_summary = new QLabel(this);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_grid = new QTableView(this);
    m_grid->setModel(m_proxy);
    m_delegate = new CheckGridDelegate(m_grid);
    m_grid->setItemDelegate(m_delegate);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setWordWrap(false);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 8);
    m_grid->setAccessibleName(tr("Check results: checks down, nodes across"));
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ChecksPage::onCurrentCellChanged);

    m_details = new CheckDetailsPane(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_grid);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    m_nodeStatus = new QLabel(this);
    m_nodeStatus->setWordWrap(true);
    m_nodeStatus->setTextFormat(Qt::PlainText);

    m_rerunFailedButton = new QPushButton(tr("Re-run &failed"), this);
    m_rerunFailedButton->setToolTip(
        tr("Run again the checks that failed, warned or were skipped."));
    m_rerunCellButton = new QPushButton(tr("Re-run &cell"), this);
    m_rerunCellButton->setToolTip(tr("Run again the check of the selected cell."));
    m_cancelButton = new QPushButton(tr("Ca&ncel checks"), this);
    m_exportButton = new QPushButton(tr("&Export report…"), this);
    connect(m_rerunFailedButton, &QPushButton::clicked, this, &ChecksPage::rerunFailed);
    connect(m_rerunCellButton, &QPushButton::clicked, this, &ChecksPage::rerunSelectedCell);
    connect(m_cancelButton, &QPushButton::clicked, this, &ChecksPage::cancelRun);
    connect(m_exportButton, &QPushButton::clicked, this, &ChecksPage::onExportClicked);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_rerunFailedButton);
    buttons->addWidget(m_rerunCellButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    buttons->addWidget(m_exportButton);

    m_error = new ErrorPanel(this);
    m_nextSteps =
        new QLabel(tr("All blocking checks passed. Export the report for your records if you "
                      "like; Next sets up octane.conf and installs the first node (nothing "
                      "changes on the nodes before you press Install there)."),
                   this);
    m_nextSteps->setWordWrap(true);
    m_nextSteps->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_nodeStatus);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_nextSteps);

    m_spinner->setInterval(120);
    connect(m_spinner, &QTimer::timeout, this, [this] {
        m_delegate->setSpinnerPhase((m_delegate->spinnerPhase() + 1) % VerdictStyle::SpinnerPhases);
        m_grid->viewport()->update();
    });
    updateButtons();
}

ChecksPage::~ChecksPage() = default;

void ChecksPage::initializePage()
{
    m_error->clear();
    m_details->clear();
    m_finished = false;
    m_cancelled = false;
    m_nextSteps->setVisible(false);
    if (m_controller && m_controller->isRunning()) {
        // The previous run still removes its temporary files and listeners: let it finish
        // before a new run uses the same nodes and port.
        CheckController *old = m_controller;
        old->disconnect(this);
        m_controller = nullptr;
        old->cancel();
        connect(old, &CheckController::finished, old, &QObject::deleteLater);
        connect(old, &CheckController::finished, this, &ChecksPage::startRun);
        m_waitingForPrevious = true;
        m_summary->setText(tr("Waiting for the previous run to clean up on the nodes…"));
        updateButtons();
        Q_EMIT completeChanged();
        return;
    }
    if (m_controller)
        m_controller->deleteLater();
    m_controller = nullptr;
    startRun();
}

void ChecksPage::startRun()
{
    m_waitingForPrevious = false;
    const Core::ClusterProfile profile = m_context->profile();
    m_nodeOrder.clear();
    for (const Core::Node &n : profile.nodes)
        m_nodeOrder.append(n.host);
    m_nodeStatusTexts.clear();
    m_nodeStatus->clear();
    m_model->setNodes(m_nodeOrder);
    QTimer::singleShot(0, this, &ChecksPage::fitGridWidth);

    const Core::Expected<Core::Requirements> requirements =
        Core::Requirements::forRelease(profile.release);
    if (!requirements) {
        m_error->setError(requirements.error());
        m_summary->setText(tr("The checks cannot run: the release definition did not load."));
        updateButtons();
        Q_EMIT completeChanged();
        return;
    }

    m_controller = new CheckController(m_context->makeConnector(), this);
    connect(m_controller, &CheckController::resultChanged, this, &ChecksPage::onResultChanged);
    connect(m_controller, &CheckController::resultRemoved, this, [this](const CheckResult &r) {
        m_model->remove(r);
        updateSummary();
    });
    connect(m_controller, &CheckController::nodeStatusChanged, this,
            &ChecksPage::onNodeStatusChanged);
    connect(m_controller, &CheckController::finished, this, &ChecksPage::onRunFinished);
    const QHash<QString, QString> secrets = m_context->secrets();
    m_controller->setRun(profile, *requirements, Core::SecretResolver::targets(profile, secrets),
                         Core::SecretResolver::sudoPasswords(profile, secrets));
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_finished = false;
    m_cancelled = false;
    m_spinner->start();
    m_controller->start();
    updateSummary();
    updateButtons();
    Q_EMIT completeChanged();
}

void ChecksPage::fitGridWidth()
{
    // The grid as wide as its columns (within a third and two thirds); the rest for details.
    m_grid->resizeColumnsToContents();
    const int wanted = m_grid->verticalHeader()->sizeHint().width() +
                       m_grid->horizontalHeader()->length() + 2 * m_grid->frameWidth() +
                       m_grid->verticalScrollBar()->sizeHint().width();
    const int total = m_splitter->width() - m_splitter->handleWidth();
    if (total <= 0)
        return;
    const int grid = qBound(total / 3, wanted, total * 2 / 3);
    m_splitter->setSizes({grid, total - grid});
}

void ChecksPage::cleanupPage()
{
    // Back: the inputs may change, so this run's results would no longer apply.
    cancelRun();
    QWizardPage::cleanupPage();
}

bool ChecksPage::isRunning() const
{
    return m_waitingForPrevious || (m_controller && m_controller->isRunning());
}

bool ChecksPage::isComplete() const
{
    return m_finished && !m_cancelled && m_controller && !m_controller->hasBlockingFailure();
}

void ChecksPage::onResultChanged(const CheckResult &result)
{
    m_model->update(result);
    const QString rowNode = result.isPair() ? result.toNode : result.node;
    if (m_details->checkId() == result.checkId && m_details->node() == rowNode)
        onCurrentCellChanged();
    updateSummary();
}

void ChecksPage::onNodeStatusChanged(const QString &node, const QString &text)
{
    if (text.isEmpty())
        m_nodeStatusTexts.remove(node);
    else
        m_nodeStatusTexts.insert(node, text);
    QStringList parts;
    for (const QString &n : std::as_const(m_nodeOrder)) {
        if (m_nodeStatusTexts.contains(n))
            parts.append(tr("%1: %2").arg(n, m_nodeStatusTexts.value(n)));
    }
    m_nodeStatus->setText(parts.join(QStringLiteral("   ·   ")));
}

void ChecksPage::onRunFinished(bool cancelled)
{
    m_spinner->stop();
    m_finished = true;
    m_cancelled = cancelled;
    m_nodeStatusTexts.clear();
    m_nodeStatus->clear();
    m_grid->viewport()->update();
    updateSummary();
    updateButtons();
    // Show the first blocking failure (else the first failure or warning) right away.
    if (!m_grid->currentIndex().isValid()) {
        QModelIndex pick;
        for (Verdict wanted : {Verdict::Fail, Verdict::Warn}) {
            for (int c = 0; c < m_model->columnCount() && !pick.isValid(); ++c) {
                for (int r = 0; r < m_model->rowCount() && !pick.isValid(); ++r) {
                    if (m_model->cellVerdict(r, c) == wanted)
                        pick = m_model->index(r, c);
                }
            }
        }
        if (pick.isValid())
            m_grid->setCurrentIndex(m_proxy->mapFromSource(pick));
    }
    m_nextSteps->setVisible(isComplete());
    Core::RunRecord::Phase phase;
    phase.id = QStringLiteral("checks");
    phase.title = title();
    phase.startedAt = m_startedAt;
    phase.durationMs = m_startedAt.msecsTo(QDateTime::currentDateTimeUtc());
    phase.cancelled = cancelled;
    phase.results = m_controller->results();
    m_context->recordPhase(phase);
    Q_EMIT completeChanged();
    Q_EMIT runFinished(cancelled);
}

void ChecksPage::onCurrentCellChanged()
{
    const QModelIndex proxyIndex = m_grid->currentIndex();
    if (!proxyIndex.isValid()) {
        m_details->clear();
        updateButtons();
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    m_details->showCell(m_model->checkIdAt(source.column()),
                        source.data(Core::CheckStatusModel::NodeRole).toString(),
                        m_model->cellResults(source));
    updateButtons();
}

bool ChecksPage::selectCell(const QString &node, const QString &checkId)
{
    const int row = int(m_nodeOrder.indexOf(node));
    int column = -1;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (m_model->checkIdAt(c) == checkId)
            column = c;
    }
    if (row < 0 || column < 0)
        return false;
    m_grid->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, column)));
    onCurrentCellChanged();
    return true;
}

void ChecksPage::rerunFailed()
{
    if (!m_controller || isRunning())
        return;
    QSet<QString> keys;
    for (const CheckResult &r : m_controller->results()) {
        // Skipped cells are mostly downstream of a failure (no SSH session, no sudo).
        if (r.verdict == Verdict::Fail || r.verdict == Verdict::Warn ||
            r.verdict == Verdict::Skipped)
            keys.insert(r.cellKey());
    }
    if (keys.isEmpty())
        return;
    m_finished = false;
    m_cancelled = false;
    m_error->clear();
    m_nextSteps->setVisible(false);
    m_spinner->start();
    m_controller->rerun(keys);
    updateSummary();
    updateButtons();
    Q_EMIT completeChanged();
}

void ChecksPage::rerunSelectedCell()
{
    if (!m_controller || isRunning())
        return;
    const QModelIndex proxyIndex = m_grid->currentIndex();
    if (!proxyIndex.isValid())
        return;
    QSet<QString> keys;
    for (const CheckResult &r : m_model->cellResults(m_proxy->mapToSource(proxyIndex)))
        keys.insert(r.cellKey());
    if (keys.isEmpty())
        return;
    m_finished = false;
    m_cancelled = false;
    m_nextSteps->setVisible(false);
    m_spinner->start();
    m_controller->rerun(keys);
    updateSummary();
    updateButtons();
    Q_EMIT completeChanged();
}

void ChecksPage::cancelRun()
{
    if (m_controller && m_controller->isRunning()) {
        m_summary->setText(tr("Cancelling: removing temporary files from the nodes…"));
        m_controller->cancel();
    }
    updateButtons();
}

Core::Expected<Core::Done> ChecksPage::exportReport(const QString &path)
{
    if (!m_controller) {
        return Core::makeError(Core::ErrorCode::InvalidInput,
                               tr("There is nothing to export: the checks have not run."));
    }
    Core::CheckReport report;
    report.profile = m_controller->profile();
    report.results = m_controller->results();
    report.facts = m_controller->facts();
    report.startedAt = m_startedAt;
    report.durationMs = m_controller->elapsedMs();
    report.cancelled = m_controller->wasCancelled();
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    const QByteArray bytes = json ? QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)
                                  : report.toHtml().toUtf8();
    const Core::Expected<Core::Done> written = Core::CheckReport::writeFile(path, bytes);
    if (!written) {
        m_error->setError(written.error());
        return written;
    }
    m_error->clear();
    m_nodeStatus->setText(tr("Report written to %1.").arg(path));
    return written;
}

void ChecksPage::onExportClicked()
{
    QString selectedFilter;
    const QString html = tr("HTML report (*.html)");
    const QString json = tr("JSON report (*.json)");
    QString start = m_context->profilePath().isEmpty()
                        ? QStringLiteral("preflight-report.html")
                        : QFileInfo(m_context->profilePath()).absolutePath() + QStringLiteral("/") +
                              QFileInfo(m_context->profilePath()).completeBaseName() +
                              QStringLiteral("-preflight.html");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export report"), start, html + QStringLiteral(";;") + json, &selectedFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selectedFilter == json ? QStringLiteral(".json") : QStringLiteral(".html");
    exportReport(path);
}

QString ChecksPage::summaryText() const
{
    return m_summary->text();
}

QString ChecksPage::nodeStatusText() const
{
    return m_nodeStatus->text();
}

void ChecksPage::updateSummary()
{
    if (!m_controller)
        return;
    // The same counts as the report's summary.
    Core::CheckReport tally;
    tally.results = m_controller->results();
    const QList<CheckResult> &results = tally.results;
    const int pass = tally.count(Verdict::Pass), warn = tally.count(Verdict::Warn),
              fail = tally.count(Verdict::Fail), skipped = tally.count(Verdict::Skipped),
              blocking = tally.blockingFailures();
    const int open = tally.count(Verdict::Pending) + tally.count(Verdict::Running);
    QString counts = tr("%1 passed").arg(pass) + QStringLiteral(", ") +
                     (warn == 1 ? tr("1 warning") : tr("%1 warnings").arg(warn)) +
                     QStringLiteral(", ") + tr("%1 failed").arg(fail);
    if (skipped > 0)
        counts += QStringLiteral(", ") + tr("%1 skipped").arg(skipped);
    counts += QStringLiteral(" — ") +
              (blocking > 0 ? tr("%1 blocking").arg(blocking) : tr("none blocking"));

    QString text;
    if (m_controller->isRunning()) {
        text =
            tr("Checking… %1 of %2 results in: ").arg(results.size() - open).arg(results.size()) +
            counts;
    } else if (m_cancelled) {
        text = tr("Cancelled. ") + counts;
    } else {
        text = counts +
               tr(" (in %1 s)").arg(QString::number(m_controller->elapsedMs() / 1000.0, 'f', 1));
    }
    m_summary->setText(text);
}

void ChecksPage::updateButtons()
{
    const bool running = isRunning();
    const bool ran = m_controller && !running && m_finished;
    m_cancelButton->setEnabled(running && m_controller && !m_controller->wasCancelled());
    m_rerunFailedButton->setEnabled(ran);
    m_rerunCellButton->setEnabled(ran && m_grid->currentIndex().isValid());
    m_exportButton->setEnabled(ran);
}

} // namespace Ocw::Wizard
