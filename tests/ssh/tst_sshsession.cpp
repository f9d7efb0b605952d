#include "core/ssh/knownhosts.h"
#include "core/ssh/shellquote.h"
#include "core/ssh/sshsession.h"
#include "hostilestrings.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <future>
#include <memory>
#include <thread>

using namespace Ocw::Core;

// SshSession against the lab's real sshd nodes (tests/lab/labctl, started by the lab_up
// fixture). Overrides for a hand-started sshd: OCW_LAB_STATE, OCW_SSH_TEST_HOST,
// OCW_SSH_TEST_KEY_USER, OCW_SSH_TEST_PASS_USER.
class TestSshSession : public QObject
{
    Q_OBJECT

private:
    QString m_state;
    QString m_host;
    QString m_keyUser;
    QString m_passUser;
    QString m_password;
    QString m_passphrase;
    KnownHosts m_knownHosts;
    QTemporaryDir m_tmp;
    std::unique_ptr<SshSession> m_shell; // one open session for the exec tests

    static constexpr const char *kBlackhole = "127.0.0.41"; // not a lab address
    static constexpr const char *kNftTable = "ocw_tst_sshsession";

    QString state(const QString &rel) const { return m_state + QLatin1Char('/') + rel; }

    SshTarget target(AuthMethod auth = AuthMethod::KeyFile) const
    {
        SshTarget t;
        t.nodeName = m_host;
        t.host = m_host;
        t.port = 22;
        t.auth = auth;
        t.connectTimeoutMs = 5000;
        if (auth == AuthMethod::KeyFile) {
            t.user = m_keyUser;
            t.keyFile = state(QStringLiteral("keys/id_ed25519"));
        } else {
            t.user = m_passUser;
            t.password = m_password;
        }
        return t;
    }

