#include "runviews.h"

#include "checkdetailspane.h"
#include "stepgrid.h"

#include <QPlainTextEdit>
#include <QSplitter>

namespace Ocw::Wizard::RunViews {

QPlainTextEdit *monospaceText(const QString &objectName, QWidget *parent)
{
    auto *text = new QPlainTextEdit(parent);
    text->setObjectName(objectName);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = text->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    text->setFont(mono);
    return text;
}

QSplitter *gridWithDetails(StepGrid *grid, CheckDetailsPane *details, QWidget *parent)
{
    auto *split = new QSplitter(Qt::Horizontal, parent);
    split->addWidget(grid);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

} // namespace Ocw::Wizard::RunViews
