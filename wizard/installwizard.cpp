#include "installwizard.h"

#include "core/log/logbridge.h"
#include "core/log/logging.h"
#include "core/secrets/secretstore.h"
#include "pages/checkspage.h"
#include "pages/firstnodepage.h"
#include "pages/nodespage.h"
#include "pages/othernodespage.h"
#include "pages/reconfigurepage.h"
#include "pages/securepage.h"
#include "pages/summarypage.h"
#include "pages/verifypage.h"
#include "wizardcontext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace Ocw::Wizard {

InstallWizard::InstallWizard(WizardContext *context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
    , m_nodesPage(new NodesPage(context, this))
    , m_checksPage(new ChecksPage(context, this))
    , m_firstNodePage(new FirstNodePage(context, this))
    , m_otherNodesPage(new OtherNodesPage(context, this))
    , m_securePage(new SecurePage(context, this))
    , m_reconfigurePage(new ReconfigurePage(context, this))
    , m_verifyPage(new VerifyPage(context, this))
    , m_summaryPage(new SummaryPage(context, this))
{
    setWindowTitle(tr("Octane Cluster Wizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setButtonText(QWizard::FinishButton, tr("Close"));
    setPage(NodesPageId, m_nodesPage);
    setPage(ChecksPageId, m_checksPage);
    setPage(FirstNodePageId, m_firstNodePage);
    setPage(OtherNodesPageId, m_otherNodesPage);
    setPage(SecurePageId, m_securePage);
    setPage(VerifyPageId, m_verifyPage);
    setPage(SummaryPageId, m_summaryPage);
    setPage(ReconfigurePageId, m_reconfigurePage);
    setStartId(NodesPageId);
    setBackAllowed(true);
    // Back would leave a running installation behind: the button goes while it runs.
    connect(m_firstNodePage, &FirstNodePage::installingChanged, this,
            [this](bool installing) { setBackAllowed(!installing); });
    connect(m_otherNodesPage, &OtherNodesPage::runningChanged, this,
            [this](bool running) { setBackAllowed(!running); });
    connect(m_reconfigurePage, &ReconfigurePage::runningChanged, this,
            [this](bool running) { setBackAllowed(!running); });
    connect(m_securePage, &SecurePage::runningChanged, this,
            [this](bool running) { setBackAllowed(!running); });
    connect(m_verifyPage, &VerifyPage::runningChanged, this,
            [this](bool running) { setBackAllowed(!running); });
    // Back on the Nodes page: Next is the installation again.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == NodesPageId)
            m_reconfigure = false;
    });
    resize(1100, 760);
}

int InstallWizard::nextId() const
{
    if (currentId() == NodesPageId && m_reconfigure)
        return ReconfigurePageId;
    // The summary ends the installation; "Change the configuration" is reached from Nodes only.
    if (currentId() == SummaryPageId)
        return -1;
    // A cluster of one has no other nodes: from the First node page to the verification.
    if (currentId() == FirstNodePageId && m_context->profile().nodes.size() < 2)
        return SecurePageId;
    return QWizard::nextId();
}

bool InstallWizard::isInstalling() const
{
    return m_firstNodePage->isInstalling() || m_otherNodesPage->isRunning() ||
           m_securePage->isRunning() || m_reconfigurePage->isRunning();
}

void InstallWizard::setBackAllowed(bool allowed)
{
    QList<QWizard::WizardButton> layout{QWizard::Stretch};
    if (allowed)
        layout.append(QWizard::BackButton);
    layout +=
        {QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton};
    setButtonLayout(layout);
}

void InstallWizard::reject()
{
    if (isInstalling()) {
        if (m_closing || m_askStop)
            return;
        auto *ask =
            new QMessageBox(QMessageBox::Question, tr("Stop the installation?"),
                            tr("The installation on %1 is running. Stop it and close the wizard?")
                                .arg(m_otherNodesPage->isRunning() ? tr("the other nodes")
                                                                   : m_firstNodePage->firstNode()),
                            QMessageBox::NoButton, this);
        ask->setInformativeText(tr("The current step stops and no further step starts. Steps "
                                   "already finished stay done on the node; running the "
                                   "installation again recognises them."));
        QPushButton *stop = ask->addButton(tr("Stop and close"), QMessageBox::DestructiveRole);
        ask->addButton(tr("Continue installing"), QMessageBox::RejectRole);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        m_askStop = ask;
        connect(ask, &QMessageBox::buttonClicked, this, [this, stop](QAbstractButton *clicked) {
            if (clicked == stop)
                cancelInstallAndClose();
        });
        ask->open();
        return;
    }
    if (m_checksPage->isRunning()) {
        if (m_closing)
            return;
        m_closing = true;
        connect(m_checksPage, &ChecksPage::runFinished, this, [this] { QWizard::reject(); });
        m_checksPage->cancelRun();
        return;
    }
    if (m_verifyPage->isRunning()) {
        // It only reads: no question, the readings stop and the wizard closes.
        if (m_closing)
            return;
        m_closing = true;
        connect(m_verifyPage, &VerifyPage::runFinished, this, [this] { QWizard::reject(); });
        m_verifyPage->cancelVerify();
        return;
    }
    QWizard::reject();
}

void InstallWizard::cancelInstallAndClose()
{
    if (!isInstalling()) {
        QWizard::reject();
        return;
    }
    m_closing = true;
    if (m_otherNodesPage->isRunning()) {
        connect(m_otherNodesPage, &OtherNodesPage::runFinished, this,
                [this] { QWizard::reject(); });
        m_otherNodesPage->cancelInstall();
        return;
    }
    connect(m_firstNodePage, &FirstNodePage::installFinished, this, [this] { QWizard::reject(); });
    m_firstNodePage->cancelInstall();
}

int runWizard(QApplication &app)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOpt(QStringLiteral("profile"),
                                        QStringLiteral("Cluster profile (JSON) to start from."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption packageOpt(QStringLiteral("package"),
                                        QStringLiteral("The Octane package to install, chosen on "
                                                       "the First node page."),
                                        QStringLiteral("FILE"));
    parser.addOption(profileOpt);
    parser.addOption(packageOpt);
    // Unknown options (e.g. Qt's own -platform, already consumed by QApplication) are not fatal.
    parser.parse(app.arguments());

    Core::LogBridge logBridge;
    Core::Logging::init(Core::Logging::defaultFile(), &logBridge);
    Core::SecretStore secretStore;
    WizardContext context(&secretStore);
    context.setLogBridge(&logBridge);
    if (parser.isSet(profileOpt)) {
        const QString path = QFileInfo(parser.value(profileOpt)).absoluteFilePath();
        const Core::Expected<Core::ClusterProfile> loaded = Core::ClusterProfile::load(path);
        if (loaded) {
            context.setProfile(*loaded);
            context.setProfilePath(path);
        } else {
            context.setStartupError(loaded.error());
        }
    }
    if (parser.isSet(packageOpt))
        context.setInitialPackagePath(QFileInfo(parser.value(packageOpt)).absoluteFilePath());
    Core::Logging::info(QStringLiteral("wizard started%1")
                            .arg(context.profilePath().isEmpty()
                                     ? QString()
                                     : QStringLiteral(", profile ") + context.profilePath()));

    InstallWizard wizard(&context);
    wizard.show();
    const int rc = app.exec();
    Core::Logging::flush();
    return rc;
}

} // namespace Ocw::Wizard
