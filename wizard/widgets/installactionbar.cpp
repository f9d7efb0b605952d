#include "installactionbar.h"

#include "verdictstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Ocw::Wizard {

InstallActionBar::InstallActionBar(QWidget *parent)
    : QWidget(parent)
{
    m_installButton = new QPushButton(tr("Install"), this);
    m_installButton->setObjectName(QStringLiteral("install"));
    m_cancelButton = new QPushButton(tr("Ca&ncel installation"), this);
    m_cancelButton->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusIcon = new QLabel(this);
    m_statusIcon->setFixedSize(18, 18);
    m_statusIcon->setVisible(false);
    auto *actions = new QHBoxLayout(this);
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(m_installButton);
    actions->addWidget(m_cancelButton);
    actions->addSpacing(6);
    actions->addWidget(m_statusIcon);
    actions->addWidget(m_status, 1);
}

void InstallActionBar::setStatus(const QString &text, std::optional<Core::Verdict> outcome)
{
    m_status->setText(text);
    if (outcome) {
        m_statusIcon->setPixmap(VerdictStyle::icon(*outcome).pixmap(18, 18));
        m_statusIcon->setToolTip(VerdictStyle::text(*outcome));
    }
    m_statusIcon->setVisible(outcome.has_value());
}

QString InstallActionBar::statusText() const
{
    return m_status->text();
}

} // namespace Ocw::Wizard
