#include "core/model/clusterprofile.h"
#include "core/secrets/secretnames.h"

#include <QtTest>

using namespace Ocw::Core;

// The names secrets go by: users' keychains and the acceptance tests hold these exact strings.
class TestSecretNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loginNames();
    void perNodeNames();
    void confNames();
    void scope();
};

void TestSecretNames::loginNames()
{
    QCOMPARE(SecretNames::loginNames(),
             (QStringList{QStringLiteral("ssh-password"), QStringLiteral("key-passphrase"),
                          QStringLiteral("sudo-password")}));
    QVERIFY(SecretNames::isLoginName(QStringLiteral("sudo-password")));
    QVERIFY(!SecretNames::isLoginName(QStringLiteral("sudo-password@a")));
}

void TestSecretNames::perNodeNames()
{
    const QString name = SecretNames::forNode(SecretNames::sudoPassword(), QStringLiteral("n2"));
    QCOMPARE(name, QStringLiteral("sudo-password@n2"));
    QCOMPARE(SecretNames::baseName(name), QStringLiteral("sudo-password"));
    QCOMPARE(SecretNames::nodeOf(name), QStringLiteral("n2"));
    QVERIFY(SecretNames::isPerNode(name));
    QCOMPARE(SecretNames::nodeOf(QStringLiteral("ssh-password")), QString());
}

void TestSecretNames::confNames()
{
    QCOMPARE(SecretNames::forConf(QStringLiteral("cluster.distributed-password")),
             QStringLiteral("conf:cluster.distributed-password"));
    QVERIFY(SecretNames::isConf(QStringLiteral("conf:x")));
    QVERIFY(!SecretNames::isConf(QStringLiteral("ssh-password")));
    QCOMPARE(SecretNames::confKeyOf(QStringLiteral("conf:site-admin-password")),
             QStringLiteral("site-admin-password"));
    QCOMPARE(SecretNames::confKeyOf(QStringLiteral("ssh-password")), QString());
}

void TestSecretNames::scope()
{
    ClusterProfile p;
    QCOMPARE(SecretNames::scopeFor(p, QString()), QStringLiteral("default"));
    QCOMPARE(SecretNames::scopeFor(p, QStringLiteral("/x/prod.cluster.json")),
             QStringLiteral("prod.cluster"));
    p.name = QStringLiteral("lab");
    QCOMPARE(SecretNames::scopeFor(p, QStringLiteral("/x/prod.json")), QStringLiteral("lab"));
}

QTEST_GUILESS_MAIN(TestSecretNames)
#include "tst_secretnames.moc"
