#include "nodespage.h"

#include "core/model/nodelistparser.h"
#include "core/secrets/secretresolver.h"
#include "core/secrets/secretstore.h"
#include "models/nodetablemodel.h"
#include "widgets/errorpanel.h"
#include "widgets/hostkeytrustdialog.h"
#include "widgets/issuelabel.h"
#include "widgets/nodesecretsdialog.h"
#include "widgets/nodetabledelegate.h"
#include "widgets/pastenodesdialog.h"
#include "wizardcontext.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace Ocw::Wizard {

using Core::AuthMethod;
using Core::ClusterProfile;
using Core::expandHome;
using Core::FieldIssue;
using Core::HostKeyScanResult;
using Core::Node;

namespace {

const QString kSshPassword = QStringLiteral("ssh-password");
const QString kKeyPassphrase = QStringLiteral("key-passphrase");
const QString kSudoPassword = QStringLiteral("sudo-password");

// 0 for anything that is not a port: the validator then names the field.
quint16 parsePort(const QString &text)
{
    bool ok = false;
    const uint port = text.trimmed().toUInt(&ok);
    return ok && port >= 1 && port <= 65535 ? quint16(port) : quint16(0);
}

bool usesPassword(AuthMethod m)
{
    return m == AuthMethod::Password || m == AuthMethod::KeyboardInteractive;
}

} // namespace

NodesPage::NodesPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_model(new NodeTableModel(this))
    , m_resolveTimer(new QTimer(this))
    , m_scanner(new Core::HostKeyScanner(this))
{
    setTitle(tr("Nodes"));
    setSubTitle(tr("The cluster's nodes and how this workstation reaches them over SSH. An empty "
                   "cell in the table uses the shared setting, shown in grey italics."));
    buildUi();

    m_resolveTimer->setSingleShot(true);
    m_resolveTimer->setInterval(300);
    connect(m_resolveTimer, &QTimer::timeout, this, &NodesPage::resolveHosts);

    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                // Issue icons and shared-value hints change roles, not values.
                if (roles.isEmpty() || roles.contains(Qt::EditRole))
                    nodesChanged();
            });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NodesPage::nodesChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &NodesPage::nodesChanged);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &NodesPage::nodesChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NodesPage::nodesChanged);

    // Later pages commit their settings into the profile (octane.conf values, the release,
    // the sign-in scheme, the ready timeout, trusted certificates); a later Next or Save here
    // must not put back the copy this page took when it was shown. profile() lays this page's
    // own fields over it.
    connect(m_context, &WizardContext::profileChanged, this,
            [this] { m_base = m_context->profile(); });

    connect(m_scanner, &Core::HostKeyScanner::nodeScanned, this, &NodesPage::onHostKeyScanned);
    connect(m_scanner, &Core::HostKeyScanner::finished, this, &NodesPage::onHostKeyScanFinished);
}

NodesPage::~NodesPage() = default;

void NodesPage::buildUi()
{
    m_inputs = new QWidget(this);

    auto *profileRow = new QHBoxLayout;
    profileRow->setContentsMargins(0, 0, 0, 0);
    m_profileName = new QLineEdit(m_inputs);
    m_profileName->setObjectName(QStringLiteral("name"));
    m_profileName->setPlaceholderText(tr("e.g. production"));
    m_profileName->setToolTip(
        tr("Names the profile; passwords are kept in the keychain under this name."));
    m_profileName->setMaximumWidth(220);
    auto *loadButton = new QPushButton(tr("Load profile…"), m_inputs);
    auto *saveButton = new QPushButton(tr("Save profile…"), m_inputs);
    connect(loadButton, &QPushButton::clicked, this, &NodesPage::onLoadClicked);
    connect(saveButton, &QPushButton::clicked, this, &NodesPage::onSaveClicked);
    connect(m_profileName, &QLineEdit::textChanged, this, &NodesPage::inputsChanged);
    auto *profileLabel = new QLabel(tr("&Profile name:"), m_inputs);
    profileLabel->setBuddy(m_profileName);
    profileRow->addWidget(profileLabel);
    profileRow->addWidget(m_profileName);
    profileRow->addWidget(loadButton);
    profileRow->addWidget(saveButton);
    profileRow->addStretch(1);

    // The settings scroll rather than squeeze when messages (or an expanded error) need room.
    auto *rightPane = new QWidget;
    auto *right = new QVBoxLayout(rightPane);
    right->setContentsMargins(0, 0, 4, 0);
    right->addWidget(buildSshBox());
    right->addWidget(buildClusterBox());
    right->addStretch(1);
    auto *scroll = new QScrollArea(m_inputs);
    scroll->setWidget(rightPane);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *columns = new QHBoxLayout;
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(buildNodesBox(), 3);
    columns->addWidget(scroll, 2);

    auto *inputsLayout = new QVBoxLayout(m_inputs);
    inputsLayout->setContentsMargins(0, 0, 0, 0);
    inputsLayout->addLayout(profileRow);
    inputsLayout->addLayout(columns, 1);

    m_progress = new QLabel(this);
    m_progress->setWordWrap(true);
    m_progress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stopButton = new QPushButton(tr("Stop"), this);
    m_stopButton->setVisible(false);
    connect(m_stopButton, &QPushButton::clicked, m_scanner, &Core::HostKeyScanner::cancel);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stopButton);

    m_error = new ErrorPanel(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_inputs, 1);
    layout->addLayout(progressRow);
    layout->addWidget(m_error);
}

