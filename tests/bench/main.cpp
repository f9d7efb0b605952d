// ocw_bench: how fast the check engine is against the lab (tests/bench/README.md).
//
//   ocw_bench --profile FILE [--nodes N] [--counts 1,3,8] [--runs R] [--json FILE]
//             [--only all|catalogue|roundtrip|connect|peak|trace] [--secrets FILE]
//
// The catalogue runs exactly as `octane-cluster-wizard check` runs it (CheckCommand::run):
// profile validated, release requirements, SshConnector on the default known_hosts files plus
// the profile's, one CheckController on the main thread's event loop, each final result logged.
// The main thread's event loop is watched by a 5 ms timer meanwhile (LatencyProbe).

#include "benchstats.h"
#include "latencyprobe.h"
#include "tracingconnector.h"

#include <core/checks/checkresult.h>
#include <core/checks/requirements.h>
#include <core/log/logging.h>
#include <core/model/clusterprofile.h>
#include <core/model/profilevalidator.h>
#include <core/run/checkcontroller.h>
#include <core/run/checkstatusmodel.h>
#include <core/run/sshconnector.h>
#include <core/secrets/secretresolver.h>
#include <core/ssh/sshsession.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>

#include <sys/resource.h>

using namespace Ocw::Core;

namespace Ocw::Bench {

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &message, int code = 2)
{
    err() << "ocw_bench: " << message << Qt::endl;
    return code;
}

// VmHWM / VmRSS of this process in KiB, from /proc/self/status (Linux).
qint64 procStatusKiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// CPU time (ms) this process used so far, all threads.
double selfCpuMs()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
           double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
}

// CPU time (ms) the lab's nodes used so far: labctl puts each node's sshd, and so every session,
// sudo and command on that node, in the cgroup v2 `ocwlab/octane<i>`. -1 when not found.
double labCpuMs()
{
    for (const QString &root : {QStringLiteral("/sys/fs/cgroup/unified/ocwlab"),
                                QStringLiteral("/sys/fs/cgroup/ocwlab")}) {
        QDir dir(root);
        if (!dir.exists())
            continue;
        double total = 0.0;
        for (const QString &node : dir.entryList({QStringLiteral("octane*")}, QDir::Dirs)) {
            QFile f(dir.filePath(node + QStringLiteral("/cpu.stat")));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &line : f.readAll().split('\n')) {
                if (line.startsWith("usage_usec "))
                    total += line.mid(11).trimmed().toDouble() / 1e3;
            }
        }
        return total;
    }
    return -1.0;
}

QJsonArray toJson(const QList<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(qRound(v * 1000.0) / 1000.0);
    return a;
}

double round3(double v)
{
    return qRound(v * 1000.0) / 1000.0;
}

struct Setup
{
    ClusterProfile profile; // all nodes of the file
    Requirements requirements;
    QHash<QString, QString> secrets;
    QStringList knownHosts;
};

ClusterProfile firstNodes(const ClusterProfile &profile, int n)
{
    ClusterProfile p = profile;
    p.nodes = profile.nodes.mid(0, n);
    if (p.indexOfNode(p.firstNode) < 0)
        p.firstNode = p.nodes.isEmpty() ? QString() : p.nodes.first().host;
    return p;
}

struct CatalogueRun
{
    double wallMs = 0.0;     // start() until finished() reached the event loop
    qint64 controllerMs = 0; // CheckController::elapsedMs(), what `check` reports
    int results = 0;
    QMap<QString, int> verdicts; // "pass" -> n
    QStringList failures;        // "check node: message" of every Fail
    bool cancelled = false;
    double selfCpuMs = 0.0; // this process (client side), all threads
    double labCpuMs = -1.0; // the lab's nodes (server side: sshd, sudo, the probes)
    QList<double> lateMs;
    double maxLateMs = 0.0;
    double maxLateAtMs = 0.0;
    QList<TraceEvent> trace;
};

