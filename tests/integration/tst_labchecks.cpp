#include "labfixture.h"

#include "core/run/checkcontroller.h"
#include "core/run/sshconnector.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ocw::Core;

// The check catalogue against the real lab: a healthy cluster passes; each fault, switched on
// for one node, fails exactly the expected checks on that node only, and passes again once off.
class TestLabChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void healthyClusterHasNoFailure();
    void faultFailsOnlyOnTheFaultyNode_data();
    void faultFailsOnlyOnTheFaultyNode();
    void passwordLoginAndSudoWithPassword();
    void passphraseProtectedKey();
    void wrongSudoPasswordIsNamed();
    void unknownHostKeyIsNotTrusted();
    void changedHostKeyIsRefused();
    void nodeTrustedOnlyUnderEcdsaPasses();

private:
    QList<CheckResult> run(const ClusterProfile &profile,
                           const QHash<QString, QString> &secrets = {},
                           const QStringList &knownHosts = {});
    static QStringList failures(const QList<CheckResult> &results);

    ClusterProfile m_profile;
    Requirements m_req;
};

void TestLabChecks::initTestCase()
{
    m_profile = LabFixture::profile();
    QVERIFY2(m_profile.nodes.size() == 3, "the lab (labctl up --nodes 3) is not running");
    m_req = *Requirements::forRelease(m_profile.release);
}

QList<CheckResult> TestLabChecks::run(const ClusterProfile &profile,
                                      const QHash<QString, QString> &secrets,
                                      const QStringList &knownHosts)
{
    const QStringList files =
        knownHosts.isEmpty() ? QStringList{profile.ssh.knownHostsFile} : knownHosts;
    CheckController controller(std::make_shared<SshConnector>(files));
    controller.setRun(profile, m_req, SecretResolver::targets(profile, secrets),
                      SecretResolver::sudoPasswords(profile, secrets));
    QSignalSpy finished(&controller, &CheckController::finished);
    controller.start();
    if (!finished.wait(60000))
        return {};
    return controller.results();
}

QStringList TestLabChecks::failures(const QList<CheckResult> &results)
{
    QStringList list;
    for (const CheckResult &r : results) {
        if (r.verdict == Verdict::Fail)
            list.append(r.isPair() ? QStringLiteral("%1:%2->%3").arg(r.checkId, r.node, r.toNode)
                                   : QStringLiteral("%1:%2").arg(r.checkId, r.node));
    }
    list.sort();
    return list;
}

void TestLabChecks::healthyClusterHasNoFailure()
{
    const QList<CheckResult> results = run(m_profile);
    QCOMPARE(results.size(), 3 * 19 + 6);
    QCOMPARE(failures(results), QStringList());
    for (const CheckResult &r : results) {
        if (r.checkId == QLatin1String("cluster.port") || r.checkId == QLatin1String("repo.shared"))
            QCOMPARE(r.verdict, Verdict::Pass);
    }
    // Nothing is left on the nodes: no test file in the shared repository, no listener pid
    // file, nothing listening on 5701.
    const QDir repo(LabFixture::stateDir() + QStringLiteral("/repo"));
    QCOMPARE(repo.entryList({QStringLiteral(".ocw-*")}, QDir::AllEntries | QDir::Hidden).size(), 0);
    QCOMPARE(QDir(QStringLiteral("/tmp"))
                 .entryList({QStringLiteral(".ocw-listen-*")}, QDir::Files | QDir::Hidden)
                 .size(),
             0);
    QTRY_COMPARE_WITH_TIMEOUT(
        QProcess::execute(QStringLiteral("bash"),
                          {QStringLiteral("-c"), QStringLiteral("ss -Hltn | grep -q ':5701 '")}),
        1, 5000);
}

