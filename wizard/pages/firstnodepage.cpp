#include "firstnodepage.h"

#include "core/checks/checkcatalogue.h"
#include "core/plan/confrenderer.h"
#include "core/plan/firstnodejob.h"
#include "core/plan/installplan.h"
#include "core/plan/nodecommands.h"
#include "core/plan/nodeconfcomparison.h"
#include "core/plan/phaseplan.h"
#include "core/run/confcomparisoncontroller.h"
#include "core/run/firstnodecontroller.h"
#include "core/run/packagehashcontroller.h"
#include "core/secrets/secretnames.h"
#include "core/secrets/secretresolver.h"
#include "core/secrets/secretstore.h"
#include "core/ssh/fileuploader.h"
#include "widgets/certificatetrustdialog.h"
#include "widgets/confform.h"
#include "widgets/errorpanel.h"
#include "widgets/installsteplist.h"
#include "widgets/issuelabel.h"
#include "widgets/verdictstyle.h"
#include "wizardcontext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Ocw::Wizard {

using Core::CheckResult;
using Core::PackageHashController;
using Core::Verdict;

namespace {

constexpr int kLogLines = 200;

QPlainTextEdit *monospaceView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

// Replaces the text and keeps the reader's place (the preview changes with every keystroke).
void setTextKeepingScroll(QPlainTextEdit *view, const QString &text)
{
    if (view->toPlainText() == text)
        return;
    const int v = view->verticalScrollBar()->value();
    const int h = view->horizontalScrollBar()->value();
    view->setPlainText(text);
    view->verticalScrollBar()->setValue(v);
    view->horizontalScrollBar()->setValue(h);
}

// Steps that may change the node; the summary of a cancelled run names those that finished.
bool changesTheNode(const QString &stepId)
{
    static const QStringList ids{
        QStringLiteral("first-node.repository-env"), QStringLiteral("first-node.upload"),
        QStringLiteral("first-node.install"), QStringLiteral("first-node.octane-conf"),
        QStringLiteral("first-node.start")};
    return ids.contains(stepId);
}

} // namespace

FirstNodePage::FirstNodePage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_packageTimer(new QTimer(this))
    , m_hasher(new PackageHashController(this))
    , m_controller(new Core::FirstNodeController(this))
    , m_comparer(new Core::ConfComparisonController(this))
{
    setTitle(tr("First node"));
    buildUi();

    m_packageTimer->setSingleShot(true);
    m_packageTimer->setInterval(300);
    connect(m_packageTimer, &QTimer::timeout, this, &FirstNodePage::onPackagePathEdited);
    connect(m_hasher, &PackageHashController::progressed, this, [this](qint64 done, qint64 total) {
        setPackageInfo(tr("Computing the SHA-256… %1 %").arg(total > 0 ? done * 100 / total : 0));
    });
    connect(m_hasher, &PackageHashController::finished, this, &FirstNodePage::onPackageHashed);

    connect(m_controller, &Core::FirstNodeController::stepFinished, this,
            &FirstNodePage::onStepFinished);
    connect(m_controller, &Core::FirstNodeController::progressed, this,
            &FirstNodePage::onProgressed);
    connect(m_controller, &Core::FirstNodeController::finished, this,
            &FirstNodePage::onInstallFinished);
    connect(m_comparer, &Core::ConfComparisonController::finished, this,
            &FirstNodePage::onCompared);
    connect(m_controller, &Core::FirstNodeController::certificateRefused, this,
            [this](const Core::CertificateInfo &certificate, const QString &host) {
                m_refusedCertificate = std::make_pair(certificate, host);
            });
}

FirstNodePage::~FirstNodePage() = default;

