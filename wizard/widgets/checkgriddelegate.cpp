#include "checkgriddelegate.h"

#include "core/run/checkstatusmodel.h"
#include "core/run/nodestatusmodel.h"
#include "verdictstyle.h"

#include <QApplication>
#include <QPainter>

namespace Ocw::Wizard {

namespace {
constexpr int kIcon = 16;
constexpr int kPad = 6;
} // namespace

void CheckGridDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // A step a node does not run in this phase (NodeStatusModel): an empty cell.
    const QVariant applicable = index.data(Core::NodeStatusModel::ApplicableRole);
    if (applicable.isValid() && !applicable.toBool()) {
        opt.text.clear();
        const QWidget *w = option.widget;
        (w ? w->style() : QApplication::style())
            ->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);
        return;
    }
    const auto verdict = Core::Verdict(index.data(Core::CheckStatusModel::VerdictRole).toInt());

    // Background, selection and focus from the style; our own icon and text on top.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect r = option.rect.adjusted(kPad, 0, -kPad, 0);
    const QRectF iconRect(r.left(), r.center().y() - kIcon / 2.0 + 0.5, kIcon, kIcon);
    VerdictStyle::paintIcon(painter, iconRect, verdict, m_phase);

    const bool selected = option.state & QStyle::State_Selected;
    QRect textRect = r.adjusted(kIcon + kPad, 0, 0, 0);
    painter->save();
    QFont font = option.font;
    if (verdict == Core::Verdict::Fail)
        font.setBold(true);
    painter->setFont(font);
    QColor color = selected ? option.palette.color(QPalette::HighlightedText)
                            : option.palette.color(QPalette::Text);
    if (!selected && (verdict == Core::Verdict::Pending || verdict == Core::Verdict::Skipped))
        color = option.palette.color(QPalette::Disabled, QPalette::Text);
    painter->setPen(color);
    const QString text = QFontMetrics(font).elidedText(VerdictStyle::text(verdict), Qt::ElideRight,
                                                       textRect.width());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

QSize CheckGridDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    Q_UNUSED(index)
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fm(bold);
    int widest = 0;
    for (auto v : {Core::Verdict::Pass, Core::Verdict::Warn, Core::Verdict::Fail,
                   Core::Verdict::Running, Core::Verdict::Skipped, Core::Verdict::Pending}) {
        widest = qMax(widest, fm.horizontalAdvance(VerdictStyle::text(v)));
    }
    return QSize(kPad + kIcon + kPad + widest + kPad, qMax(kIcon + 6, fm.height() + 6));
}

} // namespace Ocw::Wizard
