#pragma once

#include <QString>

class QPlainTextEdit;
class QSplitter;
class QWidget;

namespace Ocw::Wizard {

class CheckDetailsPane;
class StepGrid;

// The two views every run page shows the same way: a read-only monospace text (a plan, a
// preview, a diff) and the step grid beside the selected cell's details.
namespace RunViews {
QPlainTextEdit *monospaceText(const QString &objectName, QWidget *parent);
QSplitter *gridWithDetails(StepGrid *grid, CheckDetailsPane *details, QWidget *parent);
} // namespace RunViews

} // namespace Ocw::Wizard