void TestLabChecks::faultFailsOnlyOnTheFaultyNode_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QStringList>("expected");
    const QString n = QStringLiteral("octane2.lab");
    QTest::newRow("repo-not-shared") << "repo-not-shared" << QStringList{"repo.shared:" + n};
    QTest::newRow("repo-other-path") << "repo-other-path"
                                     << QStringList{"repo.env:" + n, "repo.samepath:" + n,
                                                    "repo.shared:" + n, "repo.writable:" + n};
    QTest::newRow("env-missing") << "env-missing" << QStringList{"repo.env:" + n};
    QTest::newRow("port-5701-blocked")
        << "port-5701-blocked"
        << QStringList{"cluster.port:octane1.lab->" + n, "cluster.port:octane3.lab->" + n};
    QTest::newRow("db-unreachable") << "db-unreachable" << QStringList{"db.reachable:" + n};
    QTest::newRow("sshd-down") << "sshd-down" << QStringList{"ssh.connect:" + n};
    // octane2 resolves octane3's name to a wrong address, so it also cannot reach octane3 on
    // 5701: the failure is still on the faulty node (as the source).
    QTest::newRow("dns-mismatch") << "dns-mismatch"
                                  << QStringList{"cluster.port:" + n + "->octane3.lab",
                                                 "dns.consistent:" + n};
    QTest::newRow("no-sudo") << "no-sudo" << QStringList{"sudo:" + n};
    QTest::newRow("os-unsupported") << "os-unsupported" << QStringList{"os.release:" + n};
    // A clone of octane1 that kept its machine-id: both halves of the pair are named.
    QTest::newRow("machine-id-clone")
        << "machine-id-clone" << QStringList{"node.identity:octane1.lab", "node.identity:" + n};
}

void TestLabChecks::faultFailsOnlyOnTheFaultyNode()
{
    QFETCH(QString, fault);
    QFETCH(QStringList, expected);
    QCOMPARE(LabFixture::fault(QStringLiteral("on"), fault + QStringLiteral("@octane2")), 0);
    const QList<CheckResult> withFault = run(m_profile);
    QCOMPARE(LabFixture::fault(QStringLiteral("off"), fault + QStringLiteral("@octane2")), 0);
    QCOMPARE(failures(withFault), expected);
    for (const CheckResult &r : withFault) {
        if (r.verdict == Verdict::Fail) {
            QVERIFY2(r.message.contains(QStringLiteral("octane2.lab")), qPrintable(r.message));
            QVERIFY2(!r.fix.isEmpty() || r.checkId == QLatin1String("ssh.connect"),
                     qPrintable(r.checkId));
        }
    }
    QCOMPARE(failures(run(m_profile)), QStringList());
}

void TestLabChecks::passwordLoginAndSudoWithPassword()
{
    ClusterProfile p = m_profile;
    p.ssh.user = QStringLiteral("ocwpass");
    p.ssh.auth = AuthMethod::Password;
    p.ssh.keyFile.clear();
    const QHash<QString, QString> s = LabFixture::secrets();
    QVERIFY(!s.value(QStringLiteral("ssh-password")).isEmpty());
    const QList<CheckResult> results = run(p, s);
    QCOMPARE(failures(results), QStringList());
    for (const CheckResult &r : results) {
        if (r.checkId == QLatin1String("sudo"))
            QVERIFY2(r.message.contains(QStringLiteral("with a password")), qPrintable(r.message));
        // The password travelled on stdin only: never in a command shown to the user.
        for (const QString &c : r.commands)
            QVERIFY(!c.contains(s.value(QStringLiteral("ssh-password"))));
        QVERIFY(!r.output.contains(s.value(QStringLiteral("ssh-password"))));
    }
    // Without the password, the login fails and names the secret that is missing.
    const QList<CheckResult> none = run(p, {});
    QVERIFY(failures(none).contains(QStringLiteral("ssh.connect:octane1.lab")));
}

void TestLabChecks::passphraseProtectedKey()
{
    ClusterProfile p = m_profile;
    p.ssh.keyFile = LabFixture::stateDir() + QStringLiteral("/keys/id_ecdsa");
    p.nodes = {p.nodes.first()};
    const QList<CheckResult> results = run(p, LabFixture::secrets());
    QVERIFY(!failures(results).contains(QStringLiteral("ssh.connect:octane1.lab")));
    QHash<QString, QString> wrong{{QStringLiteral("key-passphrase"), QStringLiteral("not-it")}};
    const QList<CheckResult> bad = run(p, wrong);
    QVERIFY(failures(bad).contains(QStringLiteral("ssh.connect:octane1.lab")));
}