// One full check run, the way CheckCommand::run drives it. `withModel` also feeds the live grid
// model on the main thread, as the wizard's Checks page does (for the main-thread figures).
CatalogueRun runCatalogue(const Setup &setup, const ClusterProfile &profile, bool traced,
                          bool withModel = false)
{
    auto connector = std::make_shared<SshConnector>(setup.knownHosts);
    std::shared_ptr<TracingConnector> tracer;
    if (traced)
        tracer = std::make_shared<TracingConnector>(connector);
    CheckController controller(tracer ? std::shared_ptr<RemoteConnector>(tracer)
                                      : std::shared_ptr<RemoteConnector>(connector));
    controller.setRun(profile, setup.requirements, SecretResolver::targets(profile, setup.secrets),
                      SecretResolver::sudoPasswords(profile, setup.secrets));
    QObject::connect(
        &controller, &CheckController::resultChanged, &controller, [](const CheckResult &r) {
            if (!isFinal(r.verdict))
                return;
            Logging::node(
                r.node,
                QStringLiteral("%1 %2: %3").arg(r.checkId, verdictName(r.verdict), r.message));
        });

    CheckStatusModel model;
    if (withModel) {
        QStringList nodes;
        for (const Node &n : profile.nodes)
            nodes.append(n.host);
        model.setNodes(nodes);
        QObject::connect(&controller, &CheckController::resultChanged, &model,
                         &CheckStatusModel::update);
    }

    CatalogueRun run;
    LatencyProbe probe;
    QEventLoop loop;
    QElapsedTimer wall;
    QObject::connect(&controller, &CheckController::finished, &loop, [&] {
        run.wallMs = double(wall.nsecsElapsed()) / 1e6;
        probe.stop();
        loop.quit();
    });
    const double cpu0 = selfCpuMs();
    const double lab0 = labCpuMs();
    probe.start();
    if (tracer)
        tracer->start();
    wall.start();
    controller.start();
    if (controller.isRunning())
        loop.exec();

    run.selfCpuMs = selfCpuMs() - cpu0;
    if (lab0 >= 0.0)
        run.labCpuMs = labCpuMs() - lab0;
    run.controllerMs = controller.elapsedMs();
    run.cancelled = controller.wasCancelled();
    const QList<CheckResult> results = controller.results();
    run.results = int(results.size());
    for (const CheckResult &r : results) {
        run.verdicts[verdictName(r.verdict)] += 1;
        if (r.verdict == Verdict::Fail)
            run.failures.append(
                QStringLiteral("%1 %2%3: %4")
                    .arg(r.checkId, r.node,
                         r.toNode.isEmpty() ? QString() : QStringLiteral("->") + r.toNode,
                         r.message));
    }
    run.lateMs = probe.lateMs();
    run.maxLateMs = probe.maxLateMs();
    run.maxLateAtMs = probe.maxLateAtMs();
    if (tracer)
        run.trace = tracer->events();
    return run;
}

