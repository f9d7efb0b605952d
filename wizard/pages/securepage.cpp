#include "securepage.h"

#include "core/plan/stepid.h"
#include "core/run/nodestatusmodel.h"
#include "core/run/phasecontroller.h"
#include "keychainsync.h"
#include "widgets/checkdetailspane.h"
#include "widgets/runviews.h"
#include "widgets/stepgrid.h"
#include "wizardcontext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Ocw::Wizard {

SecurePage::SecurePage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_controller(new Core::PhaseController(this))
    , m_status(new Core::NodeStatusModel(this))
{
    setTitle(tr("Secure deployment (optional)"));
    setSubTitle(tr("HTTPS from a keystore on every node, forced HTTPS, restricted permissions, "
                   "signed packages only, TLS 1.2 or later. Read what will change first; nothing "
                   "is applied until you press Apply, and Next without it leaves the nodes as "
                   "they are."));
    buildUi();
    connect(m_controller, &Core::PhaseController::stepStarted, this,
            [this](const QString &node, const QString &stepId, const QString &text) {
                m_status->stepStarted(node, stepId, text);
                updateState();
            });
    connect(m_controller, &Core::PhaseController::stepFinished, this,
            [this](const Core::CheckResult &result) {
                m_status->update(result);
                if (m_details->node() == result.node && m_details->checkId() == result.checkId)
                    showSelected();
                updateState();
            });
    connect(m_controller, &Core::PhaseController::finished, this, &SecurePage::onFinished);
}

SecurePage::~SecurePage() = default;

