#include "stepgrid.h"

#include "checkdetailspane.h"
#include "checkgriddelegate.h"
#include "core/run/nodestatusmodel.h"
#include "verdictstyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QTimer>
#include <QTransposeProxyModel>
#include <QVBoxLayout>

namespace Ocw::Wizard {

StepGrid::StepGrid(Core::NodeStatusModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("grid"));
    auto *transposed = new QTransposeProxyModel(this);
    transposed->setSourceModel(m_model);
    m_view->setModel(transposed);
    m_delegate = new CheckGridDelegate(m_view);
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &StepGrid::currentCellChanged);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_nodeLines = new QLabel(this);
    m_nodeLines->setObjectName(QStringLiteral("nodeLines"));
    m_nodeLines->setWordWrap(true);
    m_nodeLines->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_nodeLines);

    m_spinner = new QTimer(this);
    m_spinner->setInterval(120);
    connect(m_spinner, &QTimer::timeout, this, [this] {
        m_delegate->setSpinnerPhase((m_delegate->spinnerPhase() + 1) % VerdictStyle::SpinnerPhases);
        m_view->viewport()->update();
    });
}

void StepGrid::setRunning(bool running)
{
    if (running)
        m_spinner->start();
    else
        m_spinner->stop();
}

void StepGrid::setProgress(double fraction, const QString &format)
{
    m_progress->setValue(int(fraction * 1000));
    m_progress->setFormat(format);
}

void StepGrid::setNodeLines(const QString &text)
{
    m_nodeLines->setText(text);
}

QString StepGrid::nodeLines() const
{
    return m_nodeLines->text();
}

bool StepGrid::selectCell(const QString &node, const QString &stepId)
{
    const int row = int(m_model->nodes().indexOf(node));
    const int column = int(m_model->stepIds().indexOf(stepId));
    if (row < 0 || column < 0)
        return false;
    // The view shows the model transposed: a node is a column there.
    m_view->setCurrentIndex(m_view->model()->index(column, row));
    return true;
}

int StepGrid::currentSourceColumn() const
{
    const QModelIndex shown = m_view->currentIndex();
    return shown.isValid() ? shown.row() : -1;
}

QString StepGrid::currentNode() const
{
    const QModelIndex shown = m_view->currentIndex();
    return shown.isValid() ? m_model->nodes().value(shown.column()) : QString();
}

QString StepGrid::currentStep() const
{
    const int column = currentSourceColumn();
    return column >= 0 ? m_model->stepIds().value(column) : QString();
}

QString StepGrid::currentTitle() const
{
    const int column = currentSourceColumn();
    return column >= 0 ? m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()
                       : QString();
}

QString StepGrid::showCurrentIn(CheckDetailsPane *details) const
{
    const QString node = currentNode();
    const QString step = currentStep();
    if (node.isEmpty() || step.isEmpty())
        return {};
    const std::optional<Core::CheckResult> r = m_model->result(node, step);
    details->showCell(step, node, r ? QList<Core::CheckResult>{*r} : QList<Core::CheckResult>{},
                      currentTitle());
    return node;
}

} // namespace Ocw::Wizard
