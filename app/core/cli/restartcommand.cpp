#include "restartcommand.h"

#include "../base/displaytext.h"
#include "../base/tr.h"
#include "../plan/phaseplan.h"
#include "../run/sshconnector.h"
#include "clioptions.h"
#include "headlessrun.h"
#include "installinputs.h"
#include "interruptwatcher.h"
#include "rollingoptions.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace Ocw::Core {

int RestartCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOpt = CliOptions::profile();
    const QCommandLineOption jsonOpt = CliOptions::json();
    const QCommandLineOption reportOpt = CliOptions::report();
    const QCommandLineOption secretsOpt = CliOptions::secretsStdin();
    const QCommandLineOption knownHostsOpt = CliOptions::knownHosts();
    const QCommandLineOption helpOpt = CliOptions::help();
    const RollingOptions rolling;
    parser.addOptions({helpOpt, profileOpt, jsonOpt, reportOpt, secretsOpt, knownHostsOpt});
    parser.addOptions(rolling.options());
    QTextStream err(stderr);
    auto bad = [&err](const QString &message) {
        err << "octane-cluster-wizard restart: " << DisplayText::escaped(message) << '\n';
        return 2;
    };
    if (!parser.parse(arguments))
        return bad(parser.errorText());
    if (parser.isSet(helpOpt)) {
        QTextStream(stdout) << "Usage: octane-cluster-wizard restart [options]\n\n"
                            << parser.helpText().section(QLatin1Char('\n'), 2);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return bad(Tr::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (!parser.isSet(profileOpt))
        return bad(Tr::tr("--profile FILE is required"));
    if (!parser.isSet(QStringLiteral("rolling")))
        return bad(Tr::tr("--rolling is required: this version restarts a cluster only one batch "
                          "at a time (all nodes at once would stop Octane)"));
    InterruptWatcher interrupts;
    Expected<InstallInputs> loaded =
        InstallInputs::load(parser.value(profileOpt), QString(), /*packageRequired=*/false);
    if (!loaded)
        return bad(loaded.error().message);
    InstallInputs in = *loaded;
    const Expected<RollingOptions::Values> roll = rolling.read(parser, in.profile);
    if (!roll)
        return bad(roll.error().message);
    const QString jsonPath = parser.isSet(jsonOpt) ? parser.value(jsonOpt) : QString();
    const QString reportPath = parser.isSet(reportOpt) ? parser.value(reportOpt) : QString();
    const Expected<Done> writable = HeadlessRun::checkOutputs(jsonPath, reportPath);
    if (!writable)
        return bad(writable.error().message);

    PhaseInputs planned = in.phaseInputs();
    planned.rollingBatch = roll->batch;
    const QStringList nodes = PhasePlan::rollingRestart(planned, roll->order).nodes();
    // Logins and sudo only: a restart needs none of octane.conf's secrets.
    const Expected<Done> secrets =
        in.loadSecrets(parser.isSet(secretsOpt), interrupts.cancelToken(), nodes, QStringList{});
    if (!secrets && !interrupts.wasInterrupted())
        return bad(secrets.error().message);

    PhaseInputs inputs = in.phaseInputs();
    inputs.rollingBatch = roll->batch;
    if (roll->readyTimeoutS > 0)
        inputs.readyTimeoutS = roll->readyTimeoutS;
    HeadlessRun::Request request;
    request.verb = QStringLiteral("restart");
    request.jsonPath = jsonPath;
    request.reportPath = reportPath;
    request.knownHostsFiles = SshConnector::defaultKnownHostsFiles(in.profile.ssh.knownHostsFile);
    if (parser.isSet(knownHostsOpt))
        request.knownHostsFiles.append(parser.value(knownHostsOpt));
    return HeadlessRun::execute(request, in, PhasePlan::rollingRestart(inputs, roll->order), inputs,
                                interrupts);
}

} // namespace Ocw::Core
