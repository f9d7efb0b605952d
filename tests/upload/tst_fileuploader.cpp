#include "core/ssh/fileuploader.h"
#include "core/ssh/knownhosts.h"
#include "core/ssh/shellquote.h"
#include "core/ssh/sshsession.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

using namespace Ocw::Core;

// FileUploader against the lab's real sshd nodes (tests/lab/labctl; the lab_up fixture, or
// OCW_LAB_STATE pointing at a running lab). Node octane1.lab, user ocwadmin (key, sudo
// without password) and ocwpass (password, sudo with password).
class TestFileUploader : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kSize = 64 * 1024 * 1024;
    static constexpr const char *kNftTable = "ocw_tst_fileuploader";
    const QString kTmpDir = QStringLiteral("/tmp/ocw-upload-test");

    QString m_state;
    QString m_host;
    QString m_password;
    KnownHosts m_knownHosts;
    QTemporaryDir m_tmp;
    QString m_local;        // 64 MiB of random bytes
    QByteArray m_localHash; // its SHA-256, by QCryptographicHash (not the uploader's OpenSSL)
    std::unique_ptr<SshSession> m_checker; // looks at the node between uploads

    QString state(const QString &rel) const { return m_state + QLatin1Char('/') + rel; }

    SshTarget target(bool passwordUser = false) const
    {
        SshTarget t;
        t.nodeName = m_host;
        t.host = m_host;
        t.connectTimeoutMs = 5000;
        if (passwordUser) {
            t.user = QStringLiteral("ocwpass");
            t.auth = AuthMethod::Password;
            t.password = m_password;
        } else {
            t.user = QStringLiteral("ocwadmin");
            t.auth = AuthMethod::KeyFile;
            t.keyFile = state(QStringLiteral("keys/id_ed25519"));
        }
        return t;
    }

    std::unique_ptr<SshSession> open(const CancelToken &token = CancelToken(),
                                     bool passwordUser = false)
    {
        auto session = std::make_unique<SshSession>(token);
        const auto ok = session->open(target(passwordUser), m_knownHosts);
        if (!ok) {
            qWarning("open: %s", qPrintable(ok.error().message));
            return nullptr;
        }
        return session;
    }

    QByteArray remote(const QString &command)
    {
        ExecRequest req;
        req.command = command;
        req.timeoutMs = 60000;
        const auto r = m_checker->exec(req);
        if (!r) {
            qWarning("exec %s: %s", qPrintable(command), qPrintable(r.error().message));
            return QByteArray();
        }
        return r->stdOut.trimmed();
    }
    QByteArray remoteSha(const QString &path)
    {
        return remote(QStringLiteral("sudo -n sha256sum -- %1").arg(ShellQuote::quote(path)))
            .left(64);
    }
    qint64 remoteSize(const QString &path)
    {
        const QByteArray out =
            remote(QStringLiteral("sudo -n stat -c %s -- %1 2>/dev/null || echo -1")
                       .arg(ShellQuote::quote(path)));
        return out.toLongLong();
    }

    static int run(const QString &program, const QStringList &args, QByteArray *out = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        if (!p.waitForFinished(30000))
            return -1;
        if (out)
            *out = p.readAll();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    // Local ports of this process's established connections to the node's sshd.
    QStringList ourSshPorts()
    {
        QByteArray out;
        run(QStringLiteral("ss"),
            {QStringLiteral("-tnpH"), QStringLiteral("state"), QStringLiteral("established")},
            &out);
        QStringList ports;
        const QString pid = QStringLiteral("pid=%1,").arg(QCoreApplication::applicationPid());
        static const QRegularExpression re(
            QStringLiteral("\\s(\\S+):(\\d+)\\s+127\\.0\\.0\\.11:22\\s"));
        for (const QByteArray &line : out.split('\n')) {
            const QString text = QString::fromUtf8(line);
            const auto m = re.match(text);
            if (m.hasMatch() && text.contains(pid))
                ports.append(m.captured(2));
        }
        return ports;
    }

    // Our side gets a TCP reset, the node's side hears nothing (its packets to us are dropped,
    // resets excepted): the half-dead connection a dropped VPN leaves behind, where sshd and
    // its `cat` go on waiting for data.
    bool resetConnection(const QString &localPort)
    {
        const QString table = QString::fromLatin1(kNftTable);
        auto nft = [](const QStringList &args) { return run(QStringLiteral("nft"), args) == 0; };
        const QStringList rule{QStringLiteral("add"), QStringLiteral("rule"),
                               QStringLiteral("inet"), table, QStringLiteral("out")};
        return nft({QStringLiteral("add"), QStringLiteral("table"), QStringLiteral("inet"),
                    table}) &&
               nft({QStringLiteral("add"), QStringLiteral("chain"), QStringLiteral("inet"), table,
                    QStringLiteral("out"),
                    QStringLiteral("{ type filter hook output priority 0; }")}) &&
               nft(rule + QStringLiteral("ip saddr 127.0.0.11 tcp sport 22 tcp dport %1 "
                                         "tcp flags & rst == 0 drop")
                              .arg(localPort)
                              .split(QLatin1Char(' '))) &&
               nft(rule + QStringLiteral("ip daddr 127.0.0.11 tcp sport %1 tcp dport 22 "
                                         "reject with tcp reset")
                              .arg(localPort)
                              .split(QLatin1Char(' ')));
    }
    void dropNftTable()
    {
        run(QStringLiteral("nft"), {QStringLiteral("delete"), QStringLiteral("table"),
                                    QStringLiteral("inet"), QString::fromLatin1(kNftTable)});
    }

    UploadRequest request(const QString &remotePath, const QString &prefix = QString()) const
    {
        UploadRequest r;
        r.localPath = m_local;
        r.remotePath = remotePath;
        r.commandPrefix = prefix;
        r.timeoutMs = 120000;
        return r;
    }

    static QString describe(const Error &e)
    {
        return e.message + QLatin1Char('\n') + e.details + QLatin1Char('\n') + e.fix;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_state = qEnvironmentVariable("OCW_LAB_STATE", QStringLiteral(OCW_LAB_STATE));
        m_host = qEnvironmentVariable("OCW_SSH_TEST_HOST", QStringLiteral("octane1.lab"));
        QFile secrets(state(QStringLiteral("secrets.env")));
        QVERIFY2(secrets.open(QIODevice::ReadOnly),
                 qPrintable(QStringLiteral("lab not up? %1").arg(secrets.fileName())));
        for (const QByteArray &line : secrets.readAll().split('\n')) {
            if (line.startsWith("ssh-password="))
                m_password = QString::fromUtf8(line.mid(13));
        }
        QVERIFY(m_knownHosts.load(state(QStringLiteral("known_hosts"))).hasValue());

        m_local = m_tmp.filePath(QStringLiteral("random.bin"));
        QFile f(m_local);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray block(1024 * 1024, Qt::Uninitialized);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (qint64 done = 0; done < kSize; done += block.size()) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()),
                                                  block.size() / 4);
            f.write(block);
            hash.addData(block);
        }
        f.close();
        m_localHash = hash.result().toHex();

        m_checker = open();
        QVERIFY(m_checker);
        remote(QStringLiteral("sudo -n rm -rf %1; sudo -n rm -f /opt/octane/x /opt/octane/x.part "
                              "/opt/octane/y /opt/octane/y.part")
                   .arg(kTmpDir));
    }

    void cleanupTestCase()
    {
        dropNftTable();
        if (m_checker && m_checker->isUsable()) {
            remote(QStringLiteral("sudo -n rm -rf %1; sudo -n rm -f /opt/octane/x "
                                  "/opt/octane/x.part /opt/octane/y /opt/octane/y.part")
                       .arg(kTmpDir));
        }
    }

    // 64 MiB as the login user into a directory that does not exist yet; progress as promised.
    void uploadCreatesDirectory()
    {
        auto session = open();
        QVERIFY(session);
        FileUploader uploader(*session);
        QList<UploadProgress> seen;
        QList<qint64> at;
        QElapsedTimer clock;
        clock.start();
        uploader.setProgressCallback([&](const UploadProgress &p) {
            seen.append(p);
            at.append(clock.elapsed());
        });
        const QString dest = kTmpDir + QStringLiteral("/x.bin");
        const auto r = uploader.upload(request(dest));
        QVERIFY2(r.hasValue(), qPrintable(describe(r.error())));
        QCOMPARE(r->bytesTotal, kSize);
        QCOMPARE(r->resumedFrom, qint64(0));
        QCOMPARE(r->bytesTransferred, kSize);
        QCOMPARE(r->sha256Hex, m_localHash);
        QCOMPARE(remoteSha(dest), m_localHash);
        QCOMPARE(remoteSize(dest + QStringLiteral(".part")), qint64(-1));
        QVERIFY(r->notes.contains(QStringLiteral("created %1").arg(kTmpDir)));
        // A fresh send: the node hashed it while writing, no second read of the file.
        QVERIFY(r->hashedWhileSending);
        qDebug("64 MiB: send %lld ms (%.0f MiB/s), total %lld ms, %lld progress calls", r->sendMs,
               r->sendBytesPerSecond() / 1048576.0, r->totalMs, qint64(seen.size()));

        QVERIFY(seen.size() >= 3);
        QCOMPARE(seen.first().phase, UploadProgress::Phase::Preparing);
        QCOMPARE(seen.last().phase, UploadProgress::Phase::Done);
        QCOMPARE(seen.last().bytesSent, kSize);
        QCOMPARE(seen.last().bytesTotal, kSize);
        int throttled = 0;
        for (int i = 1; i < seen.size(); ++i) {
            QVERIFY(seen.at(i).bytesSent >= seen.at(i - 1).bytesSent);
            const bool bothSending = seen.at(i).phase == UploadProgress::Phase::Sending &&
                                     seen.at(i - 1).phase == UploadProgress::Phase::Sending;
            if (bothSending) {
                ++throttled;
                QVERIFY2(at.at(i) - at.at(i - 1) >= 95,
                         qPrintable(QStringLiteral("progress %1 ms after the previous one")
                                        .arg(at.at(i) - at.at(i - 1))));
            }
        }
        // At most ~10 a second while sending.
        QVERIFY(throttled <= r->sendMs / 100 + 2);
    }

    // Privileged: `sudo -n` into the install dir, owner and mode set.
    void uploadWithSudo()
    {
        auto session = open();
        QVERIFY(session);
        FileUploader uploader(*session);
        UploadRequest req = request(QStringLiteral("/opt/octane/x"), QStringLiteral("sudo -n"));
        req.owner = QStringLiteral("octane:octane");
        req.mode = QStringLiteral("0640");
        const auto r = uploader.upload(req);
        QVERIFY2(r.hasValue(), qPrintable(describe(r.error())));
        QCOMPARE(remoteSha(QStringLiteral("/opt/octane/x")), m_localHash);
        QCOMPARE(remote(QStringLiteral("sudo -n stat -c '%U:%G %a' /opt/octane/x")),
                 QByteArray("octane:octane 640"));

        // Without the prefix the login user may not write there: said so, with the fix.
        const auto refused = uploader.upload(request(QStringLiteral("/opt/octane/z")));
        QVERIFY(!refused.hasValue());
        QCOMPARE(refused.error().code, ErrorCode::RemoteCommandFailed);
        QVERIFY2(refused.error().message.startsWith(m_host + QLatin1String(": ")),
                 qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(QLatin1String("no permission to write")),
                 qPrintable(describe(refused.error())));
    }

    // The sudo password travels on stdin ahead of the data (PrivilegeMode::SudoPassword).
    void uploadWithSudoPassword()
    {
        auto session = open(CancelToken(), true);
        QVERIFY(session);
        FileUploader uploader(*session);
        UploadRequest req =
            request(QStringLiteral("/opt/octane/y"), QStringLiteral("sudo -k -S -p '' --"));
        req.stdinPreamble = m_password.toUtf8() + '\n';
        req.owner = QStringLiteral("octane");
        const auto r = uploader.upload(req);
        QVERIFY2(r.hasValue(), qPrintable(describe(r.error())));
        QCOMPARE(remoteSha(QStringLiteral("/opt/octane/y")), m_localHash);
        QCOMPARE(remote(QStringLiteral("sudo -n stat -c %U /opt/octane/y")), QByteArray("octane"));
        // The password line went to sudo, not into the streamed digest.
        QVERIFY(r->hashedWhileSending);
    }

    // Cancel at ~40 %, then a new session: it continues from the .part.
    void resumeAfterCancel()
    {
        const QString dest = kTmpDir + QStringLiteral("/resume-cancel.bin");
        CancelToken token;
        qint64 cancelledAt = 0;
        {
            auto session = open(token);
            QVERIFY(session);
            FileUploader uploader(*session);
            uploader.setProgressCallback([&](const UploadProgress &p) {
                if (p.phase == UploadProgress::Phase::Sending && p.bytesSent >= kSize * 4 / 10 &&
                    !token.isCancelled()) {
                    cancelledAt = p.bytesSent;
                    token.cancel();
                }
            });
            const auto r = uploader.upload(request(dest));
            QVERIFY(!r.hasValue());
            QCOMPARE(r.error().code, ErrorCode::Cancelled);
            QVERIFY2(r.error().message.contains(QLatin1String("cancelled at")),
                     qPrintable(r.error().message));
        }
        const qint64 kept = remoteSize(dest + QStringLiteral(".part"));
        qDebug("cancelled at %lld, .part has %lld bytes", cancelledAt, kept);
        QVERIFY(kept > 0);
        QVERIFY(kept < kSize);

        auto session = open();
        QVERIFY(session);
        FileUploader uploader(*session);
        const auto r = uploader.upload(request(dest));
        QVERIFY2(r.hasValue(), qPrintable(describe(r.error())));
        QCOMPARE(r->resumedFrom, kept);
        QCOMPARE(r->bytesTransferred, kSize - kept);
        QVERIFY(r->bytesTransferred < kSize);
        QVERIFY(!r->restarted);
        // The kept prefix was not in this call's stream: the node read the whole file.
        QVERIFY(!r->hashedWhileSending);
        QCOMPARE(remoteSha(dest), m_localHash);
    }

    // The TCP connection dies at ~40 % while the node's sshd and `cat` live on; a new
    // session must end that writer, then continue from what it wrote.
    void resumeAfterBrokenConnection()
    {
        QByteArray out;
        if (run(QStringLiteral("nft"), {QStringLiteral("list"), QStringLiteral("tables")}, &out) !=
            0)
            QSKIP("nft is not usable here");
        const QString dest = kTmpDir + QStringLiteral("/resume-broken.bin");
        // The rules stay until the end: the node must not learn of the reset meanwhile.
        auto dropRules = qScopeGuard([this] { dropNftTable(); });
        {
            const QStringList before = ourSshPorts(); // the checker's connection
            auto session = open();
            QVERIFY(session);
            FileUploader uploader(*session);
            bool broken = false;
            QString port;
            uploader.setProgressCallback([&](const UploadProgress &p) {
                if (broken || p.phase != UploadProgress::Phase::Sending ||
                    p.bytesSent < kSize * 4 / 10)
                    return;
                broken = true;
                for (const QString &candidate : ourSshPorts()) {
                    if (!before.contains(candidate))
                        port = candidate;
                }
                if (!port.isEmpty())
                    resetConnection(port);
            });
            QElapsedTimer timer;
            timer.start();
            const auto r = uploader.upload(request(dest));
            QVERIFY(broken);
            QVERIFY2(!port.isEmpty(), "could not find the upload's TCP connection");
            QVERIFY(!r.hasValue());
            qDebug("broken: %s (%lld ms)", qPrintable(r.error().message), timer.elapsed());
            QCOMPARE(r.error().code, ErrorCode::ChannelFailed);
            QVERIFY2(r.error().message.startsWith(m_host + QLatin1String(": the connection broke")),
                     qPrintable(r.error().message));
        }
        QElapsedTimer timer;
        timer.start();
        auto session = open();
        QVERIFY(session);
        FileUploader uploader(*session);
        const auto r = uploader.upload(request(dest));
        QVERIFY2(r.hasValue(), qPrintable(describe(r.error())));
        qDebug("resumed from %lld, sent %lld, in %lld ms", r->resumedFrom, r->bytesTransferred,
               timer.elapsed());
        QVERIFY(r->resumedFrom > 0);
        QVERIFY(r->bytesTransferred < kSize);
        QCOMPARE(r->resumedFrom + r->bytesTransferred, kSize);
        QCOMPARE(remoteSha(dest), m_localHash);
        // The old writer was ended (it held the .part), and no process writes the file now.
        QVERIFY2(r->notes.join(QLatin1Char(' ')).contains(QLatin1String("stale writer")),
                 qPrintable(r->notes.join(QLatin1String("; "))));
        QCOMPARE(remote(QStringLiteral("sudo -n sh -c 'for p in /proc/[0-9]*; do readlink "
                                       "$p/fd/1; done 2>/dev/null' | grep -c %1 || true")
                            .arg(QStringLiteral("resume-broken"))),
                 QByteArray("0"));
    }

    // A .part that is not a prefix of this file: sent again from the start.
    void foreignPartIsReplaced_data()
    {
        QTest::addColumn<bool>("sameTail");
        QTest::newRow("different-tail") << false;
        // Its last MiB matches ours, an earlier byte does not: only the final check sees it.
        QTest::newRow("same-tail") << true;
    }
    void foreignPartIsReplaced()
    {
        QFETCH(bool, sameTail);
        const QString dest = kTmpDir + QStringLiteral("/foreign.bin");
        const qint64 partSize = 20 * 1024 * 1024;
        QFile f(m_local);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray prefix = f.read(partSize);
        if (sameTail)
            prefix[0] = char(prefix.at(0) ^ 0x5a);
        else
            prefix[partSize - 10] = char(prefix.at(partSize - 10) ^ 0x5a);
        ExecRequest put;
        put.command = QStringLiteral("mkdir -p %1 && cat > %2")
                          .arg(kTmpDir, ShellQuote::quote(dest + QStringLiteral(".part")));
        put.stdinData = prefix;
        put.timeoutMs = 60000;
        QVERIFY(m_checker->exec(put).hasValue());
        QCOMPARE(remoteSize(dest + QStringLiteral(".part")), partSize);

        auto session = open();
        QVERIFY(session);
        FileUploader uploader(*session);
        const auto r = uploader.upload(request(dest));
        QVERIFY2(r.hasValue(), qPrintable(describe(r.error())));
        QVERIFY(r->restarted);
        QCOMPARE(r->resumedFrom, qint64(0));
        QCOMPARE(r->bytesTransferred, sameTail ? kSize + (kSize - partSize) : kSize);
        QCOMPARE(remoteSha(dest), m_localHash);
        QVERIFY(r->hashedWhileSending); // the last try was a fresh send
    }

    // The file changes on the node after the hashed send and before the check (another
    // process writes one byte in place, same size): the streamed digest no longer describes
    // the .part, so the node reads it back and the mismatch is reported; nothing is renamed.
    void changedAfterHashedSendIsCaught()
    {
        const QString dest = kTmpDir + QStringLiteral("/changed.bin");
        const QString part = dest + QStringLiteral(".part");
        remote(QStringLiteral("mkdir -p %1; rm -f %2 %3").arg(kTmpDir, dest, part));
        const qint64 at = 12345;
        QFile f(m_local);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.seek(at));
        const char other = char(f.read(1).at(0) ^ 0x5a);
        auto session = open();
        QVERIFY(session);
        FileUploader uploader(*session);
        bool changed = false;
        uploader.setProgressCallback([&](const UploadProgress &p) {
            if (p.phase != UploadProgress::Phase::Verifying || changed)
                return;
            changed = true;
            // The sleep lets the node's clock pass the tick of tee's last write: a ctime is
            // only as fine as the kernel's coarse clock, and a write within that same tick is
            // the one change the identity check cannot see (kFinishScript).
            remote(QStringLiteral("sleep 0.05; printf '\\%1' | dd of=%2 bs=1 seek=%3 conv=notrunc "
                                  "status=none")
                       .arg(QString::number(uchar(other), 8), ShellQuote::quote(part))
                       .arg(at));
        });
        const auto r = uploader.upload(request(dest));
        QVERIFY(changed);
        QVERIFY2(!r.hasValue(), "a changed .part was accepted");
        QCOMPARE(r.error().code, ErrorCode::RemoteCommandFailed);
        QCOMPARE(r.error().message,
                 QStringLiteral("%1: %2 differs from the local file after the upload.")
                     .arg(m_host, part));
        QCOMPARE(remoteSize(dest), qint64(-1));
        QCOMPARE(remoteSize(part), kSize);
    }

    // The node's writer fails in the middle of a fresh, hashed send (a file-size limit of
    // 10 MiB: EFBIG, as a filling disk gives ENOSPC): the upload fails with the writer's own
    // words at once, although the hash of the bytes written so far was computed; nothing is
    // renamed, and the .part holds at most what could be written.
    void failedWriteDuringHashedSend()
    {
        QByteArray out;
        if (run(QStringLiteral("prlimit"), {QStringLiteral("--version")}, &out) != 0)
            QSKIP("prlimit is not installed");
        const QString dest = kTmpDir + QStringLiteral("/limited.bin");
        const QString part = dest + QStringLiteral(".part");
        remote(QStringLiteral("mkdir -p %1; rm -f %2 %3").arg(kTmpDir, dest, part));
        auto session = open();
        QVERIFY(session);
        FileUploader uploader(*session);
        const qint64 limit = 10 * 1024 * 1024;
        // SIGXFSZ ignored, so that write() returns EFBIG instead of the writer being killed.
        const auto r = uploader.upload(
            request(dest, QStringLiteral("sh -c 'trap \"\" XFSZ; exec \"$@\"' sh prlimit "
                                         "--fsize=%1 --")
                              .arg(limit)));
        QVERIFY2(!r.hasValue(), "the upload passed a write limit of 10 MiB");
        qDebug("%s", qPrintable(describe(r.error())));
        QCOMPARE(r.error().code, ErrorCode::RemoteCommandFailed);
        QVERIFY2(r.error().message.startsWith(
                     QStringLiteral("%1: writing %2 failed: tee: ").arg(m_host, part)),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.endsWith(QLatin1String("File too large")),
                 qPrintable(r.error().message));
        QCOMPARE(remoteSize(dest), qint64(-1));
        QCOMPARE(remoteSize(part), limit);
        QVERIFY(session->isUsable());
    }

    // An existing complete upload is replaced atomically (`mv -f`), a second run is harmless.
    void uploadTwiceReplaces()
    {
        auto session = open();
        QVERIFY(session);
        FileUploader uploader(*session);
        const QString dest = kTmpDir + QStringLiteral("/x.bin");
        remote(QStringLiteral("echo old > %1").arg(dest));
        const auto r = uploader.upload(request(dest));
        QVERIFY2(r.hasValue(), qPrintable(describe(r.error())));
        QCOMPARE(remoteSha(dest), m_localHash);
    }

    // Cancel while data flows, and while the node takes nothing: both end within 1 s, and
    // the session stays usable after the first.
    void cancelWithinOneSecond_data()
    {
        QTest::addColumn<bool>("stalled");
        QTest::newRow("streaming") << false;
        QTest::newRow("node-stalled") << true;
    }
    void cancelWithinOneSecond()
    {
        QFETCH(bool, stalled);
        const QString dest = kTmpDir + QStringLiteral("/cancel.bin");
        const QString part = dest + QStringLiteral(".part");
        remote(QStringLiteral("mkdir -p %1; rm -f %2").arg(kTmpDir, part));
        if (stalled) // a FIFO nobody reads: the writer blocks opening it, our window fills
            remote(QStringLiteral("mkfifo %1").arg(part));

        CancelToken token;
        auto session = open(token);
        QVERIFY(session);
        FileUploader uploader(*session);
        std::mutex mutex;
        std::condition_variable cv;
        bool sending = false;
        uploader.setProgressCallback([&](const UploadProgress &p) {
            if (p.phase == UploadProgress::Phase::Sending && p.bytesSent > 0) {
                std::lock_guard<std::mutex> lock(mutex);
                sending = true;
                cv.notify_all();
            }
        });
        QElapsedTimer sinceCancel;
        std::atomic<bool> cancelled{false};
        std::thread canceller([&] {
            std::unique_lock<std::mutex> lock(mutex);
            cv.wait_for(lock, std::chrono::seconds(20), [&] { return sending; });
            lock.unlock();
            std::this_thread::sleep_for(std::chrono::milliseconds(stalled ? 1500 : 50));
            sinceCancel.start();
            cancelled = true;
            token.cancel();
        });
        UploadRequest req = request(dest);
        req.resume = !stalled; // the probe would block opening the FIFO
        const auto r = uploader.upload(req);
        const qint64 afterCancel = cancelled ? sinceCancel.elapsed() : -1;
        canceller.join();
        if (stalled) // let the writer that waits for a reader go
            remote(QStringLiteral("timeout 5 cat %1 > /dev/null; rm -f %1").arg(part));
        QVERIFY2(!r.hasValue(), "finished before the cancel");
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        qDebug("%s: returned %lld ms after cancel", stalled ? "stalled" : "streaming", afterCancel);
        QVERIFY(afterCancel >= 0);
        QVERIFY2(afterCancel < 1000, qPrintable(QString::number(afterCancel)));
    }

    // The node stops taking data: a stall is reported after stallTimeoutMs, not hours later.
    void stallTimeout()
    {
        const QString dest = kTmpDir + QStringLiteral("/stall.bin");
        const QString part = dest + QStringLiteral(".part");
        remote(QStringLiteral("mkdir -p %1; rm -f %2; mkfifo %2").arg(kTmpDir, part));
        auto session = open();
        QVERIFY(session);
        FileUploader uploader(*session);
        UploadRequest req = request(dest);
        req.resume = false;
        req.stallTimeoutMs = 1500;
        QElapsedTimer timer;
        timer.start();
        const auto r = uploader.upload(req);
        const qint64 elapsed = timer.elapsed();
        remote(QStringLiteral("timeout 5 cat %1 > /dev/null; rm -f %1").arg(part));
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().code, ErrorCode::Timeout);
        qDebug("%s (%lld ms)", qPrintable(r.error().message), elapsed);
        QVERIFY2(r.error().message.contains(QLatin1String("stalled")),
                 qPrintable(r.error().message));
        QVERIFY(elapsed >= 1400 && elapsed < 5000);
    }

    // The lab's disk-full fault (a 1 MiB tmpfs over octane3's /opt/octane): refused before
    // sending, with df's figure. Switching a fault restarts that node's sshd, so this runs only
    // on a lab of our own: the ctest fixture's, or with OCW_UPLOAD_TEST_FAULTS=1.
    void diskFullFault()
    {
        if (m_state != QLatin1String(OCW_LAB_STATE) &&
            !qEnvironmentVariableIsSet("OCW_UPLOAD_TEST_FAULTS"))
            QSKIP("a shared lab: faults are not switched (set OCW_UPLOAD_TEST_FAULTS=1 to run)");
        const QString labctl = QStringLiteral(OCW_LABCTL);
        QByteArray out;
        QVERIFY2(run(labctl,
                     {QStringLiteral("fault"), QStringLiteral("on"),
                      QStringLiteral("disk-full@octane3"), QStringLiteral("--state"), m_state},
                     &out) == 0,
                 out.constData());
        auto off = qScopeGuard([&] {
            run(labctl, {QStringLiteral("fault"), QStringLiteral("off"),
                         QStringLiteral("disk-full@octane3"), QStringLiteral("--state"), m_state});
        });
        SshTarget t = target();
        t.nodeName = t.host = QStringLiteral("octane3.lab");
        SshSession session;
        const auto opened = session.open(t, m_knownHosts);
        QVERIFY2(opened.hasValue(), qPrintable(opened.error().message));
        FileUploader uploader(session);
        UploadRequest req = request(QStringLiteral("/opt/octane/x"), QStringLiteral("sudo -n"));
        const auto r = uploader.upload(req);
        QVERIFY(!r.hasValue());
        qDebug("%s", qPrintable(r.error().message));
        QCOMPARE(r.error().code, ErrorCode::RemoteCommandFailed);
        QCOMPARE(r.error().message,
                 QStringLiteral("octane3.lab: not enough space on /opt/octane for /opt/octane/x: "
                                "64.0 MiB needed, df shows 1.00 MiB free."));
        QVERIFY(r.error().details.contains(QLatin1String("kind: no-space")));
    }

    // A real ENOSPC from the node's kernel: the .part is a symlink to /dev/full.
    void noSpaceLeft()
    {
        const QString dest = kTmpDir + QStringLiteral("/full.bin");
        const QString part = dest + QStringLiteral(".part");
        remote(QStringLiteral("mkdir -p %1; rm -f %2; ln -s /dev/full %2").arg(kTmpDir, part));
        auto session = open();
        QVERIFY(session);
        FileUploader uploader(*session);
        QElapsedTimer timer;
        timer.start();
        const auto r = uploader.upload(request(dest));
        const qint64 elapsed = timer.elapsed();
        remote(QStringLiteral("rm -f %1").arg(part));
        QVERIFY(!r.hasValue());
        qDebug("%s (%lld ms)", qPrintable(r.error().message), elapsed);
        QCOMPARE(r.error().code, ErrorCode::RemoteCommandFailed);
        QVERIFY2(
            r.error().message.startsWith(m_host + QLatin1String(": the upload stopped: no space "
                                                                "left on /")),
            qPrintable(describe(r.error())));
        QVERIFY(r.error().message.contains(QLatin1String("(df shows ")));
        QVERIFY(r.error().details.contains(QLatin1String("kind: no-space")));
        QVERIFY(session->isUsable());
    }
};

QTEST_GUILESS_MAIN(TestFileUploader)
#include "tst_fileuploader.moc"
