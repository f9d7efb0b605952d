#include "checkcommand.h"

#include "../base/displaytext.h"
#include "../base/outputfile.h"
#include "../base/tr.h"
#include "../checks/checkcatalogue.h"
#include "../log/logging.h"
#include "../model/profilevalidator.h"
#include "../report/checkreport.h"
#include "../run/checkcontroller.h"
#include "../run/nodeaddresslookup.h"
#include "../run/sshconnector.h"
#include "../secrets/secretnames.h"
#include "../secrets/secretresolver.h"
#include "../secrets/secretstore.h"
#include "clioptions.h"
#include "interruptwatcher.h"
#include "standardinput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace Ocw::Core {

namespace {

int badInput(const QString &message)
{
    QTextStream(stderr) << "octane-cluster-wizard check: " << DisplayText::escaped(message) << '\n';
    return 2;
}

QString symbol(Verdict v)
{
    switch (v) {
    case Verdict::Pass:
        return QStringLiteral("PASS");
    case Verdict::Warn:
        return QStringLiteral("WARN");
    case Verdict::Fail:
        return QStringLiteral("FAIL");
    case Verdict::Skipped:
        return QStringLiteral("SKIP");
    default:
        return QStringLiteral("....");
    }
}

} // namespace

QString CheckCommand::usage()
{
    return QStringLiteral(
        "Usage: octane-cluster-wizard check --profile FILE [--json FILE|-] [--report FILE.html]\n"
        "                                   [--secrets-stdin] [--concurrency N] [--known-hosts "
        "FILE] [--quiet]\n"
        "Runs every pre-flight check on every node of the profile.\n"
        "Exit status: 0 no blocking failure, 1 a blocking check failed, 2 bad input or a report "
        "that\n"
        "could not be written, 3 interrupted.\n"
        "Secrets (ssh-password, key-passphrase, sudo-password, each optionally @NODE) come from "
        "the\n"
        "keychain, else from stdin as name=value lines with --secrets-stdin.\n");
}

int CheckCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption profileOpt = CliOptions::profile();
    const QCommandLineOption jsonOpt = CliOptions::json();
    const QCommandLineOption reportOpt = CliOptions::report();
    const QCommandLineOption secretsOpt = CliOptions::secretsStdin();
    const QCommandLineOption concurrencyOpt(QStringLiteral("concurrency"),
                                            QStringLiteral("Nodes worked on at once."),
                                            QStringLiteral("N"));
    const QCommandLineOption knownHostsOpt = CliOptions::knownHosts();
    const QCommandLineOption quietOpt(QStringLiteral("quiet"),
                                      QStringLiteral("Print only failures and the summary."));
    const QCommandLineOption helpOpt = CliOptions::help();
    parser.addOptions({profileOpt, jsonOpt, reportOpt, secretsOpt, concurrencyOpt, knownHostsOpt,
                       quietOpt, helpOpt});
    if (!parser.parse(arguments))
        return badInput(parser.errorText());
    if (parser.isSet(helpOpt)) {
        QTextStream(stdout) << usage();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return badInput(
            Tr::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (!parser.isSet(profileOpt))
        return badInput(Tr::tr("--profile FILE is required"));

    // From here on, SIGINT/SIGTERM end the command with exit 3 and a cancelled report.
    InterruptWatcher interrupts;
    const QString profilePath = parser.value(profileOpt);
    Expected<ClusterProfile> loaded = ClusterProfile::load(profilePath);
    if (!loaded)
        return badInput(loaded.error().message);
    ClusterProfile profile = *loaded;
    if (parser.isSet(concurrencyOpt)) {
        bool ok = false;
        const int n = parser.value(concurrencyOpt).toInt(&ok);
        if (!ok || n < 1 || n > 64)
            return badInput(Tr::tr("--concurrency: \"%1\" is not a number from 1 to 64")
                                .arg(parser.value(concurrencyOpt)));
        profile.concurrency = n;
    }
    QList<FieldIssue> issues = ProfileValidator::validate(profile);
    if (issues.isEmpty())
        issues = NodeAddressLookup::duplicateMachines(profile, NodeAddressLookup::DefaultDeadlineMs,
                                                      interrupts.cancelToken());
    if (!issues.isEmpty())
        return badInput(QStringLiteral("%1: %2: %3")
                            .arg(profilePath, issues.first().field, issues.first().message));
    const Expected<Requirements> requirements = Requirements::forRelease(profile.release);
    if (!requirements)
        return badInput(
            QStringLiteral("%1: release: %2").arg(profilePath, requirements.error().message));
    const QString jsonPath = parser.value(jsonOpt);
    const QString reportPath = parser.value(reportOpt);
    // Before the keychain and any node: a report that cannot be written is found out now, not
    // after the whole run.
    QStringList outputs;
    if (!jsonPath.isEmpty() && jsonPath != QLatin1String("-"))
        outputs.append(jsonPath);
    if (!reportPath.isEmpty())
        outputs.append(reportPath);
    for (const QString &out : std::as_const(outputs)) {
        const Expected<Done> writable = OutputFile::checkWritable(out);
        if (!writable)
            return badInput(OutputFile::oneLine(writable.error()));
    }
    for (const Node &n : profile.nodes) {
        const SshTarget t = profile.sshTargetFor(n);
        if (t.auth == AuthMethod::KeyFile && !QFileInfo(t.keyFile).isReadable())
            return badInput(Tr::tr("%1: the key file %2 of %3 cannot be read")
                                .arg(profilePath, t.keyFile, n.host));
    }

    // Secrets: keychain first, then stdin; a missing one is bad input, named.
    QHash<QString, QString> stdinSecrets;
    if (parser.isSet(secretsOpt)) {
        stdinSecrets = SecretResolver::parseLines(StandardInput::readAll(interrupts.cancelToken()));
    }
    SecretStore store;
    QHash<QString, QString> secrets = stdinSecrets;
    const QString scope = SecretNames::scopeFor(profile, profilePath);
    for (const SecretNeed &need : SecretResolver::needs(profile)) {
        if (interrupts.wasInterrupted())
            break; // the run below is cancelled at once and says so
        if (!SecretResolver::lookup(secrets, need.name, need.node).isEmpty())
            continue;
        bool found = false;
        for (const QString &key : {need.nodeKey(), need.name}) {
            const Expected<QString> v = store.readBlocking(scope, key, 3000);
            if (v && !v->isEmpty()) {
                secrets.insert(key, *v);
                found = true;
                break;
            }
            if (!v && v.error().code == ErrorCode::Keychain)
                break; // no keychain: do not ask it again for the other name
        }
        if (!found && !interrupts.wasInterrupted()) {
            return badInput(
                Tr::tr(
                    "missing secret \"%1\" (%2): store it in the keychain, or give it on stdin as "
                    "%1=... (or %3=...) with --secrets-stdin")
                    .arg(need.name, need.description, need.nodeKey()));
        }
    }

    QStringList knownHosts = SshConnector::defaultKnownHostsFiles(profile.ssh.knownHostsFile);
    if (parser.isSet(knownHostsOpt))
        knownHosts.append(parser.value(knownHostsOpt));

    Logging::info(
        QStringLiteral("check: profile %1, %2 nodes").arg(profilePath).arg(profile.nodes.size()));
    CheckController controller(std::make_shared<SshConnector>(knownHosts));
    controller.setRun(profile, *requirements, SecretResolver::targets(profile, secrets),
                      SecretResolver::sudoPasswords(profile, secrets));
    secrets.clear();

    // --json /dev/stdout is --json -: the human lines go to stderr, out of the JSON's way.
    const bool toStdout = jsonPath == QLatin1String("-") || OutputFile::isStandardOutput(jsonPath);
    const bool quiet = parser.isSet(quietOpt) || toStdout;
    QTextStream err(stderr);
    QObject::connect(
        &controller, &CheckController::resultChanged, &controller, [&](const CheckResult &r) {
            if (!isFinal(r.verdict))
                return;
            if (quiet && r.verdict != Verdict::Fail)
                return;
            QTextStream out(toStdout ? stderr : stdout);
            out << symbol(r.verdict) << "  " << qSetFieldWidth(15) << Qt::left << r.checkId
                << qSetFieldWidth(0) << DisplayText::escaped(r.message) << '\n';
            if (!r.fix.isEmpty() && (r.verdict == Verdict::Fail || r.verdict == Verdict::Warn))
                out << "                 " << Tr::tr("fix:") << ' ' << DisplayText::escaped(r.fix)
                    << '\n';
        });

    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &controller,
                     &CheckController::cancel);
    QEventLoop loop;
    QObject::connect(&controller, &CheckController::finished, &loop, &QEventLoop::quit);
    CheckReport report;
    report.profile = profile;
    report.startedAt = QDateTime::currentDateTimeUtc();
    controller.start();
    if (interrupts.wasInterrupted())
        controller.cancel(); // interrupted before the run: nothing is tried, the report says so
    if (controller.isRunning())
        loop.exec();

    report.results = controller.results();
    report.facts = controller.facts();
    report.durationMs = controller.elapsedMs();
    report.cancelled = controller.wasCancelled();

    const QByteArray json = QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    bool unwritten = false;
    if (jsonPath == QLatin1String("-")) {
        fwrite(json.constData(), 1, size_t(json.size()), stdout);
        if (fflush(stdout) != 0 || ferror(stdout)) {
            err << "octane-cluster-wizard check: "
                << Tr::tr("Cannot write the JSON report to the standard output.") << '\n';
            unwritten = true;
        }
    } else if (!jsonPath.isEmpty()) {
        const Expected<Done> w = CheckReport::writeFile(jsonPath, json);
        if (!w) {
            err << "octane-cluster-wizard check: " << OutputFile::oneLine(w.error()) << '\n';
            unwritten = true;
        }
    }
    if (!reportPath.isEmpty()) {
        const Expected<Done> w = CheckReport::writeFile(reportPath, report.toHtml().toUtf8());
        if (!w) {
            err << "octane-cluster-wizard check: " << OutputFile::oneLine(w.error()) << '\n';
            unwritten = true;
        }
    }
    QTextStream summary(toStdout ? stderr : stdout);
    summary << Tr::tr("%1 nodes, %2 results in %3 ms: %4 passed, %5 warnings, %6 failed (%7 "
                      "blocking), %8 skipped%9")
                   .arg(profile.nodes.size())
                   .arg(report.results.size())
                   .arg(report.durationMs)
                   .arg(report.count(Verdict::Pass))
                   .arg(report.count(Verdict::Warn))
                   .arg(report.count(Verdict::Fail))
                   .arg(report.blockingFailures())
                   .arg(report.count(Verdict::Skipped))
                   .arg(report.cancelled ? Tr::tr("; interrupted") : QString())
            << '\n';
    Logging::flush();
    // A report asked for and not written is never a success; a failed run keeps its code.
    return unwritten && report.exitCode() == 0 ? 2 : report.exitCode();
}

} // namespace Ocw::Core
