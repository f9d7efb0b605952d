#include "headlessrun.h"

#include "../base/displaytext.h"
#include "../base/outputfile.h"
#include "../base/tr.h"
#include "../log/logging.h"
#include "../report/checkreport.h"
#include "../run/phasecontroller.h"
#include "../run/sshconnector.h"
#include "../secrets/secretresolver.h"
#include "interruptwatcher.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace Ocw::Core {

Expected<Done> HeadlessRun::checkOutputs(const QString &jsonPath, const QString &reportPath)
{
    QStringList outputs;
    if (!jsonPath.isEmpty() && jsonPath != QLatin1String("-"))
        outputs.append(jsonPath);
    if (!reportPath.isEmpty())
        outputs.append(reportPath);
    for (const QString &out : std::as_const(outputs)) {
        const Expected<Done> writable = OutputFile::checkWritable(out);
        if (!writable)
            return makeError(ErrorCode::InvalidInput, OutputFile::oneLine(writable.error()));
    }
    return Done{};
}

int HeadlessRun::execute(const Request &request, const InstallInputs &in, const PhasePlan &plan,
                         const PhaseInputs &inputs, InterruptWatcher &interrupts)
{
    QTextStream err(stderr);
    const QString prefix = QStringLiteral("octane-cluster-wizard %1: ").arg(request.verb);
    QHash<QString, SshTarget> targets;
    for (const SshTarget &t : SecretResolver::targets(in.profile, in.secrets))
        targets.insert(t.nodeName, t);

    CheckReport report;
    report.profile = in.profile;
    report.startedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();
    // --json /dev/stdout is --json -: the human lines go to stderr, out of the JSON's way.
    const bool toStdout =
        request.jsonPath == QLatin1String("-") ||
        (!request.jsonPath.isEmpty() && OutputFile::isStandardOutput(request.jsonPath));
    QTextStream human(toStdout ? stderr : stdout);

    // This thread only prints and waits for the end or a signal (SIGINT).
    PhaseController controller;
    QObject::connect(&controller, &PhaseController::stepFinished, &controller,
                     [&human, &request](const CheckResult &r) {
                         human << (r.verdict == Verdict::Pass   ? "DONE  "
                                   : r.verdict == Verdict::Warn ? "WARN  "
                                   : r.verdict == Verdict::Fail ? "FAIL  "
                                                                : "SKIP  ")
                               << r.checkId << "  " << DisplayText::escaped(r.message) << '\n';
                         if (!r.fix.isEmpty() && r.verdict != Verdict::Pass)
                             human << "      fix: " << DisplayText::escaped(r.fix) << '\n';
                         if (request.printOutputOf.contains(r.checkId) && !r.output.isEmpty()) {
                             for (const QString &line : r.output.split(QLatin1Char('\n')))
                                 human << "      " << DisplayText::escaped(line) << '\n';
                         }
                         human.flush();
                     });
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &controller,
                     [&controller] { controller.cancelAll(); });
    QEventLoop loop;
    QObject::connect(&controller, &PhaseController::finished, &loop, &QEventLoop::quit);
    if (plan.rounds.isEmpty())
        human << Tr::tr("The profile has one node only: there are no other nodes to install.")
              << '\n';
    controller.start(plan, inputs, targets, std::make_shared<SshConnector>(request.knownHostsFiles),
                     request.only);
    if (interrupts.wasInterrupted())
        controller.cancelAll(); // interrupted before the run: nothing is tried, the report says so
    if (controller.isRunning())
        loop.exec();
    if (request.printBytesSent) {
        qint64 total = 0;
        for (auto it = controller.bytesSent().cbegin(); it != controller.bytesSent().cend(); ++it)
            total += it.value();
        human << Tr::tr("Sent from this workstation: %1 bytes in total.").arg(total) << '\n';
    }
    human.flush();

    report.results = controller.results();
    report.durationMs = timer.elapsed();
    report.cancelled = controller.wasCancelled();
    const QByteArray json = QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    bool unwritten = false;
    if (request.jsonPath == QLatin1String("-")) {
        fwrite(json.constData(), 1, size_t(json.size()), stdout);
        if (fflush(stdout) != 0 || ferror(stdout)) {
            err << prefix << Tr::tr("Cannot write the JSON report to the standard output.") << '\n';
            unwritten = true;
        }
    } else if (!request.jsonPath.isEmpty()) {
        const Expected<Done> w = CheckReport::writeFile(request.jsonPath, json);
        if (!w) {
            err << prefix << OutputFile::oneLine(w.error()) << '\n';
            unwritten = true;
        }
    }
    if (!request.reportPath.isEmpty()) {
        const Expected<Done> w =
            CheckReport::writeFile(request.reportPath, report.toHtml().toUtf8());
        if (!w) {
            err << prefix << OutputFile::oneLine(w.error()) << '\n';
            unwritten = true;
        }
    }
    Logging::flush();
    // A report asked for and not written is never a success; a failed run keeps its code.
    return unwritten && report.exitCode() == 0 ? 2 : report.exitCode();
}

} // namespace Ocw::Core