void FirstNodePage::buildUi()
{
    // Left: the settings form (scrolls). Right: preview, plan and the run.
    m_formPane = new QWidget;
    auto *formLayout = new QVBoxLayout(m_formPane);
    formLayout->setContentsMargins(0, 0, 6, 0);
    m_keychainNote = new QLabel(m_formPane);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setVisible(false);
    auto *legend = new QLabel(
        tr("Settings written to octane.conf on the first node. Keys marked ? are not confirmed by "
           "the public documentation: compare them with your release's octane.conf."),
        m_formPane);
    legend->setWordWrap(true);
    m_form = new ConfForm(m_formPane);
    connect(m_form, &ConfForm::edited, this, &FirstNodePage::revalidate);
    m_releaseLabel = new QLabel(m_formPane);
    m_releaseLabel->setObjectName(QStringLiteral("release"));
    m_releaseLabel->setWordWrap(true);
    m_releaseLabel->setTextFormat(Qt::PlainText);
    m_releaseButton = new QPushButton(tr("Load &definition…"), m_formPane);
    m_releaseButton->setToolTip(
        tr("Use a release definition file (JSON) for a release whose octane.conf keys, paths or "
           "commands differ from the built-in one. The profile remembers the file."));
    connect(m_releaseButton, &QPushButton::clicked, this, &FirstNodePage::onLoadReleaseFile);
    auto *releaseRow = new QHBoxLayout;
    releaseRow->addWidget(m_releaseLabel, 1);
    releaseRow->addWidget(m_releaseButton, 0, Qt::AlignTop);
    formLayout->addLayout(releaseRow);
    formLayout->addWidget(m_keychainNote);
    formLayout->addWidget(legend);
    formLayout->addWidget(m_form, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_formPane);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_tabs = new QTabWidget(this);
    auto *previewTab = new QWidget(m_tabs);
    auto *previewLayout = new QVBoxLayout(previewTab);
    auto *previewNote = new QLabel(
        tr("The file as written on a node without one, secrets masked. Where a file exists, the "
           "installation changes only the settings that differ, after a backup."),
        previewTab);
    previewNote->setWordWrap(true);
    m_preview = monospaceView(previewTab);
    m_preview->setObjectName(QStringLiteral("preview"));
    previewLayout->addWidget(previewNote);
    previewLayout->addWidget(m_preview, 2);
    m_compareButton = new QPushButton(previewTab);
    m_compareButton->setObjectName(QStringLiteral("compareWithNode"));
    m_compareButton->setToolTip(tr("Reads octane.conf on the node (read only, as root through "
                                   "sudo) and shows what Install would change in it."));
    connect(m_compareButton, &QPushButton::clicked, this, &FirstNodePage::compareWithNode);
    m_compareNote = new QLabel(previewTab);
    m_compareNote->setWordWrap(true);
    m_compareNote->setTextFormat(Qt::PlainText);
    m_compareNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(m_compareButton, 0, Qt::AlignTop);
    compareRow->addWidget(m_compareNote, 1);
    previewLayout->addLayout(compareRow);
    m_nodeDiff = monospaceView(previewTab);
    m_nodeDiff->setObjectName(QStringLiteral("nodeDiff"));
    m_nodeDiff->setVisible(false);
    previewLayout->addWidget(m_nodeDiff, 1);
    m_tabs->addTab(previewTab, tr("Preview octane.conf"));

    auto *planTab = new QWidget(m_tabs);
    auto *planLayout = new QVBoxLayout(planTab);
    m_planNote = new QLabel(planTab);
    m_planNote->setWordWrap(true);
    m_planNote->setTextFormat(Qt::PlainText);
    m_plan = monospaceView(planTab);
    m_plan->setObjectName(QStringLiteral("plan"));
    planLayout->addWidget(m_planNote);
    planLayout->addWidget(m_plan, 1);
    m_tabs->addTab(planTab, tr("What will happen"));

    m_runTab = new QWidget(m_tabs);
    auto *runLayout = new QVBoxLayout(m_runTab);
    m_steps = new InstallStepList;
    auto *stepScroll = new QScrollArea(m_runTab);
    stepScroll->setWidget(m_steps);
    stepScroll->setWidgetResizable(true);
    stepScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *logBox = new QWidget(m_runTab);
    auto *logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(new QLabel(tr("Server log (last %1 lines)").arg(kLogLines), logBox));
    m_log = monospaceView(logBox);
    m_log->setObjectName(QStringLiteral("log"));
    m_log->setMaximumBlockCount(kLogLines);
    logLayout->addWidget(m_log, 1);
    auto *runSplitter = new QSplitter(Qt::Vertical, m_runTab);
    runSplitter->addWidget(stepScroll);
    runSplitter->addWidget(logBox);
    runSplitter->setChildrenCollapsible(false);
    runSplitter->setSizes({600, 250}); // proportions: the steps first, the log below
    runLayout->addWidget(runSplitter, 1);
    m_tabs->addTab(m_runTab, tr("Installation"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({560, 480}); // the form a little wider: labels, editors and messages

    m_installButton = new QPushButton(tr("Install"), this);
    m_installButton->setObjectName(QStringLiteral("install"));
    m_cancelButton = new QPushButton(tr("Ca&ncel installation"), this);
    m_cancelButton->setVisible(false);
    connect(m_installButton, &QPushButton::clicked, this, &FirstNodePage::startInstall);
    connect(m_cancelButton, &QPushButton::clicked, this, &FirstNodePage::cancelInstall);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusIcon = new QLabel(this);
    m_statusIcon->setFixedSize(18, 18);
    m_statusIcon->setVisible(false);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_installButton);
    actions->addWidget(m_cancelButton);
    actions->addSpacing(6);
    actions->addWidget(m_statusIcon);
    actions->addWidget(m_status, 1);

    m_error = new ErrorPanel(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buildPackageBox());
    layout->addLayout(actions);
    layout->addWidget(m_error);
}

QWidget *FirstNodePage::buildPackageBox()
{
    m_packageBox = new QWidget(this);
    auto *grid = new QVBoxLayout(m_packageBox);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(2);

    m_packagePath = new QLineEdit(m_packageBox);
    m_packagePath->setObjectName(QStringLiteral("package"));
    m_packagePath->setPlaceholderText(tr("octane-onprem-<version>.rpm on this workstation"));
    connect(m_packagePath, &QLineEdit::textEdited, this, [this] {
        m_packageTimer->start();
        updateInstallState();
    });
    m_browseButton = new QPushButton(tr("&Browse…"), m_packageBox);
    connect(m_browseButton, &QPushButton::clicked, this, &FirstNodePage::onBrowsePackage);
    auto *label = new QLabel(tr("&Package:"), m_packageBox);
    label->setBuddy(m_packagePath);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_packagePath, 1);
    row->addWidget(m_browseButton);
    grid->addLayout(row);

    m_packageInfo = new QLabel(m_packageBox);
    m_packageInfo->setTextFormat(Qt::PlainText);
    m_packageInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_packageInfo->setObjectName(QStringLiteral("packageInfo"));
    m_packageInfo->setVisible(false);
    m_packageIssue = new IssueLabel(m_packageBox);
    grid->addWidget(m_packageInfo);
    grid->addWidget(m_packageIssue);

    m_repoEnv = new QCheckBox(m_packageBox);
    m_repoEnv->setObjectName(QStringLiteral("setRepositoryEnv"));
    m_repoEnv->setChecked(false);
    connect(m_repoEnv, &QCheckBox::toggled, this, &FirstNodePage::updatePlan);
    grid->addWidget(m_repoEnv);

    // HTTPS needs the server's SSL set up (enablessl.sh); a certificate TLS refuses is shown
    // and may be trusted for this profile after the run.
    m_scheme = new QComboBox(m_packageBox);
    m_scheme->setObjectName(QStringLiteral("serverScheme"));
    m_scheme->addItem(QString(), QStringLiteral("http"));
    m_scheme->addItem(QString(), QStringLiteral("https"));
    connect(m_scheme, &QComboBox::currentIndexChanged, this, &FirstNodePage::updatePlan);
    auto *schemeLabel = new QLabel(tr("Sign &in over:"), m_packageBox);
    schemeLabel->setBuddy(m_scheme);
    auto *schemeRow = new QHBoxLayout;
    schemeRow->addWidget(schemeLabel);
    schemeRow->addWidget(m_scheme);
    schemeRow->addSpacing(18);
    m_readyTimeout = new QSpinBox(m_packageBox);
    m_readyTimeout->setObjectName(QStringLiteral("readyTimeout"));
    m_readyTimeout->setRange(10, 7200);
    m_readyTimeout->setSuffix(tr(" s"));
    m_readyTimeout->setToolTip(tr("How long the server may take from Start to its ready line "
                                  "before the step fails with the log tail. A first start "
                                  "creates the database schema and can take minutes."));
    auto *timeoutLabel = new QLabel(tr("Wait for the server &up to:"), m_packageBox);
    timeoutLabel->setBuddy(m_readyTimeout);
    schemeRow->addWidget(timeoutLabel);
    schemeRow->addWidget(m_readyTimeout);
    schemeRow->addStretch(1);
    grid->addLayout(schemeRow);
    return m_packageBox;
}

