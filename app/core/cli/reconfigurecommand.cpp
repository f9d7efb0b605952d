#include "reconfigurecommand.h"

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

int ReconfigureCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOpt = CliOptions::profile();
    const QCommandLineOption setOpt(
        QStringLiteral("set"),
        QStringLiteral("Set an octane.conf setting (repeatable), e.g. elastic.port=9300; a secret "
                       "by its name alone, its value from the keychain or --secrets-stdin."),
        QStringLiteral("KEY=VALUE"));
    const QCommandLineOption dryRunOpt(
        QStringLiteral("dry-run"),
        QStringLiteral("Read, validate and show the diff; write nothing, restart nothing."));
    const QCommandLineOption jsonOpt = CliOptions::json();
    const QCommandLineOption reportOpt = CliOptions::report();
    const QCommandLineOption secretsOpt = CliOptions::secretsStdin();
    const QCommandLineOption knownHostsOpt = CliOptions::knownHosts();
    const QCommandLineOption helpOpt = CliOptions::help();
    const RollingOptions rolling;
    parser.addOptions(
        {helpOpt, profileOpt, setOpt, dryRunOpt, jsonOpt, reportOpt, secretsOpt, knownHostsOpt});
    parser.addOptions(rolling.options());
    QTextStream err(stderr);
    auto bad = [&err](const QString &message, const QString &fix = {}) {
        err << "octane-cluster-wizard reconfigure: " << DisplayText::escaped(message) << '\n';
        if (!fix.isEmpty())
            err << "  fix: " << DisplayText::escaped(fix) << '\n';
        return 2;
    };
    if (!parser.parse(arguments))
        return bad(parser.errorText());
    if (parser.isSet(helpOpt)) {
        QTextStream(stdout) << "Usage: octane-cluster-wizard reconfigure [options]\n\n"
                            << parser.helpText().section(QLatin1Char('\n'), 2);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return bad(Tr::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (!parser.isSet(profileOpt))
        return bad(Tr::tr("--profile FILE is required"));
    if (!parser.isSet(setOpt))
        return bad(Tr::tr("nothing to change: give at least one --set KEY=VALUE"));

    InterruptWatcher interrupts;
    Expected<InstallInputs> loaded =
        InstallInputs::load(parser.value(profileOpt), QString(), /*packageRequired=*/false);
    if (!loaded)
        return bad(loaded.error().message);
    InstallInputs in = *loaded;
    const Expected<RollingOptions::Values> roll = rolling.read(parser, in.profile);
    if (!roll)
        return bad(roll.error().message);
    QList<ConfEdit> edits;
    QStringList secretKeys;
    for (const QString &argument : parser.values(setOpt)) {
        const Expected<ConfEdit> edit = ConfEdit::parse(argument, in.release);
        if (!edit)
            return bad(edit.error().message, edit.error().fix);
        for (const ConfEdit &earlier : std::as_const(edits)) {
            if (earlier.path == edit->path)
                return bad(Tr::tr("--set %1 is given twice").arg(edit->path));
        }
        edits.append(*edit);
        if (edit->secret)
            secretKeys.append(edit->path);
    }
    const QString jsonPath = parser.isSet(jsonOpt) ? parser.value(jsonOpt) : QString();
    const QString reportPath = parser.isSet(reportOpt) ? parser.value(reportOpt) : QString();
    const Expected<Done> writable = HeadlessRun::checkOutputs(jsonPath, reportPath);
    if (!writable)
        return bad(writable.error().message);

    PhaseInputs inputs = in.phaseInputs();
    inputs.confEdits = edits;
    inputs.previewOnly = parser.isSet(dryRunOpt);
    inputs.rollingBatch = roll->batch;
    if (roll->readyTimeoutS > 0)
        inputs.readyTimeoutS = roll->readyTimeoutS;
    const QStringList nodes = PhasePlan::reconfigure(inputs, roll->rolling, roll->order).nodes();
    // The logins and sudo of the nodes it touches, and only the secrets it sets.
    const Expected<Done> secrets =
        in.loadSecrets(parser.isSet(secretsOpt), interrupts.cancelToken(), nodes, secretKeys);
    if (!secrets && !interrupts.wasInterrupted())
        return bad(secrets.error().message);
    const PhaseInputs withSecrets = in.phaseInputs();
    inputs.confSecrets = withSecrets.confSecrets;
    inputs.sudoPasswords = withSecrets.sudoPasswords;

    HeadlessRun::Request request;
    request.verb = QStringLiteral("reconfigure");
    request.jsonPath = jsonPath;
    request.reportPath = reportPath;
    request.printOutputOf = {StepId::qualified(PhaseId::Reconfigure, StepId::EditConf)};
    request.knownHostsFiles = SshConnector::defaultKnownHostsFiles(in.profile.ssh.knownHostsFile);
    if (parser.isSet(knownHostsOpt))
        request.knownHostsFiles.append(parser.value(knownHostsOpt));
    const int code = HeadlessRun::execute(
        request, in, PhasePlan::reconfigure(inputs, roll->rolling, roll->order), inputs,
        interrupts);
    if (code == 0 && !roll->rolling && !inputs.previewOnly) {
        QTextStream(stderr) << Tr::tr("The nodes read the change at their next start: "
                                      "octane-cluster-wizard restart --profile %1 --rolling")
                                   .arg(parser.value(profileOpt))
                            << '\n';
    }
    return code;
}

} // namespace Ocw::Core
