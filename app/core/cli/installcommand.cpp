#include "installcommand.h"

#include "../base/displaytext.h"
#include "../base/tr.h"
#include "../plan/phaseplan.h"
#include "../run/sshconnector.h"
#include "clioptions.h"
#include "headlessrun.h"
#include "installinputs.h"
#include "interruptwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace Ocw::Core {

int InstallCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOpt = CliOptions::profile();
    const QCommandLineOption packageOpt = CliOptions::package();
    const QCommandLineOption phaseOpt = CliOptions::phase();
    const QCommandLineOption concurrencyOpt(
        QStringLiteral("concurrency"),
        QStringLiteral("Nodes worked on at once (default: the profile's concurrency)."),
        QStringLiteral("N"));
    const QCommandLineOption deliveryOpt = CliOptions::delivery();
    const QCommandLineOption serialOpt = CliOptions::oneAtATime();
    const QCommandLineOption onlyOpt(
        QStringLiteral("only"),
        QStringLiteral("Run the install steps on these nodes only (comma-separated), e.g. to "
                       "retry the nodes that failed; the preparation and clean-up still run."),
        QStringLiteral("NODES"));
    const QCommandLineOption jsonOpt = CliOptions::json();
    const QCommandLineOption reportOpt = CliOptions::report();
    const QCommandLineOption secretsOpt = CliOptions::secretsStdin();
    const QCommandLineOption envOpt(
        QStringLiteral("set-repository-env"),
        QStringLiteral("Agree to set OCTANE_REPOSITORY_DIR when missing."));
    const QCommandLineOption readyOpt(QStringLiteral("ready-timeout"),
                                      QStringLiteral("Seconds to wait for the ready line "
                                                     "(default: the profile's readyTimeout)."),
                                      QStringLiteral("S"));
    const QCommandLineOption knownHostsOpt = CliOptions::knownHosts();
    const QCommandLineOption trustOpt(
        QStringLiteral("trust-certificate"),
        QStringLiteral("Trust the first node's HTTPS certificate with this SHA-256 fingerprint "
                       "(repeatable; this run only)."),
        QStringLiteral("SHA256"));
    const QCommandLineOption helpOpt = CliOptions::help();
    parser.addOptions({helpOpt, profileOpt, packageOpt, phaseOpt, jsonOpt, reportOpt, secretsOpt,
                       envOpt, readyOpt, knownHostsOpt, trustOpt, concurrencyOpt, deliveryOpt,
                       serialOpt, onlyOpt});
    QTextStream err(stderr);
    auto bad = [&err](const QString &message) {
        err << "octane-cluster-wizard install: " << DisplayText::escaped(message) << '\n';
        return 2;
    };
    if (!parser.parse(arguments))
        return bad(parser.errorText());
    if (parser.isSet(helpOpt)) {
        QTextStream(stdout) << "Usage: octane-cluster-wizard install [options]\n\n"
                            << parser.helpText().section(QLatin1Char('\n'), 2);
        return 0;
    }
    if (!parser.isSet(profileOpt))
        return bad(Tr::tr("--profile FILE is required"));
    const QString phases = PhasePlan::phaseNames().join(QStringLiteral(", "));
    if (!parser.isSet(phaseOpt))
        return bad(Tr::tr("--phase is required (%1)").arg(phases));
    const QString phase = parser.value(phaseOpt);
    if (!PhasePlan::phaseNames().contains(phase))
        return bad(
            Tr::tr("--phase: \"%1\" is not a phase this version installs (%2)").arg(phase, phases));
    PackageDelivery delivery = PackageDelivery::Upload;
    if (!CliOptions::parseDelivery(parser, deliveryOpt, &delivery))
        return bad(
            Tr::tr("--delivery: \"%1\" is not upload or share").arg(parser.value(deliveryOpt)));
    bool ok = true;
    const int concurrency =
        parser.isSet(concurrencyOpt) ? parser.value(concurrencyOpt).toInt(&ok) : 0;
    if (!ok || (parser.isSet(concurrencyOpt) && (concurrency < 1 || concurrency > 128)))
        return bad(Tr::tr("--concurrency: \"%1\" is not a number from 1 to 128")
                       .arg(parser.value(concurrencyOpt)));
    const int readyTimeout = parser.isSet(readyOpt) ? parser.value(readyOpt).toInt(&ok) : 0;
    if (!ok || (parser.isSet(readyOpt) && readyTimeout < 1))
        return bad(Tr::tr("--ready-timeout: \"%1\" is not a number of seconds")
                       .arg(parser.value(readyOpt)));
    // From here on, SIGINT/SIGTERM end the command with exit 3 and a cancelled report.
    InterruptWatcher interrupts;
    // The secure deployment alone changes installed nodes: no package.
    const bool secureOnly = phase == PhaseId::Secure;
    Expected<InstallInputs> loaded = InstallInputs::load(
        parser.value(profileOpt), secureOnly ? QString() : parser.value(packageOpt), !secureOnly);
    if (!loaded)
        return bad(loaded.error().message);
    InstallInputs in = *loaded;
    const QStringList only = parser.value(onlyOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &node : only) {
        if (in.profile.indexOfNode(node.trimmed()) < 0)
            return bad(Tr::tr("--only: \"%1\" is not a node of the profile").arg(node));
    }
    for (const QString &fingerprint : parser.values(trustOpt)) {
        if (!in.profile.trustCertificate(in.profile.firstNodeHost(), fingerprint))
            return bad(Tr::tr("--trust-certificate: \"%1\" is not a SHA-256 fingerprint (64 "
                              "hexadecimal digits, colons allowed)")
                           .arg(fingerprint));
    }
    // Before the keychain and any node: a report that cannot be written is found out now, not
    // after the installation.
    const QString jsonPath = parser.isSet(jsonOpt) ? parser.value(jsonOpt) : QString();
    const QString reportPath = parser.isSet(reportOpt) ? parser.value(reportOpt) : QString();
    const Expected<Done> writable = HeadlessRun::checkOutputs(jsonPath, reportPath);
    if (!writable)
        return bad(writable.error().message);
    // The nodes the phase logs in to decide which login secrets it needs.
    const QStringList phaseNodes = PhasePlan::forPhase(phase, in.phaseInputs())->nodes();
    const Expected<Done> secrets =
        in.loadSecrets(parser.isSet(secretsOpt), interrupts.cancelToken(), phaseNodes);
    if (!secrets && !interrupts.wasInterrupted())
        return bad(secrets.error().message);
    if (secureOnly && !in.profile.secure.present)
        return bad(Tr::tr("--phase secure: the profile %1 has no \"secure\" object (keystore, "
                          "httpsPort, forceHttps, permissions, vendorKey, tlsMinimum)")
                       .arg(in.profilePath));
    if (secureOnly || (phase == QLatin1String("all") && in.profile.secure.enabled)) {
        // The keystore is opened (or made) here, before any node is touched.
        const Expected<Done> secure = in.loadSecure(interrupts.cancelToken());
        if (!secure && !interrupts.wasInterrupted())
            return bad(secure.error().message);
    }

    PhaseInputs inputs = in.phaseInputs();
    inputs.setRepositoryEnv = parser.isSet(envOpt);
    inputs.delivery = delivery;
    if (readyTimeout > 0)
        inputs.readyTimeoutS = readyTimeout;
    PhasePlan plan = *PhasePlan::forPhase(phase, inputs, parser.isSet(serialOpt));
    if (concurrency > 0)
        plan.concurrency = concurrency;

    HeadlessRun::Request request;
    request.verb = QStringLiteral("install");
    request.jsonPath = jsonPath;
    request.reportPath = reportPath;
    request.knownHostsFiles = SshConnector::defaultKnownHostsFiles(in.profile.ssh.knownHostsFile);
    if (parser.isSet(knownHostsOpt))
        request.knownHostsFiles.append(parser.value(knownHostsOpt));
    request.only = only;
    request.printBytesSent =
        !secureOnly && (plan.nodes().size() > 1 || delivery == PackageDelivery::ShareStage);
    return HeadlessRun::execute(request, in, plan, inputs, interrupts);
}

} // namespace Ocw::Core