void FirstNodePage::loadRelease()
{
    const QString id = m_context->profile().release;
    if (m_release && m_releaseSource == id)
        return;
    const Core::Expected<Core::ReleaseDefinition> loaded = Core::ReleaseDefinition::load(id);
    m_releaseSource = id;
    if (!loaded) {
        m_release.reset();
        m_error->setError(loaded.error());
        m_form->setRelease(Core::ReleaseDefinition());
        showRelease();
        return;
    }
    m_release = *loaded;
    m_context->setRelease(m_release);
    m_form->setRelease(*m_release);
    showRelease();
}

void FirstNodePage::showRelease()
{
    if (!m_release) {
        m_releaseLabel->setText(tr("Release definition: none loaded (%1).").arg(m_releaseSource));
        return;
    }
    const bool builtIn = !m_releaseSource.contains(QLatin1Char('/'));
    m_releaseLabel->setText(
        builtIn
            ? tr("Release definition: %1 (built in, %2).").arg(m_release->title(), m_release->id())
            : tr("Release definition: %1 (%2, from %3).")
                  .arg(m_release->title(), m_release->id(), m_releaseSource));
}

QString FirstNodePage::releaseText() const
{
    return m_releaseLabel->text();
}

bool FirstNodePage::setReleaseSource(const QString &idOrPath)
{
    const Core::Expected<Core::ReleaseDefinition> loaded = Core::ReleaseDefinition::load(idOrPath);
    if (!loaded) {
        m_error->setError(loaded.error());
        return false;
    }
    commitInputs(); // what was typed stays for the keys both definitions know
    Core::ClusterProfile profile = m_context->profile();
    if (m_release) {
        // The old definition's keys that the new one does not know would otherwise be written
        // into the new release's octane.conf; keys no definition knows (the user's) stay.
        for (const Core::ConfKey &key : m_release->confKeys()) {
            if (!loaded->confKey(key.path))
                profile.octaneConf.remove(key.path);
        }
    }
    profile.release = idOrPath;
    // Taken as loaded now, also when the same file was edited since it was last loaded.
    m_release = *loaded;
    m_context->setRelease(m_release);
    m_releaseSource = idOrPath;
    m_form->setRelease(*m_release);
    showRelease();
    // A comparison made for the old definition says nothing about the new one.
    m_comparer->cancel();
    m_compareNote->clear();
    m_nodeDiff->clear();
    m_nodeDiff->setVisible(false);
    m_context->setProfile(profile);
    m_error->clear();
    initializePage(); // the form, its values and secrets, the plan: from the new definition
    return true;
}