QWidget *NodesPage::buildNodesBox()
{
    auto *box = new QGroupBox(tr("Nodes"), m_inputs);

    auto *addButton = new QPushButton(tr("&Add"), box);
    m_removeButton = new QPushButton(tr("&Remove"), box);
    m_upButton = new QPushButton(tr("Up"), box);
    m_downButton = new QPushButton(tr("Down"), box);
    m_upButton->setToolTip(tr("Move the selected node up"));
    m_downButton->setToolTip(tr("Move the selected node down"));
    auto *pasteButton = new QPushButton(tr("Paste &list…"), box);
    pasteButton->setToolTip(tr("Add nodes from a pasted list: patterns such as octane[1-3].corp, "
                               "user@host:port, or CSV with a header line."));
    auto *importButton = new QPushButton(tr("&Import file…"), box);
    importButton->setToolTip(tr("Add nodes from a text or CSV file."));
    connect(addButton, &QPushButton::clicked, this, &NodesPage::addNode);
    connect(m_removeButton, &QPushButton::clicked, this, &NodesPage::removeSelectedNodes);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveSelectedNode(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveSelectedNode(+1); });
    connect(pasteButton, &QPushButton::clicked, this, &NodesPage::onPasteClicked);
    connect(importButton, &QPushButton::clicked, this, &NodesPage::onImportClicked);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(addButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_upButton);
    buttons->addWidget(m_downButton);
    buttons->addStretch(1);
    buttons->addWidget(pasteButton);
    buttons->addWidget(importButton);

    m_table = new QTableView(box);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new NodeTableDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(NodeTableModel::HostColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(NodeTableModel::AddressColumn, 95);
    m_table->setColumnWidth(NodeTableModel::PortColumn, 55);
    m_table->setColumnWidth(NodeTableModel::UserColumn, 90);
    m_table->setColumnWidth(NodeTableModel::AuthColumn, 100);
    m_table->setColumnWidth(NodeTableModel::KeyFileColumn, 110);
    header->setMinimumSectionSize(50);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool any = m_table->selectionModel()->hasSelection();
        m_removeButton->setEnabled(any);
        m_upButton->setEnabled(any);
        m_downButton->setEnabled(any);
    });
    m_removeButton->setEnabled(false);
    m_upButton->setEnabled(false);
    m_downButton->setEnabled(false);

    auto *tableIssue = new IssueLabel(box);
    m_issueLabels.insert(QStringLiteral("nodes"), tableIssue);

    m_firstNode = new QComboBox(box);
    m_firstNode->setObjectName(QStringLiteral("firstNode"));
    m_firstNode->setToolTip(
        tr("The node the installation starts on (the first node of the procedure)."));
    m_firstNode->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_firstNode, &QComboBox::currentIndexChanged, this, &NodesPage::inputsChanged);
    auto *firstIssue = new IssueLabel(box);
    m_issueLabels.insert(QStringLiteral("firstNode"), firstIssue);
    auto *firstRow = new QHBoxLayout;
    auto *firstLabel = new QLabel(tr("&First node:"), box);
    firstLabel->setBuddy(m_firstNode);
    firstRow->addWidget(firstLabel);
    firstRow->addWidget(m_firstNode);
    firstRow->addStretch(1);

    auto *layout = new QVBoxLayout(box);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(tableIssue);
    layout->addLayout(firstRow);
    layout->addWidget(firstIssue);
    return box;
}

QLineEdit *NodesPage::addField(QFormLayout *form, const QString &label, const QString &field,
                               QWidget *extra)
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
    connect(edit, &QLineEdit::textChanged, this, &NodesPage::inputsChanged);
    return edit;
}

QWidget *NodesPage::buildSshBox()
{
    auto *box = new QGroupBox(tr("Shared SSH settings"), m_inputs);
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
    connect(m_sshAuth, &QComboBox::currentIndexChanged, this, &NodesPage::inputsChanged);
    m_sshForm->addRow(tr("&Authentication:"), m_sshAuth);

    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, &NodesPage::onBrowseKeyFile);
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
    connect(m_nodeSecretsButton, &QPushButton::clicked, this, &NodesPage::onNodeSecretsClicked);
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

