#include "core/checks/nodeevaluator.h"
#include "core/checks/privilege.h"
#include "core/checks/probescript.h"

#include <QProcess>
#include <QtTest>

using namespace Ocw::Core;

class TestParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void probeScriptRunsAndSplits();
    void osRelease_data();
    void osRelease();
    void cpuAndMemory();
    void disk();
    void repoMounted_data();
    void repoMounted();
    void repoEnv_data();
    void repoEnv();
    void dbReachable_data();
    void dbReachable();
    void portsFree();
    void openFiles_data();
    void openFiles();
    void timeSync();
    void resolution();
    void privilege_data();
    void privilege();

private:
    ProbeSection data(const char *file, int rc = 0);
    Requirements m_req;
};

ProbeSection TestParsers::data(const char *file, int rc)
{
    QFile f(QFINDTESTDATA(QStringLiteral("data/") + QLatin1String(file)));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", file);
    return ProbeSection{QStringLiteral("cmd"), QString::fromUtf8(f.readAll()), rc};
}

void TestParsers::initTestCase()
{
    const Expected<Requirements> r = Requirements::forRelease(QStringLiteral("octane-current"));
    QVERIFY2(r.hasValue(), qPrintable(r.error().message));
    m_req = *r;
    QCOMPARE(m_req.minOpenFiles, 65536);
    QCOMPARE(m_req.clusterPort, 5701);
}

void TestParsers::probeScriptRunsAndSplits()
{
    // The batched script runs in a real bash; sections come back with their exit codes even
    // when one prints markers-like text, exits early or reads stdin.
    ProbeScript script;
    script.add(QStringLiteral("one"), QStringLiteral("echo hello; echo err >&2"));
    script.add(QStringLiteral("two"), QStringLiteral("exit 3"));
    script.add(QStringLiteral("three"), QStringLiteral("cat; printf 'no newline'"));
    script.add(QStringLiteral("four"), QStringLiteral("printf '%s\\n' \"it's \\$(x) \\`y\\`\""));
    QProcess bash;
    bash.start(QStringLiteral("bash"),
               {QStringLiteral("--noprofile"), QStringLiteral("--norc"), QStringLiteral("-s")});
    bash.write(script.script());
    bash.closeWriteChannel();
    QVERIFY(bash.waitForFinished(10000));
    const QMap<QString, ProbeSection> s = script.split(bash.readAllStandardOutput());
    QCOMPARE(s.value(QStringLiteral("one")).output, QStringLiteral("hello\nerr"));
    QCOMPARE(s.value(QStringLiteral("one")).exitCode, 0);
    QCOMPARE(s.value(QStringLiteral("two")).exitCode, 3);
    QCOMPARE(s.value(QStringLiteral("three")).output, QStringLiteral("no newline"));
    QCOMPARE(s.value(QStringLiteral("four")).output, QStringLiteral("it's $(x) `y`"));
    QCOMPARE(s.value(QStringLiteral("two")).command, QStringLiteral("exit 3"));
}

void TestParsers::osRelease_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("verdict");
    QTest::newRow("rhel-8.8") << "os-release-rhel88.txt" << int(Verdict::Pass);
    QTest::newRow("debian-12") << "os-release-debian12.txt" << int(Verdict::Fail);
}

void TestParsers::osRelease()
{
    QFETCH(QString, file);
    QFETCH(int, verdict);
    const CheckResult r =
        NodeEvaluator::osRelease(QStringLiteral("n1"), data(file.toLatin1().constData()), m_req);
    QCOMPARE(int(r.verdict), verdict);
    QVERIFY(r.message.startsWith(QStringLiteral("n1")));
    if (r.verdict == Verdict::Fail) {
        QVERIFY(r.message.contains(QStringLiteral("Debian GNU/Linux 12")));
        QVERIFY(r.fix.contains(QStringLiteral("Red Hat")));
    }
}

void TestParsers::cpuAndMemory()
{
    const CheckResult cpu = NodeEvaluator::cpuCores(QStringLiteral("n1"), data("nproc.txt"), m_req);
    QCOMPARE(cpu.verdict, Verdict::Warn); // captured on a 2-core machine; 4 are documented
    QVERIFY(!cpu.blocking);
    QVERIFY(cpu.message.contains(QStringLiteral("2 CPU cores")));
    const CheckResult mem =
        NodeEvaluator::memoryTotal(QStringLiteral("n1"), data("meminfo.txt"), m_req);
    QCOMPARE(mem.verdict, Verdict::Pass);
    QVERIFY(mem.message.contains(QStringLiteral("23.5 GiB")));
    const CheckResult small = NodeEvaluator::memoryTotal(
        QStringLiteral("n1"), {QString(), QStringLiteral("MemTotal:  4000000 kB"), 0}, m_req);
    QCOMPARE(small.verdict, Verdict::Warn);
}