void FirstNodePage::onLoadReleaseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Release definition"), QString(),
                                                      tr("Release definitions (*.json)"));
    if (!path.isEmpty())
        setReleaseSource(QFileInfo(path).absoluteFilePath());
}

void FirstNodePage::initializePage()
{
    m_error->clear();
    loadRelease();
    const Core::ClusterProfile profile = m_context->profile();
    const QString node = firstNode();
    if (node != m_ranOn)
        m_runSummary.clear(); // it spoke of another node
    setSubTitle(tr("Installs Octane on %1 only: octane.conf from these settings, the package, then "
                   "the server is started and followed until it is ready. The other nodes come "
                   "later.")
                    .arg(node));
    m_installButton->setText(tr("&Install on %1").arg(node));
    m_compareButton->setText(tr("Compare with %1").arg(node));
    m_installButton->setMinimumWidth(0);
    m_installButton->setMinimumWidth(m_installButton->sizeHint().width() + 16); // room to breathe
    if (m_release) {
        const Core::RepositoryEnv &env = m_release->repositoryEnv();
        m_repoEnv->setText(tr("Set %1 on the node if it is missing").arg(env.variable));
        m_repoEnv->setToolTip(
            tr("Adds the line %1 to %2 on %3 when the variable is not set there. Without it the "
               "installation stops at that step; nothing is added unless you tick this.")
                .arg(env.line(profile.repositoryDir), env.file, node));
        m_form->setProfile(profile);
        readSecrets();
        const int http = m_release->port(QStringLiteral("http"));
        const int https = m_release->port(QStringLiteral("https"));
        m_scheme->setItemText(0, tr("HTTP (port %1)").arg(http ? http : 8080));
        m_scheme->setItemText(1, tr("HTTPS (port %1)").arg(https ? https : 8443));
    }
    m_scheme->setCurrentIndex(qMax(0, m_scheme->findData(profile.serverScheme)));
    m_readyTimeout->setValue(profile.readyTimeoutS);
    // A package named on the command line (the demo's): chosen once, as if browsed to.
    if (!m_context->initialPackagePath().isEmpty() && m_hasher->path().isEmpty()) {
        setPackagePath(m_context->initialPackagePath());
        m_context->setInitialPackagePath(QString());
    }
    revalidate();
    updatePlan();
}

void FirstNodePage::cleanupPage()
{
    // Back: keep what was typed (the form refills from the profile when shown again).
    commitInputs();
    QWizardPage::cleanupPage();
}

bool FirstNodePage::validatePage()
{
    commitInputs();
    return isComplete();
}

bool FirstNodePage::isComplete() const
{
    return !m_running && m_controller->succeeded() && m_ranOn == firstNode() && m_issues.isEmpty();
}

bool FirstNodePage::isInstalling() const
{
    return m_running;
}

QString FirstNodePage::firstNode() const
{
    return m_context->profile().firstNodeHost();
}

Core::ClusterProfile FirstNodePage::formProfile() const
{
    Core::ClusterProfile p = m_context->profile();
    // Keys this release does not know stay; the form's keys (secrets included) are replaced.
    QJsonObject conf = p.octaneConf;
    for (const QString &path : m_form->fieldPaths())
        conf.remove(path);
    const QJsonObject values = m_form->values();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        conf.insert(it.key(), it.value());
    p.octaneConf = conf;
    p.serverScheme = m_scheme->currentData().toString();
    p.readyTimeoutS = m_readyTimeout->value();
    return p;
}

void FirstNodePage::commitInputs()
{
    if (!m_release)
        return;
    const Core::ClusterProfile p = formProfile();
    if (p.octaneConf != m_context->profile().octaneConf ||
        p.serverScheme != m_context->profile().serverScheme ||
        p.readyTimeoutS != m_context->profile().readyTimeoutS)
        m_context->setProfile(p);
    commitSecrets();
}

