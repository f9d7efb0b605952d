#include "core/log/logging.h"
#include "core/secrets/secretresolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <pwd.h>
#include <unistd.h>

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
    void secretsUsedToLogInNeverReachTheLog();
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

namespace {

// A secret of letters and digits only: JSON and log escaping leave it as it is, so a plain
// search finds every copy of it. Random, so that nothing else contains it by chance.
QString makeSecret()
{
    return QStringLiteral("S3cret") + QUuid::createUuid().toString(QUuid::Id128);
}

// Everything a headless `check` left behind: exit code, console, the JSON report and the log
// files (all files under its XDG_DATA_HOME).
struct CheckRun
{
    int exitCode = -1;
    QByteArray console;
    QByteArray jsonText;
    QJsonObject json;
    QMap<QString, QByteArray> files;
};

CheckRun runCheck(const QTemporaryDir &dir, const QString &profile, const QByteArray &stdinLines)
{
    CheckRun run;
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain: stdin only
    cli.setProcessEnvironment(env);
    const QString jsonPath = dir.filePath(QStringLiteral("r.json"));
    cli.start(QStringLiteral(OCW_CLI_BINARY),
              {QStringLiteral("check"), QStringLiteral("--profile"), profile,
               QStringLiteral("--secrets-stdin"), QStringLiteral("--json"), jsonPath});
    cli.write(stdinLines);
    cli.closeWriteChannel();
    if (!cli.waitForFinished(120000))
        cli.kill();
    run.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    run.console = cli.readAllStandardOutput() + cli.readAllStandardError();
    QFile json(jsonPath);
    if (json.open(QIODevice::ReadOnly))
        run.jsonText = json.readAll();
    run.json = QJsonDocument::fromJson(run.jsonText).object();
    QDirIterator it(dir.filePath(QStringLiteral("data")), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        run.files.insert(f.fileName(), f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray());
    }
    return run;
}

// The result of `check` for `node` in the JSON report (empty if there is none).
QJsonObject resultFor(const QJsonObject &json, const QString &check, const QString &node)
{
    for (const QJsonValue &v : json.value(QStringLiteral("results")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("check")).toString() == check &&
            o.value(QStringLiteral("node")).toString() == node)
            return o;
    }
    return {};
}

// Fails, naming the secret and the place, if any secret value (or its first 16 characters)
// appears on the console, in the JSON report or in any file the run wrote; and unless the log
// was written (one file holds "check: profile").
void verifyNoSecretLeaked(const CheckRun &run, const QHash<QString, QString> &secrets)
{
    QMap<QString, QByteArray> places = run.files;
    places.insert(QStringLiteral("the console"), run.console);
    places.insert(QStringLiteral("the JSON report"), run.jsonText);
    for (auto s = secrets.cbegin(); s != secrets.cend(); ++s) {
        QVERIFY(s.value().size() > 16);
        for (auto p = places.cbegin(); p != places.cend(); ++p) {
            for (const QString &part : {s.value(), s.value().left(16)}) {
                QVERIFY2(!p.value().contains(part.toUtf8()),
                         qPrintable(
                             QStringLiteral("the secret %1 leaked into %2").arg(s.key(), p.key())));
            }
        }
    }
    int logs = 0;
    for (const QByteArray &text : run.files)
        logs += text.contains("check: profile") ? 1 : 0;
    QCOMPARE(logs, 1); // the log was written (and holds no secret, above)
}

QByteArray stdinLines(const QHash<QString, QString> &secrets)
{
    QByteArray lines;
    for (auto s = secrets.cbegin(); s != secrets.cend(); ++s)
        lines += s.key().toUtf8() + '=' + s.value().toUtf8() + '\n';
    return lines;
}

