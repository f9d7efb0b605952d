// The engine without SSH: plans run by NodeRunner on a scripted shell. What ran is compared with
// what the dry run printed; the whole event list is compared, not searched; a cancel, a
// sensitive command and the sudo password behave as the step says; PhaseController keeps its
// barriers, its bound and its finished-last promise.
#include "../fakes/scriptedshell.h"
#include "core/model/releasedefinition.h"
#include "core/plan/phaseplan.h"
#include "core/plan/stepid.h"
#include "core/run/noderunner.h"
#include "core/run/phasecontroller.h"

#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

using namespace Ocw::Core;

namespace {

const QString kFirst = QStringLiteral("octane1.test");
const QString kSecond = QStringLiteral("octane2.test");
const QString kThird = QStringLiteral("octane3.test");
const QString kHome = QStringLiteral("/home/ocwadmin");

// Writes down (node, step, event) as NodeRunner reports it.
class EventLog : public NodeRunObserver
{
public:
    QStringList events;
    QList<CheckResult> results;

    void stepStarted(const QString &node, const QString &stepId, const QString &) override
    {
        add(node + QStringLiteral(" ") + stepId + QStringLiteral(" started"));
    }
    void stepProgressed(const QString &node, const QString &stepId, const QString &) override
    {
        add(node + QStringLiteral(" ") + stepId + QStringLiteral(" progress"));
    }
    void stepFinished(const CheckResult &r) override
    {
        results.append(r);
        add(r.node + QStringLiteral(" ") + r.checkId + QStringLiteral(" ") +
            verdictName(r.verdict));
    }

private:
    void add(const QString &event)
    {
        // Progress comes as often as the work allows (an upload's rate): one entry per run.
        if (events.isEmpty() || events.last() != event ||
            !event.endsWith(QLatin1String("progress")))
            events.append(event);
    }
};

// A node as a fresh RHEL host answers: sudo without a password, nothing installed, the
// repository variable missing, a log that says ready at once.
void scriptFreshNode(ScriptedShell &shell, const QString &loginUser = QStringLiteral("ocwadmin"))
{
    shell.on(QStringLiteral("printf 'home=%s"), 0,
             ("home=" + kHome + "\n" + loginUser + "\n1000\nsudo_rc=0\n").toUtf8());
    shell.on(QStringLiteral("grep -E"), 1); // OCTANE_REPOSITORY_DIR missing
    shell.on(QStringLiteral("rpm -q"), 1, "package octane is not installed\n");
    shell.on(QStringLiteral("--checksig"), 0, "pkg.rpm: digests signatures OK\n");
    shell.on(QStringLiteral("is-active"), 3, "inactive\n");
    shell.on(QStringLiteral("stat -c %s"), 0, "0\n");
    shell.on(QStringLiteral("tail -c +"), 0,
             "2026-12-03 10:00:01,000 INFO [server] Server is ready! (Boot time: 1 seconds)\n");
}

} // namespace

class TestNodeRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void otherNodeRunsExactlyTheDryRun();
    void otherNodeEventListIsComplete();
    void firstNodeRunsExactlyTheDryRun();
    void secondRunSendsNothing();
    void cancelDuringAStepSaysWhatItLeft();
    void sensitiveOutputNeverReachesTheResult();
    void sudoPasswordGoesOnlyWhereTheCommandSaysSo();
    void phaseControllerKeepsBarriersAndBound();
    void phaseControllerCancelStillCleansUp();

private:
    PhaseInputs inputs(PackageDelivery delivery = PackageDelivery::Upload) const;
    static QStringList expectedFreshPath(const InstallPlan &plan, const QString &node);

    QTemporaryDir m_dir;
    QString m_package;
    ReleaseDefinition m_release;
};

void TestNodeRunner::initTestCase()
{
    const Expected<ReleaseDefinition> release =
        ReleaseDefinition::load(QStringLiteral("octane-current"));
    QVERIFY2(release, release ? "" : qPrintable(release.error().message));
    m_release = *release;
    m_package = m_dir.filePath(QStringLiteral("octane-onprem-16.2.100-1.x86_64.rpm"));
    QFile f(m_package);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(300 * 1024, 'r'));
}

