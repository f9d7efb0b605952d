#include "profilesettingspane.h"

#include "issuelabel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ocw::Wizard {

using Core::AuthMethod;
using Core::ClusterProfile;
using Core::expandHome;

ProfileSettingsPane::ProfileSettingsPane(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->addWidget(buildSshBox());
    layout->addWidget(buildClusterBox());
    layout->addStretch(1);
}

void ProfileSettingsPane::setProfile(const ClusterProfile &profile)
{
    m_sshUser->setText(profile.ssh.user);
    m_sshPort->setText(QString::number(profile.ssh.port));
    m_sshAuth->setCurrentIndex(qMax(0, m_sshAuth->findData(int(profile.ssh.auth))));
    m_keyFile->setText(profile.ssh.keyFile);
    m_dbHost->setText(profile.database.host);
    m_dbPort->setText(QString::number(profile.database.port));
    m_repositoryDir->setText(profile.repositoryDir);
    m_loadBalancer->setText(profile.loadBalancerUrl);
    m_installUser->setText(profile.installUser);
}

void ProfileSettingsPane::applyTo(ClusterProfile &p) const
{
    p.ssh.user = m_sshUser->text().trimmed();
    p.ssh.port = Core::NodesConfig::parsePort(m_sshPort->text());
    p.ssh.auth = AuthMethod(m_sshAuth->currentData().toInt());
    p.ssh.keyFile = expandHome(m_keyFile->text().trimmed());
    p.database.host = m_dbHost->text();
    p.database.port = Core::NodesConfig::parsePort(m_dbPort->text());
    p.repositoryDir = m_repositoryDir->text().trimmed();
    p.loadBalancerUrl = m_loadBalancer->text().trimmed();
    p.installUser = m_installUser->text().trimmed();
}

QLineEdit *ProfileSettingsPane::secretField(const QString &name) const
{
    if (name == Core::SecretNames::sshPassword())
        return m_password;
    if (name == Core::SecretNames::keyPassphrase())
        return m_passphrase;
    if (name == Core::SecretNames::sudoPassword())
        return m_sudoPassword;
    return nullptr;
}

void ProfileSettingsPane::setSecretRowsVisible(bool password, bool key)
{
    m_sshForm->setRowVisible(m_password->parentWidget(), password);
    m_sshForm->setRowVisible(m_passphrase->parentWidget(), key);
    m_sshForm->setRowVisible(m_keyFile->parentWidget()->parentWidget(), key);
}

void ProfileSettingsPane::setNodeSecretsNote(const QString &text, const QString &details,
                                             bool enabled)
{
    m_nodeSecretsNote->setText(text);
    m_nodeSecretsNote->setToolTip(details);
    m_nodeSecretsButton->setEnabled(enabled);
}

void ProfileSettingsPane::showKeychainNote(const QString &text)
{
    m_keychainNote->setText(QStringLiteral("\u26a0 ") + text);
    m_keychainNote->setVisible(!text.isEmpty());
}

QLineEdit *ProfileSettingsPane::addField(QFormLayout *form, const QString &label,
                                         const QString &field, QWidget *extra)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(field); // tests and accessibility tools find fields by their profile path
    auto *issue = new IssueLabel;
    m_issueLabels.insert(field, issue);
    QWidget *fieldWidget = edit;
    if (extra) {
        fieldWidget = new QWidget;
        auto *row = new QHBoxLayout(fieldWidget);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(edit, 1);
        row->addWidget(extra);
    }
    form->addRow(label, IssueLabel::wrap(fieldWidget, issue));
    connect(edit, &QLineEdit::textChanged, this, &ProfileSettingsPane::edited);
    return edit;
}