QWidget *NodesPage::buildClusterBox()
{
    auto *box = new QGroupBox(tr("Cluster"), m_inputs);
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
    connect(m_dbHost, &QLineEdit::textChanged, this, &NodesPage::inputsChanged);
    connect(m_dbPort, &QLineEdit::textChanged, this, &NodesPage::inputsChanged);

    m_repositoryDir = addField(form, tr("&Repository path:"), QStringLiteral("repositoryDir"));
    m_repositoryDir->setPlaceholderText(QStringLiteral("/mnt/octane-repo"));
    m_repositoryDir->setToolTip(
        tr("The shared repository (OCTANE_REPOSITORY_DIR), mounted at this path on every node."));
    m_loadBalancer = addField(form, tr("&Load balancer URL:"), QStringLiteral("loadBalancerUrl"));
    m_loadBalancer->setPlaceholderText(QStringLiteral("http://octane-lb.corp:8080"));
    m_installUser = addField(form, tr("I&nstall user:"), QStringLiteral("installUser"));
    return box;
}

void NodesPage::initializePage()
{
    setProfile(m_context->profile());
    const Core::Error startup = m_context->startupError();
    if (startup.isError())
        m_error->setError(startup);
    readSecrets(m_context->secretScope());
}

void NodesPage::setProfile(const ClusterProfile &profile)
{
    m_filling = true;
    m_base = profile;
    m_profileName->setText(profile.name);
    QList<Node> nodes = profile.nodes;
    m_model->setNodes(nodes.isEmpty() ? QList<Node>{Node{}} : nodes);
    m_sshUser->setText(profile.ssh.user);
    m_sshPort->setText(QString::number(profile.ssh.port));
    m_sshAuth->setCurrentIndex(qMax(0, m_sshAuth->findData(int(profile.ssh.auth))));
    m_keyFile->setText(profile.ssh.keyFile);
    m_dbHost->setText(profile.database.host);
    m_dbPort->setText(QString::number(profile.database.port));
    m_repositoryDir->setText(profile.repositoryDir);
    m_loadBalancer->setText(profile.loadBalancerUrl);
    m_installUser->setText(profile.installUser);
    refreshFirstNodeCombo(profile.firstNode);
    m_filling = false;
    inputsChanged();
}

ClusterProfile NodesPage::profile() const
{
    ClusterProfile p = m_base;
    p.name = m_profileName->text().trimmed();
    p.nodes = m_model->nodes();
    p.firstNode = m_firstNode->currentData().toString();
    p.ssh.user = m_sshUser->text().trimmed();
    p.ssh.port = parsePort(m_sshPort->text());
    p.ssh.auth = AuthMethod(m_sshAuth->currentData().toInt());
    p.ssh.keyFile = expandHome(m_keyFile->text().trimmed());
    p.database.host = m_dbHost->text();
    p.database.port = parsePort(m_dbPort->text());
    p.repositoryDir = m_repositoryDir->text().trimmed();
    p.loadBalancerUrl = m_loadBalancer->text().trimmed();
    p.installUser = m_installUser->text().trimmed();
    for (Node &n : p.nodes)
        n.keyFile = expandHome(n.keyFile);
    return p;
}

void NodesPage::refreshFirstNodeCombo(const QString &select)
{
    const QSignalBlocker blocker(m_firstNode);
    m_firstNode->clear();
    const QStringList hosts = m_model->hosts();
    const QString first = hosts.value(0).trimmed();
    m_firstNode->addItem(first.isEmpty() ? tr("The first in the list")
                                         : tr("The first in the list (%1)").arg(first),
                         QString());
    QStringList seen;
    for (const QString &h : hosts) {
        const QString host = h.trimmed();
        if (host.isEmpty() || seen.contains(host, Qt::CaseInsensitive))
            continue;
        seen.append(host);
        m_firstNode->addItem(host, host);
    }
    if (!select.isEmpty() && m_firstNode->findData(select) < 0)
        m_firstNode->addItem(tr("%1 (not in the list)").arg(select), select);
    m_firstNode->setCurrentIndex(qMax(0, m_firstNode->findData(select)));
}

void NodesPage::nodesChanged()
{
    if (m_filling)
        return;
    m_filling = true;
    refreshFirstNodeCombo(m_firstNode->currentData().toString());
    m_filling = false;
    inputsChanged();
}

void NodesPage::inputsChanged()
{
    if (m_filling)
        return;
    if (!isCheckingHostKeys() && !m_error->hasError())
        m_progress->clear();
    updateSecretRows();
    updateNodeSecretsNote();
    revalidate();
    m_resolveTimer->start();
}