    static int run(const QString &program, const QStringList &args, QByteArray *out = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        if (!p.waitForFinished(60000))
            return -1;
        if (out)
            *out = p.readAll();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    QString keygen(const QString &name, const QString &type, const QString &passphrase = {},
                   const QStringList &extra = {})
    {
        const QString file = m_tmp.filePath(name);
        QFile::remove(file);
        QFile::remove(file + QStringLiteral(".pub"));
        const int rc = run(
            QStringLiteral("ssh-keygen"),
            QStringList{
                QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"), passphrase,
                QStringLiteral("-C"),
                QStringLiteral("ocw-tst-%1-%2").arg(name).arg(QCoreApplication::applicationPid()),
                QStringLiteral("-f"), file} +
                extra);
        return rc == 0 ? file : QString();
    }

    ExecResult mustExec(RemoteShell &shell, const QString &command, const QByteArray &in = {})
    {
        ExecRequest req;
        req.command = command;
        req.stdinData = in;
        req.timeoutMs = 20000;
        auto r = shell.exec(req);
        if (!r) {
            qWarning("exec %s: %s", qPrintable(command), qPrintable(r.error().message));
            return ExecResult();
        }
        return r.value();
    }

    void nft(const QStringList &args, bool check = true)
    {
        QByteArray out;
        const int rc = run(QStringLiteral("nft"), args, &out);
        if (check)
            QVERIFY2(rc == 0, out.constData());
    }

    // A private sshd for cases the lab's nodes do not have (PAM, an RSA-only host key). It
    // uses the lab's users; stopped by the returned object's destructor.
    std::unique_ptr<QProcess> startSshd(const QString &address, const QStringList &hostKeyTypes,
                                        const QString &extra)
    {
        QDir().mkpath(QStringLiteral("/run/sshd"));
        const QString dir = m_tmp.filePath(QStringLiteral("sshd-") + address);
        QDir().mkpath(dir);
        QString config = QStringLiteral("ListenAddress %1\nPort 22\nStrictModes no\n"
                                        "PubkeyAuthentication yes\nPasswordAuthentication yes\n"
                                        "KbdInteractiveAuthentication yes\nUseDNS no\n"
                                        "PrintMotd no\n")
                             .arg(address);
        for (const QString &type : hostKeyTypes) {
            const QString key = dir + QStringLiteral("/host_") + type;
            if (!QFile::exists(key)) {
                if (run(QStringLiteral("ssh-keygen"),
                        {QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"),
                         QString(), QStringLiteral("-f"), key}) != 0)
                    return nullptr;
            }
            config += QStringLiteral("HostKey %1\n").arg(key);
        }
        config += extra;
        QFile cfg(dir + QStringLiteral("/sshd_config"));
        if (!cfg.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return nullptr;
        cfg.write(config.toUtf8());
        cfg.close();
        auto sshd = std::make_unique<QProcess>();
        sshd->setProcessChannelMode(QProcess::MergedChannels);
        sshd->start(QStringLiteral("/usr/sbin/sshd"),
                    {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                     cfg.fileName(), QStringLiteral("-o"), QStringLiteral("PidFile=none")});
        QByteArray log;
        QElapsedTimer t;
        t.start();
        while (!log.contains("Server listening") && sshd->state() != QProcess::NotRunning &&
               t.elapsed() < 10000) {
            sshd->waitForReadyRead(100);
            log += sshd->readAll();
        }
        if (!log.contains("Server listening")) {
            qWarning("sshd on %s did not start: %s", qPrintable(address), log.constData());
            return nullptr;
        }
        return sshd;
    }
    static void stopSshd(QProcess *sshd)
    {
        if (sshd && sshd->state() != QProcess::NotRunning) {
            sshd->terminate();
            sshd->waitForFinished(5000);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_state = qEnvironmentVariable("OCW_LAB_STATE", QStringLiteral(OCW_LAB_STATE));
        m_host = qEnvironmentVariable("OCW_SSH_TEST_HOST", QStringLiteral("octane1.lab"));
        m_keyUser = qEnvironmentVariable("OCW_SSH_TEST_KEY_USER", QStringLiteral("ocwadmin"));
        m_passUser = qEnvironmentVariable("OCW_SSH_TEST_PASS_USER", QStringLiteral("ocwpass"));

        QFile secrets(state(QStringLiteral("secrets.env")));
        QVERIFY2(secrets.open(QIODevice::ReadOnly),
                 qPrintable(QStringLiteral("lab not up? %1").arg(secrets.fileName())));
        for (const QByteArray &line : secrets.readAll().split('\n')) {
            if (line.startsWith("ssh-password="))
                m_password = QString::fromUtf8(line.mid(13));
            else if (line.startsWith("key-passphrase="))
                m_passphrase = QString::fromUtf8(line.mid(15));
        }
        QVERIFY(!m_password.isEmpty());
        QVERIFY(!m_passphrase.isEmpty());
        QVERIFY(m_knownHosts.load(state(QStringLiteral("known_hosts"))).hasValue());
        QVERIFY(m_knownHosts.entryCount() > 0);

        m_shell = std::make_unique<SshSession>();
        const auto opened = m_shell->open(target(), m_knownHosts);
        QVERIFY2(opened.hasValue(),
                 qPrintable(opened.error().message + QLatin1Char('\n') + opened.error().details));
        qDebug("server %s, peer %s, connect %lld ms, auth %lld ms",
               qPrintable(m_shell->serverBanner()), qPrintable(m_shell->peerAddress()),
               m_shell->connectMs(), m_shell->authMs());
    }

    void cleanupTestCase()
    {
        nft({QStringLiteral("delete"), QStringLiteral("table"), QStringLiteral("inet"),
             QString::fromLatin1(kNftTable)},
            false);
        if (m_shell && m_shell->isUsable()) {
            // Remove any test key a failed run left in authorized_keys.
            mustExec(*m_shell, QStringLiteral("sed -i '/ocw-tst-.*-%1$/d' ~/.ssh/authorized_keys")
                                   .arg(QCoreApplication::applicationPid()));
        }
    }

    // ---- connect and log in ------------------------------------------------------------------

    void connectAndAuthenticate_data()
    {
        QTest::addColumn<int>("auth");
        QTest::addColumn<QString>("keyFile");
        QTest::addColumn<bool>("withPassphrase");
        QTest::newRow("key-ed25519")
            << int(AuthMethod::KeyFile) << QStringLiteral("keys/id_ed25519") << false;
        QTest::newRow("key-ecdsa-passphrase")
            << int(AuthMethod::KeyFile) << QStringLiteral("keys/id_ecdsa") << true;
        QTest::newRow("password") << int(AuthMethod::Password) << QString() << false;
        QTest::newRow("keyboard-interactive")
            << int(AuthMethod::KeyboardInteractive) << QString() << false;
    }
    void connectAndAuthenticate()
    {
        QFETCH(int, auth);
        QFETCH(QString, keyFile);
        QFETCH(bool, withPassphrase);
        SshTarget t = target(AuthMethod(auth));
        if (!keyFile.isEmpty())
            t.keyFile = state(keyFile);
        if (withPassphrase)
            t.passphrase = m_passphrase;

        QElapsedTimer timer;
        timer.start();
        SshSession session;
        const auto key = session.connect(t);
        QVERIFY2(key.hasValue(), qPrintable(key.error().message));
        QVERIFY(key->type == QLatin1String("ssh-ed25519")); // preferred over ecdsa
        QVERIFY(session.verifyHostKey(m_knownHosts).hasValue());
        const auto ok = session.authenticate(t);
        QVERIFY2(ok.hasValue(),
                 qPrintable(ok.error().message + QLatin1Char('\n') + ok.error().details));
        const qint64 total = timer.elapsed();
        const ExecResult r = mustExec(session, QStringLiteral("id -un"));
        QCOMPARE(r.stdOut.trimmed(), t.user.toUtf8());
        qDebug("connect %lld ms + auth %lld ms = %lld ms (logged in by %s; offered: %s)",
               session.connectMs(), session.authMs(), total, qPrintable(session.usedAuthMethod()),
               qPrintable(session.serverAuthMethods().join(',')));
        session.disconnect();
        QVERIFY(!session.isConnected());
    }

    void connectAuthExecTiming()
    {
        const int runs = 10;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < runs; ++i) {
            SshSession session;
            QVERIFY(session.open(target(), m_knownHosts).hasValue());
            QCOMPARE(mustExec(session, QStringLiteral("true")).exitStatus, 0);
        }
        qDebug("connect + key auth + exec `true` + disconnect: %.1f ms on average over %d runs",
               double(timer.elapsed()) / runs, runs);
    }

    void authFailures_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expected");
        QTest::newRow("wrong-password") << "wrong-password" << int(ErrorCode::AuthFailed);
        QTest::newRow("wrong-kbd-password") << "wrong-kbd-password" << int(ErrorCode::AuthFailed);
        QTest::newRow("missing-password") << "missing-password" << int(ErrorCode::MissingSecret);
        QTest::newRow("wrong-passphrase") << "wrong-passphrase" << int(ErrorCode::KeyFile);
        QTest::newRow("missing-passphrase")
            << "missing-passphrase" << int(ErrorCode::MissingSecret);
        QTest::newRow("missing-key-file") << "missing-key-file" << int(ErrorCode::KeyFile);
        QTest::newRow("public-key-as-private")
            << "public-key-as-private" << int(ErrorCode::KeyFile);
        QTest::newRow("unauthorized-key") << "unauthorized-key" << int(ErrorCode::AuthFailed);
        QTest::newRow("garbage-key-file") << "garbage-key-file" << int(ErrorCode::KeyFile);
    }
    void authFailures()
    {
        QFETCH(QString, kind);
        QFETCH(int, expected);
        SshTarget t = target(AuthMethod::KeyFile);
        if (kind == QLatin1String("wrong-password")) {
            t = target(AuthMethod::Password);
            t.password = QStringLiteral("not-the-password");
        } else if (kind == QLatin1String("wrong-kbd-password")) {
            t = target(AuthMethod::KeyboardInteractive);
            t.password = QStringLiteral("not-the-password");
        } else if (kind == QLatin1String("missing-password")) {
            t = target(AuthMethod::Password);
            t.password.clear();
        } else if (kind == QLatin1String("wrong-passphrase")) {
            t.keyFile = state(QStringLiteral("keys/id_ecdsa"));
            t.passphrase = QStringLiteral("wrong");
        } else if (kind == QLatin1String("missing-passphrase")) {
            t.keyFile = state(QStringLiteral("keys/id_ecdsa"));
        } else if (kind == QLatin1String("missing-key-file")) {
            t.keyFile = m_tmp.filePath(QStringLiteral("does-not-exist"));
        } else if (kind == QLatin1String("public-key-as-private")) {
            t.keyFile = state(QStringLiteral("keys/id_ed25519.pub"));
        } else if (kind == QLatin1String("unauthorized-key")) {
            t.keyFile = keygen(QStringLiteral("stranger"), QStringLiteral("ed25519"));
            QVERIFY(!t.keyFile.isEmpty());
        } else if (kind == QLatin1String("garbage-key-file")) {
            t.keyFile = m_tmp.filePath(QStringLiteral("garbage"));
            QFile f(t.keyFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not a key\n");
        }
        SshSession session;
        QVERIFY(session.connect(t).hasValue());
        QVERIFY(session.verifyHostKey(m_knownHosts).hasValue());
        const auto r = session.authenticate(t);
        QVERIFY(!r.hasValue());
        qDebug("%s: %s | %s | %s", qPrintable(Error::codeName(r.error().code)),
               qPrintable(r.error().message), qPrintable(r.error().fix),
               qPrintable(r.error().details));
        QCOMPARE(int(r.error().code), expected);
        QVERIFY2(r.error().message.startsWith(m_host + QLatin1String(": ")),
                 qPrintable(r.error().message));
        if (r.error().code == ErrorCode::AuthFailed) {
            QVERIFY2(r.error().message.contains(t.user + QLatin1Char('@') + m_host),
                     qPrintable(r.error().message));
            QVERIFY2(r.error().message.contains(QLatin1String("publickey")),
                     qPrintable(r.error().message));
        }
    }

    void rsaKeyIsExplained_data()
    {
        QTest::addColumn<QStringList>("keygenArgs");
        QTest::newRow("openssh-format") << QStringList();
        QTest::newRow("pem-format") << QStringList{QStringLiteral("-m"), QStringLiteral("PEM")};
    }
    void rsaKeyIsExplained()
    {
        QFETCH(QStringList, keygenArgs);
        const QString key =
            keygen(QStringLiteral("rsa"), QStringLiteral("rsa"), QString(),
                   keygenArgs + QStringList{QStringLiteral("-b"), QStringLiteral("2048")});
        QVERIFY(!key.isEmpty());
        QFile pub(key + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QByteArray pubLine = pub.readAll();
        pub.close();
        // Authorize it, so that the only reason for the refusal is SHA-1.
        QCOMPARE(
            mustExec(*m_shell,
                     QStringLiteral("umask 077; mkdir -p ~/.ssh; cat >> ~/.ssh/authorized_keys"),
                     pubLine)
                .exitStatus,
            0);
        // Without the .pub the type comes from the private key file itself.
        QVERIFY(QFile::remove(key + QStringLiteral(".pub")));

        SshTarget t = target();
        t.keyFile = key;
        SshSession session;
        QVERIFY(session.connect(t).hasValue());
        QVERIFY(session.verifyHostKey(m_knownHosts).hasValue());
        const auto r = session.authenticate(t);
        mustExec(*m_shell, QStringLiteral("sed -i '/ocw-tst-rsa-%1$/d' ~/.ssh/authorized_keys")
                               .arg(QCoreApplication::applicationPid()));
        QVERIFY(!r.hasValue());
        qDebug("%s | %s", qPrintable(r.error().message), qPrintable(r.error().fix));
        QCOMPARE(r.error().code, ErrorCode::AuthRsaSha1Unsupported);
        QVERIFY(r.error().message.contains(QLatin1String("SHA-1")));
        QVERIFY(r.error().fix.contains(QLatin1String("ed25519")));
    }

    void keyboardInteractiveWithPam_data()
    {
        QTest::addColumn<bool>("rightPassword");
        QTest::newRow("right-password") << true;
        QTest::newRow("wrong-password") << false;
    }
    void keyboardInteractiveWithPam()
    {
        QFETCH(bool, rightPassword);
        // The lab's sshd runs with UsePAM no, which offers keyboard-interactive but has no
        // question to ask; PAM is what real servers use for it.
        std::unique_ptr<QProcess> sshd =
            startSshd(QStringLiteral("127.0.0.43"), {QStringLiteral("ed25519")},
                      QStringLiteral("UsePAM yes\n"));
        if (!sshd)
            QSKIP("could not start a private sshd with PAM");
        SshTarget t = target(AuthMethod::KeyboardInteractive);
        t.nodeName = t.host = QStringLiteral("127.0.0.43");
        if (!rightPassword)
            t.password = QStringLiteral("wrong");
        SshSession session;
        const auto key = session.connect(t);
        QVERIFY2(key.hasValue(), qPrintable(key.error().message));
        KnownHosts known;
        const QString file = m_tmp.filePath(QStringLiteral("kh-pam"));
        QVERIFY(KnownHosts::append(file, session.hostKeyNames(), 22, key.value()).hasValue());
        QVERIFY(known.load(file).hasValue());
        QVERIFY(session.verifyHostKey(known).hasValue());
        const auto r = session.authenticate(t);
        QCOMPARE(session.usedAuthMethod(), QStringLiteral("keyboard-interactive"));
        if (rightPassword) {
            QVERIFY2(r.hasValue(),
                     qPrintable(r.error().message + QLatin1Char('\n') + r.error().details));
            QCOMPARE(mustExec(session, QStringLiteral("id -un")).stdOut.trimmed(), t.user.toUtf8());
        } else {
            QVERIFY(!r.hasValue());
            QCOMPARE(r.error().code, ErrorCode::AuthFailed);
            QVERIFY(r.error().message.contains(t.user + QStringLiteral("@127.0.0.43")));
        }
        session.disconnect();
        stopSshd(sshd.get());
    }

    void rsaOnlyHostKeyIsExplained()
    {
        std::unique_ptr<QProcess> sshd = startSshd(
            QStringLiteral("127.0.0.44"), {QStringLiteral("rsa")}, QStringLiteral("UsePAM no\n"));
        if (!sshd)
            QSKIP("could not start a private sshd");
        SshTarget t = target();
        t.nodeName = QStringLiteral("oldbox.lab");
        t.host = QStringLiteral("127.0.0.44");
        SshSession session;
        const auto r = session.connect(t);
        stopSshd(sshd.get());
        QVERIFY(!r.hasValue());
        qDebug("%s | %s | %s", qPrintable(r.error().message), qPrintable(r.error().fix),
               qPrintable(r.error().details));
        QCOMPARE(r.error().code, ErrorCode::Handshake);
        QVERIFY(r.error().message.startsWith(
            QLatin1String("oldbox.lab: the SSH server offers only an RSA host key")));
        QVERIFY(r.error().fix.contains(QLatin1String("ed25519")));
        QVERIFY(r.error().details.contains(QLatin1String("rsa-sha2-512")));
    }

    void notAnSshServer()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress(QStringLiteral("127.0.0.45")), 0));
        // Answers like a web server would, from this thread's event loop.
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {
            QTcpSocket *s = server.nextPendingConnection();
            s->write("HTTP/1.1 400 Bad Request\r\n\r\n");
            s->flush();
            s->disconnectFromHost();
        });
        SshTarget t = target();
        t.nodeName = QStringLiteral("web.lab");
        t.host = QStringLiteral("127.0.0.45");
        t.port = server.serverPort();
        t.connectTimeoutMs = 1500;
        std::promise<Expected<HostKey>> done;
        auto result = done.get_future();
        std::thread worker([&] {
            SshSession session;
            done.set_value(session.connect(t));
        });
        QTRY_VERIFY_WITH_TIMEOUT(
            result.wait_for(std::chrono::seconds(0)) == std::future_status::ready, 5000);
        worker.join();
        const Expected<HostKey> r = result.get();
        QVERIFY(!r.hasValue());
        qDebug("%s | %s", qPrintable(r.error().message), qPrintable(r.error().details));
        QCOMPARE(r.error().code, ErrorCode::Handshake);
        QVERIFY(r.error().message.contains(QLatin1String("does not speak SSH")));
    }

    void agent_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expected");
        QTest::newRow("agent-ed25519") << "ed25519" << int(ErrorCode::None);
        QTest::newRow("agent-rsa-only") << "rsa" << int(ErrorCode::AuthRsaSha1Unsupported);
        QTest::newRow("agent-empty") << "empty" << int(ErrorCode::AuthFailed);
        QTest::newRow("no-agent") << "none" << int(ErrorCode::AuthFailed);
    }
    void agent()
    {
        QFETCH(QString, kind);
        QFETCH(int, expected);
        const QString socket = m_tmp.filePath(QStringLiteral("agent-%1.sock").arg(kind));
        QProcess agent;
        if (kind != QLatin1String("none")) {
            agent.start(QStringLiteral("ssh-agent"),
                        {QStringLiteral("-D"), QStringLiteral("-a"), socket});
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 5000);
            QString key;
            if (kind == QLatin1String("ed25519"))
                key = state(QStringLiteral("keys/id_ed25519"));
            else if (kind == QLatin1String("rsa"))
                key = keygen(QStringLiteral("agent-rsa"), QStringLiteral("rsa"));
            if (!key.isEmpty()) {
                QProcess add;
                QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                env.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
                add.setProcessEnvironment(env);
                add.start(QStringLiteral("ssh-add"), {key});
                QVERIFY(add.waitForFinished(10000));
                QCOMPARE(add.exitCode(), 0);
            }
        }
        const QByteArray oldSock = qgetenv("SSH_AUTH_SOCK");
        qputenv("SSH_AUTH_SOCK", socket.toLocal8Bit());
        SshTarget t = target(AuthMethod::Agent);
        t.user = m_keyUser;
        SshSession session;
        QVERIFY(session.connect(t).hasValue());
        QVERIFY(session.verifyHostKey(m_knownHosts).hasValue());
        const auto r = session.authenticate(t);
        qputenv("SSH_AUTH_SOCK", oldSock);
        if (agent.state() != QProcess::NotRunning) {
            agent.terminate();
            agent.waitForFinished(5000);
        }
        if (expected == int(ErrorCode::None)) {
            QVERIFY2(r.hasValue(),
                     qPrintable(r.error().message + QLatin1Char('\n') + r.error().details));
            QCOMPARE(session.usedAuthMethod(), QStringLiteral("agent"));
            QCOMPARE(mustExec(session, QStringLiteral("id -un")).stdOut.trimmed(),
                     m_keyUser.toUtf8());
            return;
        }
        QVERIFY(!r.hasValue());
        qDebug("%s | %s", qPrintable(r.error().message), qPrintable(r.error().fix));
        QCOMPARE(int(r.error().code), expected);
        QVERIFY(r.error().message.startsWith(m_host + QLatin1String(": ")));
    }

    void preferredHostKeyType()
    {
        // A node known only by its ecdsa key is asked for that key, not reported unknown.
        SshSession probe;
        probe.setPreferredHostKeyTypes({QStringLiteral("ecdsa-sha2-nistp256")});
        const auto ecdsa = probe.connect(target());
        QVERIFY(ecdsa.hasValue());
        QCOMPARE(ecdsa->type, QStringLiteral("ecdsa-sha2-nistp256"));
        QVERIFY(probe.verifyHostKey(m_knownHosts).hasValue());

        const QString file = m_tmp.filePath(QStringLiteral("kh-ecdsa-only"));
        QVERIFY(KnownHosts::append(file, probe.hostKeyNames(), 22, ecdsa.value()).hasValue());
        KnownHosts known;
        QVERIFY(known.load(file).hasValue());
        SshSession session;
        const auto opened = session.open(target(), known);
        QVERIFY2(opened.hasValue(), qPrintable(opened.error().message));
        QCOMPARE(session.hostKey().type, QStringLiteral("ecdsa-sha2-nistp256"));
    }

    void authenticateBeforeHostKeyCheckRefused()
    {
        SshSession session;
        QVERIFY(session.connect(target()).hasValue());
        const auto r = session.authenticate(target());
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().code, ErrorCode::Internal);
    }

    // ---- host keys ---------------------------------------------------------------------------

    void hostKey_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expected");
        QTest::newRow("trusted") << "trusted" << int(ErrorCode::None);
        QTest::newRow("unknown") << "unknown" << int(ErrorCode::HostKeyUnknown);
        QTest::newRow("changed") << "changed" << int(ErrorCode::HostKeyChanged);
        QTest::newRow("changed-under-address")
            << "changed-address" << int(ErrorCode::HostKeyChanged);
        QTest::newRow("revoked") << "revoked" << int(ErrorCode::HostKeyChanged);
    }
    void hostKey()
    {
        QFETCH(QString, kind);
        QFETCH(int, expected);
        SshSession session;
        const auto key = session.connect(target());
        QVERIFY(key.hasValue());
        QVERIFY(session.hostKeyNames().size() == 2 || m_host == session.peerAddress());

        if (kind == QLatin1String("changed-address") && session.hostKeyNames().size() < 2)
            QSKIP("the node is addressed by its IP address: no second name to check");
        KnownHosts known;
        const QString file = m_tmp.filePath(QStringLiteral("kh-%1").arg(kind));
        QFile::remove(file);
        if (kind == QLatin1String("trusted")) {
            known = m_knownHosts;
        } else if (kind.startsWith(QLatin1String("changed"))) {
            const QString other =
                keygen(QStringLiteral("hostkey-%1").arg(kind),
                       key->type == QLatin1String("ssh-ed25519") ? QStringLiteral("ed25519")
                                                                 : QStringLiteral("ecdsa"));
            QFile pub(other + QStringLiteral(".pub"));
            QVERIFY(pub.open(QIODevice::ReadOnly));
            const QList<QByteArray> f = pub.readAll().simplified().split(' ');
            const HostKey otherKey = HostKey::fromBase64(QString::fromLatin1(f.at(0)), f.at(1));
            QVERIFY(otherKey.isValid() && otherKey.type == key->type);
            // "changed-address": the name holds the right key, the address another one.
            if (kind == QLatin1String("changed-address")) {
                QVERIFY(KnownHosts::append(file, {m_host}, 22, key.value()).hasValue());
                QVERIFY(KnownHosts::append(file, {session.peerAddress()}, 22, otherKey).hasValue());
            } else {
                QVERIFY(KnownHosts::append(file, {QStringLiteral("someone.else")}, 22, key.value())
                            .hasValue());
                QVERIFY(KnownHosts::append(file, session.hostKeyNames(), 22, otherKey).hasValue());
            }
            QVERIFY(known.load(file).hasValue());
        } else if (kind == QLatin1String("revoked")) {
            QVERIFY(known.load(state(QStringLiteral("known_hosts"))).hasValue());
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("@revoked * " + key->type.toLatin1() + ' ' + key->blobBase64().toLatin1() +
                    '\n');
            f.close();
            QVERIFY(known.load(file).hasValue());
        }

        const auto r = session.verifyHostKey(known);
        if (expected == int(ErrorCode::None)) {
            QVERIFY2(r.hasValue(), qPrintable(r.error().message));
            return;
        }
        QVERIFY(!r.hasValue());
        qDebug("%s | %s", qPrintable(r.error().message), qPrintable(r.error().fix));
        QCOMPARE(int(r.error().code), expected);
        QVERIFY(r.error().message.startsWith(m_host + QLatin1String(": ")));
        QVERIFY(r.error().message.contains(key->fingerprintSha256()));
        QVERIFY(!session.authenticate(target()).hasValue()); // refuses after a failed check
        if (kind.startsWith(QLatin1String("changed"))) {
            QVERIFY(r.error().message.contains(file + QLatin1String(" line 2")));
            QVERIFY(r.error().fix.contains(QLatin1String("ssh-keygen -R")));
            // The fix command works: after it the key is no longer "changed".
            QByteArray out;
            const QString name =
                kind == QLatin1String("changed-address") ? session.peerAddress() : m_host;
            QCOMPARE(run(QStringLiteral("ssh-keygen"),
                         {QStringLiteral("-R"), name, QStringLiteral("-f"), file}, &out),
                     0);
            KnownHosts fixed;
            QVERIFY(fixed.load(file).hasValue());
            const auto again = session.verifyHostKey(fixed);
            QVERIFY(again.hasValue() || again.error().code == ErrorCode::HostKeyUnknown);
        }
    }

    void acceptUnknownKeyThenTrusted()
    {
        SshSession session;
        QVERIFY(session.connect(target()).hasValue());
        KnownHosts known;
        const QString file = m_tmp.filePath(QStringLiteral("accept/known_hosts"));
        QVERIFY(known.load(file).hasValue());
        QCOMPARE(session.verifyHostKey(known).error().code, ErrorCode::HostKeyUnknown);
        QVERIFY(KnownHosts::append(file, session.hostKeyNames(), 22, session.hostKey()).hasValue());
        QVERIFY(known.load(file).hasValue());
        QVERIFY(session.verifyHostKey(known).hasValue());
        QVERIFY(session.authenticate(target()).hasValue());
    }

    // ---- connect failures --------------------------------------------------------------------

    void connectRefused()
    {
        SshTarget t = target();
        t.nodeName = QStringLiteral("octane9.lab");
        t.host = QString::fromLatin1(kBlackhole);
        QElapsedTimer timer;
        timer.start();
        SshSession session;
        const auto r = session.connect(t);
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().code, ErrorCode::ConnectRefused);
        QCOMPARE(
            r.error().message,
            QStringLiteral("octane9.lab: connection to 127.0.0.41:22 refused — is sshd running?"));
        QVERIFY(timer.elapsed() < 1000);
    }

    void connectBlackholed_data()
    {
        QTest::addColumn<bool>("preCancelled");
        QTest::newRow("deadline") << false;
        QTest::newRow("cancelled") << true;
    }
    void connectBlackholed()
    {
        QFETCH(bool, preCancelled);
        QByteArray out;
        if (run(QStringLiteral("nft"), {QStringLiteral("list"), QStringLiteral("tables")}, &out) !=
            0)
            QSKIP("nft is not usable here");
        const QString table = QString::fromLatin1(kNftTable);
        nft({QStringLiteral("add"), QStringLiteral("table"), QStringLiteral("inet"), table});
        nft({QStringLiteral("add"), QStringLiteral("chain"), QStringLiteral("inet"), table,
             QStringLiteral("out"), QStringLiteral("{ type filter hook output priority 0; }")});
        nft({QStringLiteral("add"), QStringLiteral("rule"), QStringLiteral("inet"), table,
             QStringLiteral("out"), QStringLiteral("ip"), QStringLiteral("daddr"),
             QString::fromLatin1(kBlackhole), QStringLiteral("tcp"), QStringLiteral("dport"),
             QStringLiteral("22"), QStringLiteral("drop")});

        CancelToken token;
        if (preCancelled)
            token.cancel();
        SshTarget t = target();
        t.nodeName = QStringLiteral("octane9.lab");
        t.host = QString::fromLatin1(kBlackhole);
        t.connectTimeoutMs = 1200;
        QElapsedTimer timer;
        timer.start();
        SshSession session(token);
        const auto r = session.connect(t);
        const qint64 elapsed = timer.elapsed();
        nft({QStringLiteral("delete"), QStringLiteral("table"), QStringLiteral("inet"), table});

        QVERIFY(!r.hasValue());
        qDebug("%s after %lld ms", qPrintable(r.error().message), elapsed);
        if (preCancelled) {
            QCOMPARE(r.error().code, ErrorCode::Cancelled);
            QVERIFY(elapsed < 300);
        } else {
            QCOMPARE(r.error().code, ErrorCode::ConnectTimeout);
            QVERIFY2(elapsed >= 1100 && elapsed < 1700, qPrintable(QString::number(elapsed)));
            QVERIFY(r.error().message.startsWith(
                QLatin1String("octane9.lab: connection to 127.0.0.41:22 timed out")));
        }
    }

    void nameResolutionFails()
    {
        SshTarget t = target();
        t.nodeName = QStringLiteral("typo.lab");
        t.host = QStringLiteral("no-such-node.invalid");
        t.connectTimeoutMs = 3000;
        SshSession session;
        const auto r = session.connect(t);
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().code, ErrorCode::NameResolution);
        QVERIFY(r.error().message.startsWith(QLatin1String("typo.lab: ")));
    }

    void sshdDownFault()
    {
        const QString labctl = QStringLiteral(OCW_LABCTL);
        if (m_host != QLatin1String("octane1.lab") || !QFile::exists(labctl))
            QSKIP("needs the lab's labctl (faults)");
        QByteArray out;
        QVERIFY2(run(labctl,
                     {QStringLiteral("fault"), QStringLiteral("on"),
                      QStringLiteral("sshd-down@octane2"), QStringLiteral("--state"), m_state},
                     &out) == 0,
                 out.constData());
        SshTarget t = target();
        t.nodeName = t.host = QStringLiteral("octane2.lab");
        SshSession session;
        const auto r = session.connect(t);
        const int offRc =
            run(labctl,
                {QStringLiteral("fault"), QStringLiteral("off"),
                 QStringLiteral("sshd-down@octane2"), QStringLiteral("--state"), m_state},
                &out);
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().code, ErrorCode::ConnectRefused);
        QCOMPARE(
            r.error().message,
            QStringLiteral("octane2.lab: connection to 127.0.0.12:22 refused — is sshd running?"));
        QVERIFY2(offRc == 0, out.constData());
        SshSession again;
        QVERIFY(again.open(t, m_knownHosts).hasValue());
    }

    // ---- exec --------------------------------------------------------------------------------

    void exec_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<QByteArray>("err");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("signal");
        const QByteArray big(3 * 1024 * 1024 + 7, 'x');
        QTest::newRow("stdout") << "echo hello" << QByteArray() << QByteArray("hello\n")
                                << QByteArray() << 0 << QString();
        QTest::newRow("stderr-and-status")
            << "echo oops >&2; exit 3" << QByteArray() << QByteArray() << QByteArray("oops\n") << 3
            << QString();
        QTest::newRow("interleaved") << "for i in 1 2 3; do echo out$i; echo err$i >&2; done"
                                     << QByteArray() << QByteArray("out1\nout2\nout3\n")
                                     << QByteArray("err1\nerr2\nerr3\n") << 0 << QString();
        QTest::newRow("stdin") << "cat" << QByteArray("line 1\nline 2 \xc3\xbc")
                               << QByteArray("line 1\nline 2 \xc3\xbc") << QByteArray() << 0
                               << QString();
        QTest::newRow("stdin-empty-gets-eof")
            << "cat; echo done" << QByteArray() << QByteArray("done\n") << QByteArray() << 0
            << QString();
        QTest::newRow("stdin-large") << "wc -c" << big << QByteArray::number(big.size()) + '\n'
                                     << QByteArray() << 0 << QString();
        QTest::newRow("stdin-large-echoed")
            << "cat" << big << big << QByteArray() << 0 << QString();
        QTest::newRow("stdin-not-read")
            << "true" << big << QByteArray() << QByteArray() << 0 << QString();
        QTest::newRow("stdout-large") << "head -c 5000000 /dev/zero | tr '\\0' y" << QByteArray()
                                      << QByteArray(5000000, 'y') << QByteArray() << 0 << QString();
        QTest::newRow("killed-by-signal")
            << "kill -TERM $$" << QByteArray() << QByteArray() << QByteArray() << -1 << "TERM";
        QTest::newRow("exit-255") << "exit 255" << QByteArray() << QByteArray() << QByteArray()
                                  << 255 << QString();
    }
    void exec()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, out);
        QFETCH(QByteArray, err);
        QFETCH(int, status);
        QFETCH(QString, signal);
        QByteArray streamedOut, streamedErr;
        int outChunks = 0;
        ExecRequest req;
        req.command = command;
        req.stdinData = input;
        req.timeoutMs = 30000;
        req.onStdout = [&](const QByteArray &c) {
            streamedOut += c;
            ++outChunks;
        };
        req.onStderr = [&](const QByteArray &c) { streamedErr += c; };
        const auto r = m_shell->exec(req);
        QVERIFY2(r.hasValue(),
                 qPrintable(r.error().message + QLatin1Char('\n') + r.error().details));
        QCOMPARE(r->stdOut.size(), out.size());
        QVERIFY(r->stdOut == out);
        QCOMPARE(r->stdErr, err);
        QCOMPARE(r->exitStatus, status);
        QCOMPARE(r->exitSignal, signal);
        QVERIFY(streamedOut == r->stdOut);
        QCOMPARE(streamedErr, r->stdErr);
        if (out.size() > 1000000)
            QVERIFY(outChunks > 1); // streamed, not delivered at the end
    }

    void hostileStringsThroughExec_data() { addHostileStringRows(); }
    void hostileStringsThroughExec()
    {
        QFETCH(QString, input);
        const ExecResult r =
            mustExec(*m_shell, QStringLiteral("printf %s ") + ShellQuote::quote(input));
        QCOMPARE(r.exitStatus, 0);
        QCOMPARE(r.stdOut, input.toUtf8());
    }

    void timeoutKeepsSessionUsable()
    {
        ExecRequest req;
        req.command = QStringLiteral("echo started; sleep 30");
        req.timeoutMs = 500;
        QByteArray seen;
        req.onStdout = [&](const QByteArray &c) { seen += c; };
        QElapsedTimer timer;
        timer.start();
        const auto r = m_shell->exec(req);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!r.hasValue());
        qDebug("%s after %lld ms", qPrintable(r.error().message), elapsed);
        QCOMPARE(r.error().code, ErrorCode::Timeout);
        QVERIFY2(elapsed >= 450 && elapsed < 1500, qPrintable(QString::number(elapsed)));
        QCOMPARE(seen, QByteArray("started\n"));
        QVERIFY(r.error().details.contains(QLatin1String("started")));
        QVERIFY(m_shell->isUsable());
        QCOMPARE(mustExec(*m_shell, QStringLiteral("echo ok")).stdOut, QByteArray("ok\n"));
    }

    void cancel_data()
    {
        QTest::addColumn<bool>("fromOtherThread");
        QTest::newRow("from-callback") << false;
        QTest::newRow("from-other-thread") << true;
    }
    void cancel()
    {
        QFETCH(bool, fromOtherThread);
        CancelToken token;
        SshSession session(token);
        QVERIFY(session.open(target(), m_knownHosts).hasValue());

        QElapsedTimer timer;
        timer.start();
        std::atomic<qint64> cancelledAt{-1};
        std::promise<void> started;
        std::thread canceller;
        if (fromOtherThread) {
            canceller = std::thread([&, f = started.get_future()]() mutable {
                f.wait();
                cancelledAt = timer.elapsed();
                token.cancel();
            });
        }
        bool fired = false;
        ExecRequest req;
        req.command = QStringLiteral("echo started; sleep 30");
        req.timeoutMs = 60000;
        req.onStdout = [&](const QByteArray &) {
            if (fired)
                return;
            fired = true;
            if (fromOtherThread) {
                started.set_value();
            } else {
                cancelledAt = timer.elapsed();
                token.cancel();
            }
        };
        const auto r = session.exec(req);
        const qint64 returnedAt = timer.elapsed();
        if (canceller.joinable())
            canceller.join();
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY(cancelledAt >= 0);
        qDebug("cancel took effect after %lld ms", returnedAt - cancelledAt);
        QVERIFY2(returnedAt - cancelledAt < 1000,
                 qPrintable(QString::number(returnedAt - cancelledAt)));
        // The token stays cancelled: later calls refuse at once.
        QCOMPARE(session.exec(req).error().code, ErrorCode::Cancelled);
    }

    void execWithoutSessionFails()
    {
        SshSession session;
        ExecRequest req;
        req.command = QStringLiteral("true");
        QCOMPARE(session.exec(req).error().code, ErrorCode::ChannelFailed);
    }

    void roundTrip()
    {
        const int runs = 200;
        ExecRequest req;
        req.command = QStringLiteral("true");
        req.timeoutMs = 5000;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < runs; ++i) {
            const auto r = m_shell->exec(req);
            QVERIFY(r.hasValue());
            QCOMPARE(r->exitStatus, 0);
        }
        const double average = double(timer.nsecsElapsed()) / 1e6 / runs;
        qDebug("exec `true` round trip: %.2f ms on average over %d runs on one session", average,
               runs);
        // ~3 ms on an idle machine (most of it sshd forking the shell); 5-7 ms while other
        // builds load both cores. The regression this guards against, Nagle x delayed ACK,
        // costs 40 ms per exchange.
        if (average >= 5.0)
            qWarning("round trip %.2f ms is above the 5 ms target (machine loaded?)", average);
        QVERIFY2(average < 10.0, qPrintable(QString::number(average)));
    }
};

QTEST_GUILESS_MAIN(TestSshSession)
#include "tst_sshsession.moc"