void TestParsers::disk()
{
    const CheckResult r = NodeEvaluator::diskInstall(QStringLiteral("n1"), data("df-opt.txt"),
                                                     m_req, QStringLiteral("/opt/octane"));
    QCOMPARE(r.verdict, Verdict::Pass);
    QVERIFY(r.message.contains(QStringLiteral("/opt/octane")));
    const ProbeSection full{QString(),
                            QStringLiteral("Filesystem 1024-blocks Used Available Capacity Mounted "
                                           "on\n/dev/sdb 1000 990 10 99% /opt"),
                            0};
    const CheckResult f = NodeEvaluator::diskInstall(QStringLiteral("n1"), full, m_req,
                                                     QStringLiteral("/opt/octane"));
    QCOMPARE(f.verdict, Verdict::Fail);
    QVERIFY(f.fix.contains(QStringLiteral("/opt")));
}

void TestParsers::repoMounted_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<bool>("exists");
    QTest::newRow("nfs") << "exists\n/srv/repo nas:/export/octane nfs4" << int(Verdict::Pass)
                         << true;
    QTest::newRow("bind-mount") << "exists\n/srv/octane-repo /dev/vda[/tmp/lab/repo] ext4"
                                << int(Verdict::Pass) << true;
    QTest::newRow("plain-dir-on-root")
        << "exists\n/      /dev/vda ext4" << int(Verdict::Warn) << true;
    QTest::newRow("missing") << "missing\n/ /dev/vda ext4" << int(Verdict::Fail) << false;
}

void TestParsers::repoMounted()
{
    QFETCH(QString, output);
    QFETCH(int, verdict);
    QFETCH(bool, exists);
    bool gotExists = false;
    const CheckResult r =
        NodeEvaluator::repoMounted(QStringLiteral("n1"), {QString(), output, 0},
                                   QStringLiteral("/srv/octane-repo"), &gotExists);
    QCOMPARE(int(r.verdict), verdict);
    QCOMPARE(gotExists, exists);
}

void TestParsers::repoEnv_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("value");
    QTest::newRow("etc-environment")
        << "etc_environment=OCTANE_REPOSITORY_DIR=/srv/octane-repo\nlogin_shell="
        << int(Verdict::Pass) << "/srv/octane-repo";
    QTest::newRow("quoted")
        << "etc_environment=OCTANE_REPOSITORY_DIR=\"/srv/octane-repo/\"\nlogin_shell="
        << int(Verdict::Pass) << "/srv/octane-repo/";
    QTest::newRow("login-shell-wins") << "etc_environment=\nlogin_shell=/srv/octane-repo"
                                      << int(Verdict::Pass) << "/srv/octane-repo";
    QTest::newRow("missing") << "etc_environment=\nlogin_shell=" << int(Verdict::Fail) << "";
    QTest::newRow("other-path")
        << "etc_environment=OCTANE_REPOSITORY_DIR=/srv/octane-repo2\nlogin_shell="
        << int(Verdict::Fail) << "/srv/octane-repo2";
}

void TestParsers::repoEnv()
{
    QFETCH(QString, output);
    QFETCH(int, verdict);
    QFETCH(QString, value);
    QString got;
    const CheckResult r =
        NodeEvaluator::repoEnv(QStringLiteral("n1"), {QString(), output, 0},
                               QStringLiteral("/srv/octane-repo"), QStringLiteral("octane"), &got);
    QCOMPARE(int(r.verdict), verdict);
    QCOMPARE(got, value);
    if (r.verdict == Verdict::Fail)
        QVERIFY(r.fix.contains(QStringLiteral("OCTANE_REPOSITORY_DIR=/srv/octane-repo")));
}

void TestParsers::dbReachable_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("ok") << "resolved=127.0.0.5 \nconnect_rc=0" << int(Verdict::Pass) << "reaches";
    QTest::newRow("refused") << "resolved=127.0.0.5 \n_: connect: Connection refused\n_: line 1: "
                                "/dev/tcp/db/1521: Connection refused\nconnect_rc=1"
                             << int(Verdict::Fail) << "refused";
    QTest::newRow("timeout") << "resolved=10.1.1.1 \nconnect_rc=124" << int(Verdict::Fail)
                             << "timed out";
    QTest::newRow("unresolved") << "resolved=\nconnect_rc=1" << int(Verdict::Fail)
                                << "cannot resolve";
}

void TestParsers::dbReachable()
{
    QFETCH(QString, output);
    QFETCH(int, verdict);
    QFETCH(QString, fragment);
    const CheckResult r = NodeEvaluator::dbReachable(QStringLiteral("n2"), {QString(), output, 0},
                                                     QStringLiteral("db"), 1521);
    QCOMPARE(int(r.verdict), verdict);
    QVERIFY2(r.message.contains(fragment), qPrintable(r.message));
    QVERIFY(r.message.startsWith(QStringLiteral("n2")));
}

