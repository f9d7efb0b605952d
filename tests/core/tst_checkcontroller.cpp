#include "localshell.h"

#include "core/checks/checkboard.h"
#include "core/checks/checkcatalogue.h"
#include "core/plan/phaseplan.h"
#include "core/run/checkcontroller.h"
#include "core/run/checkstatusmodel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <mutex>

#include <unistd.h>

#include <atomic>

using namespace Ocw::Core;

namespace {

// Opens LocalShells; a node named "down.invalid" fails to connect. Records how many opens
// run at once, to prove the concurrency bound.
class FakeConnector : public RemoteConnector
{
public:
    ConnectOutcome open(const SshTarget &target, const CancelToken &cancel) override
    {
        const int now = ++m_active;
        int seen = m_maxActive.load();
        while (now > seen && !m_maxActive.compare_exchange_weak(seen, now)) {
        }
        QThread::msleep(m_openDelayMs); // stands for the network round trips of a real open
        --m_active;
        ConnectOutcome out;
        out.connect.checkId = QStringLiteral("ssh.connect");
        out.connect.node = target.nodeName;
        out.hostKey.checkId = QStringLiteral("ssh.hostkey");
        out.hostKey.node = target.nodeName;
        bool down = target.host == QLatin1String("down.invalid");
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            down = down || m_down.contains(target.host);
        }
        if (down) {
            out.connect.verdict = Verdict::Fail;
            out.connect.message = target.nodeName + QStringLiteral(": connection refused");
            out.hostKey.verdict = Verdict::Skipped;
            return out;
        }
        out.connect.verdict = Verdict::Pass;
        out.hostKey.verdict = Verdict::Pass;
        out.shell = std::make_unique<LocalShell>(cancel, m_hang ? QStringLiteral("--noprofile")
                                                                : QString());
        return out;
    }
    std::atomic<int> m_active{0};
    std::atomic<int> m_maxActive{0};
    int m_openDelayMs = 20;
    bool m_hang = false; // the batched probes hang (like df on a dead NFS mount)
    std::mutex m_mutex;
    QSet<QString> m_down; // hosts that refuse, besides down.invalid
    void setDown(const QString &host, bool down)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (down)
            m_down.insert(host);
        else
            m_down.remove(host);
    }
};

} // namespace

class TestCheckController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyCellGetsAVerdictAndFinishedIsLast();
    void concurrencyIsBounded();
    void cancelIsPromptAndCleansUp();
    void rerunTouchesOnlyChosenCells();
    void unreachableNodePairsCollapseAndComeBack();
    void checksAreAPlanWithBarriers();

private:
    ClusterProfile profile(const QStringList &hosts) const;
    QList<SshTarget> targets(const ClusterProfile &p) const;
    QTemporaryDir m_repo;
    Requirements m_req;
};

void TestCheckController::initTestCase()
{
    // Never a silent skip: a plain `ctest` as another user must fail, not pass without testing.
    if (geteuid() != 0)
        QFAIL("must run as root (installer/test.sh runs ctest as root): the checks run on this "
              "machine through LocalShell as the current user and the profile's install user is "
              "root, so the sudo check and every check run as the install user (repository, "
              "disk, the token other nodes read) pass only as root");
    m_req = *Requirements::forRelease(QStringLiteral("octane-current"));
    m_req.clusterPort = 20000 + int(QCoreApplication::applicationPid() % 20000);
}

ClusterProfile TestCheckController::profile(const QStringList &hosts) const
{
    ClusterProfile p;
    for (const QString &h : hosts) {
        Node n;
        n.host = h;
        p.nodes.append(n);
    }
    p.repositoryDir = m_repo.path();
    p.installUser = QStringLiteral("root");
    p.database = {QStringLiteral("127.0.0.1"), 1};
    return p;
}

QList<SshTarget> TestCheckController::targets(const ClusterProfile &p) const
{
    QList<SshTarget> list;
    for (const Node &n : p.nodes)
        list.append(p.sshTargetFor(n));
    return list;
}