void FirstNodePage::commitSecrets()
{
    const QString scope = m_context->secretScope();
    Core::SecretStore *store = m_context->secretStore();
    const QHash<QString, QString> secrets = m_form->secrets();
    const QPointer<FirstNodePage> self(this);
    for (const QString &path : m_release->secretKeyPaths()) {
        const QString name = Core::SecretNames::forConf(path);
        const QString value = secrets.value(path);
        m_context->setSecret(name, value);
        const QString key = scope + QLatin1Char('/') + name;
        if (!store || value.isEmpty() || m_keychainCopy.value(key) == value)
            continue;
        m_keychainCopy.insert(key, value);
        store->write(scope, name, value, [self](const Core::Expected<Core::Done> &written) {
            if (self && !written)
                self->showKeychainNote(written.error().message);
        });
    }
}

void FirstNodePage::readSecrets()
{
    const QString scope = m_context->secretScope();
    const QHash<QString, QString> memory = m_context->secrets();
    Core::SecretStore *store = m_context->secretStore();
    const QPointer<FirstNodePage> self(this);
    for (const QString &path : m_release->secretKeyPaths()) {
        const QString name = Core::SecretNames::forConf(path);
        if (!memory.value(name).isEmpty()) {
            m_form->fillSecret(path, memory.value(name));
            continue;
        }
        if (!store)
            continue;
        store->read(scope, name, [self, scope, name, path](const Core::Expected<QString> &value) {
            if (!self)
                return;
            if (value && !value->isEmpty()) {
                self->m_keychainCopy.insert(scope + QLatin1Char('/') + name, *value);
                self->m_form->fillSecret(path, *value);
            } else if (!value && value.error().code == Core::ErrorCode::Keychain) {
                self->showKeychainNote(Core::SecretStore::memoryOnlyNote(value.error().message));
            }
        });
    }
}

void FirstNodePage::showKeychainNote(const QString &text)
{
    m_keychainNote->setText(QStringLiteral("\u26a0 ") + text);
    m_keychainNote->setVisible(!text.isEmpty());
}

void FirstNodePage::revalidate()
{
    if (!m_release) {
        m_issues = {{QString(), tr("The release definition did not load.")}};
        m_preview->clear();
        updateInstallState();
        return;
    }
    const Core::Expected<Core::ConfRenderer::Output> out =
        Core::ConfRenderer(formProfile(), *m_release).render(QByteArray(), m_form->secrets());
    if (!out) {
        m_issues = {{QString(), out.error().message}};
        m_error->setError(out.error());
        m_preview->clear();
    } else {
        m_issues = out->issues;
        setTextKeepingScroll(m_preview, out->redactedText);
    }
    m_form->setIssues(m_issues);
    updateInstallState();
}

Core::PhaseInputs FirstNodePage::previewInputs(const Core::ClusterProfile &profile) const
{
    Core::PhaseInputs in;
    in.profile = profile;
    in.release = *m_release;
    in.packagePath = m_hasher->path();
    in.packageBytes = m_hasher->bytes();
    in.packageSha256 = m_hasher->sha256();
    in.setRepositoryEnv = m_repoEnv->isChecked();
    return in;
}

void FirstNodePage::updatePlan()
{
    const QString node = firstNode();
    if (!m_release) {
        m_planNote->clear();
        m_plan->clear();
        return;
    }
    if (!m_hasher->hasResult()) {
        m_planNote->setText(tr("Choose the package (below) to see the exact commands that will "
                               "run on %1. Nothing changes before you press Install.")
                                .arg(node));
        m_plan->clear();
        return;
    }
    const Core::ClusterProfile profile = formProfile();
    const Core::PhaseInputs planInputs = previewInputs(profile);
    const Core::InstallPlan plan = Core::PhasePlan::firstNode(planInputs).dryRun(planInputs);
    const Core::RepositoryEnv &env = m_release->repositoryEnv();
    const QString consent =
        m_repoEnv->isChecked()
            ? tr("%1: added to %2 on %3 if it is missing (you agreed).")
                  .arg(env.variable, env.file, node)
            : tr("%1: only checked; the installation stops if it is missing (tick the box below "
                 "to let the wizard add it).")
                  .arg(env.variable);
    m_planNote->setText(tr("Nothing has changed yet. Install runs these steps on %1, in this "
                           "order, and stops at the first failure. Secrets travel on stdin, "
                           "never on a command line.")
                            .arg(node) +
                        QLatin1Char('\n') + consent);
    setTextKeepingScroll(m_plan, plan.toText());
}

// --- the package -------------------------------------------------------------------------------

void FirstNodePage::setPackagePath(const QString &path)
{
    m_packagePath->setText(path);
    m_packageTimer->stop();
    onPackagePathEdited();
}