// Where the time of one traced run went: per step (across nodes) and per stage window.
QJsonObject traceSummary(const CatalogueRun &run)
{
    QMap<QString, QList<double>> byStep;
    QMap<QString, QList<double>> cpuByStep;
    QMap<QString, QPair<double, double>> stageWindow; // stage digit -> [first start, last end]
    for (const TraceEvent &e : run.trace) {
        byStep[e.step].append(e.durationMs);
        if (e.nodeCpuMs >= 0.0)
            cpuByStep[e.step].append(e.nodeCpuMs);
        const QString stage =
            e.step == QLatin1String("connect+auth") ? QStringLiteral("1") : e.step.left(1);
        const double end = e.startMs + e.durationMs;
        if (!stageWindow.contains(stage))
            stageWindow.insert(stage, {e.startMs, end});
        auto &w = stageWindow[stage];
        w.first = qMin(w.first, e.startMs);
        w.second = qMax(w.second, end);
    }
    QJsonArray steps;
    for (auto it = byStep.cbegin(); it != byStep.cend(); ++it) {
        steps.append(QJsonObject{{QStringLiteral("step"), it.key()},
                                 {QStringLiteral("count"), int(it.value().size())},
                                 {QStringLiteral("medianMs"), round3(median(it.value()))},
                                 {QStringLiteral("maxMs"), round3(maximum(it.value()))},
                                 {QStringLiteral("nodeCpuMedianMs"),
                                  cpuByStep.contains(it.key())
                                      ? QJsonValue(round3(median(cpuByStep.value(it.key()))))
                                      : QJsonValue()}});
    }
    QJsonArray stages;
    double previousEnd = 0.0;
    for (auto it = stageWindow.cbegin(); it != stageWindow.cend(); ++it) {
        stages.append(QJsonObject{
            {QStringLiteral("stage"), it.key()},
            {QStringLiteral("startMs"), round3(it.value().first)},
            {QStringLiteral("endMs"), round3(it.value().second)},
            {QStringLiteral("durationMs"), round3(it.value().second - it.value().first)},
            {QStringLiteral("gapBeforeMs"), round3(it.value().first - previousEnd)}});
        previousEnd = it.value().second;
    }
    QJsonArray events;
    for (const TraceEvent &e : run.trace) {
        events.append(QJsonObject{{QStringLiteral("node"), e.node},
                                  {QStringLiteral("step"), e.step},
                                  {QStringLiteral("startMs"), round3(e.startMs)},
                                  {QStringLiteral("durationMs"), round3(e.durationMs)},
                                  {QStringLiteral("nodeCpuMs"), round3(e.nodeCpuMs)},
                                  {QStringLiteral("ok"), e.ok}});
    }
    return QJsonObject{{QStringLiteral("wallMs"), round3(run.wallMs)},
                       {QStringLiteral("afterLastStepMs"), round3(run.wallMs - previousEnd)},
                       {QStringLiteral("steps"), steps},
                       {QStringLiteral("stages"), stages},
                       {QStringLiteral("events"), events}};
}

void printTrace(const QJsonObject &t, int nodes)
{
    out() << QStringLiteral("  trace of one %1-node run (%2 ms wall):\n")
                 .arg(nodes)
                 .arg(t.value(QStringLiteral("wallMs")).toDouble(), 0, 'f', 1);
    for (const QJsonValue &v : t.value(QStringLiteral("stages")).toArray()) {
        const QJsonObject s = v.toObject();
        out() << QStringLiteral("    stage %1: %2 .. %3 ms (%4 ms, gap before %5 ms)\n")
                     .arg(s.value(QStringLiteral("stage")).toString())
                     .arg(s.value(QStringLiteral("startMs")).toDouble(), 0, 'f', 1)
                     .arg(s.value(QStringLiteral("endMs")).toDouble(), 0, 'f', 1)
                     .arg(s.value(QStringLiteral("durationMs")).toDouble(), 0, 'f', 1)
                     .arg(s.value(QStringLiteral("gapBeforeMs")).toDouble(), 0, 'f', 1);
    }
    out() << QStringLiteral("    after the last step (disconnect, thread joins, finished): %1 ms\n")
                 .arg(t.value(QStringLiteral("afterLastStepMs")).toDouble(), 0, 'f', 1);
    for (const QJsonValue &v : t.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        const QJsonValue cpu = s.value(QStringLiteral("nodeCpuMedianMs"));
        out() << QStringLiteral("    %1 x%2: median %3 ms, max %4 ms; node CPU median %5 ms\n")
                     .arg(s.value(QStringLiteral("step")).toString(), -22)
                     .arg(s.value(QStringLiteral("count")).toInt())
                     .arg(s.value(QStringLiteral("medianMs")).toDouble(), 0, 'f', 1)
                     .arg(s.value(QStringLiteral("maxMs")).toDouble(), 0, 'f', 1)
                     .arg(cpu.isDouble() ? QString::number(cpu.toDouble(), 'f', 1)
                                         : QStringLiteral("?"));
    }
}

QJsonObject latenessJson(const QList<CatalogueRun> &runs)
{
    QList<double> all;
    QList<double> maxima;
    for (const CatalogueRun &r : runs) {
        all += r.lateMs;
        maxima.append(r.maxLateMs);
    }
    return QJsonObject{{QStringLiteral("maxMs"), round3(maximum(maxima))},
                       {QStringLiteral("p99Ms"), round3(percentile(all, 99))},
                       {QStringLiteral("perRunMaxMs"), toJson(maxima)},
                       {QStringLiteral("ticks"), int(all.size())}};
}

