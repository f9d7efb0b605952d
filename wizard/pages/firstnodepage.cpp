#include "firstnodepage.h"

#include "core/plan/stepid.h"

#include "core/run/confcomparisoncontroller.h"
#include "core/run/firstnodecontroller.h"
#include "core/run/packagehashcontroller.h"
#include "keychainsync.h"
#include "widgets/certificatetrustdialog.h"
#include "widgets/confform.h"
#include "widgets/confformpane.h"
#include "widgets/errorpanel.h"
#include "widgets/firstnodetabs.h"
#include "widgets/installactionbar.h"
#include "widgets/installoptionspane.h"
#include "widgets/installsteplist.h"
#include "wizardcontext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace Ocw::Wizard {

using Core::PackageHashController;

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
        m_options->setPackageInfo(
            tr("Computing the SHA-256… %1 %").arg(total > 0 ? done * 100 / total : 0));
    });
    connect(m_hasher, &PackageHashController::finished, this, &FirstNodePage::onPackageHashed);

    connect(m_controller, &Core::FirstNodeController::stepFinished, m_tabs->stepList(),
            &InstallStepList::setResult);
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
    m_formPane = new ConfFormPane(this);
    m_form = m_formPane->form();
    connect(m_form, &ConfForm::edited, this, &FirstNodePage::revalidate);
    connect(m_formPane, &ConfFormPane::loadDefinitionRequested, this,
            &FirstNodePage::onLoadReleaseFile);

    m_tabs = new FirstNodeTabs(this);
    connect(m_tabs->compareButton(), &QPushButton::clicked, this, &FirstNodePage::compareWithNode);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_formPane);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({560, 480}); // the form a little wider: labels, editors and messages

    m_options = new InstallOptionsPane(this);
    connect(m_options, &InstallOptionsPane::packagePathEdited, this, [this] {
        m_packageTimer->start();
        updateInstallState();
    });
    connect(m_options, &InstallOptionsPane::browseRequested, this, &FirstNodePage::onBrowsePackage);
    connect(m_options, &InstallOptionsPane::optionsChanged, this, &FirstNodePage::updatePlan);

    m_actions = new InstallActionBar(this);
    m_installButton = m_actions->installButton();
    m_cancelButton = m_actions->cancelButton();
    connect(m_installButton, &QPushButton::clicked, this, &FirstNodePage::startInstall);
    connect(m_cancelButton, &QPushButton::clicked, this, &FirstNodePage::cancelInstall);

    m_error = new ErrorPanel(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_options);
    layout->addWidget(m_actions);
    layout->addWidget(m_error);
}

void FirstNodePage::syncConfig()
{
    m_config.setProfile(m_context->profile());
    m_config.setSecrets(m_context->secrets());
    if (m_config.release()) {
        m_config.setConfValues(m_form->values());
        m_config.setConfSecrets(m_form->secrets());
    }
    m_config.setServerScheme(m_options->schemeChoice()->currentData().toString());
    m_config.setReadyTimeout(m_options->readyTimeout()->value());
    m_config.setRepositoryEnvConsent(m_options->repositoryEnvConsent()->isChecked());
    m_config.setPackagePath(m_options->packagePath());
    m_config.setHashedPackage(m_hasher->hasResult() ? m_hasher->path() : QString(),
                              m_hasher->bytes(), m_hasher->sha256());
    m_config.setPackageReading(m_hasher->isRunning() || m_packageTimer->isActive());
    m_config.setComparing(m_comparer->isRunning());
}

// --- the release definition --------------------------------------------------------------------

void FirstNodePage::loadRelease()
{
    m_config.setProfile(m_context->profile());
    if (!m_config.needsReleaseLoad())
        return;
    const Core::Expected<Core::Done> loaded = m_config.loadRelease();
    if (!loaded) {
        m_error->setError(loaded.error());
        m_form->setRelease(Core::ReleaseDefinition());
    } else {
        m_context->setRelease(m_config.release());
        m_form->setRelease(*m_config.release());
    }
    m_formPane->setReleaseText(m_config.releaseText());
}