void NodesPage::updateSecretRows()
{
    const ClusterProfile p = profile();
    bool password = false;
    bool key = false;
    for (const Node &n : p.nodes) {
        const AuthMethod m = n.auth.value_or(p.ssh.auth);
        password = password || usesPassword(m);
        key = key || m == AuthMethod::KeyFile;
    }
    m_sshForm->setRowVisible(m_password->parentWidget(), password);
    m_sshForm->setRowVisible(m_passphrase->parentWidget(), key);
    m_sshForm->setRowVisible(m_keyFile->parentWidget()->parentWidget(), key);
}

QStringList NodesPage::nodeHosts() const
{
    QStringList hosts;
    for (const Node &n : m_model->nodes()) {
        if (!n.host.trimmed().isEmpty() && !hosts.contains(n.host))
            hosts.append(n.host);
    }
    return hosts;
}

void NodesPage::updateNodeSecretsNote()
{
    const QStringList names = WizardContext::loginSecretNames();
    const QStringList titles{tr("SSH password"), tr("key passphrase"), tr("sudo password")};
    QStringList own;
    QStringList details;
    for (const QString &host : nodeHosts()) {
        QStringList which;
        for (int i = 0; i < names.size(); ++i) {
            if (!m_nodeSecrets.value(WizardContext::nodeSecretName(names.at(i), host)).isEmpty())
                which.append(titles.at(i));
        }
        if (which.isEmpty())
            continue;
        own.append(host);
        details.append(tr("%1: own %2").arg(host, which.join(QStringLiteral(", "))));
    }
    QString text;
    if (own.isEmpty()) {
        text = tr("Every node uses the shared passwords.");
    } else {
        constexpr int shown = 3;
        QString list = QStringList(own.mid(0, shown)).join(QStringLiteral(", "));
        if (own.size() > shown)
            list += QStringLiteral(", …");
        text = own.size() == 1
                   ? tr("1 node has its own passwords: %1").arg(list)
                   : tr("%1 nodes have their own passwords: %2").arg(own.size()).arg(list);
    }
    m_nodeSecretsNote->setText(text);
    m_nodeSecretsNote->setToolTip(details.join(QLatin1Char('\n')));
    m_nodeSecretsButton->setEnabled(!nodeHosts().isEmpty());
}

QString NodesPage::nodeSecretsText() const
{
    return m_nodeSecretsNote->text();
}

void NodesPage::onNodeSecretsClicked()
{
    auto *dialog = new NodeSecretsDialog(profile(), m_nodeSecrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // The nodes shown get exactly the dialog's cells; values kept for nodes not in the
        // list now (renamed or removed) come back with their node.
        for (const QString &host : dialog->hosts()) {
            for (const QString &name : WizardContext::loginSecretNames())
                m_nodeSecrets.remove(WizardContext::nodeSecretName(name, host));
        }
        m_nodeSecrets.insert(dialog->secrets());
        updateNodeSecretsNote();
        revalidate();
    });
    dialog->open();
}