void TestParsers::portsFree()
{
    const CheckResult free = NodeEvaluator::portsFree(QStringLiteral("n1"), data("ss-hltn.txt"),
                                                      m_req, {QStringLiteral("127.0.0.11")});
    QCOMPARE(free.verdict, Verdict::Pass);
    const CheckResult mine = NodeEvaluator::portsFree(QStringLiteral("n2"), data("ss-busy.txt"),
                                                      m_req, {QStringLiteral("127.0.0.12")});
    QCOMPARE(mine.verdict, Verdict::Fail);
    QVERIFY(mine.message.contains(QStringLiteral("127.0.0.12:8080")));
    QVERIFY(mine.message.contains(QStringLiteral("[::]:8443")));
    // Another node's address (the lab shares one network namespace) is not this node's port.
    const CheckResult other = NodeEvaluator::portsFree(
        QStringLiteral("n1"),
        {QString(), QStringLiteral("LISTEN 0 4096 127.0.0.12:8080 0.0.0.0:*"), 0}, m_req,
        {QStringLiteral("127.0.0.11")});
    QCOMPARE(other.verdict, Verdict::Pass);
}

void TestParsers::openFiles_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<int>("verdict");
    QTest::newRow("enough") << "1048576\n1024" << int(Verdict::Pass);
    QTest::newRow("unlimited") << "unlimited\n1024" << int(Verdict::Pass);
    QTest::newRow("low") << "4096\n1024" << int(Verdict::Warn);
    QTest::newRow("garbage") << "sudo: oops" << int(Verdict::Warn);
}

void TestParsers::openFiles()
{
    QFETCH(QString, output);
    QFETCH(int, verdict);
    const CheckResult r = NodeEvaluator::openFiles(QStringLiteral("n1"), {QString(), output, 0},
                                                   m_req, QStringLiteral("octane"));
    QCOMPARE(int(r.verdict), verdict);
    if (r.verdict == Verdict::Warn)
        QVERIFY(r.fix.contains(QStringLiteral("octane hard nofile 65536")));
}

void TestParsers::timeSync()
{
    QCOMPARE(NodeEvaluator::timeSync(
                 QStringLiteral("n"),
                 {QString(), QStringLiteral("timedatectl=yes\nchrony=\nntpstat=1"), 0})
                 .verdict,
             Verdict::Pass);
    QCOMPARE(NodeEvaluator::timeSync(
                 QStringLiteral("n"),
                 {QString(), QStringLiteral("timedatectl=\nchrony=Normal\nntpstat=1"), 0})
                 .verdict,
             Verdict::Pass);
    const CheckResult none = NodeEvaluator::timeSync(
        QStringLiteral("n"), {QString(), QStringLiteral("timedatectl=\nchrony=\nntpstat=127"), 0});
    QCOMPARE(none.verdict, Verdict::Warn);
    QVERIFY(!none.blocking);
}

void TestParsers::resolution()
{
    const QMap<QString, QStringList> m = NodeEvaluator::parseResolution(QStringLiteral(
        "octane1.lab 127.0.0.11 ::ffff:127.0.0.11 \noctane2.lab \noctane3.lab 10.0.0.7 fe80::1 "));
    QCOMPARE(m.value(QStringLiteral("octane1.lab")), QStringList{QStringLiteral("127.0.0.11")});
    QVERIFY(m.value(QStringLiteral("octane2.lab")).isEmpty());
    QCOMPARE(m.value(QStringLiteral("octane3.lab")),
             (QStringList{QStringLiteral("10.0.0.7"), QStringLiteral("fe80::1")}));
}

void TestParsers::privilege_data()
{
    // Output of PrivilegeProbe::detectCommand() as sudo 1.9 prints it.
    QTest::addColumn<QString>("output");
    QTest::addColumn<int>("mode");
    QTest::newRow("root") << "root\n0\nsudo_rc=0\n" << int(PrivilegeMode::Root);
    QTest::newRow("nopasswd") << "ocwadmin\n1001\nsudo_rc=0\n"
                              << int(PrivilegeMode::SudoNoPassword);
    QTest::newRow("password") << "ocwpass\n1002\nsudo: a password is required\nsudo_rc=1\n"
                              << int(PrivilegeMode::SudoNeedsPassword);
    QTest::newRow("requiretty")
        << "adm\n1003\nsudo: sorry, you must have a tty to run sudo\nsudo_rc=1\n"
        << int(PrivilegeMode::SudoRequiresTty);
    QTest::newRow("not-in-sudoers")
        << "bob\n1004\nSorry, user bob may not run sudo on octane2.\nsudo_rc=1\n"
        << int(PrivilegeMode::NoSudo);
    QTest::newRow("no-sudo-binary") << "bob\n1004\nsudo_rc=notfound\n"
                                    << int(PrivilegeMode::NoSudo);
}

void TestParsers::privilege()
{
    QFETCH(QString, output);
    QFETCH(int, mode);
    const Privilege p = PrivilegeProbe::parse(output);
    QCOMPARE(int(p.mode), mode);
    QVERIFY(!p.loginUser.isEmpty());
}

QTEST_GUILESS_MAIN(TestParsers)
#include "tst_parsers.moc"
