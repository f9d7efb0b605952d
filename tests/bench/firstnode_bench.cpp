// ocw_firstnode_bench: how long the first-node phase takes from `systemctl start` to "ready"
// beyond the lab's simulated boot delay, next to plain OpenSSH in the same run
// (tests/bench/README.md).
//
//   ocw_firstnode_bench --profile DIR/profile.json --package FILE [--runs 5] [--json FILE]
//
// FirstNodeJob runs as `octane-cluster-wizard install --phase first-node` runs it, on one
// SSH session to the first node: once to install, then --runs times after a
// `systemctl stop octane`. Ours: from the moment the job issues the start command (a
// RemoteShell wrapper timestamps it) to the moment its first-node.ready result arrives.
// The peer, alternating with ours: one `ssh` over an open ControlMaster connection running
// `systemctl start` and then `tail | grep` of the log every 0.1 s until the ready line,
// process start to exit. Both minus the boot delay of the lab (DIR/state.json) are the
// figures; what remains is the simulated server's own start (python, its checks) plus the
// follower's latency.

#include <core/cli/installinputs.h>
#include <core/plan/firstnodejob.h>
#include <core/run/sshconnector.h>
#include <core/secrets/secretresolver.h>
#include <core/ssh/remoteshell.h>
#include <core/ssh/shellquote.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

using namespace Ocw::Core;

namespace {

// Forwards to the real session and notes when the service start command leaves.
class TimingShell : public RemoteShell
{
public:
    TimingShell(RemoteShell &inner, const QElapsedTimer &clock)
        : m_inner(inner)
        , m_clock(clock)
    {
    }
    Expected<ExecResult> exec(const ExecRequest &request) override
    {
        if (request.command.contains(QLatin1String("systemctl start ")))
            startIssuedMs = m_clock.nsecsElapsed() / 1e6;
        return m_inner.exec(request);
    }
    Expected<ExecResult> execStreaming(const ExecRequest &request,
                                       const StreamInput &input) override
    {
        return m_inner.execStreaming(request, input);
    }
    QString nodeName() const override { return m_inner.nodeName(); }
    CancelToken cancelToken() const override { return m_inner.cancelToken(); }
    bool isUsable() const override { return m_inner.isUsable(); }