void NodesPage::revalidate()
{
    const ClusterProfile p = profile();
    m_model->setSharedDefaults(p.ssh);

    QList<FieldIssue> found = m_model->inputIssues();
    found += Core::ProfileValidator::validate(p);

    QMap<QString, QList<QHostAddress>> resolved;
    for (const Node &n : p.nodes) {
        const auto it = m_resolved.constFind(n.connectHost().trimmed());
        if (it != m_resolved.cend())
            resolved.insert(n.host, *it);
    }
    found += Core::ProfileValidator::duplicateAddresses(p, resolved);

    // Key files must be readable by the wizard (it logs in with them).
    for (int i = 0; i < p.nodes.size(); ++i) {
        const Core::SshTarget t = p.sshTargetFor(p.nodes.at(i));
        if (t.auth != AuthMethod::KeyFile || t.keyFile.isEmpty() ||
            QFileInfo(t.keyFile).isReadable())
            continue;
        found.append({QStringLiteral("nodes[%1].keyFile").arg(i),
                      tr("The key file %1 does not exist or cannot be read.").arg(t.keyFile)});
    }

    // SecretResolver::needs() without its warning for key files not chosen yet; a node with
    // its own value does not need the shared one.
    bool needPassword = false;
    bool needPassphrase = false;
    for (const Node &n : p.nodes) {
        const Core::SshTarget t = p.sshTargetFor(n);
        auto hasOwn = [this, &n](const QString &name) {
            return !m_nodeSecrets.value(WizardContext::nodeSecretName(name, n.host)).isEmpty();
        };
        needPassword = needPassword || (usesPassword(t.auth) && !hasOwn(kSshPassword));
        needPassphrase = needPassphrase || (t.auth == AuthMethod::KeyFile && !t.keyFile.isEmpty() &&
                                            !hasOwn(kKeyPassphrase) &&
                                            Core::SecretResolver::isKeyFileEncrypted(t.keyFile));
    }
    if (needPassword && m_password->text().isEmpty())
        found.append({QStringLiteral("ssh.password"),
                      tr("Enter the SSH password (kept in the keychain, never in the profile).")});
    if (needPassphrase && m_passphrase->text().isEmpty())
        found.append({QStringLiteral("ssh.passphrase"),
                      tr("The key file is encrypted: enter its passphrase.")});

    QList<FieldIssue> issues;
    for (const FieldIssue &i : std::as_const(found)) {
        bool dup = false;
        for (const FieldIssue &j : std::as_const(issues))
            dup = dup || (i.field == j.field && i.message == j.message);
        if (!dup)
            issues.append(i);
    }
    m_issues = issues;
    m_model->setIssues(issues);

    // Per field: node cells that fall back to a shared setting point at that setting.
    static const QRegularExpression nodePath(QStringLiteral("^nodes\\[(\\d+)\\]\\.(\\w+)$"));
    QHash<QString, QStringList> byField;
    QStringList tableLines;
    auto addTo = [&byField](const QString &field, const QString &message) {
        QStringList &list = byField[field];
        if (!list.contains(message))
            list.append(message);
    };
    // The core names other entries as the profile does ("nodes[0].host"); the table says rows.
    const auto inRowTerms = [this](QString message) {
        static const QRegularExpression ref(QStringLiteral("nodes\\[(\\d+)\\]\\.(\\w+)"));
        QRegularExpressionMatch r;
        while ((r = ref.match(message)).hasMatch()) {
            const int col = NodeTableModel::columnOfField(r.captured(2));
            const QString title =
                m_model->headerData(qMax(0, col), Qt::Horizontal, Qt::DisplayRole).toString();
            message.replace(r.capturedStart(), r.capturedLength(),
                            tr("row %1's %2").arg(r.captured(1).toInt() + 1).arg(title.toLower()));
        }
        return message;
    };
    for (const FieldIssue &issue : std::as_const(issues)) {
        const QRegularExpressionMatch m = nodePath.match(issue.field);
        if (!m.hasMatch()) {
            if (issue.field == QLatin1String("nodes"))
                tableLines.append(issue.message);
            else
                addTo(issue.field, issue.message);
            continue;
        }
        const int row = m.captured(1).toInt();
        const QString column = m.captured(2);
        const Node node = p.nodes.value(row);
        if (column == QLatin1String("user") && node.user.isEmpty()) {
            addTo(QStringLiteral("ssh.user"), tr("Enter the SSH user the nodes log in as."));
            continue;
        }
        if (column == QLatin1String("keyFile") && node.keyFile.isEmpty()) {
            addTo(QStringLiteral("ssh.keyFile"),
                  p.ssh.keyFile.isEmpty() ? tr("Choose the private key file.") : issue.message);
            continue;
        }
        const int col = NodeTableModel::columnOfField(column);
        const QString title =
            m_model->headerData(qMax(0, col), Qt::Horizontal, Qt::DisplayRole).toString();
        tableLines.append(
            tr("Row %1, %2: %3").arg(row + 1).arg(title.toLower(), inRowTerms(issue.message)));
    }
    constexpr int maxLines = 4;
    if (tableLines.size() > maxLines) {
        const int more = int(tableLines.size()) - maxLines;
        tableLines = tableLines.mid(0, maxLines);
        tableLines.append(tr("… and %n more (the marked cells say what).", nullptr, more));
    }
    byField.insert(QStringLiteral("nodes"), tableLines);
    for (auto it = m_issueLabels.cbegin(); it != m_issueLabels.cend(); ++it)
        it.value()->setText(byField.value(it.key()).join(QLatin1Char('\n')));

    Q_EMIT completeChanged();
}

QString NodesPage::issueText(const QString &field) const
{
    const IssueLabel *label = m_issueLabels.value(field);
    return label ? label->text() : QString();
}

void NodesPage::resolveHosts()
{
    for (const Node &n : m_model->nodes()) {
        const QString name = n.connectHost().trimmed();
        if (name.isEmpty() || !Core::ProfileValidator::checkHost(name).isEmpty() ||
            m_resolved.contains(name) || m_pendingLookups.contains(name)) {
            continue;
        }
        m_pendingLookups.insert(name);
        QHostInfo::lookupHost(name, this, [this, name](const QHostInfo &info) {
            m_pendingLookups.remove(name);
            // A name that does not resolve here is not a duplicate; the checks report it.
            m_resolved.insert(name, info.error() == QHostInfo::NoError ? info.addresses()
                                                                       : QList<QHostAddress>());
            revalidate();
        });
    }
}