// Runs the catalogue on the first `n` nodes: `warmup` runs not counted, then `runs` counted.
QJsonObject measureCatalogue(const Setup &setup, int n, int runs, int warmup, bool withTrace)
{
    const ClusterProfile profile = firstNodes(setup.profile, n);
    for (int i = 0; i < warmup; ++i)
        runCatalogue(setup, profile, false);
    QList<CatalogueRun> measured;
    QList<double> wall, controller, selfCpu, labCpu;
    QStringList failures;
    for (int i = 0; i < runs; ++i) {
        const CatalogueRun r = runCatalogue(setup, profile, false);
        measured.append(r);
        wall.append(r.wallMs);
        controller.append(double(r.controllerMs));
        selfCpu.append(r.selfCpuMs);
        if (r.labCpuMs >= 0.0)
            labCpu.append(r.labCpuMs);
        for (const QString &f : r.failures) {
            if (!failures.contains(f))
                failures.append(f);
        }
    }
    const CatalogueRun &last = measured.last();
    QJsonObject verdicts;
    for (auto it = last.verdicts.cbegin(); it != last.verdicts.cend(); ++it)
        verdicts.insert(it.key(), it.value());
    const QJsonObject lateness = latenessJson(measured);
    QJsonObject o{{QStringLiteral("nodes"), n},
                  {QStringLiteral("runsMs"), toJson(wall)},
                  {QStringLiteral("medianMs"), round3(median(wall))},
                  {QStringLiteral("minMs"), round3(minimum(wall))},
                  {QStringLiteral("maxMs"), round3(maximum(wall))},
                  {QStringLiteral("controllerMedianMs"), median(controller)},
                  {QStringLiteral("selfCpuMedianMs"), round3(median(selfCpu))},
                  {QStringLiteral("labCpuMedianMs"),
                   labCpu.isEmpty() ? QJsonValue() : QJsonValue(round3(median(labCpu)))},
                  {QStringLiteral("results"), last.results},
                  {QStringLiteral("verdicts"), verdicts},
                  {QStringLiteral("failures"), QJsonArray::fromStringList(failures)},
                  {QStringLiteral("lateness"), lateness}};
    out() << QStringLiteral(
                 "catalogue %1 node(s): median %2 ms (min %3, max %4; runs %5), %6 results, "
                 "event loop max block %7 ms, p99 %8 ms\n")
                 .arg(n)
                 .arg(median(wall), 0, 'f', 1)
                 .arg(minimum(wall), 0, 'f', 1)
                 .arg(maximum(wall), 0, 'f', 1)
                 .arg(runs)
                 .arg(last.results)
                 .arg(lateness.value(QStringLiteral("maxMs")).toDouble(), 0, 'f', 2)
                 .arg(lateness.value(QStringLiteral("p99Ms")).toDouble(), 0, 'f', 2);
    out() << QStringLiteral("  CPU per run (median): this process %1 ms, the lab's nodes %2 ms; on "
                            "%3 cores at least %4 ms of wall time\n")
                 .arg(median(selfCpu), 0, 'f', 0)
                 .arg(labCpu.isEmpty() ? QStringLiteral("?")
                                       : QString::number(median(labCpu), 'f', 0))
                 .arg(QThread::idealThreadCount())
                 .arg((median(selfCpu) + (labCpu.isEmpty() ? 0.0 : median(labCpu))) /
                          qMax(1, QThread::idealThreadCount()),
                      0, 'f', 0);
    for (const QString &f : failures)
        out() << "  FAIL " << f << '\n';
    if (withTrace) {
        const QJsonObject t = traceSummary(runCatalogue(setup, profile, true));
        printTrace(t, n);
        o.insert(QStringLiteral("trace"), t);
    }
    out().flush();
    return o;
}

Expected<std::unique_ptr<RemoteShell>> openShell(const Setup &setup, const SshTarget &target)
{
    SshConnector connector(setup.knownHosts);
    ConnectOutcome outcome = connector.open(target, CancelToken());
    if (!outcome.shell)
        return makeError(ErrorCode::ChannelFailed, outcome.hostKey.verdict == Verdict::Fail
                                                       ? outcome.hostKey.message
                                                       : outcome.connect.message);
    return std::move(outcome.shell);
}

