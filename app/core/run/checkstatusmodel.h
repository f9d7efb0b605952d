#pragma once

#include "../checks/checkresult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace Ocw::Core {

// The live node x check grid: rows are nodes, columns are checks of the catalogue. Changed
// only on the GUI thread (connect CheckController::resultChanged to update()); emits
// dataChanged per cell, never a reset per update. The pair check (port 5701) shows, in a
// node's row, the connections INTO that node (the firewall that matters is the inbound one).
class CheckStatusModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { VerdictRole = Qt::UserRole + 1, CheckIdRole, NodeRole, MessageRole, BlockingRole };

    explicit CheckStatusModel(QObject *parent = nullptr);

    void setNodes(const QStringList &nodes);
    void update(const CheckResult &result);
    // Drops the cell's result with the same CheckResult::cellKey(), if there is one.
    void remove(const CheckResult &result);
    void clear();

    // The results behind one cell (several for the pair check).
    QList<CheckResult> cellResults(const QModelIndex &index) const;
    Verdict cellVerdict(int row, int column) const;
    QString checkIdAt(int column) const;
    int countVerdict(Verdict verdict) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString verdictText(Verdict verdict);

private:
    QString rowNode(const CheckResult &r) const;

    QStringList m_nodes;
    QStringList m_checkIds;
    QHash<QString, QList<CheckResult>> m_cells; // "row|column" -> results
};

} // namespace Ocw::Core
