#include "restartcommand.h"

#include "../base/displaytext.h"
#include "../base/tr.h"
#include "../plan/phaseplan.h"
#include "../run/sshconnector.h"
#include "clioptions.h"
#include "headlessrun.h"
#include "installinputs.h"
#include "interruptwatcher.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace Ocw::Core {

int RestartCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOpt = CliOptions::profile();
    const QCommandLineOption rollingOpt(
        QStringLiteral("rolling"),
        QStringLiteral("Restart the nodes one batch at a time, each back in the cluster and "
                       "served before the next (required: all at once would stop Octane)."));
    const QCommandLineOption batchOpt(
        QStringLiteral("batch"),
        QStringLiteral("At most N nodes down at once (default 1; checked before every stop)."),
        QStringLiteral("N"));
    const QCommandLineOption onlyOpt(
        QStringLiteral("only"),
        QStringLiteral("Restart these nodes only (comma-separated), in this order, e.g. the "
                       "rest of a roll that stopped."),
        QStringLiteral("NODES"));
    const QCommandLineOption jsonOpt = CliOptions::json();
    const QCommandLineOption reportOpt = CliOptions::report();
    const QCommandLineOption secretsOpt = CliOptions::secretsStdin();
    const QCommandLineOption knownHostsOpt = CliOptions::knownHosts();
    const QCommandLineOption readyOpt(QStringLiteral("ready-timeout"),
                                      QStringLiteral("Seconds each node may take from its start "
                                                     "to back in the cluster (default: the "
                                                     "profile's readyTimeout)."),
                                      QStringLiteral("S"));
    const QCommandLineOption helpOpt = CliOptions::help();
    parser.addOptions({helpOpt, profileOpt, rollingOpt, batchOpt, onlyOpt, jsonOpt, reportOpt,
                       secretsOpt, knownHostsOpt, readyOpt});
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
    if (!parser.isSet(rollingOpt))
        return bad(Tr::tr("--rolling is required: this version restarts a cluster only one batch "
                          "at a time (all nodes at once would stop Octane)"));
    bool ok = true;
    const int batch = parser.isSet(batchOpt) ? parser.value(batchOpt).toInt(&ok) : 1;
    if (!ok || batch < 1 || batch > 64)
        return bad(
            Tr::tr("--batch: \"%1\" is not a number from 1 to 64").arg(parser.value(batchOpt)));
    const int readyTimeout = parser.isSet(readyOpt) ? parser.value(readyOpt).toInt(&ok) : 0;
    if (!ok || (parser.isSet(readyOpt) && readyTimeout < 1))
        return bad(Tr::tr("--ready-timeout: \"%1\" is not a number of seconds")
                       .arg(parser.value(readyOpt)));

    InterruptWatcher interrupts;
    Expected<InstallInputs> loaded =
        InstallInputs::load(parser.value(profileOpt), QString(), /*packageRequired=*/false);
    if (!loaded)
        return bad(loaded.error().message);
    InstallInputs in = *loaded;
    QStringList order;
    for (const QString &node : parser.value(onlyOpt).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (in.profile.indexOfNode(node.trimmed()) < 0)
            return bad(Tr::tr("--only: \"%1\" is not a node of the profile").arg(node));
        order.append(node.trimmed());
    }
    if (batch >= int(in.profile.nodes.size()) && in.profile.nodes.size() > 1)
        return bad(Tr::tr("--batch %1: the profile has %2 nodes; a batch of all of them would "
                          "stop Octane")
                       .arg(batch)
                       .arg(in.profile.nodes.size()));
    const QString jsonPath = parser.isSet(jsonOpt) ? parser.value(jsonOpt) : QString();
    const QString reportPath = parser.isSet(reportOpt) ? parser.value(reportOpt) : QString();
    const Expected<Done> writable = HeadlessRun::checkOutputs(jsonPath, reportPath);
    if (!writable)
        return bad(writable.error().message);

    PhaseInputs planned = in.phaseInputs();
    planned.rollingBatch = batch;
    const QStringList nodes = PhasePlan::rollingRestart(planned, order).nodes();
    // Logins and sudo only: a restart needs none of octane.conf's secrets.
    const Expected<Done> secrets =
        in.loadSecrets(parser.isSet(secretsOpt), interrupts.cancelToken(), nodes, QStringList{});
    if (!secrets && !interrupts.wasInterrupted())
        return bad(secrets.error().message);

    PhaseInputs inputs = in.phaseInputs();
    inputs.rollingBatch = batch;
    if (readyTimeout > 0)
        inputs.readyTimeoutS = readyTimeout;
    HeadlessRun::Request request;
    request.verb = QStringLiteral("restart");
    request.jsonPath = jsonPath;
    request.reportPath = reportPath;
    request.knownHostsFiles = SshConnector::defaultKnownHostsFiles(in.profile.ssh.knownHostsFile);
    if (parser.isSet(knownHostsOpt))
        request.knownHostsFiles.append(parser.value(knownHostsOpt));
    return HeadlessRun::execute(request, in, PhasePlan::rollingRestart(inputs, order), inputs,
                                interrupts);
}

} // namespace Ocw::Core
