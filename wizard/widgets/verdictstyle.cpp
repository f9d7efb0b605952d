#include "verdictstyle.h"

#include "core/run/checkstatusmodel.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QtMath>

namespace Ocw::Wizard {

using Core::Verdict;

QColor VerdictStyle::color(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QColor(0x2e, 0x7d, 0x32);
    case Verdict::Warn:
        return QColor(0xe0, 0x8e, 0x00);
    case Verdict::Fail:
        return QColor(0xc6, 0x28, 0x28);
    case Verdict::Running:
        return QColor(0x15, 0x65, 0xc0);
    case Verdict::Skipped:
    case Verdict::Pending:
        return QColor(0x75, 0x75, 0x75);
    }
    return QColor(Qt::gray);
}

QString VerdictStyle::symbol(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QStringLiteral("\u2714");
    case Verdict::Warn:
        return QStringLiteral("\u26a0");
    case Verdict::Fail:
        return QStringLiteral("\u2718");
    case Verdict::Running:
        return QStringLiteral("\u2026");
    case Verdict::Skipped:
        return QStringLiteral("\u2014");
    case Verdict::Pending:
        return QStringLiteral("\u25cb");
    }
    return QString();
}

QString VerdictStyle::text(Verdict verdict)
{
    return Core::CheckStatusModel::verdictText(verdict);
}

void VerdictStyle::paintIcon(QPainter *painter, const QRectF &rect, Verdict verdict, int phase)
{
    const qreal side = qMin(rect.width(), rect.height());
    const QRectF r(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    const QRectF inner = r.adjusted(side * 0.06, side * 0.06, -side * 0.06, -side * 0.06);
    const QColor c = color(verdict);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen white(Qt::white, qMax<qreal>(1.5, side * 0.13), Qt::SolidLine, Qt::RoundCap,
               Qt::RoundJoin);

    switch (verdict) {
    case Verdict::Pass: {
        painter->setPen(Qt::NoPen);
        painter->setBrush(c);
        painter->drawEllipse(inner);
        QPainterPath tick;
        tick.moveTo(inner.left() + inner.width() * 0.27, inner.top() + inner.height() * 0.52);
        tick.lineTo(inner.left() + inner.width() * 0.44, inner.top() + inner.height() * 0.69);
        tick.lineTo(inner.left() + inner.width() * 0.74, inner.top() + inner.height() * 0.33);
        painter->setPen(white);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(tick);
        break;
    }
    case Verdict::Warn: {
        QPainterPath triangle;
        triangle.moveTo(inner.center().x(), inner.top());
        triangle.lineTo(inner.right(), inner.bottom() - inner.height() * 0.05);
        triangle.lineTo(inner.left(), inner.bottom() - inner.height() * 0.05);
        triangle.closeSubpath();
        painter->setPen(
            QPen(c, qMax<qreal>(1.0, side * 0.06), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(c);
        painter->drawPath(triangle);
        QPen mark(QColor(0x21, 0x21, 0x21), qMax<qreal>(1.5, side * 0.12), Qt::SolidLine,
                  Qt::RoundCap);
        painter->setPen(mark);
        const qreal x = inner.center().x();
        painter->drawLine(QPointF(x, inner.top() + inner.height() * 0.36),
                          QPointF(x, inner.top() + inner.height() * 0.62));
        painter->drawPoint(QPointF(x, inner.top() + inner.height() * 0.78));
        break;
    }
    case Verdict::Fail: {
        painter->setPen(Qt::NoPen);
        painter->setBrush(c);
        painter->drawEllipse(inner);
        painter->setPen(white);
        const qreal a = inner.width() * 0.31;
        const QPointF m = inner.center();
        painter->drawLine(QPointF(m.x() - a, m.y() - a), QPointF(m.x() + a, m.y() + a));
        painter->drawLine(QPointF(m.x() - a, m.y() + a), QPointF(m.x() + a, m.y() - a));
        break;
    }
    case Verdict::Running: {
        painter->setPen(Qt::NoPen);
        const QPointF m = inner.center();
        const qreal radius = inner.width() * 0.36;
        const qreal dot = qMax<qreal>(1.2, inner.width() * 0.11);
        for (int i = 0; i < SpinnerPhases; ++i) {
            const int age = (phase - i + SpinnerPhases) % SpinnerPhases;
            QColor dc = c;
            dc.setAlphaF(1.0 - age * 0.11);
            painter->setBrush(dc);
            const qreal angle = 2 * M_PI * i / SpinnerPhases - M_PI / 2;
            painter->drawEllipse(
                QPointF(m.x() + radius * qCos(angle), m.y() + radius * qSin(angle)), dot, dot);
        }
        break;
    }
    case Verdict::Skipped: {
        painter->setPen(QPen(c, qMax<qreal>(1.0, side * 0.08)));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(inner.adjusted(1, 1, -1, -1));
        painter->setPen(QPen(c, qMax<qreal>(1.5, side * 0.13), Qt::SolidLine, Qt::RoundCap));
        const QPointF m = inner.center();
        painter->drawLine(QPointF(m.x() - inner.width() * 0.25, m.y()),
                          QPointF(m.x() + inner.width() * 0.25, m.y()));
        break;
    }
    case Verdict::Pending: {
        painter->setPen(QPen(c, qMax<qreal>(1.0, side * 0.08), Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(inner.adjusted(1, 1, -1, -1));
        break;
    }
    }
    painter->restore();
}

QIcon VerdictStyle::icon(Verdict verdict)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paintIcon(&painter, QRectF(0, 0, size, size), verdict);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace Ocw::Wizard