void SecurePage::buildUi()
{
    m_selfSigned = new QRadioButton(tr("&Self-signed (a test cluster: made for every node and the "
                                       "load balancer)"),
                                    this);
    m_ownKeystore = new QRadioButton(tr("&Keystore file (.p12):"), this);
    m_keystorePath = new QLineEdit(this);
    m_keystorePath->setObjectName(QStringLiteral("keystorePath"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Keystore"), QString(),
                                                          tr("PKCS12 keystores (*.p12 *.pfx)"));
        if (!file.isEmpty()) {
            m_keystorePath->setText(file);
            m_ownKeystore->setChecked(true);
        }
    });
    auto *ownRow = new QHBoxLayout;
    ownRow->addWidget(m_ownKeystore);
    ownRow->addWidget(m_keystorePath, 1);
    ownRow->addWidget(browse);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("keystorePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the keychain, never in the profile"));
    m_httpsPort = new QSpinBox(this);
    m_httpsPort->setRange(1, 65535);
    m_forceHttps =
        new QCheckBox(tr("&Force HTTPS (web.xml CONFIDENTIAL, jetty.xml SecurePort)"), this);
    m_permissions = new QCheckBox(tr("&Restrict permissions (octane.conf and the keystore 0600, "
                                     "the conf folder closed to others)"),
                                  this);
    m_tlsMinimum = new QComboBox(this);
    m_tlsMinimum->addItems({QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")});
    m_vendorKey = new QLineEdit(this);
    m_vendorKey->setPlaceholderText(tr("optional: the vendor's signing key (.asc), rpm --import"));
    auto *form = new QFormLayout;
    form->addRow(tr("Keystore:"), m_selfSigned);
    form->addRow(QString(), ownRow);
    form->addRow(tr("Keystore password:"), m_password);
    form->addRow(tr("HTTPS port:"), m_httpsPort);
    form->addRow(tr("TLS minimum:"), m_tlsMinimum);
    form->addRow(QString(), m_forceHttps);
    form->addRow(QString(), m_permissions);
    form->addRow(tr("Vendor key:"), m_vendorKey);
    for (QWidget *w : std::initializer_list<QWidget *>{m_selfSigned, m_ownKeystore, m_forceHttps,
                                                       m_permissions}) {
        connect(qobject_cast<QAbstractButton *>(w), &QAbstractButton::toggled, this,
                &SecurePage::readOptions);
    }
    for (QLineEdit *e : {m_keystorePath, m_password, m_vendorKey})
        connect(e, &QLineEdit::textChanged, this, &SecurePage::readOptions);
    connect(m_httpsPort, &QSpinBox::valueChanged, this, &SecurePage::readOptions);
    connect(m_tlsMinimum, &QComboBox::currentTextChanged, this, &SecurePage::readOptions);

    m_preview = RunViews::monospaceText(QStringLiteral("preview"), this);
    m_grid = new StepGrid(m_status, this);
    connect(m_grid, &StepGrid::currentCellChanged, this, &SecurePage::showSelected);
    m_details = new CheckDetailsPane(this);
    m_runTab = RunViews::gridWithDetails(m_grid, m_details, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_preview, tr("What will change"));
    m_tabs->addTab(m_runTab, tr("Secure deployment"));

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("status"));
    m_statusLabel->setWordWrap(true);
    m_applyButton = new QPushButton(tr("&Apply"), this);
    m_applyButton->setObjectName(QStringLiteral("apply"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    connect(m_applyButton, &QPushButton::clicked, this, &SecurePage::startApply);
    connect(m_cancelButton, &QPushButton::clicked, this, &SecurePage::cancelApply);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_statusLabel, 1);
    buttons->addWidget(m_applyButton);
    buttons->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
}

void SecurePage::initializePage()
{
    // Reached without the First node page (an installed cluster): the profile's release.
    if (!m_context->release()) {
        const Core::Expected<Core::ReleaseDefinition> release =
            Core::ReleaseDefinition::load(m_context->profile().release);
        if (release)
            m_context->setRelease(*release);
    }
    m_config.setProfile(m_context->profile());
    m_config.setRelease(m_context->release());
    m_config.setSecrets(m_context->secrets());
    const Core::SecureSettings s = m_config.settings();
    const QSignalBlocker b1(m_selfSigned), b2(m_ownKeystore), b3(m_keystorePath), b4(m_httpsPort),
        b5(m_forceHttps), b6(m_permissions), b7(m_tlsMinimum), b8(m_vendorKey), b9(m_password);
    m_selfSigned->setChecked(s.keystore.isEmpty() || s.isSelfSigned());
    m_ownKeystore->setChecked(!s.keystore.isEmpty() && !s.isSelfSigned());
    m_keystorePath->setText(s.isSelfSigned() ? QString() : s.keystore);
    m_httpsPort->setValue(s.httpsPort);
    m_forceHttps->setChecked(s.forceHttps);
    m_permissions->setChecked(s.permissions);
    m_tlsMinimum->setCurrentText(s.tlsMinimum);
    m_vendorKey->setText(s.vendorKey);
    if (m_context->release()) {
        const QString name = Core::SecureConfig::passwordSecretName(*m_context->release());
        m_password->setText(m_context->secrets().value(name));
        // The keychain's, when this profile stored one before (it fills an empty field only).
        KeychainSync::read(
            m_context->secretStore(), m_context->secretScope(), {name}, this,
            [this](const QString &, const QString &value) {
                if (m_password->text().isEmpty())
                    m_password->setText(value);
            },
            [this](const QString &text) { m_statusLabel->setText(text); });
    }
    readOptions();
}

void SecurePage::readOptions()
{
    Core::SecureSettings s = m_config.settings();
    s.keystore = m_ownKeystore->isChecked() ? m_keystorePath->text().trimmed()
                                            : Core::SecureSettings::SelfSigned;
    s.httpsPort = m_httpsPort->value();
    s.forceHttps = m_forceHttps->isChecked();
    s.permissions = m_permissions->isChecked();
    s.tlsMinimum = m_tlsMinimum->currentText();
    s.vendorKey = m_vendorKey->text().trimmed();
    m_config.setSettings(s);
    if (m_context->release()) {
        // A secret of the session (and, once applied, of the keychain): never the profile's.
        m_context->setSecret(Core::SecureConfig::passwordSecretName(*m_context->release()),
                             m_password->text());
        m_config.setSecrets(m_context->secrets());
    }
    if (!isRunning()) {
        const QString blocker = m_config.blocker();
        m_preview->setPlainText(
            (blocker.isEmpty() ? QString() : blocker + QStringLiteral("\n\n")) +
            tr("Nothing is applied until you press Apply. On the first node, then on each other "
               "node alone (the others keep serving):\n\n") +
            m_config.dryRunText());
    }
    updateState();
}

void SecurePage::updateState()
{
    const bool running = isRunning();
    const QString blocker = m_config.blocker();
    m_applyButton->setEnabled(!running && blocker.isEmpty());
    m_applyButton->setText(m_ranOnce ? tr("&Apply again") : tr("&Apply"));
    m_cancelButton->setEnabled(running);
    m_grid->setProgress(m_status->progress(), tr("%p% of the steps"));
    if (running)
        m_statusLabel->setText(tr("Applying the secure deployment, one node at a time…"));
    else if (m_ranOnce)
        m_statusLabel->setText(m_summary);
    else if (!blocker.isEmpty())
        m_statusLabel->setText(blocker);
    else
        m_statusLabel->setText(tr("Ready to apply (optional)."));
}

void SecurePage::startApply()
{
    if (isRunning())
        return;
    readOptions();
    const Core::Expected<Core::PhaseInputs> in = m_config.inputs();
    if (!in) {
        m_statusLabel->setText(in.error().message);
        return;
    }
    // The profile keeps the choices, the keychain the password (never the profile), for a
    // re-run and `install --phase secure`.
    m_context->setProfile(m_config.profileWithSettings());
    if (m_context->release())
        KeychainSync::commit(
            m_context->secretStore(), m_context->secretScope(),
            {{Core::SecureConfig::passwordSecretName(*m_context->release()), m_password->text()}},
            {}, this, [this](const QString &text) { m_summary = text; });
    const Core::PhasePlan plan = Core::PhasePlan::secure(*in);
    m_status->setPlan(plan);
    m_details->clear();
    m_ranOnce = true;
    m_summary.clear();
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_tabs->setCurrentWidget(m_runTab);
    m_controller->start(plan, *in, m_config.targets(), m_context->makeConnector());
    m_grid->setRunning(true);
    updateState();
    Q_EMIT runningChanged(true);
    Q_EMIT completeChanged();
}

void SecurePage::cancelApply()
{
    m_controller->cancelAll();
    m_statusLabel->setText(tr("Cancelling: the node at work finishes its current step…"));
}

bool SecurePage::isRunning() const
{
    return m_controller->isRunning();
}

void SecurePage::onFinished(bool cancelled)
{
    m_grid->setRunning(false);
    const QList<Core::CheckResult> all = m_controller->results();
    m_summary = Core::SecureConfig::summary(all, cancelled);
    Core::RunRecord::Phase phase;
    phase.id = Core::PhaseId::Secure;
    phase.title = title();
    phase.startedAt = m_startedAt;
    phase.durationMs = m_startedAt.msecsTo(QDateTime::currentDateTimeUtc());
    phase.cancelled = cancelled;
    phase.results = all;
    m_context->recordPhase(phase);
    for (const Core::CheckResult &r : all) {
        if (r.verdict == Core::Verdict::Fail && m_grid->selectCell(r.node, r.checkId)) {
            showSelected();
            break;
        }
    }
    updateState();
    Q_EMIT runningChanged(false);
    Q_EMIT completeChanged();
    Q_EMIT runFinished(cancelled);
}

void SecurePage::showSelected()
{
    m_grid->showCurrentIn(m_details);
}

bool SecurePage::isComplete() const
{
    return !isRunning(); // optional: Next without applying leaves the nodes as they are
}

QString SecurePage::statusText() const
{
    return m_statusLabel->text();
}

QString SecurePage::previewText() const
{
    return m_preview->toPlainText();
}

QList<Core::CheckResult> SecurePage::results() const
{
    return m_controller->results();
}

} // namespace Ocw::Wizard