void FirstNodePage::onBrowsePackage()
{
    QStringList patterns;
    if (m_release) {
        for (const Core::PackageKind &kind : m_release->packageKinds()) {
            for (const QString &suffix : kind.fileSuffixes)
                patterns.append(QLatin1Char('*') + suffix);
        }
    }
    const QString start = m_packagePath->text().trimmed().isEmpty()
                              ? QString()
                              : QFileInfo(m_packagePath->text().trimmed()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Octane package"), start,
        tr("Octane packages (%1);;All files (*)").arg(patterns.join(QLatin1Char(' '))));
    if (!path.isEmpty())
        setPackagePath(path);
}

void FirstNodePage::onPackagePathEdited()
{
    const QString path = m_packagePath->text().trimmed();
    m_packageIssue->setText(QString());
    setPackageInfo(QString());
    if (path.isEmpty() || !m_release) {
        m_hasher->clear();
    } else if (!m_release->packageKindFor(QFileInfo(path).fileName())) {
        QStringList suffixes;
        for (const Core::PackageKind &kind : m_release->packageKinds())
            suffixes += kind.fileSuffixes;
        m_hasher->clear();
        m_packageIssue->setText(
            tr("%1 is not a package this release installs (%2).")
                .arg(QFileInfo(path).fileName(), suffixes.join(QStringLiteral(", "))));
    } else if (!QFileInfo(path).isFile()) {
        m_hasher->clear();
        m_packageIssue->setText(tr("There is no file %1.").arg(path));
    } else {
        // Always read again: the file may have changed since it was last chosen.
        setPackageInfo(tr("Computing the SHA-256…"));
        m_hasher->start(path);
    }
    updatePlan();
    updateInstallState();
}

void FirstNodePage::onPackageHashed(bool ok)
{
    m_context->setPackage(
        ok ? WizardContext::Package{m_hasher->path(), m_hasher->bytes(), m_hasher->sha256()}
           : WizardContext::Package{});
    if (ok) {
        setPackageInfo(tr("%1 (%2 bytes) · SHA-256 %3")
                           .arg(Core::FileUploader::formatBytes(m_hasher->bytes()),
                                QLocale().toString(m_hasher->bytes()), m_hasher->sha256()));
        m_packageIssue->setText(QString());
    } else {
        setPackageInfo(QString());
        m_packageIssue->setText(m_hasher->error().message);
    }
    updatePlan();
    updateInstallState();
}

void FirstNodePage::setPackageInfo(const QString &text)
{
    m_packageInfo->setText(text);
    m_packageInfo->setVisible(!text.isEmpty());
}

QString FirstNodePage::packageText() const
{
    return m_packageInfo->text();
}

// --- the run -----------------------------------------------------------------------------------

int FirstNodePage::issueCount() const
{
    QSet<QString> fields;
    for (const Core::FieldIssue &issue : m_issues)
        fields.insert(issue.field);
    return int(fields.size());
}

bool FirstNodePage::canInstall() const
{
    // Not while a comparison reads the node: its answer would describe the file before the run.
    return m_release && !m_running && !m_comparer->isRunning() && m_issues.isEmpty() &&
           m_hasher->hasResult() && m_hasher->path() == m_packagePath->text().trimmed() &&
           !firstNode().isEmpty();
}

void FirstNodePage::updateInstallState()
{
    m_installButton->setEnabled(canInstall());
    m_compareButton->setEnabled(!m_running && m_release && !m_comparer->isRunning());
    m_cancelButton->setVisible(m_running);
    if (!m_running) {
        QString text;
        const QString path = m_packagePath->text().trimmed();
        if (!m_release)
            text = tr("The release definition did not load (see below).");
        else if (!m_issues.isEmpty())
            text = issueCount() == 1
                       ? tr("1 setting to correct, marked in the form.")
                       : tr("%1 settings to correct, marked in the form.").arg(issueCount());
        else if (path.isEmpty())
            text = tr("Choose the package to install.");
        else if (m_hasher->isRunning() || m_packageTimer->isActive())
            text = tr("Reading the package…");
        else if (!canInstall())
            text = tr("Choose another package (see above).");
        else if (!m_runSummary.isEmpty())
            text = m_runSummary;
        else
            text = tr("Ready to install on %1.").arg(firstNode());
        m_status->setText(text);
        // The outcome of the last run, as long as it is what the line says.
        const bool outcome = text == m_runSummary && !m_runSummary.isEmpty();
        if (outcome) {
            const Verdict v = m_controller->succeeded() ? Verdict::Pass
                              : m_cancelled             ? Verdict::Skipped
                                                        : Verdict::Fail;
            m_statusIcon->setPixmap(VerdictStyle::icon(v).pixmap(18, 18));
            m_statusIcon->setToolTip(VerdictStyle::text(v));
        }
        m_statusIcon->setVisible(outcome);
    } else {
        m_statusIcon->setVisible(false);
    }
    Q_EMIT completeChanged();
}