bool NodesPage::isComplete() const
{
    return m_issues.isEmpty() && !isCheckingHostKeys();
}

bool NodesPage::isCheckingHostKeys() const
{
    return m_scanner->isRunning() || m_trustDialog;
}

QString NodesPage::progressText() const
{
    return m_progress->text();
}

// --- the node table ------------------------------------------------------------------------

void NodesPage::addNode()
{
    const int row = m_model->insertEmptyNode(m_model->rowCount());
    const QModelIndex index = m_model->index(row, NodeTableModel::HostColumn);
    m_table->setCurrentIndex(index);
    m_table->edit(index);
}

void NodesPage::removeSelectedNodes()
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows.append(i.row());
    m_model->removeNodes(rows);
}

void NodesPage::moveSelectedNode(int delta)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    if (m_model->moveNode(current.row(), delta)) {
        const QModelIndex moved = m_model->index(current.row() + delta, current.column());
        m_table->selectionModel()->setCurrentIndex(moved, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    }
}

Core::Expected<int> NodesPage::pasteNodes(const QString &text)
{
    return addParsedNodes(Core::NodeListParser::parse(text));
}

Core::Expected<int> NodesPage::importNodes(const QString &path)
{
    return addParsedNodes(Core::NodeListParser::parseFile(path));
}

Core::Expected<int> NodesPage::addParsedNodes(const Core::Expected<QList<Node>> &parsed)
{
    if (!parsed)
        return parsed.error();
    const QList<Node> current = m_model->nodes();
    const bool replacesEmptyRow = current.size() == 1 && current.first() == Node{};
    const qsizetype total = (replacesEmptyRow ? 0 : current.size()) + parsed->size();
    if (total > ClusterProfile::MaxNodes) {
        return Core::makeError(Core::ErrorCode::InvalidInput,
                               tr("Adding %1 nodes would make %2; at most %3 are supported. "
                                  "Nothing was added.")
                                   .arg(parsed->size())
                                   .arg(total)
                                   .arg(ClusterProfile::MaxNodes));
    }
    // An untouched single empty row is replaced, not kept above the new nodes.
    if (current.size() == 1 && current.first() == Node{})
        m_model->setNodes(*parsed);
    else
        m_model->appendNodes(*parsed);
    return int(parsed->size());
}

void NodesPage::onPasteClicked()
{
    auto *dialog = new PasteNodesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Core::Expected<int> added = pasteNodes(dialog->text());
        if (!added)
            m_error->setError(added.error());
        else
            m_error->clear();
    });
    dialog->open();
}

void NodesPage::onImportClicked()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import nodes"), QString(), tr("Node lists (*.txt *.csv *.list);;All files (*)"));
    if (path.isEmpty())
        return;
    const Core::Expected<int> added = importNodes(path);
    if (!added)
        m_error->setError(added.error());
    else
        m_error->clear();
}

void NodesPage::onBrowseKeyFile()
{
    const QString start = m_keyFile->text().isEmpty()
                              ? QDir::homePath() + QStringLiteral("/.ssh")
                              : QFileInfo(expandHome(m_keyFile->text())).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Private key file"), start);
    if (!path.isEmpty())
        m_keyFile->setText(path);
}

// --- profile files and secrets -------------------------------------------------------------

Core::Expected<Core::Done> NodesPage::saveProfile(const QString &path)
{
    const Core::Expected<Core::Done> saved = profile().save(path);
    if (!saved) {
        m_error->setError(saved.error());
        return saved;
    }
    m_error->clear();
    m_context->setProfilePath(path);
    m_progress->setText(tr("Profile saved to %1 (without passwords).").arg(path));
    return saved;
}

Core::Expected<Core::Done> NodesPage::loadProfile(const QString &path)
{
    const Core::Expected<ClusterProfile> loaded = ClusterProfile::load(path);
    if (!loaded)
        return loaded.error();
    // Another profile, other secrets (another keychain scope).
    m_password->clear();
    m_passphrase->clear();
    m_sudoPassword->clear();
    m_nodeSecrets.clear();
    m_context->setProfilePath(path);
    setProfile(*loaded);
    m_progress->setText(tr("Profile loaded from %1.").arg(path));
    readSecrets(WizardContext::secretScopeFor(*loaded, path));
    return Core::Done{};
}

void NodesPage::onSaveClicked()
{
    QString start = m_context->profilePath();
    if (start.isEmpty())
        start = QDir::homePath() + QLatin1Char('/') +
                (m_profileName->text().trimmed().isEmpty() ? QStringLiteral("cluster")
                                                           : m_profileName->text().trimmed()) +
                QStringLiteral(".json");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save profile"), start,
                                                      tr("Cluster profiles (*.json)"));
    if (path.isEmpty())
        return;
    saveProfile(path);
}