    std::optional<double> startIssuedMs;

private:
    RemoteShell &m_inner;
    const QElapsedTimer &m_clock;
};

double medianOf(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2.0;
}

QJsonArray toJson(const QList<double> &v)
{
    QJsonArray a;
    for (double x : v)
        a.append(x);
    return a;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "ocw_firstnode_bench: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Start to ready of the first node on the lab, ours against plain OpenSSH."));
    parser.addHelpOption();
    const QCommandLineOption profileOpt(QStringLiteral("profile"),
                                        QStringLiteral("The lab's profile.json."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption packageOpt(QStringLiteral("package"),
                                        QStringLiteral("A package built by `labctl package`."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"),
                                     QStringLiteral("Measured start cycles each (default 5)."),
                                     QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     QStringLiteral("Write every figure to FILE."),
                                     QStringLiteral("FILE"));
    parser.addOptions({profileOpt, packageOpt, runsOpt, jsonOpt});
    parser.process(app);
    if (!parser.isSet(profileOpt) || !parser.isSet(packageOpt))
        return fail(QStringLiteral("--profile and --package are needed"));
    const int runs = parser.value(runsOpt).toInt();
    if (runs < 1)
        return fail(QStringLiteral("--runs takes a number ≥ 1"));

    // The lab's boot delay and the settings the simulated server insists on.
    const QString stateDir = QFileInfo(parser.value(profileOpt)).absolutePath();
    double bootDelayS = 3.0;
    {
        QFile f(stateDir + QStringLiteral("/state.json"));
        if (f.open(QIODevice::ReadOnly)) {
            const QJsonValue v =
                QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("boot_delay"));
            if (v.isDouble())
                bootDelayS = v.toDouble();
        }
    }
    QTemporaryDir tmp;
    QFile in(parser.value(profileOpt));
    if (!tmp.isValid() || !in.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1").arg(in.fileName()));
    QJsonObject json = QJsonDocument::fromJson(in.readAll()).object();
    json.insert(
        QStringLiteral("octaneConf"),
        QJsonObject{{QStringLiteral("db-type"), QStringLiteral("ORACLE")},
                    {QStringLiteral("connection-string"),
                     QStringLiteral("jdbc:oracle:thin:@//db.lab:1521/OCTANE")},
                    {QStringLiteral("db-admin-user"), QStringLiteral("system")},
                    {QStringLiteral("schema-name"), QStringLiteral("octane_site")},
                    {QStringLiteral("site-admin-user"), QStringLiteral("admin@example.com")},
                    {QStringLiteral("elastic.host"), QStringLiteral("es.lab")},
                    {QStringLiteral("elastic.cluster-name"), QStringLiteral("octane-es")}});
    const QString profilePath = tmp.filePath(QStringLiteral("profile.json"));
    {
        QFile out(profilePath);
        if (!out.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write %1").arg(profilePath));
        out.write(QJsonDocument(json).toJson());
    }
    Expected<InstallInputs> loaded = InstallInputs::load(profilePath, parser.value(packageOpt));
    if (!loaded)
        return fail(loaded.error().message);
    InstallInputs inputs = *loaded;
    // Given here, so that loadSecrets never asks the keychain.
    inputs.secrets = SecretResolver::parseLines(
        "conf:db-admin-password=Db-Admin-1\nconf:schema-password=Schema-Pw-2\n"
        "conf:site-admin-password=Site-Admin-3\nconf:cluster.distributed-password=Hz-Secret-4\n");
    if (auto ok = inputs.loadSecrets(false); !ok)
        return fail(ok.error().message);

    const QString node = inputs.profile.firstNodeHost();
    const QList<SshTarget> targets = SecretResolver::targets(inputs.profile, inputs.secrets);
    const SshTarget target = targets.at(inputs.profile.indexOfNode(node));
    SshConnector connector(SshConnector::defaultKnownHostsFiles(inputs.profile.ssh.knownHostsFile));
    CancelToken cancel;
    ConnectOutcome outcome = connector.open(target, cancel);
    if (!outcome.shell)
        return fail(outcome.connect.message);
    RemoteShell &session = *outcome.shell;

    FirstNodeJob::Inputs jobInputs;
    jobInputs.profile = inputs.profile;
    jobInputs.release = inputs.release;
    jobInputs.packagePath = inputs.packagePath;
    jobInputs.confSecrets = inputs.confSecrets;
    jobInputs.setRepositoryEnv = true;
    jobInputs.readyTimeoutS = 60;

    auto remote = [&](const QString &command) {
        ExecRequest r;
        r.command = command;
        r.timeoutMs = 30000;
        const auto done = session.exec(r);
        return done && done->exitStatus == 0;
    };
    const QString log = QStringLiteral("/opt/octane/log/wrapper.log");

    QElapsedTimer clock;
    clock.start();
    // One job run: start issued → ready seen (ms), and the two steps' own durations.
    struct Cycle
    {
        double startToReadyMs = -1;
        double startStepMs = 0;
        double readyStepMs = 0;
        QString failed;
    };
    auto runJob = [&]() {
        Cycle c;
        TimingShell shell(session, clock);
        FirstNodeJob job(jobInputs, shell, cancel);
        std::optional<double> readyAt;
        const QList<CheckResult> results = job.run([&](const CheckResult &r) {
            if (r.checkId == QLatin1String("first-node.ready") && r.verdict == Verdict::Pass)
                readyAt = clock.nsecsElapsed() / 1e6;
        });
        for (const CheckResult &r : results) {
            if (r.verdict == Verdict::Fail && c.failed.isEmpty())
                c.failed = r.checkId + QStringLiteral(": ") + r.message;
            if (r.checkId == QLatin1String("first-node.start"))
                c.startStepMs = double(r.durationMs);
            if (r.checkId == QLatin1String("first-node.ready"))
                c.readyStepMs = double(r.durationMs);
        }
        if (readyAt && shell.startIssuedMs)
            c.startToReadyMs = *readyAt - *shell.startIssuedMs;
        else if (c.failed.isEmpty())
            c.failed = QStringLiteral("the job did not start the server (already running?)");
        return c;
    };

    // Plain OpenSSH: one master connection, each measured start a `ssh` through it.
    const QString ctl = tmp.filePath(QStringLiteral("ctl"));
    const QStringList sshOpts{
        QStringLiteral("-F"),
        QStringLiteral("/dev/null"),
        QStringLiteral("-o"),
        QStringLiteral("BatchMode=yes"),
        QStringLiteral("-o"),
        QStringLiteral("IdentitiesOnly=yes"),
        QStringLiteral("-i"),
        target.keyFile,
        QStringLiteral("-o"),
        QStringLiteral("UserKnownHostsFile=") + inputs.profile.ssh.knownHostsFile,
        QStringLiteral("-o"),
        QStringLiteral("StrictHostKeyChecking=yes"),
        QStringLiteral("-o"),
        QStringLiteral("LogLevel=ERROR"),
        QStringLiteral("-o"),
        QStringLiteral("ControlPath=") + ctl,
        QStringLiteral("-l"),
        target.user};
    auto ssh = [&](const QStringList &extra, const QString &command, int timeoutMs) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        QStringList args = sshOpts + extra;
        args << node;
        if (!command.isEmpty())
            args << command;
        p.start(QStringLiteral("ssh"), args);
        const bool ok = p.waitForFinished(timeoutMs) && p.exitStatus() == QProcess::NormalExit &&
                        p.exitCode() == 0;
        if (!ok) {
            p.kill();
            p.waitForFinished(2000);
            std::fprintf(stderr, "ssh %s: %s\n", qPrintable(command), p.readAll().constData());
        }
        return ok;
    };
    if (!ssh({QStringLiteral("-o"), QStringLiteral("ControlMaster=yes"), QStringLiteral("-o"),
              QStringLiteral("ControlPersist=yes"), QStringLiteral("-f"), QStringLiteral("-N")},
             QString(), 20000))
        return fail(QStringLiteral("cannot open the OpenSSH master connection"));
    struct CloseMaster
    {
        std::function<void()> close;
        ~CloseMaster() { close(); }
    } closeMaster{[&] { ssh({QStringLiteral("-O"), QStringLiteral("exit")}, QString(), 5000); }};
    // Deadline: 60 s of polling, like ours (readyTimeoutS).
    const QString peerCommand =
        QStringLiteral("off=$(stat -c %s %1 2>/dev/null || echo 0); sudo -n systemctl start "
                       "octane || exit 1; i=0; until tail -c +$((off + 1)) %1 | grep -q "
                       "'Server is ready'; do i=$((i + 1)); [ $i -le 600 ] || exit 1; "
                       "sleep 0.1; done")
            .arg(ShellQuote::quote(log));

    // First run: installs (or finds installed) and starts.
    {
        remote(QStringLiteral("sudo -n systemctl stop octane >/dev/null 2>&1; true"));
        const Cycle first = runJob();
        if (!first.failed.isEmpty())
            return fail(QStringLiteral("first run: %1").arg(first.failed));
        std::printf("install run: start→ready %.0f ms (boot delay %.1f s)\n", first.startToReadyMs,
                    bootDelayS);
    }

    QList<double> ours, oursSteps, peer;
    for (int i = 0; i < runs; ++i) {
        for (int which = 0; which < 2; ++which) {
            const bool oursFirst = i % 2 == 0;
            const bool doOurs = (which == 0) == oursFirst;
            if (!remote(QStringLiteral("sudo -n systemctl stop octane")))
                return fail(QStringLiteral("systemctl stop failed"));
            if (doOurs) {
                const Cycle c = runJob();
                if (!c.failed.isEmpty())
                    return fail(QStringLiteral("run %1: %2").arg(i + 1).arg(c.failed));
                ours.append(c.startToReadyMs);
                oursSteps.append(c.readyStepMs);
            } else {
                QElapsedTimer t;
                t.start();
                if (!ssh({}, peerCommand, 70000))
                    return fail(QStringLiteral("run %1: the OpenSSH peer failed").arg(i + 1));
                peer.append(t.nsecsElapsed() / 1e6);
            }
        }
        std::printf("run %d: ours %.0f ms, OpenSSH %.0f ms (start to ready)\n", i + 1, ours.last(),
                    peer.last());
        std::fflush(stdout);
    }
    remote(QStringLiteral("sudo -n systemctl stop octane"));

    const double boot = bootDelayS * 1000.0;
    const double oursMed = medianOf(ours), peerMed = medianOf(peer);
    std::printf("\nmedian of %d, boot delay %.1f s:\n", runs, bootDelayS);
    std::printf("  ours    start→ready %6.0f ms, beyond the boot delay %5.0f ms\n", oursMed,
                oursMed - boot);
    std::printf("  OpenSSH start→ready %6.0f ms, beyond the boot delay %5.0f ms\n", peerMed,
                peerMed - boot);
    if (parser.isSet(jsonOpt)) {
        QJsonObject o{{QStringLiteral("runs"), runs},
                      {QStringLiteral("bootDelayMs"), boot},
                      {QStringLiteral("oursStartToReadyMs"), toJson(ours)},
                      {QStringLiteral("oursReadyStepMs"), toJson(oursSteps)},
                      {QStringLiteral("peerStartToReadyMs"), toJson(peer)},
                      {QStringLiteral("oursMedianMs"), oursMed},
                      {QStringLiteral("peerMedianMs"), peerMed}};
        QFile f(parser.value(jsonOpt));
        if (!f.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write %1").arg(f.fileName()));
        f.write(QJsonDocument(o).toJson());
    }
    return 0;
}
