#include "verifycommand.h"

#include "../base/displaytext.h"
#include "../base/tr.h"
#include "../cluster/verifyboard.h"
#include "../plan/phaseplan.h"
#include "../run/sshconnector.h"
#include "clioptions.h"
#include "headlessrun.h"
#include "installinputs.h"
#include "interruptwatcher.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace Ocw::Core {

int VerifyCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOpt = CliOptions::profile();
    const QCommandLineOption jsonOpt = CliOptions::json();
    const QCommandLineOption reportOpt = CliOptions::report();
    const QCommandLineOption secretsOpt = CliOptions::secretsStdin();
    const QCommandLineOption knownHostsOpt = CliOptions::knownHosts();
    const QCommandLineOption samplesOpt(
        QStringLiteral("samples"),
        QStringLiteral("Consecutive healthy readings asked of every node, spread over the "
                       "profile's verify.healthWindow (default: its verify.healthReadings, 3)."),
        QStringLiteral("N"));
    const QCommandLineOption trustOpt(
        QStringLiteral("trust-certificate"),
        QStringLiteral("Trust the HTTPS certificate with this SHA-256 fingerprint on every node "
                       "and the load balancer (repeatable; this run only)."),
        QStringLiteral("SHA256"));
    const QCommandLineOption helpOpt = CliOptions::help();
    parser.addOptions(
        {helpOpt, profileOpt, jsonOpt, reportOpt, secretsOpt, samplesOpt, knownHostsOpt, trustOpt});
    QTextStream err(stderr);
    auto bad = [&err](const QString &message) {
        err << "octane-cluster-wizard verify: " << DisplayText::escaped(message) << '\n';
        return 2;
    };
    if (!parser.parse(arguments))
        return bad(parser.errorText());
    if (parser.isSet(helpOpt)) {
        QTextStream(stdout) << "Usage: octane-cluster-wizard verify [options]\n\n"
                            << parser.helpText().section(QLatin1Char('\n'), 2);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return bad(Tr::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (!parser.isSet(profileOpt))
        return bad(Tr::tr("--profile FILE is required"));
    bool ok = true;
    const int samples = parser.isSet(samplesOpt) ? parser.value(samplesOpt).toInt(&ok) : 0;
    if (!ok || (parser.isSet(samplesOpt) && (samples < 1 || samples > 100)))
        return bad(Tr::tr("--samples: \"%1\" is not a number from 1 to 100")
                       .arg(parser.value(samplesOpt)));

    // From here on, SIGINT/SIGTERM end the command with exit 3 and a cancelled report.
    InterruptWatcher interrupts;
    Expected<InstallInputs> loaded =
        InstallInputs::load(parser.value(profileOpt), QString(), /*packageRequired=*/false);
    if (!loaded)
        return bad(loaded.error().message);
    InstallInputs in = *loaded;
    if (samples > 0)
        in.profile.verify.healthReadings = samples;
    QStringList hosts;
    for (const Node &n : in.profile.nodes)
        hosts.append(n.host);
    if (!in.profile.loadBalancerUrl.isEmpty())
        hosts.append(QUrl(in.profile.loadBalancerUrl).host());
    for (const QString &fingerprint : parser.values(trustOpt)) {
        for (const QString &host : std::as_const(hosts)) {
            if (!in.profile.trustCertificate(host, fingerprint))
                return bad(Tr::tr("--trust-certificate: \"%1\" is not a SHA-256 fingerprint (64 "
                                  "hexadecimal digits, colons allowed)")
                               .arg(fingerprint));
        }
    }
    const QString jsonPath = parser.isSet(jsonOpt) ? parser.value(jsonOpt) : QString();
    const QString reportPath = parser.isSet(reportOpt) ? parser.value(reportOpt) : QString();
    const Expected<Done> writable = HeadlessRun::checkOutputs(jsonPath, reportPath);
    if (!writable)
        return bad(writable.error().message);

    // Every node is logged in to; of octane.conf's secrets only the site admin's password (the
    // sign-ins), never the database's.
    const PhaseInputs planned = in.phaseInputs();
    const QStringList confKeys{in.release.keyPath(ConfRole::SiteAdminPassword)};
    const PhasePlan plan = PhasePlan::verify(planned, std::make_shared<VerifyBoard>());
    const Expected<Done> secrets =
        in.loadSecrets(parser.isSet(secretsOpt), interrupts.cancelToken(), plan.nodes(), confKeys);
    if (!secrets && !interrupts.wasInterrupted())
        return bad(secrets.error().message);

    HeadlessRun::Request request;
    request.verb = QStringLiteral("verify");
    request.jsonPath = jsonPath;
    request.reportPath = reportPath;
    request.knownHostsFiles = SshConnector::defaultKnownHostsFiles(in.profile.ssh.knownHostsFile);
    if (parser.isSet(knownHostsOpt))
        request.knownHostsFiles.append(parser.value(knownHostsOpt));
    const PhaseInputs inputs = in.phaseInputs();
    return HeadlessRun::execute(request, in,
                                PhasePlan::verify(inputs, std::make_shared<VerifyBoard>()), inputs,
                                interrupts);
}

} // namespace Ocw::Core
