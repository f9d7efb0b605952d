#include "checkstatusmodel.h"

#include "../checks/checkcatalogue.h"

#include <algorithm>

namespace Ocw::Core {

namespace {
QString cellKey(int row, int column)
{
    return QString::number(row) + QLatin1Char('|') + QString::number(column);
}

// Worst first: a cell with several results (pairs) shows the worst of them.
int severity(Verdict v)
{
    switch (v) {
    case Verdict::Fail:
        return 5;
    case Verdict::Running:
        return 4;
    case Verdict::Warn:
        return 3;
    case Verdict::Pending:
        return 2;
    case Verdict::Skipped:
        return 1;
    case Verdict::Pass:
        return 0;
    }
    return 0;
}
} // namespace

CheckStatusModel::CheckStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    for (const CheckDefinition &d : CheckCatalogue::all())
        m_checkIds.append(d.id);
}

void CheckStatusModel::setNodes(const QStringList &nodes)
{
    beginResetModel();
    m_nodes = nodes;
    m_cells.clear();
    endResetModel();
}

void CheckStatusModel::clear()
{
    beginResetModel();
    m_cells.clear();
    endResetModel();
}

QString CheckStatusModel::rowNode(const CheckResult &r) const
{
    return r.isPair() ? r.toNode : r.node;
}

void CheckStatusModel::update(const CheckResult &result)
{
    const int row = m_nodes.indexOf(rowNode(result));
    const int column = m_checkIds.indexOf(result.checkId);
    if (row < 0 || column < 0)
        return;
    QList<CheckResult> &cell = m_cells[cellKey(row, column)];
    bool replaced = false;
    for (CheckResult &r : cell) {
        if (r.cellKey() == result.cellKey()) {
            r = result;
            replaced = true;
        }
    }
    if (!replaced)
        cell.append(result);
    const QModelIndex i = index(row, column);
    Q_EMIT dataChanged(i, i);
}

void CheckStatusModel::remove(const CheckResult &result)
{
    const int row = m_nodes.indexOf(rowNode(result));
    const int column = m_checkIds.indexOf(result.checkId);
    if (row < 0 || column < 0)
        return;
    const auto it = m_cells.find(cellKey(row, column));
    if (it == m_cells.end())
        return;
    const QString key = result.cellKey();
    const auto removed = std::remove_if(
        it->begin(), it->end(), [&key](const CheckResult &r) { return r.cellKey() == key; });
    if (removed == it->end())
        return;
    it->erase(removed, it->end());
    const QModelIndex i = index(row, column);
    Q_EMIT dataChanged(i, i);
}

QList<CheckResult> CheckStatusModel::cellResults(const QModelIndex &index) const
{
    return m_cells.value(cellKey(index.row(), index.column()));
}

Verdict CheckStatusModel::cellVerdict(int row, int column) const
{
    const QList<CheckResult> cell = m_cells.value(cellKey(row, column));
    if (cell.isEmpty())
        return Verdict::Pending;
    Verdict worst = cell.first().verdict;
    for (const CheckResult &r : cell) {
        if (severity(r.verdict) > severity(worst))
            worst = r.verdict;
    }
    return worst;
}

QString CheckStatusModel::checkIdAt(int column) const
{
    return m_checkIds.value(column);
}

int CheckStatusModel::countVerdict(Verdict verdict) const
{
    int n = 0;
    for (int r = 0; r < m_nodes.size(); ++r) {
        for (int c = 0; c < m_checkIds.size(); ++c) {
            if (cellVerdict(r, c) == verdict)
                ++n;
        }
    }
    return n;
}

int CheckStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size());
}

int CheckStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checkIds.size());
}

QString CheckStatusModel::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pending:
        return tr("Waiting");
    case Verdict::Running:
        return tr("Running…");
    case Verdict::Pass:
        return tr("Pass");
    case Verdict::Warn:
        return tr("Warning");
    case Verdict::Fail:
        return tr("Fail");
    case Verdict::Skipped:
        return tr("Skipped");
    }
    return QString();
}

QVariant CheckStatusModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Verdict verdict = cellVerdict(index.row(), index.column());
    const QList<CheckResult> cell = m_cells.value(cellKey(index.row(), index.column()));
    switch (role) {
    case Qt::DisplayRole:
        return verdictText(verdict);
    case Qt::ToolTipRole:
    case MessageRole: {
        QStringList lines;
        for (const CheckResult &r : cell) {
            if (!r.message.isEmpty())
                lines.append(r.message);
        }
        return lines.join(QLatin1Char('\n'));
    }
    case VerdictRole:
        return int(verdict);
    case CheckIdRole:
        return m_checkIds.value(index.column());
    case NodeRole:
        return m_nodes.value(index.row());
    case BlockingRole: {
        const CheckDefinition *d = CheckCatalogue::find(m_checkIds.value(index.column()));
        return d ? d->blocking : true;
    }
    default:
        return {};
    }
}

QVariant CheckStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical)
        return m_nodes.value(section);
    const CheckDefinition *d = CheckCatalogue::find(m_checkIds.value(section));
    if (!d)
        return {};
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1 (%2)\n%3%4")
            .arg(d->title, d->id, d->description,
                 d->blocking ? QString()
                             : tr("\nA warning only: it does not block the installation."));
    return d->title;
}

} // namespace Ocw::Core