QJsonObject measureRoundTrip(const Setup &setup, int count)
{
    const ClusterProfile profile = firstNodes(setup.profile, 1);
    const SshTarget target = SecretResolver::targets(profile, setup.secrets).value(0);
    auto shell = openShell(setup, target);
    if (!shell) {
        err() << "ocw_bench: round trip: " << shell.error().message << Qt::endl;
        return QJsonObject{{QStringLiteral("error"), shell.error().message}};
    }
    ExecRequest request;
    request.command = QStringLiteral("true");
    request.timeoutMs = 10000;
    for (int i = 0; i < 5; ++i)
        (*shell)->exec(request);
    QList<double> samples;
    QElapsedTimer t;
    for (int i = 0; i < count; ++i) {
        t.start();
        const Expected<ExecResult> r = (*shell)->exec(request);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!r || r->exitStatus != 0) {
            const QString why =
                r ? QStringLiteral("exit %1").arg(r->exitStatus) : r.error().message;
            err() << "ocw_bench: round trip: `true` failed: " << why << Qt::endl;
            return QJsonObject{{QStringLiteral("error"), why}};
        }
        samples.append(ms);
    }
    out() << QStringLiteral("round trip `true` x%1 on one open session: median %2 ms, p95 %3 ms, "
                            "min %4, max %5\n")
                 .arg(count)
                 .arg(median(samples), 0, 'f', 2)
                 .arg(percentile(samples, 95), 0, 'f', 2)
                 .arg(minimum(samples), 0, 'f', 2)
                 .arg(maximum(samples), 0, 'f', 2);
    out().flush();
    return QJsonObject{{QStringLiteral("node"), target.nodeName},
                       {QStringLiteral("count"), count},
                       {QStringLiteral("medianMs"), round3(median(samples))},
                       {QStringLiteral("p95Ms"), round3(percentile(samples, 95))},
                       {QStringLiteral("minMs"), round3(minimum(samples))},
                       {QStringLiteral("maxMs"), round3(maximum(samples))}};
}

QJsonObject measureConnect(const Setup &setup, int count)
{
    const ClusterProfile profile = firstNodes(setup.profile, 1);
    const SshTarget target = SecretResolver::targets(profile, setup.secrets).value(0);
    SshConnector connector(setup.knownHosts);
    QList<double> total, connect, auth;
    QElapsedTimer t;
    for (int i = 0; i < count + 1; ++i) {
        t.start();
        ConnectOutcome outcome = connector.open(target, CancelToken());
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!outcome.shell) {
            err() << "ocw_bench: connect: " << outcome.connect.message << outcome.hostKey.message
                  << Qt::endl;
            return QJsonObject{{QStringLiteral("error"), outcome.connect.message}};
        }
        const auto *session = dynamic_cast<SshSession *>(outcome.shell.get());
        if (i == 0)
            continue; // warm-up: first key file read, libssh2_init
        total.append(ms);
        if (session) {
            connect.append(double(session->connectMs()));
            auth.append(double(session->authMs()));
        }
        // The disconnect (outcome.shell's destructor) is not part of the figure.
    }
    out() << QStringLiteral("connect+auth (key) x%1: median %2 ms, p95 %3 ms (TCP+handshake median "
                            "%4 ms, auth median %5 ms)\n")
                 .arg(count)
                 .arg(median(total), 0, 'f', 2)
                 .arg(percentile(total, 95), 0, 'f', 2)
                 .arg(median(connect), 0, 'f', 0)
                 .arg(median(auth), 0, 'f', 0);
    out().flush();
    return QJsonObject{{QStringLiteral("node"), target.nodeName},
                       {QStringLiteral("count"), count},
                       {QStringLiteral("auth"), authMethodName(target.auth)},
                       {QStringLiteral("medianMs"), round3(median(total))},
                       {QStringLiteral("p95Ms"), round3(percentile(total, 95))},
                       {QStringLiteral("handshakeMedianMs"), median(connect)},
                       {QStringLiteral("authMedianMs"), median(auth)}};
}