bool FirstNodePage::setReleaseSource(const QString &idOrPath)
{
    syncConfig();
    const Core::Expected<Core::FirstNodeConfig::Commit> switched =
        m_config.setReleaseSource(idOrPath, m_context->secretScope());
    if (!switched) {
        m_error->setError(switched.error());
        return false;
    }
    m_context->setRelease(m_config.release());
    m_form->setRelease(*m_config.release());
    m_formPane->setReleaseText(m_config.releaseText());
    // A comparison made for the old definition says nothing about the new one.
    m_comparer->cancel();
    m_tabs->setComparison(QString());
    applyCommit(*switched);
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

// --- the page ----------------------------------------------------------------------------------

void FirstNodePage::initializePage()
{
    m_error->clear();
    loadRelease();
    const Core::ClusterProfile profile = m_context->profile();
    const QString node = firstNode();
    m_config.forgetRunOnOtherNode();
    setSubTitle(tr("Installs Octane on %1 only: octane.conf from these settings, the package, then "
                   "the server is started and followed until it is ready. The other nodes come "
                   "later.")
                    .arg(node));
    m_installButton->setText(tr("&Install on %1").arg(node));
    m_tabs->compareButton()->setText(tr("Compare with %1").arg(node));
    m_installButton->setMinimumWidth(0);
    m_installButton->setMinimumWidth(m_installButton->sizeHint().width() + 16); // room to breathe
    QComboBox *scheme = m_options->schemeChoice();
    if (m_config.release()) {
        m_options->repositoryEnvConsent()->setText(m_config.repositoryEnvText());
        m_options->repositoryEnvConsent()->setToolTip(m_config.repositoryEnvToolTip());
        m_form->setProfile(profile);
        readSecrets();
        const auto choices = m_config.schemeChoices();
        for (int i = 0; i < choices.size(); ++i)
            scheme->setItemText(qMax(0, scheme->findData(choices.at(i).second)),
                                choices.at(i).first);
    }
    scheme->setCurrentIndex(qMax(0, scheme->findData(profile.serverScheme)));
    m_options->readyTimeout()->setValue(profile.readyTimeoutS);
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
    return !m_running && m_controller->succeeded() && m_config.ranOn() == firstNode() &&
           m_config.issues().isEmpty();
}

// --- the inputs and the keychain ---------------------------------------------------------------

void FirstNodePage::commitInputs()
{
    syncConfig();
    applyCommit(m_config.commit(m_context->secretScope()));
}

void FirstNodePage::applyCommit(const Core::FirstNodeConfig::Commit &commit)
{
    if (commit.profile)
        m_context->setProfile(*commit.profile);
    for (auto it = commit.run.cbegin(); it != commit.run.cend(); ++it)
        m_context->setSecret(it.key(), it.value());
    KeychainSync::commit(m_context->secretStore(), m_context->secretScope(), commit.write,
                         commit.remove, this,
                         [this](const QString &note) { m_formPane->showKeychainNote(note); });
}

void FirstNodePage::readSecrets()
{
    m_config.setSecrets(m_context->secrets());
    const QHash<QString, QString> memory = m_config.secretsInMemory();
    for (auto it = memory.cbegin(); it != memory.cend(); ++it)
        m_form->fillSecret(it.key(), it.value());
    const QString scope = m_context->secretScope();
    const auto found = [this, scope](const QString &name, const QString &value) {
        syncConfig(); // a value typed meanwhile wins
        const QString path = m_config.takeStoredSecret(scope, name, value);
        if (!path.isEmpty())
            m_form->fillSecret(path, value);
    };
    KeychainSync::read(m_context->secretStore(), scope, m_config.secretNamesToRead(), this, found,
                       [this](const QString &note) { m_formPane->showKeychainNote(note); });
}

void FirstNodePage::revalidate()
{
    syncConfig();
    const Core::Expected<Core::Done> rendered = m_config.revalidate();
    if (!rendered)
        m_error->setError(rendered.error());
    m_tabs->setPreview(m_config.previewText());
    if (m_config.release())
        m_form->setIssues(m_config.issues());
    updateInstallState();
}

void FirstNodePage::updatePlan()
{
    syncConfig();
    m_tabs->setPlan(m_config.planNote(), m_config.dryRunText());
}

// --- the package -------------------------------------------------------------------------------

void FirstNodePage::setPackagePath(const QString &path)
{
    m_options->setPackagePath(path);
    m_packageTimer->stop();
    onPackagePathEdited();
}

void FirstNodePage::onBrowsePackage()
{
    syncConfig();
    const QString typed = m_config.packagePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Octane package"), typed.isEmpty() ? QString() : QFileInfo(typed).absolutePath(),
        tr("Octane packages (%1);;All files (*)")
            .arg(m_config.packageFilePatterns().join(QLatin1Char(' '))));
    if (!path.isEmpty())
        setPackagePath(path);
}

void FirstNodePage::onPackagePathEdited()
{
    syncConfig();
    m_options->setPackageIssue(m_config.packageIssue());
    m_options->setPackageInfo(QString());
    const QString toHash = m_config.packageToHash();
    if (toHash.isEmpty()) {
        m_hasher->clear();
    } else {
        // Always read again: the file may have changed since it was last chosen.
        m_options->setPackageInfo(tr("Computing the SHA-256…"));
        m_hasher->start(toHash);
    }
    updatePlan();
    updateInstallState();
}