void NodesPage::onLoadClicked()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Load profile"), m_context->profilePath(),
                                     tr("Cluster profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const Core::Expected<Core::Done> loaded = loadProfile(path);
    if (!loaded)
        m_error->setError(loaded.error());
    else
        m_error->clear();
}

QLineEdit *NodesPage::sharedSecretField(const QString &name) const
{
    if (name == kSshPassword)
        return m_password;
    if (name == kKeyPassphrase)
        return m_passphrase;
    if (name == kSudoPassword)
        return m_sudoPassword;
    return nullptr;
}

void NodesPage::readSecrets(const QString &scope)
{
    Core::SecretStore *store = m_context->secretStore();
    if (!store)
        return;
    QStringList names = WizardContext::loginSecretNames();
    for (const QString &host : nodeHosts()) {
        for (const QString &name : WizardContext::loginSecretNames())
            names.append(WizardContext::nodeSecretName(name, host));
    }
    const QPointer<NodesPage> self(this);
    for (const QString &name : std::as_const(names)) {
        store->read(scope, name, [self, scope, name](const Core::Expected<QString> &value) {
            if (!self)
                return;
            if (value && !value->isEmpty()) {
                self->m_keychainCopy.insert(scope + QLatin1Char('/') + name, *value);
                self->fillSecret(name, *value);
            } else if (!value && value.error().code == Core::ErrorCode::Keychain) {
                self->showKeychainNote(
                    tr("%1 Passwords you enter are kept in memory for this run only.")
                        .arg(value.error().message));
            }
        });
    }
}

// A value read from the keychain, unless the user typed one meanwhile.
void NodesPage::fillSecret(const QString &name, const QString &value)
{
    if (QLineEdit *field = sharedSecretField(name)) {
        if (field->text().isEmpty())
            field->setText(value);
        return;
    }
    if (m_nodeSecrets.contains(name))
        return;
    m_nodeSecrets.insert(name, value);
    updateNodeSecretsNote();
    revalidate();
}

void NodesPage::commitSecrets()
{
    const QString scope = m_context->secretScope();
    Core::SecretStore *store = m_context->secretStore();
    const QStringList names = WizardContext::loginSecretNames();
    QHash<QString, QString> values; // every login secret of the nodes in the list; empty: none
    for (const QString &name : names)
        values.insert(name, sharedSecretField(name)->text());
    for (const QString &host : nodeHosts()) {
        for (const QString &name : names) {
            const QString key = WizardContext::nodeSecretName(name, host);
            values.insert(key, m_nodeSecrets.value(key));
        }
    }
    // Per-node secrets of nodes no longer in the list leave the run; the keychain keeps them.
    const QHash<QString, QString> current = m_context->secrets();
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (names.contains(it.key().section(QLatin1Char('@'), 0, 0)) && !values.contains(it.key()))
            m_context->setSecret(it.key(), QString());
    }

    const QPointer<NodesPage> self(this);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString &name = it.key();
        const QString &value = it.value();
        m_context->setSecret(name, value);
        const QString key = scope + QLatin1Char('/') + name;
        if (!store)
            continue;
        if (value.isEmpty()) {
            // Emptied by the user: gone from the keychain too, or the next start fills it in.
            if (m_keychainCopy.remove(key) > 0)
                store->remove(scope, name);
            continue;
        }
        if (m_keychainCopy.value(key) == value)
            continue;
        m_keychainCopy.insert(key, value);
        store->write(scope, name, value, [self](const Core::Expected<Core::Done> &written) {
            if (self && !written)
                self->showKeychainNote(written.error().message);
        });
    }
}

void NodesPage::showKeychainNote(const QString &text)
{
    m_keychainNote->setText(QStringLiteral("\u26a0 ") + text);
    m_keychainNote->setVisible(!text.isEmpty());
}

// --- the host key step ---------------------------------------------------------------------

bool NodesPage::validatePage()
{
    if (m_proceed)
        return true;
    if (isCheckingHostKeys() || !m_issues.isEmpty())
        return false;
    m_context->setProfile(profile());
    commitSecrets();
    startHostKeyCheck();
    return false;
}

void NodesPage::startHostKeyCheck()
{
    m_error->clear();
    const ClusterProfile p = m_context->profile();
    QList<Core::SshTarget> targets;
    for (const Node &n : p.nodes)
        targets.append(p.sshTargetFor(n));
    m_scanner->setKnownHostsFiles(m_context->knownHostsFiles());
    // The one concurrency knob of the profile bounds the scan too (as checks and installs).
    m_scanner->setMaxParallel(p.concurrency);
    m_scanned = 0;
    m_toScan = int(targets.size());
    m_progress->setText(tr("Checking host keys: 0 of %1 done…").arg(m_toScan));
    setBusy(true);
    m_scanner->start(targets);
    Q_EMIT completeChanged(); // now isRunning(): Next goes off until the step ends
}