QWidget *ProfileSettingsPane::buildSshBox()
{
    auto *box = new QGroupBox(tr("Shared SSH settings"), this);
    m_sshForm = new QFormLayout(box);
    m_sshForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_sshUser = addField(m_sshForm, tr("&User:"), QStringLiteral("ssh.user"));
    m_sshUser->setPlaceholderText(tr("the login user on every node"));
    m_sshPort = addField(m_sshForm, tr("P&ort:"), QStringLiteral("ssh.port"));
    m_sshPort->setMaximumWidth(90);

    m_sshAuth = new QComboBox(box);
    m_sshAuth->setObjectName(QStringLiteral("ssh.auth"));
    m_sshAuth->addItem(tr("Key file"), int(AuthMethod::KeyFile));
    m_sshAuth->addItem(tr("Password"), int(AuthMethod::Password));
    m_sshAuth->addItem(tr("Keyboard-interactive"), int(AuthMethod::KeyboardInteractive));
    m_sshAuth->addItem(tr("SSH agent"), int(AuthMethod::Agent));
    connect(m_sshAuth, &QComboBox::currentIndexChanged, this, &ProfileSettingsPane::edited);
    m_sshForm->addRow(tr("&Authentication:"), m_sshAuth);

    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, &ProfileSettingsPane::onBrowseKeyFile);
    m_keyFile = addField(m_sshForm, tr("&Key file:"), QStringLiteral("ssh.keyFile"), browse);
    m_keyFile->setPlaceholderText(QStringLiteral("~/.ssh/id_ed25519"));

    m_password = addField(m_sshForm, tr("Pass&word:"), QStringLiteral("ssh.password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Kept in the keychain, never in the profile."));
    m_passphrase = addField(m_sshForm, tr("Key pa&ssphrase:"), QStringLiteral("ssh.passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("only if the key file is encrypted"));
    m_passphrase->setToolTip(tr("Kept in the keychain, never in the profile."));
    m_sudoPassword = addField(m_sshForm, tr("Sudo password:"), QStringLiteral("ssh.sudoPassword"));
    m_sudoPassword->setEchoMode(QLineEdit::Password);
    m_sudoPassword->setPlaceholderText(tr("only if sudo asks for one"));
    const QString sudoHelp = tr("Needed only when the login user's sudo asks for a password; "
                                "leave empty for NOPASSWD sudo or a root login.");
    m_sudoPassword->setToolTip(sudoHelp + QLatin1Char(' ') +
                               tr("When empty, the SSH password is tried. Kept in the keychain, "
                                  "never in the profile."));
    auto *sudoHint = new QLabel(sudoHelp, box);
    sudoHint->setObjectName(QStringLiteral("sudoHint"));
    sudoHint->setWordWrap(true);
    sudoHint->setForegroundRole(QPalette::PlaceholderText);
    m_sshForm->addRow(QString(), sudoHint);

    // Nodes whose passwords differ from the shared ones: set in a dialog, counted here.
    m_nodeSecretsButton = new QPushButton(tr("P&er-node passwords…"), box);
    m_nodeSecretsButton->setObjectName(QStringLiteral("nodeSecrets"));
    m_nodeSecretsButton->setToolTip(
        tr("A different SSH password, key passphrase or sudo password for single nodes."));
    connect(m_nodeSecretsButton, &QPushButton::clicked, this,
            &ProfileSettingsPane::nodeSecretsRequested);
    m_nodeSecretsNote = new QLabel(box);
    m_nodeSecretsNote->setObjectName(QStringLiteral("nodeSecretsNote"));
    m_nodeSecretsNote->setWordWrap(true);
    m_nodeSecretsNote->setTextFormat(Qt::PlainText);
    auto *perNode = new QWidget(box);
    auto *perNodeLayout = new QVBoxLayout(perNode);
    perNodeLayout->setContentsMargins(0, 4, 0, 0);
    perNodeLayout->setSpacing(2);
    perNodeLayout->addWidget(m_nodeSecretsButton, 0, Qt::AlignLeft);
    perNodeLayout->addWidget(m_nodeSecretsNote);
    m_sshForm->addRow(QString(), perNode);

    m_keychainNote = new QLabel(box);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setVisible(false);
    m_sshForm->addRow(m_keychainNote);
    return box;
}

QWidget *ProfileSettingsPane::buildClusterBox()
{
    auto *box = new QGroupBox(tr("Cluster"), this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    // Host and port share a row; each has its own message under the pair.
    m_dbHost = new QLineEdit(box);
    m_dbHost->setPlaceholderText(tr("the database server every node uses"));
    m_dbPort = new QLineEdit(box);
    m_dbHost->setObjectName(QStringLiteral("database.host"));
    m_dbPort->setObjectName(QStringLiteral("database.port"));
    m_dbPort->setMaximumWidth(80);
    auto *dbRow = new QWidget(box);
    auto *dbRowLayout = new QHBoxLayout(dbRow);
    dbRowLayout->setContentsMargins(0, 0, 0, 0);
    dbRowLayout->addWidget(m_dbHost, 1);
    dbRowLayout->addWidget(new QLabel(tr("Port:"), dbRow));
    dbRowLayout->addWidget(m_dbPort);
    auto *dbHostIssue = new IssueLabel(box);
    auto *dbPortIssue = new IssueLabel(box);
    m_issueLabels.insert(QStringLiteral("database.host"), dbHostIssue);
    m_issueLabels.insert(QStringLiteral("database.port"), dbPortIssue);
    auto *dbBox = new QWidget(box);
    auto *dbBoxLayout = new QVBoxLayout(dbBox);
    dbBoxLayout->setContentsMargins(0, 0, 0, 0);
    dbBoxLayout->setSpacing(2);
    dbBoxLayout->addWidget(dbRow);
    dbBoxLayout->addWidget(dbHostIssue);
    dbBoxLayout->addWidget(dbPortIssue);
    auto *dbLabel = new QLabel(tr("&Database server:"), box);
    dbLabel->setBuddy(m_dbHost);
    form->addRow(dbLabel, dbBox);
    connect(m_dbHost, &QLineEdit::textChanged, this, &ProfileSettingsPane::edited);
    connect(m_dbPort, &QLineEdit::textChanged, this, &ProfileSettingsPane::edited);

    m_repositoryDir = addField(form, tr("&Repository path:"), QStringLiteral("repositoryDir"));
    m_repositoryDir->setPlaceholderText(QStringLiteral("/mnt/octane-repo"));
    m_repositoryDir->setToolTip(
        tr("The shared repository (OCTANE_REPOSITORY_DIR), mounted at this path on every node."));
    m_loadBalancer = addField(form, tr("&Load balancer URL:"), QStringLiteral("loadBalancerUrl"));
    m_loadBalancer->setPlaceholderText(QStringLiteral("http://octane-lb.corp:8080"));
    m_installUser = addField(form, tr("I&nstall user:"), QStringLiteral("installUser"));
    return box;
}

void ProfileSettingsPane::onBrowseKeyFile()
{
    const QString start = m_keyFile->text().isEmpty()
                              ? QDir::homePath() + QStringLiteral("/.ssh")
                              : QFileInfo(expandHome(m_keyFile->text())).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Private key file"), start);
    if (!path.isEmpty())
        m_keyFile->setText(path);
}

} // namespace Ocw::Wizard
