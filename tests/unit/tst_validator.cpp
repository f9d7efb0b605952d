#include "core/base/displaytext.h"
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
    void sameAddressTwice_data();
    void sameAddressTwice();
    void tooManyNodes();
    void lookupName_data();
    void lookupName();
    void controlCharactersShownEscaped_data();
    void controlCharactersShownEscaped();
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
    QTest::newRow("duplicate-host-trailing-dot") << "dupdot"
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
    else if (mutation == QLatin1String("dupdot"))
        p.nodes[1].host = p.nodes[0].host + QLatin1Char('.');
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
    QVERIFY(issues.first().message.contains(QStringLiteral("nodes[0].host")));
    resolved.insert(QStringLiteral("octane2.corp"), {QHostAddress(QStringLiteral("10.0.0.6"))});
    QVERIFY(ProfileValidator::duplicateAddresses(p, resolved).isEmpty());
}

void TestValidator::sameAddressTwice_data()
{
    QTest::addColumn<QString>("firstAddress");
    QTest::addColumn<QString>("secondAddress");
    QTest::addColumn<int>("secondPort");
    QTest::addColumn<QString>("field"); // empty: accepted
    QTest::addColumn<QString>("otherField");
    QTest::newRow("same-address") << "127.0.0.11"
                                  << "127.0.0.11" << 0 << "nodes[1].address"
                                  << "nodes[0].address";
    QTest::newRow("address-is-first-host") << ""
                                           << "octane1.corp" << 0 << "nodes[1].address"
                                           << "nodes[0].host";
    QTest::newRow("mapped-ipv6") << "10.0.0.5"
                                 << "::ffff:10.0.0.5" << 0 << "nodes[1].address"
                                 << "nodes[0].address";
    QTest::newRow("trailing-dot") << ""
                                  << "OCTANE1.corp." << 0 << "nodes[1].address"
                                  << "nodes[0].host";
    // One address, two SSH ports: a jump host forwarding to two machines; the run's
    // machine identity check decides.
    QTest::newRow("other-port") << "10.0.0.5"
                                << "10.0.0.5" << 2222 << ""
                                << "";
    QTest::newRow("different") << "10.0.0.5"
                               << "10.0.0.6" << 0 << ""
                               << "";
}

void TestValidator::sameAddressTwice()
{
    QFETCH(QString, firstAddress);
    QFETCH(QString, secondAddress);
    QFETCH(int, secondPort);
    QFETCH(QString, field);
    QFETCH(QString, otherField);
    ClusterProfile p = goodProfile();
    p.nodes[0].address = firstAddress;
    p.nodes[1].address = secondAddress;
    p.nodes[1].port = quint16(secondPort);
    const QList<FieldIssue> issues = ProfileValidator::validate(p);
    if (field.isEmpty()) {
        QVERIFY2(issues.isEmpty(), issues.isEmpty() ? "" : qPrintable(issues.first().message));
        return;
    }
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, field);
    // Both entries are named (the field, and the other one in the message).
    QVERIFY2(issues.first().message.contains(otherField), qPrintable(issues.first().message));
    QVERIFY(issues.first().message.contains(QStringLiteral("same machine twice")));
}

void TestValidator::tooManyNodes()
{
    ClusterProfile p = goodProfile();
    p.nodes.clear();
    for (int i = 0; i < ClusterProfile::MaxNodes; ++i) {
        Node n;
        n.host = QStringLiteral("octane%1.corp").arg(i);
        p.nodes.append(n);
    }
    QVERIFY(ProfileValidator::validate(p).isEmpty());
    Node extra;
    extra.host = QStringLiteral("one-too-many.corp");
    p.nodes.append(extra);
    for (int i = 0; i < 2001 - ClusterProfile::MaxNodes - 1; ++i)
        p.nodes.append(p.nodes.last()); // duplicates too: refused for the count alone, at once
    const QList<FieldIssue> issues = ProfileValidator::validate(p);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, QStringLiteral("nodes"));
    QVERIFY(issues.first().message.contains(QStringLiteral("2001")));
    QVERIFY(issues.first().message.contains(QStringLiteral("128")));
}

void TestValidator::lookupName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("lookup");
    QTest::newRow("plain") << "octane2.lab"
                           << "octane2.lab";
    QTest::newRow("root-dot") << "octane2.lab."
                              << "octane2.lab";
    QTest::newRow("case") << "Octane2.LAB"
                          << "octane2.lab";
    QTest::newRow("ipv4") << "127.0.0.11"
                          << "127.0.0.11";
    QTest::newRow("mapped") << "::ffff:127.0.0.11"
                            << "127.0.0.11";
    QTest::newRow("ipv6") << "2001:DB8::1"
                          << "2001:db8::1";
}

void TestValidator::lookupName()
{
    QFETCH(QString, text);
    QFETCH(QString, lookup);
    QCOMPARE(ProfileValidator::lookupName(text), lookup);
}

void TestValidator::controlCharactersShownEscaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << "octane1.lab"
                           << "octane1.lab";
    QTest::newRow("newline") << "a\nb"
                             << "a\\nb";
    QTest::newRow("cr-tab") << "a\r\tb"
                            << "a\\r\\tb";
    QTest::newRow("escape") << QStringLiteral("a\x1b[2Jb") << "a\\x1b[2Jb";
    QTest::newRow("del") << QStringLiteral("a\x7f") << "a\\x7f";
    QTest::newRow("line-separator") << QString(QChar(0x2028)) << "\\x2028";
    QTest::newRow("unicode-kept") << QString::fromUtf8("zürich") << QString::fromUtf8("zürich");
}

void TestValidator::controlCharactersShownEscaped()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(DisplayText::escaped(text), shown);
    // A host with a line break is refused in one line that shows it escaped.
    if (text == QLatin1String("a\nb")) {
        const QString problem = ProfileValidator::checkHost(text);
        QVERIFY(!problem.contains(QLatin1Char('\n')));
        QVERIFY2(problem.contains(QStringLiteral("a\\nb")), qPrintable(problem));
    }
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
