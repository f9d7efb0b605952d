#include "installwizard.h"

#include "core/log/logbridge.h"
#include "core/log/logging.h"
#include "core/secrets/secretstore.h"
#include "pages/checkspage.h"
#include "pages/nodespage.h"
#include "wizardcontext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

namespace Ocw::Wizard {

InstallWizard::InstallWizard(WizardContext *context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
    , m_nodesPage(new NodesPage(context, this))
    , m_checksPage(new ChecksPage(context, this))
{
    setWindowTitle(tr("Octane Cluster Wizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setButtonText(QWizard::FinishButton, tr("Close"));
    setPage(NodesPageId, m_nodesPage);
    setPage(ChecksPageId, m_checksPage);
    setStartId(NodesPageId);
    resize(1100, 720);
}

void InstallWizard::reject()
{
    if (m_checksPage->isRunning()) {
        if (m_closing)
            return;
        m_closing = true;
        connect(m_checksPage, &ChecksPage::runFinished, this, [this] { QWizard::reject(); });
        m_checksPage->cancelRun();
        return;
    }
    QWizard::reject();
}

int runWizard(QApplication &app)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOpt(QStringLiteral("profile"),
                                        QStringLiteral("Cluster profile (JSON) to start from."),
                                        QStringLiteral("FILE"));
    parser.addOption(profileOpt);
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
