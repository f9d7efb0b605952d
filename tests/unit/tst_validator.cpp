#include "core/model/profilevalidator.h"

#include <QtTest>

using namespace Ocw::Core;

class TestValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hosts_data();
    void hosts();
    void profileIssues_data();
    void profileIssues();
    void duplicatesAfterResolving();
};

void TestValidator::hosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << "octane1" << true;
    QTest::newRow("fqdn") << "octane1.corp.example.com" << true;
    QTest::newRow("trailing-dot") << "octane1.corp." << true;
    QTest::newRow("ipv4") << "10.0.0.5" << true;
    QTest::newRow("ipv6") << "2001:db8::1" << true;
    QTest::newRow("digit-start") << "1octane" << true;
    QTest::newRow("underscore") << "octane_1" << false;
    QTest::newRow("leading-hyphen") << "-octane" << false;
    QTest::newRow("trailing-hyphen") << "octane-.corp" << false;
    QTest::newRow("empty-label") << "octane..corp" << false;
    QTest::newRow("bad-ipv4") << "10.0.0.256" << false;
    QTest::newRow("bad-ipv6") << "2001:db8:::1" << false;
    QTest::newRow("label-too-long") << QString(64, QLatin1Char('a')) << false;
    QTest::newRow("space") << "octane 1" << false;
    QTest::newRow("non-ascii") << QString::fromUtf8("zürich") << false;
    QTest::newRow("shell") << "a;rm -rf" << false;
}

void TestValidator::hosts()
{
    QFETCH(QString, host);
    QFETCH(bool, valid);
    QCOMPARE(ProfileValidator::checkHost(host).isEmpty(), valid);
}

static ClusterProfile goodProfile()
{
    ClusterProfile p;
    p.ssh.user = QStringLiteral("admin");
    p.ssh.keyFile =
        QStringLiteral(OCW_SOURCE_DIR "/tests/unit/data/nproc.txt"); // any readable file
    for (const char *h : {"octane1.corp", "octane2.corp"}) {
        Node n;
        n.host = QString::fromLatin1(h);
        p.nodes.append(n);
    }
    p.database.host = QStringLiteral("db.corp");
    p.repositoryDir = QStringLiteral("/mnt/repo");
    return p;
}

void TestValidator::profileIssues_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<QString>("field");
    QTest::newRow("good") << ""
                          << "";
    QTest::newRow("duplicate-host") << "dup"
                                    << "nodes[1].host";
    QTest::newRow("duplicate-host-case") << "dupcase"
                                         << "nodes[1].host";
    QTest::newRow("db-loopback-in-cluster") << "dblocal"
                                            << "database.host";
    QTest::newRow("db-127") << "db127"
                            << "database.host";
    QTest::newRow("node-loopback") << "nodelocal"
                                   << "nodes[0].host";
    QTest::newRow("repo-relative") << "reporel"
                                   << "repositoryDir";
    QTest::newRow("no-user") << "nouser"
                             << "nodes[0].user";
    QTest::newRow("no-key") << "nokey"
                            << "nodes[0].keyFile";
    QTest::newRow("unreadable-key") << "badkey"
                                    << "nodes[0].keyFile";
    QTest::newRow("bad-lb") << "badlb"
                            << "loadBalancerUrl";
    QTest::newRow("no-nodes") << "nonodes"
                              << "nodes";
}

void TestValidator::profileIssues()
{
    QFETCH(QString, mutation);
    QFETCH(QString, field);
    ClusterProfile p = goodProfile();
    if (mutation == QLatin1String("dup"))
        p.nodes[1].host = p.nodes[0].host;
    else if (mutation == QLatin1String("dupcase"))
        p.nodes[1].host = p.nodes[0].host.toUpper();
    else if (mutation == QLatin1String("dblocal"))
        p.database.host = QStringLiteral("localhost");
    else if (mutation == QLatin1String("db127"))
        p.database.host = QStringLiteral("127.0.0.1");
    else if (mutation == QLatin1String("nodelocal"))
        p.nodes[0].host = QStringLiteral("localhost");
    else if (mutation == QLatin1String("reporel"))
        p.repositoryDir = QStringLiteral("repo");
    else if (mutation == QLatin1String("nouser"))
        p.ssh.user.clear();
    else if (mutation == QLatin1String("nokey"))
        p.ssh.keyFile.clear();
    else if (mutation == QLatin1String("badkey"))
        p.ssh.keyFile = QStringLiteral("/nonexistent/id_ed25519");
    else if (mutation == QLatin1String("badlb"))
        p.loadBalancerUrl = QStringLiteral("lb.corp:8080");
    else if (mutation == QLatin1String("nonodes"))
        p.nodes.clear();
    const QList<FieldIssue> issues = ProfileValidator::validate(p);
    if (field.isEmpty()) {
        QVERIFY2(issues.isEmpty(),
                 issues.isEmpty() ? "" : qPrintable(issues.first().field + issues.first().message));
        return;
    }
    QVERIFY(!issues.isEmpty());
    QCOMPARE(issues.first().field, field);
    QVERIFY(!issues.first().message.isEmpty());
}

void TestValidator::duplicatesAfterResolving()
{
    const ClusterProfile p = goodProfile();
    QMap<QString, QList<QHostAddress>> resolved;
    resolved.insert(QStringLiteral("octane1.corp"), {QHostAddress(QStringLiteral("10.0.0.5"))});
    resolved.insert(QStringLiteral("octane2.corp"),
                    {QHostAddress(QStringLiteral("::ffff:10.0.0.5"))});
    const QList<FieldIssue> issues = ProfileValidator::duplicateAddresses(p, resolved);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, QStringLiteral("nodes[1].host"));
    QVERIFY(issues.first().message.contains(QStringLiteral("10.0.0.5")));
    resolved.insert(QStringLiteral("octane2.corp"), {QHostAddress(QStringLiteral("10.0.0.6"))});
    QVERIFY(ProfileValidator::duplicateAddresses(p, resolved).isEmpty());
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
