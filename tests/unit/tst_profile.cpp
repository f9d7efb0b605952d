#include "core/model/clusterprofile.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ocw::Core;

class TestProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void effectiveSshSettings();
    void savedFileHasNoSecrets();
};

static ClusterProfile sample()
{
    ClusterProfile p;
    p.name = QStringLiteral("corp");
    p.ssh.user = QStringLiteral("admin");
    p.ssh.port = 2222;
    p.ssh.auth = AuthMethod::KeyFile;
    p.ssh.keyFile = QStringLiteral("/home/admin/.ssh/id_ed25519");
    p.ssh.knownHostsFile = QStringLiteral("/tmp/kh");
    Node a;
    a.host = QStringLiteral("octane1.corp");
    Node b;
    b.host = QStringLiteral("octane2.corp");
    b.address = QStringLiteral("10.0.0.6");
    b.port = 22;
    b.user = QStringLiteral("root");
    b.auth = AuthMethod::Password;
    p.nodes = {a, b};
    p.firstNode = QStringLiteral("octane2.corp");
    p.database = {QStringLiteral("db.corp"), 1521};
    p.repositoryDir = QStringLiteral("/mnt/octane-repo");
    p.loadBalancerUrl = QStringLiteral("http://lb.corp:8080");
    p.concurrency = 4;
    p.serverScheme = QStringLiteral("https");
    p.readyTimeoutS = 1200;
    p.trustCertificate(QStringLiteral("octane2.corp"), QString(64, QLatin1Char('a')));
    return p;
}

void TestProfile::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.json"));
    const ClusterProfile p = sample();
    QVERIFY(p.save(path).hasValue());
    const Expected<ClusterProfile> back = ClusterProfile::load(path);
    QVERIFY2(back.hasValue(), qPrintable(back.error().message));
    QCOMPARE(back->toJson(), p.toJson());
    QCOMPARE(back->nodes, p.nodes);
    QCOMPARE(back->firstNodeHost(), QStringLiteral("octane2.corp"));
    QCOMPARE(back->concurrency, 4);
    QCOMPARE(back->serverScheme, QStringLiteral("https"));
    QCOMPARE(back->readyTimeoutS, 1200);
    // The verification's settings: defaults unless set, and kept through a save.
    QCOMPARE(back->verify.upstreamHeader, QStringLiteral("X-Upstream-Addr"));
    ClusterProfile tuned = *back;
    tuned.verify.healthReadings = 5;
    tuned.verify.healthWindowS = 20;
    tuned.verify.upstreamHeader = QStringLiteral("X-Served-By");
    const Expected<ClusterProfile> tunedBack = ClusterProfile::fromJson(tuned.toJson());
    QVERIFY(tunedBack.hasValue());
    QCOMPARE(tunedBack->verify.healthReadings, 5);
    QCOMPARE(tunedBack->verify.healthWindowS, 20);
    QCOMPARE(tunedBack->verify.upstreamHeader, QStringLiteral("X-Served-By"));
    // Trust is per host, normalized to openssl's form, never duplicated.
    const QString aa = QStringList(32, QStringLiteral("AA")).join(QLatin1Char(':'));
    QCOMPARE(back->trustedFingerprintsFor(QStringLiteral("octane2.corp")), QStringList{aa});
    QVERIFY(back->trustedFingerprintsFor(QStringLiteral("octane1.corp")).isEmpty());
    ClusterProfile again = *back;
    QVERIFY(again.trustCertificate(QStringLiteral("octane2.corp"), aa.toLower()));
    QCOMPARE(again.trustedCertificates.size(), 1);
    QVERIFY(!again.trustCertificate(QStringLiteral("octane2.corp"), QStringLiteral("AB:CD")));
    QVERIFY(!again.trustCertificate(QStringLiteral("octane2.corp"), QString(64, QLatin1Char('g'))));
}