void FirstNodePage::onPackageHashed(bool ok)
{
    m_context->setPackage(
        ok ? WizardContext::Package{m_hasher->path(), m_hasher->bytes(), m_hasher->sha256()}
           : WizardContext::Package{});
    syncConfig();
    m_options->setPackageInfo(ok ? m_config.packageText() : QString());
    m_options->setPackageIssue(ok ? QString() : m_hasher->error().message);
    updatePlan();
    updateInstallState();
}

// --- the run -----------------------------------------------------------------------------------

bool FirstNodePage::canInstall() const
{
    return !m_running && m_config.blocker().isEmpty();
}

void FirstNodePage::updateInstallState()
{
    syncConfig();
    m_installButton->setEnabled(canInstall());
    m_tabs->compareButton()->setEnabled(!m_running && m_config.release() &&
                                        !m_comparer->isRunning());
    m_cancelButton->setVisible(m_running);
    if (!m_running) {
        const QString text = m_config.statusText();
        // The outcome of the last run, as long as it is what the line says.
        const bool outcome = text == m_config.runSummary() && !m_config.runSummary().isEmpty();
        m_actions->setStatus(text, outcome ? std::optional(m_config.runVerdict()) : std::nullopt);
    }
    Q_EMIT completeChanged();
}

std::optional<Core::SshTarget> FirstNodePage::firstNodeTarget()
{
    const Core::Expected<Core::SshTarget> target = m_config.firstNodeTarget();
    if (!target) {
        m_error->setError(target.error());
        return std::nullopt;
    }
    return *target;
}

void FirstNodePage::compareWithNode()
{
    if (!m_config.release() || m_running || m_comparer->isRunning())
        return;
    commitInputs();
    const std::optional<Core::SshTarget> target = firstNodeTarget();
    if (!target)
        return;
    m_tabs->setComparison(tr("Reading octane.conf on %1…").arg(firstNode()));
    m_comparer->start(m_config.comparison(), *target, m_context->makeConnector());
    updateInstallState();
}

void FirstNodePage::onCompared(const Core::ConfComparison &result)
{
    const bool changes = result.isOk() && result.exists && !result.identical;
    m_tabs->setComparison(Core::FirstNodeConfig::comparisonText(result),
                          changes ? result.redactedDiff : QString());
    updateInstallState();
}

void FirstNodePage::startInstall()
{
    if (!canInstall())
        return;
    commitInputs();
    const std::optional<Core::SshTarget> target = firstNodeTarget();
    if (!target)
        return;
    const QString node = firstNode();
    QList<InstallStepList::Step> steps;
    for (const auto &[id, title] : m_config.startRun())
        steps.append({id, title});
    m_tabs->stepList()->setSteps(steps);
    m_tabs->clearLog();
    m_error->clear();
    m_tabs->showRun();

    m_running = true;
    m_refusedCertificate.reset();
    setCommitPage(false);
    setInputsEnabled(false);
    m_actions->setStatus(tr("Connecting to %1…").arg(node));
    m_tabs->stepList()->setRunning(QStringLiteral("ssh.hostkey"),
                                   tr("Connecting to %1 and checking its host key…").arg(node));
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_controller->start(m_config.jobInputs(), *target, m_context->makeConnector());
    updateInstallState();
    Q_EMIT installingChanged(true);
}

void FirstNodePage::cancelInstall()
{
    if (!m_running)
        return;
    m_actions->setStatus(tr("Cancelling: the current step stops, no further step starts…"));
    m_cancelButton->setEnabled(false);
    m_controller->cancel();
}

void FirstNodePage::onProgressed(const QString &stepId, const QString &text)
{
    if (stepId == QLatin1String("log")) {
        m_tabs->appendLogLine(text);
        return;
    }
    m_tabs->stepList()->setRunning(stepId, text);
    if (m_running && m_cancelButton->isEnabled())
        m_actions->setStatus(text);
}

void FirstNodePage::onInstallFinished(bool cancelled)
{
    m_running = false;
    m_cancelButton->setEnabled(true);
    m_tabs->stepList()->finishRun();
    const bool ok = m_controller->succeeded();
    m_context->setFirstNodeReady(ok);
    m_config.finishRun(m_controller->results(), ok, cancelled);
    Core::RunRecord::Phase phase;
    phase.id = Core::PhaseId::FirstNode;
    phase.title = title();
    phase.startedAt = m_startedAt;
    phase.durationMs = m_startedAt.msecsTo(QDateTime::currentDateTimeUtc());
    phase.cancelled = cancelled;
    phase.results = m_controller->results();
    phase.changingSteps = Core::RunRecord::changingSteps(m_config.plan());
    m_context->recordPhase(phase);
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
    m_formPane->setInputsEnabled(enabled); // the release button with it
    m_options->setEnabled(enabled);
}

} // namespace Ocw::Wizard