QString currentUser()
{
    const passwd *pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

int runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return -1;
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

void TestSecrets::secretsNeverReachTheLog()
{
    // A headless run with a password profile against an unreachable node: every kind of
    // secret given on stdin (shared and per node) must appear in neither the log file, the
    // JSON report nor the console. (secretsUsedToLogInNeverReachTheLog uses them.)
    QTemporaryDir dir;
    QFile profile(dir.filePath(QStringLiteral("p.json")));
    QVERIFY(profile.open(QIODevice::WriteOnly));
    profile.write(R"({"version":1,"name":"t","ssh":{"user":"nobody","port":1,"auth":"password"},
                      "nodes":[{"host":"127.0.0.1"}],"database":{"host":"db.example","port":1521},
                      "repositoryDir":"/srv/r"})");
    profile.close();
    const QHash<QString, QString> secrets{{QStringLiteral("ssh-password"), makeSecret()},
                                          {QStringLiteral("ssh-password@127.0.0.1"), makeSecret()},
                                          {QStringLiteral("sudo-password"), makeSecret()},
                                          {QStringLiteral("sudo-password@127.0.0.1"), makeSecret()},
                                          {QStringLiteral("key-passphrase"), makeSecret()}};
    const CheckRun run = runCheck(dir, profile.fileName(), stdinLines(secrets));
    QVERIFY2(run.exitCode == 1, run.console.constData());
    QVERIFY2(!run.json.isEmpty(), run.jsonText.constData());
    const QJsonObject connected =
        resultFor(run.json, QStringLiteral("ssh.connect"), QStringLiteral("127.0.0.1"));
    QCOMPARE(connected.value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
    verifyNoSecretLeaked(run, secrets);
}

void TestSecrets::secretsUsedToLogInNeverReachTheLog()
{
    // The secrets really used, against a private sshd on 127.0.0.1 (no lab), in two runs of a
    // one-node cluster (a loopback name is refused in a larger one): a password login, where
    // the SSH library sends the password and the server refuses it; then a login with an
    // encrypted key, which its passphrase opens, after which the node checks run. Neither
    // secret may appear in the log, the JSON or the console.
    // (A sudo password is not used here: as root `sudo -n` needs none, and as another user a
    // wrong one would count as a failed sudo attempt; the lab's ocwpass user covers it.)
    const QString sshd = QStringLiteral("/usr/sbin/sshd");
    QVERIFY2(QFileInfo(sshd).isExecutable(),
             "needs OpenSSH's sshd (openssh-server; installer/install-deps.sh installs it)");
    const QString user = currentUser();
    QVERIFY(!user.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto file = [&dir](const char *name) { return dir.filePath(QLatin1String(name)); };

    const QString password = makeSecret();
    const QString passphrase = makeSecret();
    const QHash<QString, QString> secrets{{QStringLiteral("ssh-password"), password},
                                          {QStringLiteral("key-passphrase"), passphrase}};
    QCOMPARE(runTool(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                      QStringLiteral("-N"), QString(), QStringLiteral("-f"), file("host")}),
             0);
    QCOMPARE(runTool(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                      QStringLiteral("-N"), passphrase, QStringLiteral("-f"), file("id")}),
             0);
    QVERIFY(SecretResolver::isKeyFileEncrypted(file("id")));
    QVERIFY(QFile::copy(file("id.pub"), file("authorized_keys")));
    QFile hostPub(file("host.pub"));
    QVERIFY(hostPub.open(QIODevice::ReadOnly));
    const QByteArray hostKey = hostPub.readAll().simplified().split(' ').mid(0, 2).join(' ');

    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    QFile knownHosts(file("known_hosts"));
    QVERIFY(knownHosts.open(QIODevice::WriteOnly));
    knownHosts.write(QStringLiteral("[127.0.0.1]:%1 ").arg(port).toUtf8() + hostKey + '\n');
    knownHosts.close();

    QFile config(file("sshd_config"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QStringLiteral("ListenAddress 127.0.0.1:%1\nHostKey %2\nAuthorizedKeysFile %3\n"
                                "StrictModes no\nUsePAM no\nPubkeyAuthentication yes\n"
                                "PasswordAuthentication yes\nKbdInteractiveAuthentication no\n"
                                "PermitRootLogin prohibit-password\nUseDNS no\nPrintMotd no\n"
                                "PidFile none\n")
                     .arg(port)
                     .arg(file("host"), file("authorized_keys"))
                     .toUtf8());
    config.close();
    if (::geteuid() == 0)
        QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege separation, as root
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(sshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                        config.fileName()});
    auto stop = qScopeGuard([&server] {
        server.terminate();
        if (!server.waitForFinished(5000))
            server.kill();
    });
    QByteArray sshdLog;
    QElapsedTimer started;
    started.start();
    while (!sshdLog.contains("Server listening") && server.state() != QProcess::NotRunning &&
           started.elapsed() < 10000) {
        server.waitForReadyRead(100);
        sshdLog += server.readAll();
    }
    QVERIFY2(sshdLog.contains("Server listening"), sshdLog.constData());

    QTemporaryDir repo;
    QVERIFY(repo.isValid());
    const auto writeProfile = [&](const char *name, const QString &auth) {
        QFile profile(file(name));
        if (!profile.open(QIODevice::WriteOnly))
            return QString();
        QJsonObject ssh{{QStringLiteral("user"), user},
                        {QStringLiteral("port"), int(port)},
                        {QStringLiteral("auth"), auth},
                        {QStringLiteral("knownHostsFile"), knownHosts.fileName()}};
        if (auth == QLatin1String("key"))
            ssh.insert(QStringLiteral("keyFile"), file("id"));
        profile.write(
            QJsonDocument(
                QJsonObject{{QStringLiteral("version"), 1},
                            {QStringLiteral("name"), QStringLiteral("t")},
                            {QStringLiteral("ssh"), ssh},
                            {QStringLiteral("nodes"),
                             QJsonArray{QJsonObject{
                                 {QStringLiteral("host"), QStringLiteral("127.0.0.1")}}}},
                            {QStringLiteral("database"),
                             QJsonObject{{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                         {QStringLiteral("port"), 1}}},
                            {QStringLiteral("repositoryDir"), repo.path()},
                            {QStringLiteral("installUser"), user}})
                .toJson());
        return profile.fileName();
    };

    // The password goes to the server, which refuses it.
    QTemporaryDir passwordRun;
    const CheckRun refused =
        runCheck(passwordRun, writeProfile("password.json", QStringLiteral("password")),
                 stdinLines({{QStringLiteral("ssh-password"), password}}));
    QVERIFY2(refused.exitCode == 1, refused.console.constData()); // a refused login is blocking
    const QJsonObject refusedLogin =
        resultFor(refused.json, QStringLiteral("ssh.connect"), QStringLiteral("127.0.0.1"));
    QCOMPARE(refusedLogin.value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
    QVERIFY2(refusedLogin.value(QStringLiteral("message"))
                 .toString()
                 .contains(QStringLiteral("refused password login")),
             qPrintable(QJsonDocument(refused.json).toJson()));
    // sshd saw the attempt: the password went through the login code.
    // ("invalid user" when sshd cannot look the account up: not root, or a locked account.)
    const QRegularExpression attempt(QStringLiteral("Failed password for (invalid user )?%1 ")
                                         .arg(QRegularExpression::escape(user)));
    QTRY_VERIFY2(QString::fromUtf8(sshdLog += server.readAll()).contains(attempt),
                 sshdLog.constData());
    verifyNoSecretLeaked(refused, secrets);
    if (QTest::currentTestFailed())
        return;

    // The passphrase opens the key: the node logs in and its checks run (the database at
    // 127.0.0.1:1 refuses, which is blocking).
    QTemporaryDir keyRun;
    const CheckRun loggedIn =
        runCheck(keyRun, writeProfile("key.json", QStringLiteral("key")),
                 stdinLines({{QStringLiteral("key-passphrase"), passphrase}}));
    QVERIFY2(loggedIn.exitCode == 1, loggedIn.console.constData());
    const QJsonObject login =
        resultFor(loggedIn.json, QStringLiteral("ssh.connect"), QStringLiteral("127.0.0.1"));
    QVERIFY2(login.value(QStringLiteral("verdict")).toString() == QLatin1String("pass"),
             qPrintable(QJsonDocument(loggedIn.json).toJson()));
    const QJsonObject os =
        resultFor(loggedIn.json, QStringLiteral("os.release"), QStringLiteral("127.0.0.1"));
    QVERIFY2(!os.value(QStringLiteral("commands")).toArray().isEmpty() &&
                 os.value(QStringLiteral("verdict")).toString() != QLatin1String("skipped"),
             qPrintable(QJsonDocument(os).toJson()));
    verifyNoSecretLeaked(loggedIn, secrets);
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