void NodesPage::onHostKeyScanned(const HostKeyScanResult &result)
{
    Q_UNUSED(result)
    ++m_scanned;
    m_progress->setText(tr("Checking host keys: %1 of %2 done…").arg(m_scanned).arg(m_toScan));
}

void NodesPage::onHostKeyScanFinished(bool cancelled)
{
    setBusy(false);
    if (cancelled) {
        finishHostKeyStep(false, tr("Host key check stopped. Press Next to check again."));
        return;
    }
    const QList<HostKeyScanResult> results = m_scanner->results();
    QList<HostKeyScanResult> refused;
    QList<HostKeyScanResult> unknown;
    QStringList unreachable;
    for (const HostKeyScanResult &r : results) {
        if (r.isRefused())
            refused.append(r);
        else if (r.needsTrust())
            unknown.append(r);
        else if (r.status == Core::HostKeyScanStatus::Error)
            unreachable.append(r.node);
    }

    if (!refused.isEmpty()) {
        // Never overridable: the only way on is to fix the key on file (or the server).
        QStringList messages;
        QStringList fixes;
        QStringList details;
        for (const HostKeyScanResult &r : std::as_const(refused)) {
            messages.append(r.message); // names the node, both fingerprints and the file line
            if (!r.fix.isEmpty() && !fixes.contains(r.fix))
                fixes.append(r.fix);
            details.append(QStringLiteral("%1:\n%2").arg(r.node, r.details));
        }
        m_error->setError(messages.join(QLatin1Char('\n')), fixes.join(QLatin1Char('\n')),
                          details.join(QStringLiteral("\n\n")));
        QStringList names;
        for (const HostKeyScanResult &r : std::as_const(refused))
            names.append(r.node);
        finishHostKeyStep(false, tr("Refused: the host key of %1 differs from the one on file. "
                                    "This cannot be overridden here; see the fix below.")
                                     .arg(names.join(QLatin1String(", "))));
        return;
    }

    const QString unreachableText =
        unreachable.isEmpty()
            ? QString()
            : tr(" %1 could not be reached for the host key; the Checks page shows why.")
                  .arg(unreachable.join(QLatin1String(", ")));

    if (!unknown.isEmpty()) {
        QStringList names;
        for (const HostKeyScanResult &r : std::as_const(unknown))
            names.append(r.node);
        const QString unknownNames = names.join(QLatin1String(", "));
        m_trustDialog = new HostKeyTrustDialog(unknown, m_scanner->trustFile(), this);
        m_trustDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_trustDialog, &QDialog::accepted, this,
                [this, unknown, unknownNames, unreachableText] {
                    const Core::Expected<Core::Done> trusted = m_scanner->trust(unknown);
                    if (!trusted) {
                        m_error->setError(trusted.error());
                        finishHostKeyStep(
                            false,
                            tr("The host keys could not be saved; nothing else was changed."));
                        return;
                    }
                    finishHostKeyStep(true, tr("Trusted the host keys of %1.").arg(unknownNames) +
                                                unreachableText);
                });
        connect(m_trustDialog, &QDialog::rejected, this, [this] {
            finishHostKeyStep(false, tr("Host keys not trusted; nothing was saved. Press Next to "
                                        "check again."));
        });
        m_progress->setText(tr("Not known yet: the host keys of %1.").arg(unknownNames));
        m_trustDialog->open();
        Q_EMIT completeChanged();
        return;
    }
    finishHostKeyStep(true, (unreachable.size() == results.size() && !results.isEmpty()
                                 ? QString()
                                 : tr("All reachable host keys are trusted.")) +
                                unreachableText);
}

void NodesPage::finishHostKeyStep(bool proceed, const QString &text)
{
    // The dialog closes itself; until then isCheckingHostKeys() still sees it.
    if (m_trustDialog)
        m_trustDialog->disconnect(this);
    m_trustDialog = nullptr;
    m_progress->setText(text.trimmed());
    Q_EMIT completeChanged();
    // The inputs may have changed meaning meanwhile (a late name lookup found a duplicate).
    if (proceed && !m_issues.isEmpty()) {
        proceed = false;
        m_progress->setText(m_progress->text() + QLatin1Char(' ') +
                            tr("Fix the marked fields, then press Next again."));
    }
    Q_EMIT hostKeyStepFinished(proceed);
    if (proceed && wizard()) {
        m_proceed = true;
        wizard()->next();
        m_proceed = false;
    }
}

void NodesPage::setBusy(bool busy)
{
    m_inputs->setEnabled(!busy);
    m_stopButton->setVisible(busy);
    Q_EMIT completeChanged();
}

} // namespace Ocw::Wizard
