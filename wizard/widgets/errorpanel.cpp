#include "errorpanel.h"

#include "verdictstyle.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ocw::Wizard {

ErrorPanel::ErrorPanel(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_fixLabel(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_detailsView(new QPlainTextEdit(this))
{
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    pal.setColor(QPalette::WindowText, QColor(0x3e, 0x0f, 0x0f));
    setPalette(pal);

    m_icon->setPixmap(VerdictStyle::icon(Core::Verdict::Fail).pixmap(20, 20));
    m_icon->setAlignment(Qt::AlignTop);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_messageLabel->font();
    bold.setBold(true);
    m_messageLabel->setFont(bold);
    m_fixLabel->setWordWrap(true);
    m_fixLabel->setTextFormat(Qt::PlainText);
    m_fixLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setAutoRaise(true);
    m_detailsView->setReadOnly(true);
    m_detailsView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detailsView->setMaximumHeight(90);
    m_detailsView->setVisible(false);
    connect(m_detailsButton, &QToolButton::toggled, this, &ErrorPanel::setDetailsExpanded);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_messageLabel);
    text->addWidget(m_fixLabel);
    text->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    text->addWidget(m_detailsView);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    setVisible(false);
}

void ErrorPanel::setError(const Core::Error &error)
{
    setError(error.message, error.fix, error.details);
}

void ErrorPanel::setError(const QString &message, const QString &fix, const QString &details)
{
    m_message = message;
    m_fix = fix;
    m_details = details;
    m_messageLabel->setText(message);
    m_fixLabel->setText(fix.isEmpty() ? QString() : tr("Fix: %1").arg(fix));
    m_fixLabel->setVisible(!fix.isEmpty());
    m_detailsView->setPlainText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    setDetailsExpanded(false);
    setAccessibleName(message);
    setVisible(!message.isEmpty());
}

void ErrorPanel::clear()
{
    setError(QString());
}

bool ErrorPanel::isDetailsExpanded() const
{
    return m_detailsButton->isChecked();
}

void ErrorPanel::setDetailsExpanded(bool expanded)
{
    if (m_detailsButton->isChecked() != expanded)
        m_detailsButton->setChecked(expanded); // re-enters through toggled()
    m_detailsButton->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_detailsView->setVisible(expanded && !m_details.isEmpty());
}

} // namespace Ocw::Wizard