// The peak-memory run: this process does nothing but `runs` catalogue runs on `n` nodes (no
// warm-up), so VmHWM afterwards is the peak of those runs. The results also go into the
// wizard's grid model (CheckStatusModel), so memory and main-thread figures include it.
QJsonObject measurePeak(const Setup &setup, int n, int runs)
{
    const qint64 baseline = procStatusKiB("VmRSS");
    const ClusterProfile profile = firstNodes(setup.profile, n);
    QList<CatalogueRun> measured;
    QList<double> wall;
    for (int i = 0; i < runs; ++i) {
        measured.append(runCatalogue(setup, profile, false, true));
        wall.append(measured.last().wallMs);
    }
    const qint64 hwm = procStatusKiB("VmHWM");
    const QJsonObject lateness = latenessJson(measured);
    out() << QStringLiteral("peak memory, fresh process, %1 run(s) on %2 nodes: VmHWM %3 MiB (RSS "
                            "before the runs %4 MiB); "
                            "event loop max block %5 ms, p99 %6 ms\n")
                 .arg(runs)
                 .arg(n)
                 .arg(double(hwm) / 1024.0, 0, 'f', 1)
                 .arg(double(baseline) / 1024.0, 0, 'f', 1)
                 .arg(lateness.value(QStringLiteral("maxMs")).toDouble(), 0, 'f', 2)
                 .arg(lateness.value(QStringLiteral("p99Ms")).toDouble(), 0, 'f', 2);
    out().flush();
    return QJsonObject{{QStringLiteral("nodes"), n},
                       {QStringLiteral("runs"), runs},
                       {QStringLiteral("vmhwmKiB"), hwm},
                       {QStringLiteral("vmhwmMiB"), round3(double(hwm) / 1024.0)},
                       {QStringLiteral("rssBeforeKiB"), baseline},
                       {QStringLiteral("runsMs"), toJson(wall)},
                       {QStringLiteral("lateness"), lateness}};
}

// Runs `--only peak` in a child process so that its VmHWM is that run's alone.
QJsonObject spawnPeak(const QStringList &baseArgs, int n, int runs)
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("peak.json"));
    QStringList args = baseArgs;
    args << QStringLiteral("--only") << QStringLiteral("peak") << QStringLiteral("--nodes")
         << QString::number(n) << QStringLiteral("--runs") << QString::number(runs)
         << QStringLiteral("--json") << json;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), args);
    if (!child.waitForFinished(600000) || child.exitStatus() != QProcess::NormalExit ||
        child.exitCode() != 0)
        return QJsonObject{
            {QStringLiteral("error"),
             QStringLiteral("the peak-memory child failed (exit %1)").arg(child.exitCode())}};
    QFile f(json);
    if (!f.open(QIODevice::ReadOnly))
        return QJsonObject{
            {QStringLiteral("error"), QStringLiteral("the peak-memory child wrote no JSON")}};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("peak")).toObject();
}

