// Composition root: the headless commands (check, install, verify, restart, plan, store-secrets)
// run on a QCoreApplication; anything else opens the wizard.
#include "core/cli/checkcommand.h"
#include "core/cli/installcommand.h"
#include "core/cli/plancommand.h"
#include "core/cli/reconfigurecommand.h"
#include "core/cli/restartcommand.h"
#include "core/cli/storesecretscommand.h"
#include "core/cli/verifycommand.h"
#include "core/log/logging.h"

#ifdef OCW_HAVE_WIZARD
#include "installwizard.h"
#endif

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <memory>

namespace {

// The product's own strings (built in under :/i18n) and Qt's, for the user's locale.
void installTranslators(QCoreApplication &app)
{
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("octane-cluster-wizard"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("octane-cluster-wizard"));
    QCoreApplication::setApplicationName(QStringLiteral("octane-cluster-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OCW_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    const QString verb = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (verb == QLatin1String("check") || verb == QLatin1String("install") ||
        verb == QLatin1String("plan") || verb == QLatin1String("store-secrets") ||
        verb == QLatin1String("verify") || verb == QLatin1String("restart") ||
        verb == QLatin1String("reconfigure")) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslators(app);
        QStringList args = app.arguments();
        args.removeAt(1); // the verb
        if (verb == QLatin1String("install"))
            return Ocw::Core::InstallCommand::run(args);
        if (verb == QLatin1String("plan"))
            return Ocw::Core::PlanCommand::run(args);
        if (verb == QLatin1String("verify"))
            return Ocw::Core::VerifyCommand::run(args);
        if (verb == QLatin1String("restart"))
            return Ocw::Core::RestartCommand::run(args);
        if (verb == QLatin1String("reconfigure"))
            return Ocw::Core::ReconfigureCommand::run(args);
        if (verb == QLatin1String("store-secrets"))
            return Ocw::Core::StoreSecretsCommand::run(args);
        return Ocw::Core::CheckCommand::run(args);
    }
    if (verb == QLatin1String("--version")) {
        QTextStream(stdout) << "octane-cluster-wizard " << OCW_VERSION << '\n';
        return 0;
    }
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        QTextStream(stdout)
            << "Usage: octane-cluster-wizard [--profile FILE] [--package FILE]   (the wizard)\n"
            << "       octane-cluster-wizard check --help           (headless pre-flight checks)\n"
            << "       octane-cluster-wizard install --help         (headless installation)\n"
            << "       octane-cluster-wizard verify --help          (is the cluster formed and "
               "served?)\n"
            << "       octane-cluster-wizard restart --help         (rolling restart, one node at "
               "a time)\n"
            << "       octane-cluster-wizard reconfigure --help     (change octane.conf, then "
               "roll)\n"
            << "       octane-cluster-wizard plan --help            (what an installation would "
               "do)\n"
            << "       octane-cluster-wizard store-secrets --help   (secrets into the keychain)\n";
        return 0;
    }
#ifdef OCW_HAVE_WIZARD
    QApplication app(argc, argv);
    setIdentity();
    installTranslators(app);
    return Ocw::Wizard::runWizard(app);
#else
    QTextStream(stderr) << "octane-cluster-wizard: built without the wizard\n";
    return 2;
#endif
}
