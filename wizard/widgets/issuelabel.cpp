#include "issuelabel.h"

#include "verdictstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Ocw::Wizard {

IssueLabel::IssueLabel(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_icon->setPixmap(VerdictStyle::icon(Core::Verdict::Fail).pixmap(14, 14));
    m_icon->setAlignment(Qt::AlignTop);
    m_icon->setContentsMargins(0, 2, 0, 0);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = m_text->palette();
    pal.setColor(QPalette::WindowText, VerdictStyle::color(Core::Verdict::Fail).darker(115));
    m_text->setPalette(pal);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

void IssueLabel::setText(const QString &text)
{
    m_text->setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
}

QString IssueLabel::text() const
{
    return m_text->text();
}

QWidget *IssueLabel::wrap(QWidget *field, IssueLabel *label, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(label);
    return box;
}

} // namespace Ocw::Wizard