void TestCheckController::everyCellGetsAVerdictAndFinishedIsLast()
{
    auto connector = std::make_shared<FakeConnector>();
    CheckController controller(connector);
    const ClusterProfile p = profile(
        {QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2"), QStringLiteral("down.invalid")});
    controller.setRun(p, m_req, targets(p), {});
    CheckStatusModel model;
    model.setNodes(
        {QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2"), QStringLiteral("down.invalid")});
    connect(&controller, &CheckController::resultChanged, &model, &CheckStatusModel::update);
    connect(&controller, &CheckController::resultRemoved, &model, &CheckStatusModel::remove);

    // Record (node, check, event) tuples in the order the GUI thread sees them.
    QStringList events;
    connect(&controller, &CheckController::resultChanged, this, [&events](const CheckResult &r) {
        if (isFinal(r.verdict))
            events.append(r.node + QLatin1Char('|') + r.checkId + QLatin1Char('|') +
                          verdictName(r.verdict));
    });
    connect(&controller, &CheckController::finished, this,
            [&events] { events.append(QStringLiteral("finished")); });
    QSignalSpy finished(&controller, &CheckController::finished);
    controller.start();
    QVERIFY(controller.isRunning());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(events.last(), QStringLiteral("finished"));
    QCOMPARE(finished.first().first().toBool(), false);

    // Every cell of the grid is final; the down node fails ssh.connect and skips the rest.
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int col = 0; col < model.columnCount(); ++col)
            QVERIFY2(isFinal(model.cellVerdict(row, col)), qPrintable(model.checkIdAt(col)));
    }
    QVERIFY(events.contains(QStringLiteral("down.invalid|ssh.connect|fail")));
    QVERIFY(events.contains(QStringLiteral("down.invalid|os.release|skipped")));
    QVERIFY(events.contains(QStringLiteral("127.0.0.1|sudo|pass")));
    // Pair results: the 2 ordered pairs of the reachable nodes, and one result for all pairs
    // of the down node, which names it.
    QStringList pairs;
    for (const CheckResult &r : controller.results()) {
        if (r.checkId != QLatin1String("cluster.port"))
            continue;
        pairs.append(r.node + QStringLiteral("->") + r.toNode + QLatin1Char(' ') +
                     verdictName(r.verdict));
        if (!r.isPair())
            QVERIFY2(r.message.contains(QStringLiteral("not checked: down.invalid is unreachable")),
                     qPrintable(r.message));
    }
    QCOMPARE(pairs, QStringList({QStringLiteral("127.0.0.1->127.0.0.2 pass"),
                                 QStringLiteral("127.0.0.2->127.0.0.1 pass"),
                                 QStringLiteral("down.invalid-> skipped")}));
    QVERIFY(controller.hasBlockingFailure());
    QCOMPARE(QDir(m_repo.path())
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                 .size(),
             0);
}

void TestCheckController::concurrencyIsBounded()
{
    auto connector = std::make_shared<FakeConnector>();
    connector->m_openDelayMs = 100;
    CheckController controller(connector);
    ClusterProfile p = profile({QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2"),
                                QStringLiteral("127.0.0.3"), QStringLiteral("127.0.0.4")});
    p.concurrency = 2;
    controller.setRun(p, m_req, targets(p), {});
    QSignalSpy finished(&controller, &CheckController::finished);
    controller.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(connector->m_maxActive.load(), 2);
}

void TestCheckController::cancelIsPromptAndCleansUp()
{
    // The batched probes hang on every node: cancel must end the run within a second, still
    // clean up, and every cell must get a final verdict.
    auto connector = std::make_shared<FakeConnector>();
    connector->m_hang = true;
    CheckController controller(connector);
    ClusterProfile p = profile({QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2")});
    controller.setRun(p, m_req, targets(p), {});
    QSignalSpy finished(&controller, &CheckController::finished);
    QStringList running;
    connect(&controller, &CheckController::nodeStatusChanged, this,
            [&running](const QString &node, const QString &text) {
                if (text.startsWith(QStringLiteral("Running")))
                    running.append(node);
            });
    controller.start();
    QTRY_VERIFY_WITH_TIMEOUT(running.size() == 2, 10000);
    QElapsedTimer timer;
    timer.start();
    controller.cancel();
    QVERIFY(finished.wait(10000));
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(controller.wasCancelled());
    for (const CheckResult &r : controller.results())
        QVERIFY(isFinal(r.verdict));
    QCOMPARE(QDir(m_repo.path())
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                 .size(),
             0);
}

void TestCheckController::rerunTouchesOnlyChosenCells()
{
    auto connector = std::make_shared<FakeConnector>();
    CheckController controller(connector);
    const ClusterProfile p = profile({QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2")});
    controller.setRun(p, m_req, targets(p), {});
    QSignalSpy finished(&controller, &CheckController::finished);
    controller.start();
    QVERIFY(finished.wait(60000));
    CheckResult chosen;
    for (const CheckResult &r : controller.results()) {
        if (r.checkId == QLatin1String("db.reachable") && r.node == QLatin1String("127.0.0.2"))
            chosen = r;
    }
    QCOMPARE(chosen.verdict, Verdict::Fail);
    QStringList changed;
    connect(&controller, &CheckController::resultChanged, this,
            [&changed](const CheckResult &r) { changed.append(r.cellKey()); });
    controller.rerun({chosen.cellKey()});
    QVERIFY(finished.wait(60000));
    changed.removeDuplicates();
    QCOMPARE(changed, QStringList{chosen.cellKey()});
}

void TestCheckController::unreachableNodePairsCollapseAndComeBack()
{
    auto connector = std::make_shared<FakeConnector>();
    connector->setDown(QStringLiteral("127.0.0.3"), true);
    CheckController controller(connector);
    const QStringList hosts{QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2"),
                            QStringLiteral("127.0.0.3")};
    const ClusterProfile p = profile(hosts);
    controller.setRun(p, m_req, targets(p), {});
    CheckStatusModel model;
    model.setNodes(hosts);
    connect(&controller, &CheckController::resultChanged, &model, &CheckStatusModel::update);
    connect(&controller, &CheckController::resultRemoved, &model, &CheckStatusModel::remove);
    QSignalSpy finished(&controller, &CheckController::finished);
    const auto portResults = [&controller] {
        QStringList list;
        for (const CheckResult &r : controller.results()) {
            if (r.checkId == QLatin1String("cluster.port"))
                list.append(r.node + QStringLiteral("->") + r.toNode + QLatin1Char(' ') +
                            verdictName(r.verdict));
        }
        return list;
    };
    const int column = CheckCatalogue::indexOf(QStringLiteral("cluster.port"));

    controller.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(portResults(), QStringList({QStringLiteral("127.0.0.1->127.0.0.2 pass"),
                                         QStringLiteral("127.0.0.2->127.0.0.1 pass"),
                                         QStringLiteral("127.0.0.3-> skipped")}));
    QCOMPARE(model.cellResults(model.index(2, column)).size(), 1);
    QCOMPARE(model.cellVerdict(2, column), Verdict::Skipped);

    // The node is back; re-running its one cell brings back its pairs, both ways.
    connector->setDown(QStringLiteral("127.0.0.3"), false);
    controller.rerun({QStringLiteral("cluster.port|127.0.0.3|")});
    QVERIFY(finished.wait(60000));
    QCOMPARE(portResults(), QStringList({QStringLiteral("127.0.0.1->127.0.0.2 pass"),
                                         QStringLiteral("127.0.0.1->127.0.0.3 pass"),
                                         QStringLiteral("127.0.0.2->127.0.0.1 pass"),
                                         QStringLiteral("127.0.0.2->127.0.0.3 pass"),
                                         QStringLiteral("127.0.0.3->127.0.0.1 pass"),
                                         QStringLiteral("127.0.0.3->127.0.0.2 pass")}));
    for (int row = 0; row < 3; ++row)
        QCOMPARE(model.cellVerdict(row, column), Verdict::Pass);
    QCOMPARE(model.cellResults(model.index(2, column)).size(), 2);

    // Down again: re-running one of its pairs collapses all of them into one result again.
    connector->setDown(QStringLiteral("127.0.0.3"), true);
    controller.rerun({QStringLiteral("cluster.port|127.0.0.1|127.0.0.3")});
    QVERIFY(finished.wait(60000));
    QCOMPARE(portResults(), QStringList({QStringLiteral("127.0.0.1->127.0.0.2 pass"),
                                         QStringLiteral("127.0.0.2->127.0.0.1 pass"),
                                         QStringLiteral("127.0.0.3-> skipped")}));
    QCOMPARE(model.cellVerdict(2, column), Verdict::Skipped);
    QCOMPARE(model.cellResults(model.index(2, column)).size(), 1);
    QCOMPARE(model.cellResults(model.index(0, column)).size(), 1);
}

QTEST_GUILESS_MAIN(TestCheckController)
// The checks are a plan of the one engine: four rounds (node checks, cross preparation, mesh,
// clean-up), none stopping the others, the clean-up on every path; its dry run names every
// node's stages in that order and the clean-up removes that node's own token.
void TestCheckController::checksAreAPlanWithBarriers()
{
    const ClusterProfile p = profile({QStringLiteral("a.invalid"), QStringLiteral("b.invalid")});
    auto board = std::make_shared<CheckBoard>(
        p, m_req, QStringList{QStringLiteral("a.invalid"), QStringLiteral("b.invalid")},
        QHash<QString, QString>{});
    const PhasePlan plan = PhasePlan::checks(board, 3);
    QCOMPARE(plan.concurrency, 3);
    QCOMPARE(plan.rounds.size(), 4);
    QStringList rounds;
    for (const PhaseRound &round : plan.rounds) {
        QCOMPARE(round.nodes, board->nodes());
        QVERIFY(!round.failureStopsPhase);
        rounds.append(QStringLiteral("%1%2").arg(round.steps.first()->id(),
                                                 round.always ? QStringLiteral("!") : QString()));
    }
    QCOMPARE(
        rounds,
        QStringList({QStringLiteral("checks.node-checks"), QStringLiteral("checks.cross-prepare"),
                     QStringLiteral("checks.mesh"), QStringLiteral("checks.cleanup!")}));
    PhaseInputs in;
    in.profile = p;
    const InstallPlan dry = plan.dryRun(in);
    QStringList seen;
    for (const PlanStep &step : dry.steps)
        seen.append(step.node + QLatin1Char(' ') + step.id);
    QCOMPARE(seen.size(), 8);
    QCOMPARE(seen.first(), QStringLiteral("a.invalid checks.node-checks"));
    QCOMPARE(seen.last(), QStringLiteral("b.invalid checks.cleanup"));
    const PlanStep &cleanupB = dry.steps.last();
    QVERIFY2(cleanupB.commands.last().text.endsWith(
                 board->job(QStringLiteral("b.invalid")).tokenPath(1)),
             qPrintable(cleanupB.commands.last().text));
    QVERIFY(!cleanupB.changesNode);
}

#include "tst_checkcontroller.moc"
