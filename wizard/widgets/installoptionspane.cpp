#include "installoptionspane.h"

#include "issuelabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Ocw::Wizard {

InstallOptionsPane::InstallOptionsPane(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QVBoxLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(2);

    m_packagePath = new QLineEdit(this);
    m_packagePath->setObjectName(QStringLiteral("package"));
    m_packagePath->setPlaceholderText(tr("octane-onprem-<version>.rpm on this workstation"));
    connect(m_packagePath, &QLineEdit::textEdited, this, &InstallOptionsPane::packagePathEdited);
    m_browseButton = new QPushButton(tr("&Browse…"), this);
    connect(m_browseButton, &QPushButton::clicked, this, &InstallOptionsPane::browseRequested);
    auto *label = new QLabel(tr("&Package:"), this);
    label->setBuddy(m_packagePath);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_packagePath, 1);
    row->addWidget(m_browseButton);
    grid->addLayout(row);

    m_packageInfo = new QLabel(this);
    m_packageInfo->setTextFormat(Qt::PlainText);
    m_packageInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_packageInfo->setObjectName(QStringLiteral("packageInfo"));
    m_packageInfo->setVisible(false);
    m_packageIssue = new IssueLabel(this);
    grid->addWidget(m_packageInfo);
    grid->addWidget(m_packageIssue);

    m_repoEnv = new QCheckBox(this);
    m_repoEnv->setObjectName(QStringLiteral("setRepositoryEnv"));
    m_repoEnv->setChecked(false);
    connect(m_repoEnv, &QCheckBox::toggled, this, &InstallOptionsPane::optionsChanged);
    grid->addWidget(m_repoEnv);

    // HTTPS needs the server's SSL set up (enablessl.sh); a certificate TLS refuses is shown
    // and may be trusted for this profile after the run.
    m_scheme = new QComboBox(this);
    m_scheme->setObjectName(QStringLiteral("serverScheme"));
    m_scheme->addItem(QString(), QStringLiteral("http"));
    m_scheme->addItem(QString(), QStringLiteral("https"));
    connect(m_scheme, &QComboBox::currentIndexChanged, this, &InstallOptionsPane::optionsChanged);
    auto *schemeLabel = new QLabel(tr("Sign &in over:"), this);
    schemeLabel->setBuddy(m_scheme);
    auto *schemeRow = new QHBoxLayout;
    schemeRow->addWidget(schemeLabel);
    schemeRow->addWidget(m_scheme);
    schemeRow->addSpacing(18);
    m_readyTimeout = new QSpinBox(this);
    m_readyTimeout->setObjectName(QStringLiteral("readyTimeout"));
    m_readyTimeout->setRange(10, 7200);
    m_readyTimeout->setSuffix(tr(" s"));
    m_readyTimeout->setToolTip(tr("How long the server may take from Start to its ready line "
                                  "before the step fails with the log tail. A first start "
                                  "creates the database schema and can take minutes."));
    auto *timeoutLabel = new QLabel(tr("Wait for the server &up to:"), this);
    timeoutLabel->setBuddy(m_readyTimeout);
    connect(m_readyTimeout, &QSpinBox::valueChanged, this, &InstallOptionsPane::optionsChanged);
    schemeRow->addWidget(timeoutLabel);
    schemeRow->addWidget(m_readyTimeout);
    schemeRow->addStretch(1);
    grid->addLayout(schemeRow);
}

QString InstallOptionsPane::packagePath() const
{
    return m_packagePath->text();
}

void InstallOptionsPane::setPackagePath(const QString &path)
{
    m_packagePath->setText(path);
}

void InstallOptionsPane::setPackageInfo(const QString &text)
{
    m_packageInfo->setText(text);
    m_packageInfo->setVisible(!text.isEmpty());
}

QString InstallOptionsPane::packageInfo() const
{
    return m_packageInfo->text();
}

void InstallOptionsPane::setPackageIssue(const QString &text)
{
    m_packageIssue->setText(text);
}

} // namespace Ocw::Wizard
