#include "nodespage.h"

#include "installwizard.h"

#include "core/secrets/secretnames.h"
#include "keychainsync.h"
#include "models/nodetablemodel.h"
#include "widgets/errorpanel.h"
#include "widgets/hostkeytrustdialog.h"
#include "widgets/issuelabel.h"
#include "widgets/nodesecretsdialog.h"
#include "widgets/nodetablebox.h"
#include "widgets/profilesettingspane.h"
#include "wizardcontext.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHostInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace Ocw::Wizard {

using Core::ClusterProfile;
using Core::HostKeyScanResult;
using Core::Node;
using Core::SecretNames;

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
            [this] { m_config.setProfile(inputsOver(m_context->profile())); });

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
    // Step 9 for a cluster that is installed already: its octane.conf, then a rolling restart.
    auto *changeButton = new QPushButton(tr("Change the configuration…"), m_inputs);
    changeButton->setObjectName(QStringLiteral("changeConfiguration"));
    changeButton->setToolTip(tr("For a cluster installed already: edit the shared octane.conf and "
                                "restart the nodes one at a time."));
    connect(changeButton, &QPushButton::clicked, this, [this] {
        if (auto *w = qobject_cast<InstallWizard *>(wizard())) {
            w->requestReconfigure();
            w->next();
        }
    });
    profileRow->addWidget(changeButton);

    // The settings scroll rather than squeeze when messages (or an expanded error) need room.
    m_settings = new ProfileSettingsPane;
    m_issueLabels.insert(m_settings->issueLabels());
    connect(m_settings, &ProfileSettingsPane::edited, this, &NodesPage::inputsChanged);
    connect(m_settings, &ProfileSettingsPane::nodeSecretsRequested, this,
            &NodesPage::onNodeSecretsClicked);
    auto *scroll = new QScrollArea(m_inputs);
    scroll->setWidget(m_settings);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *columns = new QHBoxLayout;
    columns->setContentsMargins(0, 0, 0, 0);
    m_nodesBox = new NodeTableBox(m_model, m_inputs);
    m_issueLabels.insert(m_nodesBox->issueLabels());
    connect(m_nodesBox, &NodeTableBox::firstNodeChanged, this, &NodesPage::inputsChanged);
    connect(m_nodesBox, &NodeTableBox::pasteAccepted, this, [this](const QString &text) {
        const Core::Expected<int> added = pasteNodes(text);
        showResult(added ? Core::Error{} : added.error());
    });
    connect(m_nodesBox, &NodeTableBox::importChosen, this, [this](const QString &path) {
        const Core::Expected<int> added = importNodes(path);
        showResult(added ? Core::Error{} : added.error());
    });
    columns->addWidget(m_nodesBox, 3);
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

void NodesPage::initializePage()
{
    m_config.setProfilePath(m_context->profilePath());
    setProfile(m_context->profile());
    const Core::Error startup = m_context->startupError();
    if (startup.isError())
        m_error->setError(startup);
    readSecrets(m_context->secretScope());
}

void NodesPage::setProfile(const ClusterProfile &profile)
{
    m_filling = true;
    m_config.setProfile(profile);
    m_profileName->setText(profile.name);
    m_model->setNodes(profile.nodes.isEmpty() ? QList<Node>{Node{}} : profile.nodes);
    m_settings->setProfile(profile);
    refreshFirstNodeCombo(profile.firstNode);
    m_filling = false;
    inputsChanged();
}

ClusterProfile NodesPage::profile() const
{
    return inputsOver(m_config.profile());
}

ClusterProfile NodesPage::inputsOver(const ClusterProfile &base) const
{
    ClusterProfile p = base;
    p.name = m_profileName->text().trimmed();
    p.nodes = m_model->nodes();
    p.firstNode = m_nodesBox->firstNodeChoice()->currentData().toString();
    m_settings->applyTo(p);
    for (Node &n : p.nodes)
        n.keyFile = Core::expandHome(n.keyFile);
    return p;
}

void NodesPage::syncConfig()
{
    m_config.setProfile(profile());
    for (const QString &name : SecretNames::loginNames())
        m_config.setSharedSecret(name, m_settings->secretField(name)->text());
}