std::optional<Core::SshTarget> FirstNodePage::firstNodeTarget()
{
    const Core::ClusterProfile &profile = m_context->profile();
    const QString node = profile.firstNodeHost();
    for (const Core::SshTarget &t : Core::SecretResolver::targets(profile, m_context->secrets())) {
        if (t.nodeName == node)
            return t;
    }
    m_error->setError(tr("The first node %1 is not in the node list.").arg(node),
                      tr("Choose the first node on the Nodes page."));
    return std::nullopt;
}

void FirstNodePage::compareWithNode()
{
    if (!m_release || m_running || m_comparer->isRunning())
        return;
    commitInputs();
    const std::optional<Core::SshTarget> target = firstNodeTarget();
    if (!target)
        return;
    const Core::ClusterProfile profile = m_context->profile();
    const Core::NodeConfComparison comparison(
        profile, *m_release, m_form->secrets(),
        Core::SecretResolver::sudoPasswords(profile, m_context->secrets())
            .value(profile.firstNodeHost()));
    m_compareNote->setText(tr("Reading octane.conf on %1…").arg(profile.firstNodeHost()));
    m_nodeDiff->clear();
    m_nodeDiff->setVisible(false);
    m_comparer->start(comparison, *target, m_context->makeConnector());
    updateInstallState();
}

void FirstNodePage::onCompared(const Core::ConfComparison &result)
{
    if (!result.isOk()) {
        m_compareNote->setText(result.error.fix.isEmpty()
                                   ? result.error.message
                                   : tr("%1 Fix: %2").arg(result.error.message, result.error.fix));
    } else if (!result.exists) {
        m_compareNote->setText(tr("%1 has no %2 yet: Install writes the whole file shown above.")
                                   .arg(result.node, result.confFile));
    } else if (result.identical) {
        m_compareNote->setText(tr("%1 on %2 already says all of this: Install will not rewrite it.")
                                   .arg(result.confFile, result.node));
    } else {
        const QString keys = result.changedKeys.join(QStringLiteral(", "));
        m_compareNote->setText(
            result.changedKeys.size() == 1
                ? tr("Install will change 1 setting in %1 on %2 (after a backup): %3.")
                      .arg(result.confFile, result.node, keys)
                : tr("Install will change %1 settings in %2 on %3 (after a backup): %4.")
                      .arg(result.changedKeys.size())
                      .arg(result.confFile, result.node, keys));
        m_nodeDiff->setPlainText(result.redactedDiff);
        m_nodeDiff->setVisible(true);
    }
    updateInstallState();
}

QString FirstNodePage::comparisonText() const
{
    return m_compareNote->text() + QLatin1Char('\n') + m_nodeDiff->toPlainText();
}

void FirstNodePage::startInstall()
{
    if (!canInstall())
        return;
    commitInputs();
    const Core::ClusterProfile profile = m_context->profile();
    const QHash<QString, QString> secrets = m_context->secrets();
    const QString node = profile.firstNodeHost();
    const std::optional<Core::SshTarget> target = firstNodeTarget();
    if (!target)
        return;

    Core::FirstNodeJob::Inputs in;
    in.profile = profile;
    in.release = *m_release;
    in.packagePath = m_hasher->path();
    in.confSecrets = m_form->secrets();
    in.sudoPassword = Core::SecretResolver::sudoPasswords(profile, secrets).value(node);
    in.setRepositoryEnv = m_repoEnv->isChecked();
    in.readyTimeoutS = profile.readyTimeoutS;

    // The rows: connection, then the plan's steps in the order the job runs them.
    QList<InstallStepList::Step> steps;
    for (const QString &id : {QStringLiteral("ssh.hostkey"), QStringLiteral("ssh.connect")}) {
        const Core::CheckDefinition *def = Core::CheckCatalogue::find(id);
        steps.append({id, def ? def->title : id});
    }
    const Core::PhaseInputs planInputs = previewInputs(profile);
    const Core::InstallPlan plan = Core::PhasePlan::firstNode(planInputs).dryRun(planInputs);
    for (const Core::PlanStep &s : plan.steps)
        steps.append({s.id, s.title});
    m_steps->setSteps(steps);
    m_log->clear();
    m_error->clear();
    m_runSummary.clear();
    m_tabs->setCurrentWidget(m_runTab);

    m_running = true;
    m_cancelled = false;
    m_refusedCertificate.reset();
    m_ranOn = node;
    setCommitPage(false);
    setInputsEnabled(false);
    m_status->setText(tr("Connecting to %1…").arg(node));
    m_steps->setRunning(QStringLiteral("ssh.hostkey"),
                        tr("Connecting to %1 and checking its host key…").arg(node));
    m_controller->start(in, *target, m_context->makeConnector());
    updateInstallState();
    Q_EMIT installingChanged(true);
}

void FirstNodePage::cancelInstall()
{
    if (!m_running)
        return;
    m_status->setText(tr("Cancelling: the current step stops, no further step starts…"));
    m_cancelButton->setEnabled(false);
    m_controller->cancel();
}

void FirstNodePage::onStepFinished(const CheckResult &result)
{
    m_steps->setResult(result);
}