void TestProfile::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("no-version") << QByteArray(R"({"nodes":[]})") << QStringLiteral("version");
    QTest::newRow("future-version")
        << QByteArray(R"({"version":9,"nodes":[]})") << QStringLiteral("version");
    QTest::newRow("nodes-not-list")
        << QByteArray(R"({"version":1,"nodes":{}})") << QStringLiteral("nodes");
    QTest::newRow("port-out-of-range")
        << QByteArray(R"({"version":1,"nodes":[{"host":"a","port":70000}]})")
        << QStringLiteral("nodes[0].port");
    QTest::newRow("port-string") << QByteArray(R"({"version":1,"ssh":{"port":"22"},"nodes":[]})")
                                 << QStringLiteral("ssh.port");
    QTest::newRow("bad-auth") << QByteArray(R"({"version":1,"ssh":{"auth":"telnet"},"nodes":[]})")
                              << QStringLiteral("ssh.auth");
    QTest::newRow("empty-host") << QByteArray(R"({"version":1,"nodes":[{"host":" "}]})")
                                << QStringLiteral("nodes[0].host");
    QTest::newRow("first-node-unknown")
        << QByteArray(R"({"version":1,"nodes":["a"],"firstNode":"b"})")
        << QStringLiteral("firstNode");
    QTest::newRow("db-port")
        << QByteArray(R"({"version":1,"nodes":["a"],"database":{"host":"d","port":0}})")
        << QStringLiteral("database.port");
    QTest::newRow("server-scheme")
        << QByteArray(R"({"version":1,"nodes":["a"],"serverScheme":"ftp"})")
        << QStringLiteral("serverScheme");
    QTest::newRow("ready-timeout") << QByteArray(R"({"version":1,"nodes":["a"],"readyTimeout":5})")
                                   << QStringLiteral("readyTimeout");
    QTest::newRow("trusted-not-list")
        << QByteArray(R"({"version":1,"nodes":["a"],"trustedCertificates":{}})")
        << QStringLiteral("trustedCertificates");
    QTest::newRow("trusted-bad-fingerprint")
        << QByteArray(
               R"({"version":1,"nodes":["a"],"trustedCertificates":[{"host":"a","sha256":"12:34"}]})")
        << QStringLiteral("trustedCertificates[0].sha256");
    QTest::newRow("verify-not-object")
        << QByteArray(R"({"version":1,"nodes":["a"],"verify":3})") << QStringLiteral("verify");
    QTest::newRow("verify-unknown")
        << QByteArray(R"({"version":1,"nodes":["a"],"verify":{"sticky":true}})")
        << QStringLiteral("verify.sticky");
    QTest::newRow("verify-header")
        << QByteArray(R"({"version":1,"nodes":["a"],"verify":{"upstreamHeader":"X Up"}})")
        << QStringLiteral("verify.upstreamHeader");
    QTest::newRow("verify-readings")
        << QByteArray(R"({"version":1,"nodes":["a"],"verify":{"healthReadings":0}})")
        << QStringLiteral("verify.healthReadings");
    QTest::newRow("verify-window")
        << QByteArray(R"({"version":1,"nodes":["a"],"verify":{"healthWindow":-1}})")
        << QStringLiteral("verify.healthWindow");
}

void TestProfile::rejectsBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const Expected<ClusterProfile> p =
        ClusterProfile::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!p.hasValue());
    QCOMPARE(p.error().code, ErrorCode::InvalidInput);
    QVERIFY2(p.error().message.contains(QLatin1Char('"') + field + QLatin1Char('"')),
             qPrintable(p.error().message));
}

void TestProfile::effectiveSshSettings()
{
    const ClusterProfile p = sample();
    const SshTarget shared = p.sshTargetFor(p.nodes.at(0));
    QCOMPARE(shared.host, QStringLiteral("octane1.corp"));
    QCOMPARE(shared.port, quint16(2222));
    QCOMPARE(shared.user, QStringLiteral("admin"));
    QCOMPARE(shared.auth, AuthMethod::KeyFile);
    const SshTarget own = p.sshTargetFor(p.nodes.at(1));
    QCOMPARE(own.host, QStringLiteral("10.0.0.6"));
    QCOMPARE(own.nodeName, QStringLiteral("octane2.corp"));
    QCOMPARE(own.port, quint16(22));
    QCOMPARE(own.user, QStringLiteral("root"));
    QCOMPARE(own.auth, AuthMethod::Password);
}

void TestProfile::savedFileHasNoSecrets()
{
    const QByteArray json = QJsonDocument(sample().toJson()).toJson();
    QVERIFY(!json.contains("password\":"));
    QVERIFY(!json.contains("passphrase"));
    QVERIFY(json.contains("\"version\": 1"));
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
