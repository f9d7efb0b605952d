#include "installcommand.h"

#include "../base/displaytext.h"
#include "../base/outputfile.h"
#include "../base/tr.h"
#include "../log/logging.h"
#include "../plan/phaseplan.h"
#include "../report/checkreport.h"
#include "../run/phasecontroller.h"
#include "../run/sshconnector.h"
#include "../secrets/secretresolver.h"
#include "clioptions.h"
#include "installinputs.h"
#include "interruptwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

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
    Expected<InstallInputs> loaded =
        InstallInputs::load(parser.value(profileOpt), parser.value(packageOpt));
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
    QStringList outputs;
    if (parser.isSet(jsonOpt) && parser.value(jsonOpt) != QLatin1String("-"))
        outputs.append(parser.value(jsonOpt));
    if (parser.isSet(reportOpt))
        outputs.append(parser.value(reportOpt));
    for (const QString &out : std::as_const(outputs)) {
        const Expected<Done> writable = OutputFile::checkWritable(out);
        if (!writable)
            return bad(OutputFile::oneLine(writable.error()));
    }
    // The nodes the phase logs in to decide which login secrets it needs.
    const QStringList phaseNodes = PhasePlan::forPhase(phase, in.phaseInputs())->nodes();
    const Expected<Done> secrets =
        in.loadSecrets(parser.isSet(secretsOpt), interrupts.cancelToken(), phaseNodes);
    if (!secrets && !interrupts.wasInterrupted())
        return bad(secrets.error().message);

    QHash<QString, SshTarget> targets;
    for (const SshTarget &t : SecretResolver::targets(in.profile, in.secrets))
        targets.insert(t.nodeName, t);
    QStringList knownHosts = SshConnector::defaultKnownHostsFiles(in.profile.ssh.knownHostsFile);
    if (parser.isSet(knownHostsOpt))
        knownHosts.append(parser.value(knownHostsOpt));

    PhaseInputs inputs = in.phaseInputs();
    inputs.setRepositoryEnv = parser.isSet(envOpt);
    inputs.delivery = delivery;
    if (readyTimeout > 0)
        inputs.readyTimeoutS = readyTimeout;
    PhasePlan plan = *PhasePlan::forPhase(phase, inputs, parser.isSet(serialOpt));
    if (concurrency > 0)
        plan.concurrency = concurrency;

    CheckReport report;
    report.profile = in.profile;
    report.startedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();
    // --json /dev/stdout is --json -: the human lines go to stderr, out of the JSON's way.
    const bool toStdout =
        parser.value(jsonOpt) == QLatin1String("-") ||
        (parser.isSet(jsonOpt) && OutputFile::isStandardOutput(parser.value(jsonOpt)));
    QTextStream human(toStdout ? stderr : stdout);

    // The same engine as the wizard: the SSH work runs in the controller's workers; this
    // thread only prints and waits for the end or a signal (SIGINT).
    PhaseController controller;
    QObject::connect(&controller, &PhaseController::stepFinished, &controller,
                     [&human](const CheckResult &r) {
                         human << (r.verdict == Verdict::Pass   ? "DONE  "
                                   : r.verdict == Verdict::Warn ? "WARN  "
                                   : r.verdict == Verdict::Fail ? "FAIL  "
                                                                : "SKIP  ")
                               << r.checkId << "  " << DisplayText::escaped(r.message) << '\n';
                         if (!r.fix.isEmpty() && r.verdict != Verdict::Pass)
                             human << "      fix: " << DisplayText::escaped(r.fix) << '\n';
                         human.flush();
                     });
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &controller,
                     [&controller] { controller.cancelAll(); });
    QEventLoop loop;
    QObject::connect(&controller, &PhaseController::finished, &loop, &QEventLoop::quit);
    if (plan.rounds.isEmpty())
        human << Tr::tr("The profile has one node only: there are no other nodes to install.")
              << '\n';
    controller.start(plan, inputs, targets, std::make_shared<SshConnector>(knownHosts), only);
    if (interrupts.wasInterrupted())
        controller.cancelAll(); // interrupted before the run: nothing is tried, the report says so
    if (controller.isRunning())
        loop.exec();
    const QList<CheckResult> results = controller.results();
    if (plan.nodes().size() > 1 || delivery == PackageDelivery::ShareStage) {
        qint64 total = 0;
        for (auto it = controller.bytesSent().cbegin(); it != controller.bytesSent().cend(); ++it)
            total += it.value();
        human << Tr::tr("Sent from this workstation: %1 bytes in total.").arg(total) << '\n';
    }
    human.flush();

    report.results = results;
    report.durationMs = timer.elapsed();
    report.cancelled = controller.wasCancelled();
    const QByteArray json = QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    bool unwritten = false;
    if (parser.value(jsonOpt) == QLatin1String("-")) {
        fwrite(json.constData(), 1, size_t(json.size()), stdout);
        if (fflush(stdout) != 0 || ferror(stdout)) {
            err << "octane-cluster-wizard install: "
                << Tr::tr("Cannot write the JSON report to the standard output.") << '\n';
            unwritten = true;
        }
    } else if (parser.isSet(jsonOpt)) {
        const Expected<Done> w = CheckReport::writeFile(parser.value(jsonOpt), json);
        if (!w) {
            err << "octane-cluster-wizard install: " << OutputFile::oneLine(w.error()) << '\n';
            unwritten = true;
        }
    }
    if (parser.isSet(reportOpt)) {
        const Expected<Done> w =
            CheckReport::writeFile(parser.value(reportOpt), report.toHtml().toUtf8());
        if (!w) {
            err << "octane-cluster-wizard install: " << OutputFile::oneLine(w.error()) << '\n';
            unwritten = true;
        }
    }
    Logging::flush();
    // A report asked for and not written is never a success; a failed run keeps its code.
    return unwritten && report.exitCode() == 0 ? 2 : report.exitCode();
}

} // namespace Ocw::Core
