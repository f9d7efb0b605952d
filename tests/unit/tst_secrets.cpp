#include "core/log/logging.h"
#include "core/secrets/secretresolver.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ocw::Core;

class TestSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseStdinLines();
    void lookupPrefersNode();
    void needsFollowAuthAndEncryptedKeys();
    void sudoPasswordDefaultsToLoginPassword();
    void secretsNeverReachTheLog();
};

void TestSecrets::parseStdinLines()
{
    const QHash<QString, QString> m =
        SecretResolver::parseLines("# c\nssh-password=a=b c\r\n\nkey-passphrase@n1= sp \nbad\n");
    QCOMPARE(m.value(QStringLiteral("ssh-password")), QStringLiteral("a=b c"));
    QCOMPARE(m.value(QStringLiteral("key-passphrase@n1")), QStringLiteral(" sp "));
    QCOMPARE(m.size(), 2);
}

void TestSecrets::lookupPrefersNode()
{
    QHash<QString, QString> m{{QStringLiteral("ssh-password"), QStringLiteral("shared")},
                              {QStringLiteral("ssh-password@n2"), QStringLiteral("own")}};
    QCOMPARE(SecretResolver::lookup(m, QStringLiteral("ssh-password"), QStringLiteral("n1")),
             QStringLiteral("shared"));
    QCOMPARE(SecretResolver::lookup(m, QStringLiteral("ssh-password"), QStringLiteral("n2")),
             QStringLiteral("own"));
}

void TestSecrets::needsFollowAuthAndEncryptedKeys()
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain"));
    const QString locked = dir.filePath(QStringLiteral("locked"));
    for (const auto &[path, pass] :
         {std::pair{plain, QString()}, std::pair{locked, QStringLiteral("s3cret!")}}) {
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                      QStringLiteral("-N"), pass, QStringLiteral("-f"), path});
        QVERIFY(keygen.waitForFinished(10000));
        QCOMPARE(keygen.exitCode(), 0);
    }
    QVERIFY(!SecretResolver::isKeyFileEncrypted(plain));
    QVERIFY(SecretResolver::isKeyFileEncrypted(locked));

    ClusterProfile p;
    p.ssh.user = QStringLiteral("u");
    p.ssh.keyFile = locked;
    Node a;
    a.host = QStringLiteral("a");
    Node b;
    b.host = QStringLiteral("b");
    b.auth = AuthMethod::Password;
    Node c;
    c.host = QStringLiteral("c");
    c.keyFile = plain;
    p.nodes = {a, b, c};
    const QList<SecretNeed> needs = SecretResolver::needs(p);
    QCOMPARE(needs.size(), 2);
    QCOMPARE(needs.at(0).name, QStringLiteral("key-passphrase"));
    QCOMPARE(needs.at(0).node, QStringLiteral("a"));
    QCOMPARE(needs.at(1).name, QStringLiteral("ssh-password"));
    QCOMPARE(needs.at(1).nodeKey(), QStringLiteral("ssh-password@b"));
}

void TestSecrets::sudoPasswordDefaultsToLoginPassword()
{
    ClusterProfile p;
    Node a;
    a.host = QStringLiteral("a");
    Node b;
    b.host = QStringLiteral("b");
    p.nodes = {a, b};
    const QHash<QString, QString> s{{QStringLiteral("ssh-password"), QStringLiteral("pw")},
                                    {QStringLiteral("sudo-password@b"), QStringLiteral("sudo-b")}};
    const QHash<QString, QString> sudo = SecretResolver::sudoPasswords(p, s);
    QCOMPARE(sudo.value(QStringLiteral("a")), QStringLiteral("pw"));
    QCOMPARE(sudo.value(QStringLiteral("b")), QStringLiteral("sudo-b"));
    const QList<SshTarget> targets = SecretResolver::targets(p, s);
    QCOMPARE(targets.at(0).password, QStringLiteral("pw"));
}

void TestSecrets::secretsNeverReachTheLog()
{
    // A headless run with a password profile against an unreachable node: the password is
    // used (in memory) but must appear in neither the log file, the JSON nor the console.
    QTemporaryDir dir;
    const QString secret =
        QStringLiteral("Sup3r-S3cret-%1").arg(QCoreApplication::applicationPid());
    QFile profile(dir.filePath(QStringLiteral("p.json")));
    QVERIFY(profile.open(QIODevice::WriteOnly));
    profile.write(R"({"version":1,"name":"t","ssh":{"user":"nobody","port":1,"auth":"password"},
                      "nodes":[{"host":"127.0.0.1"}],"database":{"host":"db.example","port":1521},
                      "repositoryDir":"/srv/r"})");
    profile.close();
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(OCW_CLI_BINARY),
              {QStringLiteral("check"), QStringLiteral("--profile"), profile.fileName(),
               QStringLiteral("--secrets-stdin"), QStringLiteral("--json"),
               dir.filePath(QStringLiteral("r.json"))});
    cli.write(QStringLiteral("ssh-password=%1\n").arg(secret).toUtf8());
    cli.closeWriteChannel();
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1);
    const QByteArray console = cli.readAllStandardOutput() + cli.readAllStandardError();
    QVERIFY(!console.contains(secret.toUtf8()));
    QFile json(dir.filePath(QStringLiteral("r.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QVERIFY(json.readAll().contains("ssh.connect"));
    int logs = 0;
    QDirIterator it(dir.filePath(QStringLiteral("data")), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile log(it.next());
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY(!text.contains(secret.toUtf8()));
        logs += text.contains("check: profile") ? 1 : 0;
    }
    QCOMPARE(logs, 1); // the log was written, and holds no secret
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