PhaseInputs TestNodeRunner::inputs(PackageDelivery delivery) const
{
    PhaseInputs in;
    in.profile.name = QStringLiteral("unit");
    in.profile.release = QStringLiteral("octane-current");
    for (const QString &host : {kFirst, kSecond, kThird}) {
        Node n;
        n.host = host;
        in.profile.nodes.append(n);
    }
    in.profile.firstNode = kFirst;
    in.profile.repositoryDir = QStringLiteral("/srv/octane-repo");
    in.profile.installUser = QStringLiteral("octane");
    in.profile.installDir = QStringLiteral("/opt/octane");
    in.profile.concurrency = 2;
    in.profile.octaneConf =
        QJsonObject{{QStringLiteral("db-type"), QStringLiteral("ORACLE")},
                    {QStringLiteral("connection-string"),
                     QStringLiteral("jdbc:oracle:thin:@//db.test:1521/OCTANE")},
                    {QStringLiteral("db-admin-user"), QStringLiteral("system")},
                    {QStringLiteral("schema-name"), QStringLiteral("octane_site")},
                    {QStringLiteral("site-admin-user"), QStringLiteral("admin@example.com")},
                    {QStringLiteral("elastic.host"), QStringLiteral("es.test")},
                    {QStringLiteral("elastic.cluster-name"), QStringLiteral("octane-es")}};
    in.release = m_release;
    in.packagePath = m_package;
    in.packageBytes = QFileInfo(m_package).size();
    QFile f(m_package);
    f.open(QIODevice::ReadOnly);
    in.packageSha256 = QString::fromLatin1(
        QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
    in.confSecrets = {
        {QStringLiteral("db-admin-password"), QStringLiteral("Db-Secret-1")},
        {QStringLiteral("schema-password"), QStringLiteral("Schema-Secret-2")},
        {QStringLiteral("site-admin-password"), QStringLiteral("Site-Secret-3")},
        {QStringLiteral("cluster.distributed-password"), QStringLiteral("Hz-Secret-4")}};
    in.setRepositoryEnv = true;
    in.readyTimeoutS = 5;
    in.logPollMs = 50;
    in.delivery = delivery;
    return in;
}

// The dry run's commands of `node`, without the conditional ones a fresh node does not take
// (sudo password check, install-tree check, conf backup).
QStringList TestNodeRunner::expectedFreshPath(const InstallPlan &plan, const QString &node)
{
    QStringList expected;
    for (const PlanStep &s : plan.steps) {
        if (s.node != node)
            continue;
        for (const PlannedCommand &c : s.commands) {
            const bool notTaken = c.conditional && (c.text.contains(QLatin1String("sudo -k -S")) ||
                                                    c.text.startsWith(QLatin1String("test -d")) ||
                                                    c.text.contains(QLatin1String("cp -p")));
            if (!notTaken)
                expected.append(c.text);
        }
    }
    return expected;
}

void TestNodeRunner::otherNodeRunsExactlyTheDryRun()
{
    const PhaseInputs in = inputs();
    const PhasePlan plan = PhasePlan::otherNodes(in);
    QCOMPARE(plan.rounds.size(), 2); // preconditions on the first node, then the others
    const PhaseRound &round = plan.rounds.at(1);
    QCOMPARE(round.nodes, QStringList({kSecond, kThird}));
    QVERIFY(!round.failureStopsPhase);

    ScriptedShell shell(kSecond);
    scriptFreshNode(shell);
    NodeState state = PhasePlan::initialState(in, kSecond);
    EventLog log;
    NodeRunner runner(in, state, shell, CancelToken(), &log);
    QVERIFY(runner.run(round.steps));

    // The dry run, described with what the node told (its home), is what ran: every command,
    // in order, nothing else.
    const InstallPlan dry = plan.dryRun(in, [&](const QString &node) {
        NodeState s = PhasePlan::initialState(in, node);
        s.commands.setHome(kHome);
        return s;
    });
    QStringList recorded;
    for (const CheckResult &r : runner.results())
        recorded += r.commands;
    QCOMPARE(recorded, expectedFreshPath(dry, kSecond));
    // And the shell saw exactly those commands (the recorder hides none).
    QCOMPARE(shell.sent.size(), recorded.size());
    // Nothing on this node touches a configuration file or runs a script of the package.
    for (const ScriptedShell::Sent &s : shell.sent) {
        QVERIFY2(!s.command.contains(QLatin1String("octane.conf")), qPrintable(s.command));
        QVERIFY2(!s.command.contains(QLatin1String("/opt/octane/conf")), qPrintable(s.command));
    }
}

void TestNodeRunner::otherNodeEventListIsComplete()
{
    const PhaseInputs in = inputs();
    const PhasePlan plan = PhasePlan::otherNodes(in);
    ScriptedShell shell(kSecond);
    scriptFreshNode(shell);
    NodeState state = PhasePlan::initialState(in, kSecond);
    EventLog log;
    NodeRunner runner(in, state, shell, CancelToken(), &log);
    QVERIFY(runner.run(plan.rounds.at(1).steps));
    const QString n = kSecond + QLatin1Char(' ');
    QCOMPARE(log.events,
             QStringList({n + "other-nodes.privilege started", n + "other-nodes.privilege pass",
                          n + "other-nodes.repository-env started",
                          n + "other-nodes.repository-env pass", n + "other-nodes.upload started",
                          n + "other-nodes.upload progress", n + "other-nodes.upload pass",
                          n + "other-nodes.verify started", n + "other-nodes.verify pass",
                          n + "other-nodes.install started", n + "other-nodes.install pass",
                          n + "other-nodes.start started", n + "other-nodes.start pass",
                          n + "other-nodes.ready started", n + "log progress",
                          n + "other-nodes.ready pass"}));
    // What the steps learnt on the way: the node's home, the digest, the bytes sent.
    QCOMPARE(state.commands.home(), kHome);
    QCOMPARE(state.packageSha256, in.packageSha256);
    QCOMPARE(state.bytesSent, in.packageBytes);
    QCOMPARE(log.results.at(2).bytesSent, in.packageBytes);
    QCOMPARE(state.commands.stagedPackage(),
             kHome + QStringLiteral("/.octane-cluster-wizard/staging/") + kSecond +
                 QStringLiteral("/octane-onprem-16.2.100-1.x86_64.rpm"));
}

void TestNodeRunner::firstNodeRunsExactlyTheDryRun()
{
    const PhaseInputs in = inputs();
    const PhasePlan plan = PhasePlan::firstNode(in);
    QCOMPARE(plan.rounds.size(), 1);
    ScriptedShell shell(kFirst);
    scriptFreshNode(shell);
    shell.on(QStringLiteral("then cat"), 3); // no octane.conf yet
    NodeState state = PhasePlan::initialState(in, kFirst);
    EventLog log;
    NodeRunner runner(in, state, shell, CancelToken(), &log);
    // The sign-in goes to octane1.test, which does not resolve: the one failure, at the end.
    QVERIFY(!runner.run(plan.rounds.first().steps));
    const QList<CheckResult> results = runner.results();
    QCOMPARE(results.size(), plan.rounds.first().steps.size());
    QCOMPARE(results.last().checkId, StepId::qualified(PhaseId::FirstNode, StepId::SignIn));
    for (int i = 0; i + 1 < results.size(); ++i)
        QVERIFY2(results.at(i).verdict == Verdict::Pass, qPrintable(results.at(i).message));
    const InstallPlan dry = plan.dryRun(in, [&](const QString &node) {
        NodeState s = PhasePlan::initialState(in, node);
        s.commands.setHome(kHome);
        return s;
    });
    QStringList recorded;
    for (const CheckResult &r : results)
        recorded += r.commands;
    QCOMPARE(recorded, expectedFreshPath(dry, kFirst));
    // The octane.conf write got the file on stdin, with the secrets; its command holds none.
    bool wrote = false;
    for (const ScriptedShell::Sent &s : shell.sent) {
        QVERIFY(!s.command.contains(QLatin1String("Site-Secret-3")));
        if (s.command.contains(QLatin1String("ocw-tmp"))) {
            wrote = true;
            QVERIFY(s.stdinData.contains("Site-Secret-3"));
        }
    }
    QVERIFY(wrote);
    // The result holds the masked diff, never a secret.
    for (const CheckResult &r : results)
        QVERIFY2(!r.output.contains(QLatin1String("Secret-")), qPrintable(r.checkId));
}

void TestNodeRunner::secondRunSendsNothing()
{
    const PhaseInputs in = inputs();
    const PhasePlan plan = PhasePlan::otherNodes(in);
    ScriptedShell shell(kSecond);
    scriptFreshNode(shell);
    shell.on(QStringLiteral("rpm -q"), 0, "octane-16.2.100-1.x86_64\n");
    shell.on(QStringLiteral("test -d"), 0);
    shell.on(QStringLiteral("is-active"), 0, "active\n");
    shell.on(QStringLiteral("grep -E"), 0, "OCTANE_REPOSITORY_DIR=/srv/octane-repo\n");
    NodeState state = PhasePlan::initialState(in, kSecond);
    EventLog log;
    NodeRunner runner(in, state, shell, CancelToken(), &log);
    QVERIFY(runner.run(plan.rounds.at(1).steps));
    QCOMPARE(state.bytesSent, 0);
    for (const ScriptedShell::Sent &s : shell.sent) {
        // Neither an upload, an install, a start nor a write of the repository variable.
        QVERIFY2(!s.command.contains(QLatin1String("stream-hash")) &&
                     !s.command.contains(QLatin1String("mktemp")) &&
                     !s.command.contains(QLatin1String("systemctl start")) &&
                     !s.command.contains(QLatin1String(">> ")),
                 qPrintable(s.command));
    }
}

void TestNodeRunner::cancelDuringAStepSaysWhatItLeft()
{
    const PhaseInputs in = inputs();
    const PhasePlan plan = PhasePlan::otherNodes(in);
    CancelToken cancel;
    ScriptedShell shell(kSecond, cancel);
    scriptFreshNode(shell);
    // The install is where the user cancels: rpm is killed by the cancel.
    shell.on(QStringLiteral("mktemp -d"), [cancel](const ExecRequest &) -> Expected<ExecResult> {
        cancel.cancel();
        return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    });
    NodeState state = PhasePlan::initialState(in, kSecond);
    EventLog log;
    NodeRunner runner(in, state, shell, cancel, &log);
    QVERIFY(!runner.run(plan.rounds.at(1).steps));
    const CheckResult last = runner.results().last();
    QCOMPARE(last.checkId, QStringLiteral("other-nodes.install"));
    QCOMPARE(last.verdict, Verdict::Skipped);
    QVERIFY2(last.message.contains(QLatin1String("cancelled during this step")) &&
                 last.message.contains(QLatin1String("partly installed")),
             qPrintable(last.message));
    QCOMPARE(log.events.last(), kSecond + QStringLiteral(" other-nodes.install skipped"));
}

void TestNodeRunner::sensitiveOutputNeverReachesTheResult()
{
    const PhaseInputs in = inputs();
    const PhasePlan plan = PhasePlan::firstNode(in);
    for (const bool timesOut : {false, true}) {
        ScriptedShell shell(kFirst);
        scriptFreshNode(shell);
        shell.on(QStringLiteral("then cat"),
                 [timesOut](const ExecRequest &r) -> Expected<ExecResult> {
                     if (timesOut) {
                         // A shell that ignores the flag and puts a tail of the output into the
                         // error: the step must not pass it on.
                         Q_UNUSED(r);
                         Error e = makeError(ErrorCode::Timeout, QStringLiteral("timed out"));
                         e.details =
                             QStringLiteral("stdout (tail): db-admin-password = \"Old-Secret-9\"");
                         return e;
                     }
                     ExecResult x;
                     x.exitStatus = 0;
                     x.stdOut = "db-admin-password = \"Old-Secret-9\"\n";
                     return x;
                 });
        NodeState state = PhasePlan::initialState(in, kFirst);
        EventLog log;
        NodeRunner runner(in, state, shell, CancelToken(), &log);
        runner.run(plan.rounds.first().steps);
        bool sawConf = false;
        for (const CheckResult &r : runner.results()) {
            if (r.checkId == QLatin1String("first-node.octane-conf"))
                sawConf = true;
            QVERIFY2(!r.output.contains(QLatin1String("Old-Secret-9")) &&
                         !r.details.contains(QLatin1String("Old-Secret-9")) &&
                         !r.message.contains(QLatin1String("Old-Secret-9")),
                     qPrintable(r.checkId));
        }
        QVERIFY(sawConf);
        // The request itself told the shell that the output is sensitive.
        bool flagged = false;
        for (const ScriptedShell::Sent &s : shell.sent) {
            if (s.command.contains(QLatin1String("then cat")))
                flagged = s.sensitiveOutput;
        }
        QVERIFY(flagged);
    }
}

void TestNodeRunner::sudoPasswordGoesOnlyWhereTheCommandSaysSo()
{
    PhaseInputs in = inputs();
    in.sudoPasswords.insert(kSecond, QStringLiteral("Sudo-Pw-2"));
    const PhasePlan plan = PhasePlan::otherNodes(in);
    ScriptedShell shell(kSecond);
    scriptFreshNode(shell);
    shell.on(QStringLiteral("printf 'home=%s"), 0,
             "home=/home/ocwadmin\nocwadmin\n1000\nsudo: a password is required\nsudo_rc=1\n");
    shell.on(QStringLiteral("sudo -k -S -p '' true"), 0, "sudo_rc=0\n");
    NodeState state = PhasePlan::initialState(in, kSecond);
    EventLog log;
    NodeRunner runner(in, state, shell, CancelToken(), &log);
    QVERIFY(runner.run(plan.rounds.at(1).steps));
    int withPassword = 0;
    for (const ScriptedShell::Sent &s : shell.sent) {
        QVERIFY(!s.command.contains(QLatin1String("Sudo-Pw-2")));
        const bool readsIt = s.command.startsWith(QLatin1String("sudo -k -S"));
        if (readsIt) {
            QVERIFY2(s.stdinData.startsWith("Sudo-Pw-2\n"), qPrintable(s.command));
            ++withPassword;
        } else {
            QVERIFY2(!s.stdinData.contains("Sudo-Pw-2"), qPrintable(s.command));
        }
    }
    // The check, the repository variable, the install, the start, the log reads.
    QVERIFY2(withPassword >= 5, qPrintable(QString::number(withPassword)));
}

namespace {
// Opens scripted shells; counts how many nodes are open at once.
class ScriptedConnector : public RemoteConnector
{
public:
    std::atomic<int> busy{0};
    std::atomic<int> peak{0};
    std::atomic<int> opened{0};
    std::function<void(ScriptedShell &)> script;

    ConnectOutcome open_(const SshTarget &target, const CancelToken &cancel)
    {
        ConnectOutcome out;
        auto shell = std::make_unique<CountingShell>(target.nodeName, cancel, this);
        scriptFreshNode(*shell);
        if (script)
            script(*shell);
        out.shell = std::move(shell);
        out.connect = CheckResult::make(QStringLiteral("ssh.connect"), target.nodeName,
                                        Verdict::Pass, QStringLiteral("connected"));
        out.hostKey = CheckResult::make(QStringLiteral("ssh.hostkey"), target.nodeName,
                                        Verdict::Pass, QStringLiteral("trusted"));
        ++opened;
        return out;
    }
    ConnectOutcome open(const SshTarget &target, const CancelToken &cancel) override
    {
        return open_(target, cancel);
    }

    class CountingShell : public ScriptedShell
    {
    public:
        CountingShell(const QString &node, const CancelToken &cancel, ScriptedConnector *c)
            : ScriptedShell(node, cancel)
            , m_c(c)
        {
        }
        Expected<ExecResult> exec(const ExecRequest &request) override
        {
            const int now = ++m_c->busy;
            int seen = m_c->peak;
            while (now > seen && !m_c->peak.compare_exchange_weak(seen, now)) {
            }
            QThread::msleep(2); // long enough for the others to overlap
            Expected<ExecResult> r = ScriptedShell::exec(request);
            --m_c->busy;
            return r;
        }

    private:
        ScriptedConnector *m_c;
    };
};
} // namespace

void TestNodeRunner::phaseControllerKeepsBarriersAndBound()
{
    PhaseInputs in = inputs(PackageDelivery::ShareStage);
    // Five other nodes, at most two at once.
    for (int i = 4; i <= 7; ++i) {
        Node n;
        n.host = QStringLiteral("octane%1.test").arg(i);
        in.profile.nodes.append(n);
    }
    const PhasePlan plan = PhasePlan::otherNodes(in);
    QCOMPARE(plan.concurrency, 2);
    QHash<QString, SshTarget> targets;
    for (const Node &n : in.profile.nodes) {
        SshTarget t;
        t.nodeName = n.host;
        targets.insert(n.host, t);
    }
    auto connector = std::make_shared<ScriptedConnector>();
    connector->script = [](ScriptedShell &shell) {
        shell.on(QStringLiteral("is-active"), 0, "active\n"); // the first node runs
        shell.on(QStringLiteral("then stat -c"), 0, "octane 600\n");
        shell.on(QStringLiteral("df -P -B1"), 0,
                 "Filesystem 1-blocks Used Available Capacity Mounted on\n"
                 "share 100000000000 0 100000000000 0% /srv/octane-repo\n");
        shell.on(QStringLiteral("already=yes"), 0, "copied=yes\n"); // the fetch script
    };
    PhaseController controller;
    QStringList order;
    bool finishedSeen = false;
    int afterFinished = 0;
    connect(&controller, &PhaseController::stepFinished, this, [&](const CheckResult &r) {
        if (finishedSeen)
            ++afterFinished;
        order.append(r.checkId + QLatin1Char('@') + r.node);
    });
    QSignalSpy finished(&controller, &PhaseController::finished);
    connect(&controller, &PhaseController::finished, this, [&] { finishedSeen = true; });
    controller.start(plan, in, targets, connector);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(afterFinished, 0);
    for (const CheckResult &r : controller.results())
        QVERIFY2(r.verdict == Verdict::Pass, qPrintable(r.checkId + QLatin1Char(' ') + r.message));
    QVERIFY2(controller.failedNodes().isEmpty(), qPrintable(controller.failedNodes().join(',')));
    // One session per node for the whole phase (the first node: preconditions and clean-up).
    QCOMPARE(connector->opened.load(), 7);
    QVERIFY2(connector->peak.load() <= 2, qPrintable(QString::number(connector->peak.load())));
    // Barriers: every other node says whether it needs the package (read only) before the
    // staging on the first node; every install step after it; the clean-up after all.
    const int staged = int(order.indexOf(QStringLiteral("other-nodes.share-upload@") + kFirst));
    const int cleaned = int(order.indexOf(QStringLiteral("other-nodes.share-cleanup@") + kFirst));
    QVERIFY(staged >= 0 && cleaned == order.size() - 1);
    int probes = 0;
    for (int i = 0; i < order.size(); ++i) {
        const QString &r = order.at(i);
        if (r.startsWith(QLatin1String("other-nodes.installed@"))) {
            ++probes;
            QVERIFY2(i < staged, qPrintable(r));
        }
        if (r.startsWith(QLatin1String("other-nodes.fetch@")) ||
            r.startsWith(QLatin1String("other-nodes.repository-env@")))
            QVERIFY2(i > staged, qPrintable(r));
    }
    QCOMPARE(probes, 6);
    // Every other node copied from the share: nothing but the one staging crossed the link.
    qint64 total = 0;
    for (auto it = controller.bytesSent().cbegin(); it != controller.bytesSent().cend(); ++it)
        total += it.value();
    QCOMPARE(total, in.packageBytes);
}

void TestNodeRunner::phaseControllerCancelStillCleansUp()
{
    const PhaseInputs in = inputs(PackageDelivery::ShareStage);
    const PhasePlan plan = PhasePlan::otherNodes(in);
    QHash<QString, SshTarget> targets;
    for (const Node &n : in.profile.nodes) {
        SshTarget t;
        t.nodeName = n.host;
        targets.insert(n.host, t);
    }
    auto connector = std::make_shared<ScriptedConnector>();
    connector->script = [](ScriptedShell &shell) {
        shell.on(QStringLiteral("is-active"), 0, "active\n");
        shell.on(QStringLiteral("then stat -c"), 0, "octane 600\n");
        shell.on(QStringLiteral("df -P -B1"), 0,
                 "Filesystem 1-blocks Used Available Capacity Mounted on\n"
                 "share 100000000000 0 100000000000 0% /srv/octane-repo\n");
        // The other nodes hang in their copy from the share until cancelled.
        shell.on(QStringLiteral("already=yes"),
                 [&shell](const ExecRequest &) -> Expected<ExecResult> {
                     while (!shell.cancelToken().isCancelled())
                         QThread::msleep(10);
                     return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));
                 });
    };
    PhaseController controller;
    QStringList order;
    connect(&controller, &PhaseController::stepStarted, this,
            [&](const QString &node, const QString &stepId) {
                if (stepId == QLatin1String("other-nodes.fetch") && node == kThird)
                    controller.cancelAll();
            });
    connect(&controller, &PhaseController::stepFinished, this,
            [&](const CheckResult &r) { order.append(r.checkId + QLatin1Char('@') + r.node); });
    QSignalSpy finished(&controller, &PhaseController::finished);
    controller.start(plan, in, targets, connector);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);
    // The clean-up ran after the cancel, on a fresh session to the first node.
    QCOMPARE(order.last(), QStringLiteral("other-nodes.share-cleanup@") + kFirst);
    QVERIFY(controller.results().last().verdict == Verdict::Pass);
    QCOMPARE(connector->opened.load(), 4);
}

QTEST_GUILESS_MAIN(TestNodeRunner)
#include "tst_noderunner.moc"
