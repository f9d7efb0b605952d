#include "confformpane.h"

#include "confform.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ocw::Wizard {

ConfFormPane::ConfFormPane(QWidget *parent)
    : QScrollArea(parent)
{
    m_content = new QWidget;
    auto *formLayout = new QVBoxLayout(m_content);
    formLayout->setContentsMargins(0, 0, 6, 0);
    m_keychainNote = new QLabel(m_content);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setVisible(false);
    auto *legend = new QLabel(
        tr("Settings written to octane.conf on the first node. Keys marked ? are not confirmed by "
           "the public documentation: compare them with your release's octane.conf."),
        m_content);
    legend->setWordWrap(true);
    m_form = new ConfForm(m_content);
    m_releaseLabel = new QLabel(m_content);
    m_releaseLabel->setObjectName(QStringLiteral("release"));
    m_releaseLabel->setWordWrap(true);
    m_releaseLabel->setTextFormat(Qt::PlainText);
    auto *releaseButton = new QPushButton(tr("Load &definition…"), m_content);
    releaseButton->setToolTip(
        tr("Use a release definition file (JSON) for a release whose octane.conf keys, paths or "
           "commands differ from the built-in one. The profile remembers the file."));
    connect(releaseButton, &QPushButton::clicked, this, &ConfFormPane::loadDefinitionRequested);
    auto *releaseRow = new QHBoxLayout;
    releaseRow->addWidget(m_releaseLabel, 1);
    releaseRow->addWidget(releaseButton, 0, Qt::AlignTop);
    formLayout->addLayout(releaseRow);
    formLayout->addWidget(m_keychainNote);
    formLayout->addWidget(legend);
    formLayout->addWidget(m_form, 1);

    setWidget(m_content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void ConfFormPane::setReleaseText(const QString &text)
{
    m_releaseLabel->setText(text);
}

QString ConfFormPane::releaseText() const
{
    return m_releaseLabel->text();
}

void ConfFormPane::showKeychainNote(const QString &text)
{
    m_keychainNote->setText(QStringLiteral("\u26a0 ") + text);
    m_keychainNote->setVisible(!text.isEmpty());
}

void ConfFormPane::setInputsEnabled(bool enabled)
{
    m_content->setEnabled(enabled);
}

} // namespace Ocw::Wizard