void NodesPage::refreshFirstNodeCombo(const QString &select)
{
    const QSignalBlocker blocker(m_nodesBox->firstNodeChoice());
    m_nodesBox->firstNodeChoice()->clear();
    for (const auto &[text, host] : m_config.firstNodeChoices(select))
        m_nodesBox->firstNodeChoice()->addItem(text, host);
    m_nodesBox->firstNodeChoice()->setCurrentIndex(
        qMax(0, m_nodesBox->firstNodeChoice()->findData(select)));
}

void NodesPage::nodesChanged()
{
    if (m_filling)
        return;
    m_filling = true;
    syncConfig();
    refreshFirstNodeCombo(m_nodesBox->firstNodeChoice()->currentData().toString());
    m_filling = false;
    inputsChanged();
}

void NodesPage::inputsChanged()
{
    if (m_filling)
        return;
    if (!isCheckingHostKeys() && !m_error->hasError())
        m_progress->clear();
    syncConfig();
    m_settings->setSecretRowsVisible(m_config.usesPassword(), m_config.usesKeyFile());
    revalidate();
    m_resolveTimer->start();
}

void NodesPage::onNodeSecretsClicked()
{
    auto *dialog = new NodeSecretsDialog(profile(), m_config.nodeSecrets(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_config.replaceNodeSecrets(dialog->hosts(), dialog->secrets());
        revalidate();
    });
    dialog->open();
}

void NodesPage::revalidate()
{
    syncConfig();
    m_model->setSharedDefaults(m_config.profile().ssh);
    m_config.revalidate(m_model->inputIssues());
    m_model->setIssues(m_config.issues());
    const QHash<QString, QStringList> lines = m_config.issueLines([this](const QString &field) {
        const int col = NodeTableModel::columnOfField(field);
        return m_model->headerData(qMax(0, col), Qt::Horizontal, Qt::DisplayRole).toString();
    });
    for (auto it = m_issueLabels.cbegin(); it != m_issueLabels.cend(); ++it)
        it.value()->setText(lines.value(it.key()).join(QLatin1Char('\n')));
    m_settings->setNodeSecretsNote(m_config.nodeSecretsText(), m_config.nodeSecretsDetails(),
                                   !m_config.nodeHosts().isEmpty());
    Q_EMIT completeChanged();
}

QString NodesPage::issueText(const QString &field) const
{
    const IssueLabel *label = m_issueLabels.value(field);
    return label ? label->text() : QString();
}

void NodesPage::resolveHosts()
{
    syncConfig();
    for (const QString &name : m_config.startLookups()) {
        QHostInfo::lookupHost(name, this, [this, name](const QHostInfo &info) {
            // A name that does not resolve here is not a duplicate; the checks report it.
            m_config.setResolved(name, info.error() == QHostInfo::NoError ? info.addresses()
                                                                          : QList<QHostAddress>());
            revalidate();
        });
    }
}

