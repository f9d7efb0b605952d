#include "localshell.h"

#include "core/checks/checkcatalogue.h"
#include "core/checks/clusterevaluator.h"
#include "core/checks/nodecheckjob.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace Ocw::Core;

// Drives NodeCheckJob through every stage against this machine (as root) with real commands:
// two "nodes" at 127.0.0.1 and 127.0.0.2 share a temporary repository, each starts a real
// temporary listener and connects to the other's.
class TestNodeCheckJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fullStagesOnTwoLocalNodes();
    void hostileRepositoryPathIsQuoted();
    void cleanupKillsOnlyItsOwnListener();

private:
    NodeCheckJob::Context context(int index) const;
    QTemporaryDir m_repo;
    ClusterProfile m_profile;
    Requirements m_req;
};

void TestNodeCheckJob::initTestCase()
{
    // Never a silent skip: a plain `ctest` as another user must fail, not pass without testing.
    if (geteuid() != 0)
        QFAIL("must run as root (installer/test.sh runs ctest as root): the checks run on this "
              "machine through LocalShell as the current user and the profile's install user is "
              "root, so the sudo check and every check run as the install user (repository, "
              "disk, the token other nodes read) pass only as root");
    QVERIFY(m_repo.isValid());
    for (const char *h : {"127.0.0.1", "127.0.0.2"}) {
        Node n;
        n.host = QString::fromLatin1(h);
        m_profile.nodes.append(n);
    }
    m_profile.repositoryDir = m_repo.path();
    m_profile.installUser = QStringLiteral("root");
    m_profile.installDir = QStringLiteral("/opt/octane-test-nonexistent/sub");
    m_profile.database = {QStringLiteral("127.0.0.1"), 1};
    m_req = *Requirements::forRelease(QStringLiteral("octane-current"));
    // Not 5701 (a real Octane may hold it), and per process: builds may run this test at once.
    m_req.clusterPort = 20000 + int(QCoreApplication::applicationPid() % 20000);
}

NodeCheckJob::Context TestNodeCheckJob::context(int index) const
{
    NodeCheckJob::Context c;
    c.profile = m_profile;
    c.requirements = m_req;
    c.runId = QStringLiteral("t%1").arg(QCoreApplication::applicationPid());
    c.nodeIndex = index;
    c.listenerLifetimeS = 30;
    return c;
}

