#pragma once

#include <QStyledItemDelegate>

namespace Ocw::Wizard {

// Paints one cell of the check grid: the verdict's icon (a shape per verdict, a turning
// spinner while running) and its word, e.g. "✔ Pass", so no verdict is told by colour alone.
// Reads the VerdictRole of CheckStatusModel and NodeStatusModel (the same role); a
// NodeStatusModel cell that is not applicable stays empty. GUI thread.
class CheckGridDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The Running spinner's step; the page advances it with a timer while checks run.
    void setSpinnerPhase(int phase) { m_phase = phase; }
    int spinnerPhase() const { return m_phase; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_phase = 0;
};

} // namespace Ocw::Wizard
