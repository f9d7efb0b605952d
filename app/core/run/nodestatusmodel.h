#pragma once

#include "../checks/checkresult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace Ocw::Core {

class PhasePlan;

// The live node x step grid of an install phase: rows are the plan's nodes, columns every step
// id of the plan (connection first), in the order they run. A cell a node does not run is not
// applicable (ApplicableRole false). Fed on the GUI thread from PhaseController's signals;
// emits dataChanged per cell. Shares its verdict role with CheckStatusModel, so the grid's
// delegate paints both.
class NodeStatusModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        VerdictRole = Qt::UserRole + 1, // == CheckStatusModel::VerdictRole
        StepIdRole,
        NodeRole,
        MessageRole,
        ApplicableRole = Qt::UserRole + 20,
    };

    explicit NodeStatusModel(QObject *parent = nullptr);

    // Rows and columns of `plan`, every cell waiting.
    void setPlan(const PhasePlan &plan);
    // A column the plan's steps do not have (the verdicts one step reports), or one of its
    // steps moved: last, applicable to exactly `nodes`; a node that is not a row yet becomes
    // one (e.g. "cluster" for the cluster-wide verdicts). After setPlan().
    void addColumn(const QString &id, const QString &title, const QStringList &nodes);
    // Cells of these nodes back to waiting (a retry of the failed nodes).
    void resetNodes(const QStringList &nodes);
    void stepStarted(const QString &node, const QString &stepId, const QString &statusText);
    void update(const CheckResult &result);

    QStringList nodes() const { return m_nodes; }
    QStringList stepIds() const { return m_steps; }
    Verdict verdict(const QString &node, const QString &stepId) const;
    std::optional<CheckResult> result(const QString &node, const QString &stepId) const;
    // Finished cells over applicable cells, 0..1: the overall progress.
    double progress() const;
    // The nodes whose cells include a failure or a cancel.
    QStringList failedNodes() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString key(const QString &node, const QString &stepId) const
    {
        return node + QLatin1Char('|') + stepId;
    }
    void changed(const QString &node, const QString &stepId);

    QStringList m_nodes;
    QStringList m_steps;
    QHash<QString, QString> m_titles; // step id -> title
    QSet<QString> m_applicable;       // node|step
    QHash<QString, CheckResult> m_results;
    QHash<QString, QString> m_running; // node|step -> status text
};

} // namespace Ocw::Core