bool NodesPage::isComplete() const
{
    return m_config.issues().isEmpty() && !isCheckingHostKeys();
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

Core::Expected<int> NodesPage::pasteNodes(const QString &text)
{
    syncConfig();
    return addNodes(m_config.pasteNodes(text));
}

Core::Expected<int> NodesPage::importNodes(const QString &path)
{
    syncConfig();
    return addNodes(m_config.importNodes(path));
}

Core::Expected<int> NodesPage::addNodes(const Core::Expected<Core::NodesConfig::NodesToAdd> &add)
{
    if (!add)
        return add.error();
    if (add->replaceAll)
        m_model->setNodes(add->nodes);
    else
        m_model->appendNodes(add->nodes);
    return int(add->nodes.size());
}

void NodesPage::showResult(const Core::Error &error)
{
    if (error.isError())
        m_error->setError(error);
    else
        m_error->clear();
}

// --- profile files and secrets -------------------------------------------------------------

Core::Expected<Core::Done> NodesPage::saveProfile(const QString &path)
{
    syncConfig();
    const Core::Expected<Core::Done> saved = m_config.saveProfile(path);
    showResult(saved ? Core::Error{} : saved.error());
    if (!saved)
        return saved;
    m_context->setProfilePath(path);
    m_progress->setText(tr("Profile saved to %1 (without passwords).").arg(path));
    return saved;
}

Core::Expected<Core::Done> NodesPage::loadProfile(const QString &path)
{
    const Core::Expected<Core::Done> loaded = m_config.loadProfile(path);
    if (!loaded)
        return loaded;
    // Another profile, other secrets (another keychain scope); the old inputs must not be
    // laid over the loaded profile meanwhile.
    m_filling = true;
    for (const QString &name : SecretNames::loginNames())
        m_settings->secretField(name)->clear();
    m_filling = false;
    m_context->setProfilePath(path);
    setProfile(m_config.profile());
    m_progress->setText(tr("Profile loaded from %1.").arg(path));
    readSecrets(m_config.secretScope());
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
    showResult(loaded ? Core::Error{} : loaded.error());
}

void NodesPage::readSecrets(const QString &scope)
{
    const auto found = [this, scope](const QString &name, const QString &value) {
        syncConfig(); // a value typed meanwhile wins
        if (!m_config.takeStoredSecret(scope, name, value))
            return;
        if (QLineEdit *field = m_settings->secretField(name))
            field->setText(value);
        else
            revalidate();
    };
    KeychainSync::read(m_context->secretStore(), scope, m_config.secretNamesToRead(), this, found,
                       [this](const QString &note) { m_settings->showKeychainNote(note); });
}

void NodesPage::commitSecrets()
{
    const QString scope = m_context->secretScope();
    const Core::NodesConfig::SecretCommit commit =
        m_config.commitSecrets(scope, m_context->secrets());
    for (auto it = commit.run.cbegin(); it != commit.run.cend(); ++it)
        m_context->setSecret(it.key(), it.value());
    KeychainSync::commit(m_context->secretStore(), scope, commit.write, commit.remove, this,
                         [this](const QString &note) { m_settings->showKeychainNote(note); });
}

// --- the host key step ---------------------------------------------------------------------

bool NodesPage::validatePage()
{
    if (m_proceed)
        return true;
    if (isCheckingHostKeys() || !m_config.issues().isEmpty())
        return false;
    syncConfig();
    m_context->setProfile(m_config.profile());
    commitSecrets();
    startHostKeyCheck();
    return false;
}

void NodesPage::startHostKeyCheck()
{
    m_error->clear();
    const ClusterProfile &p = m_config.profile();
    const QList<Core::SshTarget> targets = m_config.hostKeyTargets();
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
    const Core::NodesConfig::HostKeyReview review =
        Core::NodesConfig::reviewHostKeys(m_scanner->results());
    if (!review.refused.isEmpty()) {
        // Never overridable: the only way on is to fix the key on file (or the server).
        m_error->setError(review.refusal);
        finishHostKeyStep(false, review.refusedText);
        return;
    }
    if (review.unknown.isEmpty()) {
        finishHostKeyStep(true, review.allTrustedText);
        return;
    }
    const QList<HostKeyScanResult> unknown = review.unknown;
    m_trustDialog = new HostKeyTrustDialog(unknown, m_scanner->trustFile(), this);
    m_trustDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_trustDialog, &QDialog::accepted, this, [this, review] {
        const Core::Expected<Core::Done> trusted = m_scanner->trust(review.unknown);
        if (!trusted) {
            m_error->setError(trusted.error());
            finishHostKeyStep(false,
                              tr("The host keys could not be saved; nothing else was changed."));
            return;
        }
        finishHostKeyStep(true, tr("Trusted the host keys of %1.").arg(review.unknownNames) +
                                    review.unreachableText);
    });
    connect(m_trustDialog, &QDialog::rejected, this, [this] {
        finishHostKeyStep(
            false, tr("Host keys not trusted; nothing was saved. Press Next to check again."));
    });
    m_progress->setText(tr("Not known yet: the host keys of %1.").arg(review.unknownNames));
    m_trustDialog->open();
    Q_EMIT completeChanged();
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
    if (proceed && !m_config.issues().isEmpty()) {
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