void FirstNodePage::onProgressed(const QString &stepId, const QString &text)
{
    if (stepId == QLatin1String("log")) {
        appendLogLine(text);
        return;
    }
    m_steps->setRunning(stepId, text);
    if (m_running && m_cancelButton->isEnabled())
        m_status->setText(text);
}

void FirstNodePage::appendLogLine(const QString &line)
{
    // Follows the end unless the user scrolled up to read.
    QScrollBar *bar = m_log->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    m_log->appendPlainText(line);
    if (atEnd)
        bar->setValue(bar->maximum());
}

void FirstNodePage::onInstallFinished(bool cancelled)
{
    m_running = false;
    m_cancelled = cancelled;
    m_cancelButton->setEnabled(true);
    m_steps->finishRun();
    const QString node = firstNode();
    const QList<CheckResult> results = m_controller->results();
    const bool ok = m_controller->succeeded();
    m_context->setFirstNodeReady(ok);

    auto titleOf = [this](const QString &id) {
        const QString row = m_steps->rowText(id);
        const QString title = row.section(QLatin1Char('\n'), 0, 0);
        return title.section(QStringLiteral(" · "), 0, 0);
    };
    if (ok) {
        m_runSummary = tr("Octane runs on %1. %2").arg(node, results.last().message);
    } else if (cancelled) {
        QStringList done;
        for (const CheckResult &r : results) {
            if (r.verdict == Verdict::Pass && changesTheNode(r.checkId))
                done.append(titleOf(r.checkId));
        }
        m_runSummary = done.isEmpty()
                           ? tr("Cancelled; nothing was changed on %1.").arg(node)
                           : tr("Cancelled. Finished on %1 before that: %2. Install again "
                                "continues; finished steps are recognised, not redone.")
                                 .arg(node, done.join(QStringLiteral(", ")));
    } else {
        QString why = tr("the run ended without a result.");
        QString step;
        for (const CheckResult &r : results) {
            if (r.verdict == Verdict::Fail) {
                why = r.message;
                step = titleOf(r.checkId);
                break;
            }
        }
        m_runSummary =
            step.isEmpty() ? tr("Stopped: %1").arg(why) : tr("Stopped at %1: %2").arg(step, why);
    }
    setCommitPage(ok);
    setInputsEnabled(true);
    updateInstallState();
    Q_EMIT installingChanged(false);
    Q_EMIT installFinished(cancelled);
    if (!ok && !cancelled && m_refusedCertificate)
        askToTrustCertificate();
}

CertificateTrustDialog *FirstNodePage::certificateDialog() const
{
    return m_certificateDialog;
}

void FirstNodePage::askToTrustCertificate()
{
    const auto [certificate, host] = *m_refusedCertificate;
    m_refusedCertificate.reset(); // asked once per refusal
    if (m_context->profile().trustedFingerprintsFor(host).contains(
            Core::TrustedCertificate::normalizeFingerprint(certificate.sha256Fingerprint)))
        return; // trusted already: the failure is something else, named in the step
    if (m_certificateDialog)
        m_certificateDialog->deleteLater();
    m_certificateDialog =
        new CertificateTrustDialog(certificate, host, m_context->profilePath(), this);
    m_certificateDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        m_certificateDialog, &QDialog::accepted, this,
        [this, certificate = certificate, host = host] { trustCertificate(certificate, host); });
    m_certificateDialog->open(); // window-modal, never a nested event loop
}

void FirstNodePage::trustCertificate(const Core::CertificateInfo &certificate, const QString &host)
{
    Core::ClusterProfile profile = m_context->profile();
    if (!profile.trustCertificate(host, certificate.sha256Fingerprint))
        return;
    m_context->setProfile(profile);
    if (!m_context->profilePath().isEmpty()) {
        const Core::Expected<Core::Done> saved = profile.save(m_context->profilePath());
        if (!saved) {
            m_error->setError(tr("The certificate is trusted for this run, but the profile could "
                                 "not be saved: %1")
                                  .arg(saved.error().message),
                              tr("Save the profile on the Nodes page to keep the trust."));
        }
    }
    // Every step before the sign-in is recognised as done: this run only signs in again.
    startInstall();
}

void FirstNodePage::setInputsEnabled(bool enabled)
{
    m_formPane->setEnabled(enabled); // the release button with it
    m_packageBox->setEnabled(enabled);
}

QString FirstNodePage::issueText(const QString &field) const
{
    return m_form->issueText(field);
}

QString FirstNodePage::previewText() const
{
    return m_preview->toPlainText();
}

QString FirstNodePage::planText() const
{
    return m_planNote->text() + QLatin1Char('\n') + m_plan->toPlainText();
}

QString FirstNodePage::statusText() const
{
    return m_status->text();
}

QString FirstNodePage::logText() const
{
    return m_log->toPlainText();
}

} // namespace Ocw::Wizard