void TestNodeCheckJob::fullStagesOnTwoLocalNodes()
{
    LocalShell shell0, shell1;
    NodeCheckJob job0(context(0), shell0), job1(context(1), shell1);
    QList<NodeFacts> facts(2);
    facts[0].node = QStringLiteral("127.0.0.1");
    facts[0].index = 0;
    facts[0].reachable = true;
    facts[1].node = QStringLiteral("127.0.0.2");
    facts[1].index = 1;
    facts[1].reachable = true;

    QList<CheckResult> results = job0.runNodeChecks(&facts[0]);
    results += job1.runNodeChecks(&facts[1]);
    QMap<QString, CheckResult> byId;
    for (const CheckResult &r : std::as_const(results)) {
        if (r.node == QLatin1String("127.0.0.1"))
            byId.insert(r.checkId, r);
    }
    QCOMPARE(byId.value(QStringLiteral("sudo")).verdict, Verdict::Pass); // root
    QCOMPARE(byId.value(QStringLiteral("repo.writable")).verdict, Verdict::Pass);
    QCOMPARE(byId.value(QStringLiteral("disk.install")).verdict, Verdict::Pass); // nearest parent
    QCOMPARE(byId.value(QStringLiteral("db.reachable")).verdict, Verdict::Fail); // port 1: refused
    QVERIFY(byId.value(QStringLiteral("db.reachable")).message.contains(QStringLiteral("refused")));
    QCOMPARE(byId.value(QStringLiteral("repo.env")).verdict, Verdict::Fail); // not set here
    QVERIFY(!byId.value(QStringLiteral("os.release")).commands.isEmpty());
    QVERIFY(facts[0].tokenWritten);
    QVERIFY(QFile::exists(job0.tokenPath(0)));
    QVERIFY(facts[0].clockKnown);
    QVERIFY(qAbs(facts[0].clockSkewMs) < 1000);
    QCOMPARE(facts[1].listenAddress, QStringLiteral("127.0.0.2"));

    job0.prepareCross(facts, &facts[0]);
    job1.prepareCross(facts, &facts[1]);
    QCOMPARE(facts[0].listenerState, QStringLiteral("listening"));
    QCOMPARE(facts[1].listenerState, QStringLiteral("listening"));
    QCOMPARE(facts[0].tokensSeen.value(QStringLiteral("127.0.0.2")), facts[1].token);
    job0.runMesh(facts, &facts[0]);
    job1.runMesh(facts, &facts[1]);

    const QList<CheckResult> cross = ClusterEvaluator::evaluate(m_profile, m_req, facts);
    int pairs = 0;
    for (const CheckResult &r : cross) {
        if (r.checkId == QLatin1String("cluster.port")) {
            ++pairs;
            QVERIFY2(r.verdict == Verdict::Pass, qPrintable(r.message + r.output));
        }
        if (r.checkId == QLatin1String("repo.shared"))
            QVERIFY2(r.verdict == Verdict::Pass, qPrintable(r.message));
    }
    QCOMPARE(pairs, 2);

    // Clean-up leaves nothing behind: no token, no file in /tmp, no listener.
    job0.cleanup(&facts[0]);
    job1.cleanup(&facts[1]);
    QVERIFY(!QFile::exists(job0.tokenPath(0)));
    QVERIFY(!QFile::exists(job1.tokenPath(1)));
    QVERIFY(facts[0].listenerPid > 0);
    QVERIFY(!QDir(QStringLiteral("/tmp"))
                 .entryList({QStringLiteral(".ocw-listen*")}, QDir::AllEntries | QDir::Hidden)
                 .size());
    QCOMPARE(QDir(m_repo.path())
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                 .size(),
             0);
    QTRY_VERIFY_WITH_TIMEOUT(
        QProcess::execute(QStringLiteral("bash"),
                          {QStringLiteral("-c"),
                           QStringLiteral("ss -Hltn | grep -q ':%1 '").arg(m_req.clusterPort)}) !=
            0,
        5000);
}

void TestNodeCheckJob::hostileRepositoryPathIsQuoted()
{
    // A repository path full of shell syntax reaches the node as one literal argument.
    QTemporaryDir base;
    const QString hostile =
        base.filePath(QStringLiteral("r $(touch pwned) `id` ; rm -rf x 'q' \"d\" Zürich"));
    QVERIFY(QDir().mkpath(hostile));
    NodeCheckJob::Context c = context(0);
    c.profile.repositoryDir = hostile;
    c.runId = QStringLiteral("hostile");
    LocalShell shell;
    NodeCheckJob job(c, shell);
    NodeFacts facts;
    facts.node = QStringLiteral("127.0.0.1");
    facts.index = 0;
    const QList<CheckResult> results = job.runNodeChecks(&facts);
    for (const CheckResult &r : results) {
        if (r.checkId == QLatin1String("repo.writable"))
            QVERIFY2(r.verdict == Verdict::Pass, qPrintable(r.output));
    }
    QVERIFY(facts.tokenWritten);
    QVERIFY(QFile::exists(job.tokenPath(0)));
    QVERIFY(!QFile::exists(QDir::current().filePath(QStringLiteral("pwned"))));
    QVERIFY(!QFile::exists(base.filePath(QStringLiteral("pwned"))));
    job.cleanup(&facts);
    QVERIFY(!QFile::exists(job.tokenPath(0)));
}

void TestNodeCheckJob::cleanupKillsOnlyItsOwnListener()
{
    // The listener's pid, reused by another process before the clean-up: left alone.
    QProcess other;
    other.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    QVERIFY(other.waitForStarted());
    LocalShell shell;
    NodeCheckJob job(context(0), shell);
    NodeFacts facts;
    facts.node = QStringLiteral("127.0.0.1");
    facts.listenerState = QStringLiteral("listening");
    facts.listenerPid = other.processId();
    facts.listenerToken = QStringLiteral("the-token-of-our-listener");
    job.cleanup(&facts);
    QVERIFY(!other.waitForFinished(300));
    other.kill();
    other.waitForFinished();
}

QTEST_GUILESS_MAIN(TestNodeCheckJob)
#include "tst_nodecheckjob.moc"
