#pragma once

#include "core/checks/checkresult.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QPainter;
class QRectF;

namespace Ocw::Wizard {

// How a verdict looks everywhere in the wizard: a painted icon whose SHAPE differs per verdict
// (tick, triangle, cross, spinner, dash, ring), a symbol and a word, so that no state is told
// by colour alone. Stateless; GUI thread.
class VerdictStyle
{
public:
    static constexpr int SpinnerPhases = 8;

    static QColor color(Core::Verdict verdict);
    static QString symbol(Core::Verdict verdict); // ✔ ⚠ ✘ … — ○
    static QString text(Core::Verdict verdict);   // "Pass", "Warning", ...
    // `phase` turns the Running spinner (0 .. SpinnerPhases-1).
    static void paintIcon(QPainter *painter, const QRectF &rect, Core::Verdict verdict,
                          int phase = 0);
    static QIcon icon(Core::Verdict verdict);
};

} // namespace Ocw::Wizard
