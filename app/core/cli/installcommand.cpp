#include "installcommand.h"

#include "../base/displaytext.h"
#include "../base/outputfile.h"
#include "../base/tr.h"
#include "../log/logging.h"
#include "../plan/firstnodejob.h"
#include "../report/checkreport.h"
#include "../run/sshconnector.h"
#include "../secrets/secretresolver.h"
#include "clioptions.h"
#include "installinputs.h"
#include "interruptwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>
#include <QThread>

#include <cstdio>

namespace Ocw::Core {

int InstallCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOpt = CliOptions::profile();
    const QCommandLineOption packageOpt = CliOptions::package();
    const QCommandLineOption phaseOpt(QStringLiteral("phase"), QStringLiteral("first-node"),
                                      QStringLiteral("PHASE"));
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
                       envOpt, readyOpt, knownHostsOpt, trustOpt});
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
    if (!parser.isSet(phaseOpt))
        return bad(Tr::tr("--phase is required (first-node)"));
    if (parser.value(phaseOpt) != QLatin1String("first-node"))
        return bad(Tr::tr("--phase: \"%1\" is not a phase this version installs (first-node)")
                       .arg(parser.value(phaseOpt)));
    bool ok = true;
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
    const Expected<Done> secrets =
        in.loadSecrets(parser.isSet(secretsOpt), interrupts.cancelToken());
    if (!secrets && !interrupts.wasInterrupted())
        return bad(secrets.error().message);

    const Node first = in.profile.nodes.at(in.profile.indexOfNode(in.profile.firstNodeHost()));
    QList<SshTarget> targets = SecretResolver::targets(in.profile, in.secrets);
    SshTarget target = targets.at(in.profile.indexOfNode(first.host));
    QStringList knownHosts = SshConnector::defaultKnownHostsFiles(in.profile.ssh.knownHostsFile);
    if (parser.isSet(knownHostsOpt))
        knownHosts.append(parser.value(knownHostsOpt));

    FirstNodeJob::Inputs jobInputs;
    jobInputs.profile = in.profile;
    jobInputs.release = in.release;
    jobInputs.packagePath = in.packagePath;
    jobInputs.confSecrets = in.confSecrets;
    jobInputs.sudoPassword =
        SecretResolver::sudoPasswords(in.profile, in.secrets).value(first.host, target.password);
    jobInputs.setRepositoryEnv = parser.isSet(envOpt);
    jobInputs.readyTimeoutS = readyTimeout > 0 ? readyTimeout : in.profile.readyTimeoutS;

    CheckReport report;
    report.profile = in.profile;
    report.startedAt = QDateTime::currentDateTimeUtc();
    CancelToken cancel;
    QList<CheckResult> results;
    QElapsedTimer timer;
    timer.start();
    // --json /dev/stdout is --json -: the human lines go to stderr, out of the JSON's way.
    const bool toStdout =
        parser.value(jsonOpt) == QLatin1String("-") ||
        (parser.isSet(jsonOpt) && OutputFile::isStandardOutput(parser.value(jsonOpt)));
    QTextStream *human = new QTextStream(toStdout ? stderr : stdout);

    // The SSH work runs in a worker thread; this thread only waits for signals (SIGINT).
    QThread *worker = QThread::create([&] {
        SshConnector connector(knownHosts);
        ConnectOutcome outcome = connector.open(target, cancel);
        results.append(outcome.hostKey);
        results.append(outcome.connect);
        if (!outcome.shell)
            return;
        FirstNodeJob job(jobInputs, *outcome.shell, cancel);
        job.run([&](const CheckResult &r) {
            results.append(r);
            Logging::node(
                r.node,
                QStringLiteral("%1 %2: %3").arg(r.checkId, verdictName(r.verdict), r.message));
            QMetaObject::invokeMethod(
                qApp,
                [human, r] {
                    *human << (r.verdict == Verdict::Pass   ? "DONE  "
                               : r.verdict == Verdict::Fail ? "FAIL  "
                                                            : "SKIP  ")
                           << r.checkId << "  " << DisplayText::escaped(r.message) << '\n';
                    if (!r.fix.isEmpty() && r.verdict == Verdict::Fail)
                        *human << "      fix: " << DisplayText::escaped(r.fix) << '\n';
                    human->flush();
                },
                Qt::QueuedConnection);
        });
    });
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, qApp,
                     [&cancel] { cancel.cancel(); });
    if (interrupts.wasInterrupted())
        cancel.cancel(); // interrupted before the run: nothing is tried, the report says so
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    QCoreApplication::processEvents(); // flush the queued progress lines
    delete human;

    report.results = results;
    report.durationMs = timer.elapsed();
    report.cancelled = cancel.isCancelled();
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
