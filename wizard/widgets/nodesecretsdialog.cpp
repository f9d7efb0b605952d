#include "nodesecretsdialog.h"

#include "core/secrets/secretnames.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Ocw::Wizard {

namespace {

using Core::AuthMethod;

QString loginText(const Core::SshTarget &t)
{
    switch (t.auth) {
    case AuthMethod::KeyFile:
        return NodeSecretsDialog::tr("%1 with a key file").arg(t.user);
    case AuthMethod::Password:
        return NodeSecretsDialog::tr("%1 with a password").arg(t.user);
    case AuthMethod::KeyboardInteractive:
        return NodeSecretsDialog::tr("%1, keyboard-interactive").arg(t.user);
    case AuthMethod::Agent:
        return NodeSecretsDialog::tr("%1 through the SSH agent").arg(t.user);
    }
    return t.user;
}

// Whether the node's login uses the secret. Cells that do not stay editable (the login may
// change later); their placeholder says the value is not used now.
bool isUsed(const QString &name, const Core::SshTarget &t)
{
    if (name == Core::SecretNames::sshPassword())
        return t.auth == AuthMethod::Password || t.auth == AuthMethod::KeyboardInteractive;
    if (name == Core::SecretNames::keyPassphrase())
        return t.auth == AuthMethod::KeyFile;
    return t.user != QLatin1String("root"); // sudo-password
}

} // namespace

NodeSecretsDialog::NodeSecretsDialog(const Core::ClusterProfile &profile,
                                     const QHash<QString, QString> &secrets, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Per-node passwords"));
    auto *intro = new QLabel(
        tr("Passwords for one node only, where a node differs from the shared settings. An "
           "empty cell uses the shared value. Kept in the keychain, never in the profile."),
        this);
    intro->setWordWrap(true);

    const QStringList names = Core::SecretNames::loginNames();
    const QStringList titles{tr("SSH password"), tr("Key passphrase"), tr("Sudo password")};
    auto *grid = new QWidget;
    auto *rows = new QGridLayout(grid);
    rows->setHorizontalSpacing(8);
    rows->addWidget(new QLabel(tr("<b>Node</b>"), grid), 0, 0);
    for (int c = 0; c < names.size(); ++c)
        rows->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(titles.at(c)), grid), 0, c + 1);

    for (const Core::Node &node : profile.nodes) {
        if (node.host.trimmed().isEmpty() || m_hosts.contains(node.host))
            continue;
        m_hosts.append(node.host);
        const int row = int(m_hosts.size());
        const Core::SshTarget target = profile.sshTargetFor(node);

        auto *hostLabel = new QLabel(node.host, grid);
        hostLabel->setTextFormat(Qt::PlainText);
        auto *login = new QLabel(loginText(target), grid);
        login->setTextFormat(Qt::PlainText);
        login->setForegroundRole(QPalette::PlaceholderText);
        auto *hostCell = new QWidget(grid);
        auto *hostLayout = new QVBoxLayout(hostCell);
        hostLayout->setContentsMargins(0, 0, 0, 0);
        hostLayout->setSpacing(0);
        hostLayout->addWidget(hostLabel);
        hostLayout->addWidget(login);
        rows->addWidget(hostCell, row, 0);

        for (int c = 0; c < names.size(); ++c) {
            const QString key = Core::SecretNames::forNode(names.at(c), node.host);
            auto *edit = new QLineEdit(grid);
            edit->setObjectName(key); // the secret's name, never its value
            edit->setEchoMode(QLineEdit::Password);
            edit->setText(secrets.value(key));
            const bool used = isUsed(names.at(c), target);
            edit->setPlaceholderText(used ? tr("shared") : tr("not used"));
            edit->setToolTip(
                used ? tr("%1 of %2 only. Empty: the shared value.").arg(titles.at(c), node.host)
                     : tr("%1 does not use it now (it logs in as %2).")
                           .arg(node.host, loginText(target)));
            edit->setMinimumWidth(140);
            rows->addWidget(edit, row, c + 1);
            m_editors.insert(key, edit);
        }
    }
    rows->setColumnStretch(0, 1);
    rows->setRowStretch(int(m_hosts.size()) + 1, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    // Tall enough for a few nodes without scrolling; more scroll.
    resize(760, qMin(560, 150 + 44 * int(qMax<qsizetype>(m_hosts.size(), 2))));
}

QLineEdit *NodeSecretsDialog::editor(const QString &host, const QString &name) const
{
    return m_editors.value(Core::SecretNames::forNode(name, host));
}

QHash<QString, QString> NodeSecretsDialog::secrets() const
{
    QHash<QString, QString> values;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (!it.value()->text().isEmpty())
            values.insert(it.key(), it.value()->text());
    }
    return values;
}

} // namespace Ocw::Wizard