void TestLabChecks::wrongSudoPasswordIsNamed()
{
    ClusterProfile p = m_profile;
    p.ssh.user = QStringLiteral("ocwpass");
    p.ssh.auth = AuthMethod::Password;
    p.nodes = {p.nodes.first()};
    QHash<QString, QString> s = LabFixture::secrets();
    s.insert(QStringLiteral("sudo-password"), QStringLiteral("wrong-sudo-password"));
    const QList<CheckResult> results = run(p, s);
    QVERIFY(failures(results).contains(QStringLiteral("sudo:octane1.lab")));
    for (const CheckResult &r : results) {
        if (r.checkId == QLatin1String("sudo")) {
            QVERIFY2(r.message.contains(QStringLiteral("refused the password")),
                     qPrintable(r.message));
            QVERIFY(!r.output.contains(QStringLiteral("wrong-sudo-password")));
        }
    }
}

void TestLabChecks::unknownHostKeyIsNotTrusted()
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("known_hosts"));
    QFile(empty).open(QIODevice::WriteOnly);
    ClusterProfile p = m_profile;
    p.nodes = {p.nodes.first()};
    const QList<CheckResult> results = run(p, {}, {empty});
    for (const CheckResult &r : results) {
        if (r.checkId == QLatin1String("ssh.hostkey")) {
            QCOMPARE(r.verdict, Verdict::Fail);
            QVERIFY2(r.message.contains(QStringLiteral("SHA256:")), qPrintable(r.message));
        }
        if (r.checkId == QLatin1String("ssh.connect"))
            QCOMPARE(r.verdict, Verdict::Skipped); // never logged in to an untrusted host
    }
}

void TestLabChecks::changedHostKeyIsRefused()
{
    // known_hosts says octane1.lab has octane2.lab's key: a changed key, refused.
    QFile real(m_profile.ssh.knownHostsFile);
    QVERIFY(real.open(QIODevice::ReadOnly));
    QByteArray forged;
    for (const QByteArray &line : real.readAll().split('\n')) {
        if (line.startsWith("octane2.lab"))
            forged += "octane1.lab" + line.mid(line.indexOf(' ')) + '\n';
    }
    QVERIFY(!forged.isEmpty());
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("known_hosts")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(forged);
    f.close();
    ClusterProfile p = m_profile;
    p.nodes = {p.nodes.first()};
    const QList<CheckResult> results = run(p, {}, {f.fileName()});
    bool seen = false;
    for (const CheckResult &r : results) {
        if (r.checkId == QLatin1String("ssh.hostkey")) {
            seen = true;
            QCOMPARE(r.verdict, Verdict::Fail);
            QVERIFY2(r.message.contains(QStringLiteral("changed"), Qt::CaseInsensitive),
                     qPrintable(r.message));
        }
    }
    QVERIFY(seen);
}

void TestLabChecks::nodeTrustedOnlyUnderEcdsaPasses()
{
    // known_hosts holds only the ECDSA keys (as after `ssh-keyscan -t ecdsa`): the checks'
    // connector must ask the node for that key type, as the Nodes page's scan does.
    QFile real(m_profile.ssh.knownHostsFile);
    QVERIFY(real.open(QIODevice::ReadOnly));
    QByteArray ecdsaOnly;
    for (const QByteArray &line : real.readAll().split('\n')) {
        if (line.contains(" ecdsa-sha2-"))
            ecdsaOnly += line + '\n';
    }
    QVERIFY(!ecdsaOnly.isEmpty());
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("known_hosts")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(ecdsaOnly);
    f.close();
    const QList<CheckResult> results = run(m_profile, {}, {f.fileName()});
    int seen = 0;
    for (const CheckResult &r : results) {
        if (r.checkId != QLatin1String("ssh.hostkey"))
            continue;
        ++seen;
        QVERIFY2(r.verdict == Verdict::Pass, qPrintable(r.message));
        QVERIFY2(r.message.contains(QStringLiteral("ecdsa")), qPrintable(r.message));
    }
    QCOMPARE(seen, 3);
}

QTEST_GUILESS_MAIN(TestLabChecks)
#include "tst_labchecks.moc"
