#include "nodestatusmodel.h"

#include "../base/tr.h"
#include "../checks/checkcatalogue.h"
#include "../plan/phaseplan.h"

namespace Ocw::Core {

namespace {
const QString kHostKey = QStringLiteral("ssh.hostkey");
const QString kConnect = QStringLiteral("ssh.connect");

QString verdictWord(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pending:
        return Tr::tr("Waiting");
    case Verdict::Running:
        return Tr::tr("Running…");
    case Verdict::Pass:
        return Tr::tr("Done");
    case Verdict::Warn:
        return Tr::tr("Warning");
    case Verdict::Fail:
        return Tr::tr("Failed");
    case Verdict::Skipped:
        return Tr::tr("Cancelled");
    }
    return QString();
}
} // namespace

NodeStatusModel::NodeStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void NodeStatusModel::setPlan(const PhasePlan &plan)
{
    beginResetModel();
    m_nodes = plan.nodes();
    m_steps = {kHostKey, kConnect};
    m_titles.clear();
    m_applicable.clear();
    m_results.clear();
    m_running.clear();
    for (const QString &id : {kHostKey, kConnect}) {
        const CheckDefinition *def = CheckCatalogue::find(id);
        m_titles.insert(id, def ? def->title : id);
        for (const QString &node : std::as_const(m_nodes))
            m_applicable.insert(key(node, id));
    }
    for (const PhaseRound &round : plan.rounds) {
        for (const std::shared_ptr<const Step> &step : round.steps) {
            if (!m_steps.contains(step->id())) {
                m_steps.append(step->id());
                m_titles.insert(step->id(), step->title());
            }
            for (const QString &node : round.nodes)
                m_applicable.insert(key(node, step->id()));
        }
    }
    endResetModel();
}

void NodeStatusModel::addColumn(const QString &id, const QString &title, const QStringList &nodes)
{
    beginResetModel();
    m_steps.removeAll(id); // a step of the plan moves to the end, on these nodes only
    m_steps.append(id);
    m_titles.insert(id, title);
    for (const QString &node : std::as_const(m_nodes))
        m_applicable.remove(key(node, id));
    for (const QString &node : nodes) {
        if (!m_nodes.contains(node))
            m_nodes.append(node);
        m_applicable.insert(key(node, id));
    }
    endResetModel();
}

void NodeStatusModel::resetNodes(const QStringList &nodes)
{
    for (const QString &node : nodes) {
        for (const QString &step : std::as_const(m_steps)) {
            m_results.remove(key(node, step));
            m_running.remove(key(node, step));
            changed(node, step);
        }
    }
}

void NodeStatusModel::stepStarted(const QString &node, const QString &stepId,
                                  const QString &statusText)
{
    m_results.remove(key(node, stepId));
    m_running.insert(key(node, stepId), statusText);
    changed(node, stepId);
}

void NodeStatusModel::update(const CheckResult &result)
{
    if (!m_nodes.contains(result.node) || !m_steps.contains(result.checkId))
        return;
    m_running.remove(key(result.node, result.checkId));
    m_results.insert(key(result.node, result.checkId), result);
    changed(result.node, result.checkId);
}

void NodeStatusModel::changed(const QString &node, const QString &stepId)
{
    const QModelIndex i = index(int(m_nodes.indexOf(node)), int(m_steps.indexOf(stepId)));
    if (i.isValid())
        Q_EMIT dataChanged(i, i);
}

Verdict NodeStatusModel::verdict(const QString &node, const QString &stepId) const
{
    const QString k = key(node, stepId);
    if (m_results.contains(k))
        return m_results.value(k).verdict;
    return m_running.contains(k) ? Verdict::Running : Verdict::Pending;
}

std::optional<CheckResult> NodeStatusModel::result(const QString &node, const QString &stepId) const
{
    const auto it = m_results.constFind(key(node, stepId));
    if (it == m_results.constEnd())
        return std::nullopt;
    return *it;
}

double NodeStatusModel::progress() const
{
    if (m_applicable.isEmpty())
        return 0;
    int done = 0;
    for (const QString &k : m_applicable)
        done += m_results.contains(k) ? 1 : 0;
    return double(done) / double(m_applicable.size());
}

QStringList NodeStatusModel::failedNodes() const
{
    QStringList failed;
    for (const CheckResult &r : m_results) {
        if ((r.verdict == Verdict::Fail || r.verdict == Verdict::Skipped) &&
            !failed.contains(r.node))
            failed.append(r.node);
    }
    // In the rows' order.
    std::sort(failed.begin(), failed.end(), [this](const QString &a, const QString &b) {
        return m_nodes.indexOf(a) < m_nodes.indexOf(b);
    });
    return failed;
}

int NodeStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size());
}

int NodeStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

QVariant NodeStatusModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QString node = m_nodes.value(index.row());
    const QString step = m_steps.value(index.column());
    const QString k = key(node, step);
    const bool applicable = m_applicable.contains(k);
    const Verdict v = verdict(node, step);
    switch (role) {
    case Qt::DisplayRole:
        return applicable ? verdictWord(v) : QString();
    case Qt::ToolTipRole:
    case MessageRole:
        if (!applicable)
            return Tr::tr("Not a step of %1 in this phase.").arg(node);
        if (m_results.contains(k))
            return m_results.value(k).message;
        return m_running.value(k);
    case VerdictRole:
        return int(v);
    case StepIdRole:
        return step;
    case NodeRole:
        return node;
    case ApplicableRole:
        return applicable;
    default:
        return {};
    }
}

QVariant NodeStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical)
        return m_nodes.value(section);
    const QString id = m_steps.value(section);
    return role == Qt::ToolTipRole ? id : m_titles.value(id, id);
}

} // namespace Ocw::Core