QList<int> parseCounts(const QString &text, bool *ok)
{
    QList<int> counts;
    *ok = true;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool good = false;
        const int n = part.trimmed().toInt(&good);
        if (!good || n < 1) {
            *ok = false;
            return {};
        }
        if (!counts.contains(n))
            counts.append(n);
    }
    return counts;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Benchmarks of the check engine against the lab."));
    const QCommandLineOption profileOpt(
        QStringLiteral("profile"), QStringLiteral("Cluster profile (the lab's DIR/profile.json)."),
        QStringLiteral("FILE"));
    const QCommandLineOption nodesOpt(
        QStringLiteral("nodes"),
        QStringLiteral("Use the first N nodes of the profile at most (default: all, up to 8)."),
        QStringLiteral("N"));
    const QCommandLineOption countsOpt(
        QStringLiteral("counts"),
        QStringLiteral("Node counts for the catalogue (default 1,3,8 up to N, and N)."),
        QStringLiteral("LIST"));
    const QCommandLineOption runsOpt(
        QStringLiteral("runs"), QStringLiteral("Measured catalogue runs per count (default 5)."),
        QStringLiteral("R"));
    const QCommandLineOption warmupOpt(
        QStringLiteral("warmup"),
        QStringLiteral("Uncounted catalogue runs per count first (default 1)."),
        QStringLiteral("W"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     QStringLiteral("Write the figures as JSON to FILE."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption onlyOpt(
        QStringLiteral("only"),
        QStringLiteral("all (default), catalogue, roundtrip, connect, peak, trace."),
        QStringLiteral("WHAT"));
    const QCommandLineOption secretsOpt(
        QStringLiteral("secrets"),
        QStringLiteral(
            "name=value secrets file (e.g. the lab's secrets.env), if the profile needs any."),
        QStringLiteral("FILE"));
    const QCommandLineOption rttOpt(QStringLiteral("rtt-count"),
                                    QStringLiteral("Round trips to time (default 200)."),
                                    QStringLiteral("N"));
    const QCommandLineOption connectOpt(QStringLiteral("connect-count"),
                                        QStringLiteral("Connections to time (default 20)."),
                                        QStringLiteral("N"));
    const QCommandLineOption noTraceOpt(
        QStringLiteral("no-trace"),
        QStringLiteral("Skip the traced run per count (stage breakdown)."));
    parser.addOptions({profileOpt, nodesOpt, countsOpt, runsOpt, warmupOpt, jsonOpt, onlyOpt,
                       secretsOpt, rttOpt, connectOpt, noTraceOpt});
    parser.addHelpOption();
    parser.process(arguments);

    auto intOption = [&parser](const QCommandLineOption &o, int def, int min, int max, bool *ok) {
        if (!parser.isSet(o))
            return def;
        const int v = parser.value(o).toInt(ok);
        *ok = *ok && v >= min && v <= max;
        return v;
    };
    bool ok = true;
    const int runs = intOption(runsOpt, 5, 1, 1000, &ok);
    if (!ok)
        return fail(QStringLiteral("--runs: a number from 1 to 1000"));
    const int warmup = intOption(warmupOpt, 1, 0, 100, &ok);
    if (!ok)
        return fail(QStringLiteral("--warmup: a number from 0 to 100"));
    const int rttCount = intOption(rttOpt, 200, 1, 100000, &ok);
    if (!ok)
        return fail(QStringLiteral("--rtt-count: a positive number"));
    const int connectCount = intOption(connectOpt, 20, 1, 10000, &ok);
    if (!ok)
        return fail(QStringLiteral("--connect-count: a positive number"));
    const QString only = parser.isSet(onlyOpt) ? parser.value(onlyOpt) : QStringLiteral("all");
    static const QStringList modes{QStringLiteral("all"),       QStringLiteral("catalogue"),
                                   QStringLiteral("roundtrip"), QStringLiteral("connect"),
                                   QStringLiteral("peak"),      QStringLiteral("trace")};
    if (!modes.contains(only))
        return fail(QStringLiteral("--only: one of %1").arg(modes.join(QStringLiteral(", "))));
    if (!parser.isSet(profileOpt))
        return fail(QStringLiteral("--profile FILE is required"));

    // The same preparation as CheckCommand::run.
    const QString profilePath = parser.value(profileOpt);
    Expected<ClusterProfile> loaded = ClusterProfile::load(profilePath);
    if (!loaded)
        return fail(loaded.error().message);
    Setup setup;
    setup.profile = *loaded;
    const QList<FieldIssue> issues = ProfileValidator::validate(setup.profile);
    if (!issues.isEmpty())
        return fail(QStringLiteral("%1: %2: %3")
                        .arg(profilePath, issues.first().field, issues.first().message));
    const Expected<Requirements> requirements = Requirements::forRelease(setup.profile.release);
    if (!requirements)
        return fail(
            QStringLiteral("%1: release: %2").arg(profilePath, requirements.error().message));
    setup.requirements = *requirements;
    if (parser.isSet(secretsOpt)) {
        QFile f(parser.value(secretsOpt));
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString()));
        setup.secrets = SecretResolver::parseLines(f.readAll());
    }
    for (const SecretNeed &need : SecretResolver::needs(setup.profile)) {
        if (SecretResolver::lookup(setup.secrets, need.name, need.node).isEmpty())
            return fail(QStringLiteral("missing secret \"%1\" (%2): give --secrets FILE")
                            .arg(need.name, need.description));
    }
    setup.knownHosts = SshConnector::defaultKnownHostsFiles(setup.profile.ssh.knownHostsFile);

    const int available = int(setup.profile.nodes.size());
    const int maxNodes = intOption(nodesOpt, qMin(available, 8), 1, 64, &ok);
    if (!ok)
        return fail(QStringLiteral("--nodes: a number from 1 to 64"));
    if (maxNodes > available)
        return fail(QStringLiteral("--nodes %1: the profile has only %2 nodes")
                        .arg(maxNodes)
                        .arg(available));
    QList<int> counts;
    if (parser.isSet(countsOpt)) {
        counts = parseCounts(parser.value(countsOpt), &ok);
        if (!ok || counts.isEmpty())
            return fail(QStringLiteral("--counts: comma-separated node counts, e.g. 1,3,8"));
        for (int n : counts) {
            if (n > maxNodes)
                return fail(QStringLiteral("--counts: %1 is more than the %2 nodes in use")
                                .arg(n)
                                .arg(maxNodes));
        }
    } else {
        for (int n : {1, 3, 8}) {
            if (n <= maxNodes)
                counts.append(n);
        }
        if (!counts.contains(maxNodes))
            counts.append(maxNodes);
    }
    setup.profile = firstNodes(setup.profile, maxNodes);

    // The product logs every verdict; the bench logs to its own file so as not to fill the
    // user's log, at the same cost.
    QTemporaryDir logDir;
    Logging::init(logDir.filePath(QStringLiteral("ocw_bench.log")));

    QJsonObject report{{QStringLiteral("profile"), QFileInfo(profilePath).absoluteFilePath()},
                       {QStringLiteral("nodes"), maxNodes},
                       {QStringLiteral("runs"), runs},
                       {QStringLiteral("warmup"), warmup}};
    const bool trace = !parser.isSet(noTraceOpt);

    if (only == QLatin1String("peak")) {
        report.insert(QStringLiteral("peak"), measurePeak(setup, maxNodes, runs));
    } else if (only == QLatin1String("trace")) {
        QJsonObject traces;
        for (int n : counts) {
            const ClusterProfile profile = firstNodes(setup.profile, n);
            for (int i = 0; i < warmup; ++i)
                runCatalogue(setup, profile, false);
            const QJsonObject t = traceSummary(runCatalogue(setup, profile, true));
            printTrace(t, n);
            traces.insert(QString::number(n), t);
        }
        report.insert(QStringLiteral("traces"), traces);
    } else {
        if (only == QLatin1String("all") || only == QLatin1String("catalogue")) {
            QJsonObject catalogue;
            for (int n : counts)
                catalogue.insert(QString::number(n),
                                 measureCatalogue(setup, n, runs, warmup, trace));
            report.insert(QStringLiteral("catalogue"), catalogue);
        }
        if (only == QLatin1String("all") || only == QLatin1String("roundtrip"))
            report.insert(QStringLiteral("roundtrip"), measureRoundTrip(setup, rttCount));
        if (only == QLatin1String("all") || only == QLatin1String("connect"))
            report.insert(QStringLiteral("connect"), measureConnect(setup, connectCount));
        if (only == QLatin1String("all")) {
            QStringList base{QStringLiteral("--profile"), profilePath};
            if (parser.isSet(secretsOpt))
                base << QStringLiteral("--secrets") << parser.value(secretsOpt);
            report.insert(QStringLiteral("peak"), spawnPeak(base, maxNodes, runs));
        }
    }

    if (parser.isSet(jsonOpt)) {
        QFile f(parser.value(jsonOpt));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString()),
                        1);
        f.write(QJsonDocument(report).toJson(QJsonDocument::Indented));
    }
    Logging::flush();
    return 0;
}

} // namespace

} // namespace Ocw::Bench

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The product's identity: the app data dir (its own known_hosts file) depends on it.
    QCoreApplication::setOrganizationName(QStringLiteral("octane-cluster-wizard"));
    QCoreApplication::setApplicationName(QStringLiteral("octane-cluster-wizard"));
    return Ocw::Bench::run(app.arguments());
}
