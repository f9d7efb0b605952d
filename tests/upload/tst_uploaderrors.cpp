#include "core/ssh/fileuploader.h"
#include "core/ssh/sshsession.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Ocw::Core;

// FileUploader's pure parts: how a failed remote write is explained (stderr and df output
// captured from the lab's nodes, LC_ALL=C), and the request checks done before any I/O.
class TestUploadErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QByteArray>("stdErr");
        QTest::addColumn<int>("exitStatus");
        QTest::addColumn<int>("expected");
        // Captured: `head -c 100000 /dev/zero | sh -c 'exec 9>>/dev/full; exec cat >&9'`.
        QTest::newRow("enospc-cat") << QByteArray("cat: write error: No space left on device\n")
                                    << 1 << int(FileUploader::WriteFailure::NoSpace);
        // The same errno when the shell cannot even open the .part (dash's wording).
        QTest::newRow("enospc-open")
            << QByteArray("sh: 1: cannot create /opt/octane/x.part: No space left on device\n") << 2
            << int(FileUploader::WriteFailure::NoSpace);
        QTest::newRow("quota") << QByteArray("cat: write error: Disk quota exceeded\n") << 1
                               << int(FileUploader::WriteFailure::QuotaExceeded);
        QTest::newRow("read-only")
            << QByteArray("sh: 1: cannot create /mnt/ro/x.part: Read-only file system\n") << 2
            << int(FileUploader::WriteFailure::ReadOnly);
        // Captured: the login user writing into /opt/octane (owner octane, 0755).
        QTest::newRow("permission")
            << QByteArray("sh: 1: cannot create /opt/octane/x.part: Permission denied\n") << 2
            << int(FileUploader::WriteFailure::PermissionDenied);
        // Captured: a directory that does not exist.
        QTest::newRow("other") << QByteArray("sh: 1: cannot create /proc/x.part: Directory "
                                             "nonexistent\n")
                               << 2 << int(FileUploader::WriteFailure::Other);
        QTest::newRow("ok") << QByteArray() << 0 << int(FileUploader::WriteFailure::None);
        QTest::newRow("silent-failure")
            << QByteArray() << 1 << int(FileUploader::WriteFailure::Other);
    }
    void classify()
    {
        QFETCH(QByteArray, stdErr);
        QFETCH(int, exitStatus);
        QFETCH(int, expected);
        QCOMPARE(int(FileUploader::classifyWriteFailure(stdErr, exitStatus)), expected);
    }

    void parseDf_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("available");
        QTest::addColumn<QString>("mount");
        // Captured on octane1.lab: `LC_ALL=C df -P -B1 -- /opt/octane`.
        QTest::newRow("lab-opt")
            << QByteArray(
                   "Filesystem         1-blocks        Used   Available Capacity Mounted on\n"
                   "/dev/vda       270553174016 20723937280 82021343232      21% /opt/octane\n")
            << true << qint64(82021343232) << QStringLiteral("/opt/octane");
        // Captured on octane3.lab with the lab's disk-full fault (a 1 MiB tmpfs), filled up.
        QTest::newRow("tmpfs-full")
            << QByteArray("Filesystem       1-blocks    Used Available Capacity Mounted on\n"
                          "ocwlab-disk-full  1048576 1048576         0     100% /opt/octane\n")
            << true << qint64(0) << QStringLiteral("/opt/octane");
        // As the prepare script hands it over (df= prefix), with a space in the mount point.
        QTest::newRow("prefixed-space") << QByteArray("df=/dev/sdb1 1000 600 400 60% /mnt/my disk")
                                        << true << qint64(400) << QStringLiteral("/mnt/my disk");
        QTest::newRow("garbage") << QByteArray("df: /nope: No such file or directory\n") << false
                                 << qint64(-1) << QString();
        QTest::newRow("empty") << QByteArray() << false << qint64(-1) << QString();
    }
    void parseDf()
    {
        QFETCH(QByteArray, output);
        QFETCH(bool, ok);
        QFETCH(qint64, available);
        QFETCH(QString, mount);
        qint64 avail = -1;
        QString mountPoint;
        QCOMPARE(FileUploader::parseDf(output, &avail, &mountPoint), ok);
        QCOMPARE(avail, available);
        QCOMPARE(mountPoint, mount);
    }

    void noSpaceMessage()
    {
        // The message the wizard shows when the install dir fills up mid-upload.
        const QByteArray df("Filesystem 1-blocks Used Available Capacity Mounted on\n"
                            "/dev/mapper/vg-opt 10737418240 10737418240 0 100% /opt\n");
        const Error e = FileUploader::writeError(QStringLiteral("octane1.lab"),
                                                 QStringLiteral("/opt/octane/octane-16.2.rpm"),
                                                 "cat: write error: No space left on device\n", 1,
                                                 df, 300 * 1024 * 1024, 512 * 1024 * 1024);
        QCOMPARE(e.code, ErrorCode::RemoteCommandFailed);
        QCOMPARE(e.message,
                 QStringLiteral("octane1.lab: the upload stopped: no space left on /opt (df shows "
                                "0 B free)."));
        QVERIFY(e.details.contains(QLatin1String("kind: no-space")));
        QVERIFY(e.details.contains(QLatin1String("No space left on device")));
        QVERIFY2(e.fix.contains(QLatin1String("212.0 MiB")) &&
                     e.fix.contains(QLatin1String("/opt/octane/octane-16.2.rpm.part")),
                 qPrintable(e.fix));
    }

    void noSpaceMessageWithoutDf()
    {
        const Error e = FileUploader::writeError(
            QStringLiteral("octane2.lab"), QStringLiteral("/opt/octane/x"),
            "cat: write error: No space left on device\n", 1, QByteArray(), 0, 10);
        QCOMPARE(e.message, QStringLiteral("octane2.lab: the upload stopped: no space left on "
                                           "/opt/octane (df gave no answer)."));
    }

    void otherWriteError()
    {
        const Error e = FileUploader::writeError(
            QStringLiteral("octane3.lab"), QStringLiteral("/proc/x"),
            "sh: 1: cannot create /proc/x.part: Directory nonexistent\n", 2, QByteArray(), 0, 10);
        QCOMPARE(e.message, QStringLiteral("octane3.lab: writing /proc/x.part failed: sh: 1: "
                                           "cannot create /proc/x.part: Directory nonexistent"));
    }

    void formatBytes_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 B");
        QTest::newRow("bytes") << qint64(1023) << QStringLiteral("1023 B");
        QTest::newRow("kib") << qint64(1536) << QStringLiteral("1.50 KiB");
        QTest::newRow("mib") << qint64(64) * 1024 * 1024 << QStringLiteral("64.0 MiB");
        QTest::newRow("gib") << qint64(82021343232) << QStringLiteral("76.4 GiB");
    }
    void formatBytes()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(FileUploader::formatBytes(bytes), text);
    }

    // Bad requests fail before anything touches the session (here: never connected).
    void invalidRequests_data()
    {
        QTest::addColumn<QString>("remotePath");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<bool>("localExists");
        QTest::addColumn<int>("code");
        QTest::newRow("relative") << QStringLiteral("opt/x") << QString() << QString() << true
                                  << int(ErrorCode::InvalidInput);
        QTest::newRow("dir-slash") << QStringLiteral("/opt/x/") << QString() << QString() << true
                                   << int(ErrorCode::InvalidInput);
        QTest::newRow("newline") << QStringLiteral("/opt/x\ny") << QString() << QString() << true
                                 << int(ErrorCode::InvalidInput);
        QTest::newRow("mode") << QStringLiteral("/opt/x") << QStringLiteral("u+x") << QString()
                              << true << int(ErrorCode::InvalidInput);
        QTest::newRow("owner") << QStringLiteral("/opt/x") << QString()
                               << QStringLiteral("octane;rm -rf /") << true
                               << int(ErrorCode::InvalidInput);
        QTest::newRow("password-without-sudo-S")
            << QStringLiteral("/opt/x") << QString() << QString() << true
            << int(ErrorCode::InvalidInput);
        QTest::newRow("missing-local")
            << QStringLiteral("/opt/x") << QStringLiteral("0644") << QStringLiteral("octane:octane")
            << false << int(ErrorCode::Io);
        QTest::newRow("not-connected")
            << QStringLiteral("/opt/x") << QStringLiteral("0644") << QStringLiteral("octane:octane")
            << true << int(ErrorCode::ChannelFailed);
    }
    void invalidRequests()
    {
        QFETCH(QString, remotePath);
        QFETCH(QString, mode);
        QFETCH(QString, owner);
        QFETCH(bool, localExists);
        QFETCH(int, code);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString local = tmp.filePath(QStringLiteral("f.bin"));
        if (localExists) {
            QFile f(local);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("hello");
        }
        SshSession session;
        FileUploader uploader(session);
        UploadRequest request;
        request.localPath = local;
        request.remotePath = remotePath;
        request.mode = mode;
        request.owner = owner;
        if (QByteArray(QTest::currentDataTag()) == "password-without-sudo-S") {
            request.commandPrefix = QStringLiteral("sudo -n");
            request.stdinPreamble = "secret\n";
        }
        const auto r = uploader.upload(request);
        QVERIFY(!r.hasValue());
        QCOMPARE(int(r.error().code), code);
    }
};

QTEST_GUILESS_MAIN(TestUploadErrors)
#include "tst_uploaderrors.moc"
