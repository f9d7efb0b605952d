#include "../common/outputtargets.h"
#include "core/base/outputfile.h"
#include "core/log/logging.h"
#include "core/model/clusterprofile.h"
#include "core/report/checkreport.h"
#include "core/ssh/hostkey.h"
#include "core/ssh/knownhosts.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cstdio>

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Ocw::Core;
using namespace OutputTargets;

namespace {

// Every writer of the product leaves this in what it writes (lower case: known_hosts folds).
const char Marker[] = "ocw-marker-7f3a";

enum class Writer { Report, Profile, KnownHosts, Log };

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeText(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

// `cat FIFO`, with a write end held open from the moment cat has opened the FIFO until the
// writer under test has its own: cat then never sees the end of its input too early.
class FifoReader
{
public:
    bool start(const QString &fifo)
    {
        m_cat.start(QStringLiteral("cat"), {fifo});
        if (!m_cat.waitForStarted())
            return false;
        QElapsedTimer timer;
        timer.start();
        while ((m_held = ::open(QFile::encodeName(fifo).constData(),
                                O_WRONLY | O_NONBLOCK | O_CLOEXEC)) < 0 &&
               timer.elapsed() < 5000)
            QThread::msleep(10);
        return m_held >= 0;
    }
    QByteArray finish()
    {
        if (m_held >= 0)
            ::close(m_held);
        m_held = -1;
        if (!m_cat.waitForFinished(10000))
            m_cat.kill();
        return m_cat.readAllStandardOutput();
    }
    ~FifoReader()
    {
        if (m_cat.state() != QProcess::NotRunning) {
            finish();
            m_cat.waitForFinished(1000);
        }
    }

private:
    QProcess m_cat;
    int m_held = -1;
};

} // namespace

Q_DECLARE_METATYPE(Writer)

// Every file the product writes on the workstation (the check report, the profile, the
// product's known_hosts, the log) goes through OutputFile: devices, FIFOs and /dev/stdout are
// written in place, a symlink's target is replaced and the link stays, folders and unwritable
// places are refused before anything is written.
class TestOutputFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_readOnly; // a read-only tmpfs (root ignores permission bits), empty if no mount
    int m_n = 0;

    QString fresh(const QString &name)
    {
        return m_dir.filePath(QStringLiteral("%1-%2").arg(++m_n).arg(name));
    }

    static HostKey key()
    {
        return HostKey::fromBase64(
            QStringLiteral("ssh-ed25519"),
            QByteArray("AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl"));
    }

    Expected<Done> writeWith(Writer writer, const QString &path)
    {
        switch (writer) {
        case Writer::Report:
            return CheckReport::writeFile(path, QByteArray("report ") + Marker + '\n');
        case Writer::Profile: {
            ClusterProfile profile;
            profile.name = QString::fromLatin1(Marker);
            return profile.save(path);
        }
        case Writer::KnownHosts:
            return KnownHosts::append(
                path, {QString::fromLatin1(Marker) + QStringLiteral(".example")}, 22, key());
        case Writer::Log: {
            const Expected<Done> opened = Logging::init(path);
            if (opened) {
                Logging::warning(QString::fromLatin1(Marker));
                Logging::flush();
            }
            return opened;
        }
        }
        return Done{};
    }

    // Closes the log file the Log writer opened.
    void parkLog() { Logging::init(m_dir.filePath(QStringLiteral("parking.log"))); }

    static void addWriterRows()
    {
        QTest::addColumn<Writer>("writer");
        QTest::newRow("report") << Writer::Report;
        QTest::newRow("profile") << Writer::Profile;
        QTest::newRow("known_hosts") << Writer::KnownHosts;
        QTest::newRow("log") << Writer::Log;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(isCharDevice(QStringLiteral("/dev/null"), 1, 3));
        QVERIFY(isCharDevice(QStringLiteral("/dev/full"), 1, 7));
        const QString ro = m_dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(ro));
        if (::mount("tmpfs", QFile::encodeName(ro).constData(), "tmpfs", 0, "size=1m") == 0) {
            writeText(ro + QStringLiteral("/old.json"), "old\n");
            if (::mount("tmpfs", QFile::encodeName(ro).constData(), "tmpfs", MS_REMOUNT | MS_RDONLY,
                        "size=1m") == 0)
                m_readOnly = ro;
            else
                ::umount2(QFile::encodeName(ro).constData(), MNT_DETACH);
        }
    }

    void cleanup()
    {
        parkLog();
        protectDevices();
    }

    void cleanupTestCase()
    {
        if (!m_readOnly.isEmpty())
            ::umount2(QFile::encodeName(m_readOnly).constData(), MNT_DETACH);
        protectDevices();
    }

    void devNullStaysCharDevice_data() { addWriterRows(); }
    void devNullStaysCharDevice()
    {
        QFETCH(Writer, writer);
        const Expected<Done> written = writeWith(writer, QStringLiteral("/dev/null"));
        QVERIFY2(written.hasValue(), qPrintable(written.error().message));
        parkLog();
        QVERIFY(isCharDevice(QStringLiteral("/dev/null"), 1, 3));
    }

    // /dev/stdout while this process's stdout is a regular file: the bytes land in that file
    // after what was there, and the file is the same one (not renamed over).
    void devStdoutIntoRedirectedFile_data() { addWriterRows(); }
    void devStdoutIntoRedirectedFile()
    {
        QFETCH(Writer, writer);
        const QString file = fresh(QStringLiteral("stdout.txt"));
        writeText(file, "before\n");
        const ino_t inode = inodeOf(file);
        const int fd = ::open(QFile::encodeName(file).constData(), O_WRONLY | O_APPEND);
        QVERIFY(fd >= 0);
        std::fflush(stdout);
        const int saved = ::dup(STDOUT_FILENO);
        ::dup2(fd, STDOUT_FILENO);
        const Expected<Done> written = writeWith(writer, QStringLiteral("/dev/stdout"));
        parkLog();
        std::fflush(stdout);
        ::dup2(saved, STDOUT_FILENO);
        ::close(saved);
        ::close(fd);
        QVERIFY2(written.hasValue(), qPrintable(written.error().message));
        QCOMPARE(inodeOf(file), inode);
        const QByteArray content = readAll(file);
        QVERIFY2(content.startsWith("before\n") && content.contains(Marker), content.constData());
        QVERIFY(QFileInfo(QStringLiteral("/dev/stdout")).isSymLink());
    }

    void devStdoutIntoPipe()
    {
        int fds[2];
        QVERIFY(::pipe(fds) == 0);
        std::fflush(stdout);
        const int saved = ::dup(STDOUT_FILENO);
        ::dup2(fds[1], STDOUT_FILENO);
        QVERIFY(OutputFile::isStandardOutput(QStringLiteral("/dev/stdout")));
        const Expected<Done> written =
            OutputFile::write(QStringLiteral("/dev/stdout"), QByteArray(Marker));
        ::dup2(saved, STDOUT_FILENO);
        ::close(saved);
        ::close(fds[1]);
        QVERIFY(written.hasValue());
        char buffer[64] = {};
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer - 1);
        ::close(fds[0]);
        QCOMPARE(QByteArray(buffer, int(n)), QByteArray(Marker));
        QVERIFY(OutputFile::isStandardOutput(QStringLiteral("/dev/fd/1")));
        QVERIFY(!OutputFile::isStandardOutput(QStringLiteral("/dev/stderr")));
    }

    void fifoBeingRead_data() { addWriterRows(); }
    void fifoBeingRead()
    {
        QFETCH(Writer, writer);
        const QString fifo = fresh(QStringLiteral("fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        FifoReader reader;
        QVERIFY(reader.start(fifo));
        const Expected<Done> written = writeWith(writer, fifo);
        parkLog();
        const QByteArray read = reader.finish();
        QVERIFY2(written.hasValue(), qPrintable(written.error().message));
        QVERIFY2(read.contains(Marker), read.constData());
        QVERIFY(isFifo(fifo));
    }

    // The pre-flight never opens a FIFO (that would end its reader's input) and never waits;
    // the write waits a few seconds for a reader, then says nobody reads.
    void fifoWithoutReaderNeverHangs()
    {
        const QString fifo = fresh(QStringLiteral("fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(OutputFile::checkWritable(fifo).hasValue());
        QVERIFY(timer.elapsed() < 1000);
        const Expected<Done> written = OutputFile::write(fifo, "x");
        QVERIFY(!written.hasValue());
        QVERIFY2(written.error().message.contains(QStringLiteral("nobody is reading the FIFO")),
                 qPrintable(written.error().message));
        QVERIFY(timer.elapsed() < OutputFile::fifoReaderWaitMs + 3000);
        QVERIFY(isFifo(fifo));
        const Expected<Done> log = Logging::init(fifo);
        QVERIFY(!log.hasValue());
        QVERIFY(timer.elapsed() < OutputFile::fifoReaderWaitMs + 4000);
    }

    void symlinkToFile_data() { addWriterRows(); }
    void symlinkToFile()
    {
        QFETCH(Writer, writer);
        const QString target = fresh(QStringLiteral("target.txt"));
        writeText(target, "# old\n");
        const QString link = fresh(QStringLiteral("link"));
        QVERIFY(QFile::link(QFileInfo(target).fileName(), link)); // relative, like ln -s
        const Expected<Done> written = writeWith(writer, link);
        parkLog();
        QVERIFY2(written.hasValue(), qPrintable(written.error().message));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(QFile::symLinkTarget(link), target);
        const QByteArray content = readAll(target);
        QVERIFY2(content.contains(Marker), content.constData());
        // Replaced, except what appends: known_hosts keeps its lines, the log its history.
        QCOMPARE(content.contains("# old"), writer == Writer::KnownHosts || writer == Writer::Log);
    }

    // An administrator's link to /dev/null silences the log: the device is appended to, never
    // rotated, and the link stays.
    void logLinkedToDevNull()
    {
        const QString link = fresh(QStringLiteral("quiet.log"));
        QVERIFY(QFile::link(QStringLiteral("/dev/null"), link));
        QVERIFY(Logging::init(link).hasValue());
        const QString line(1024, QLatin1Char('x'));
        for (int i = 0; i < 6 * 1024; ++i) // past the 5 MiB at which a file would rotate
            Logging::info(line);
        Logging::flush();
        parkLog();
        QVERIFY(isCharDevice(QStringLiteral("/dev/null"), 1, 3));
        QCOMPARE(QFile::symLinkTarget(link), QStringLiteral("/dev/null"));
    }

    // Rotation of a log reached through a symlink renames the files next to the target: the
    // link stays and leads to the new, short file.
    void logRotationKeepsTheLink()
    {
        const QString target = fresh(QStringLiteral("real.log"));
        const QString link = fresh(QStringLiteral("link.log"));
        QVERIFY(QFile::link(target, link));
        QVERIFY(Logging::init(link).hasValue());
        const QString line(1024, QLatin1Char('y'));
        for (int i = 0; i < 6 * 1024; ++i)
            Logging::info(line);
        Logging::warning(QString::fromLatin1(Marker));
        parkLog();
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(QFile::symLinkTarget(link), target);
        const QString rotated = target.chopped(4) + QStringLiteral(".1.log");
        QVERIFY2(QFileInfo(rotated).isFile(), qPrintable(rotated));
        QVERIFY(QFileInfo(target).size() < 5 * 1024 * 1024);
        QVERIFY(readAll(target).contains(Marker));
        QVERIFY(!QFileInfo::exists(link.chopped(4) + QStringLiteral(".1.log")));
    }

    void directoryRefused_data() { addWriterRows(); }
    void directoryRefused()
    {
        QFETCH(Writer, writer);
        const QString dir = fresh(QStringLiteral("dir"));
        QVERIFY(QDir().mkpath(dir));
        writeText(dir + QStringLiteral("/inside.txt"), "inside\n");
        const Expected<Done> written = writeWith(writer, dir);
        QVERIFY(!written.hasValue());
        QCOMPARE(written.error().code, ErrorCode::Io);
        QVERIFY2(written.error().message.contains(dir) &&
                     written.error().message.contains(QStringLiteral("folder")),
                 qPrintable(written.error().message));
        QVERIFY(QFileInfo(dir).isDir());
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("inside.txt")});
    }

    // Reports and profiles refuse a missing folder; the product's own known_hosts and log live
    // in a folder created on first use.
    void missingFolder_data() { addWriterRows(); }
    void missingFolder()
    {
        QFETCH(Writer, writer);
        const QString folder = fresh(QStringLiteral("missing"));
        const QString path = folder + QStringLiteral("/out.json");
        const Expected<Done> written = writeWith(writer, path);
        parkLog();
        if (writer == Writer::KnownHosts || writer == Writer::Log) {
            QVERIFY2(written.hasValue(), qPrintable(written.error().message));
            QVERIFY(readAll(path).contains(Marker));
            return;
        }
        QVERIFY(!written.hasValue());
        QVERIFY2(written.error().message.contains(folder) &&
                     written.error().message.contains(QStringLiteral("does not exist")),
                 qPrintable(written.error().message));
        QVERIFY(!written.error().fix.isEmpty());
        QVERIFY(!QFileInfo::exists(folder));
    }

    void readOnlyFolder_data() { addWriterRows(); }
    void readOnlyFolder()
    {
        QFETCH(Writer, writer);
        if (m_readOnly.isEmpty())
            QSKIP("cannot mount a read-only tmpfs here");
        for (const QString &name :
             {QStringLiteral("new.json"), QStringLiteral("old.json"), QStringLiteral("sub/x")}) {
            const QString path = m_readOnly + QLatin1Char('/') + name;
            const Expected<Done> written = writeWith(writer, path);
            QVERIFY2(!written.hasValue(), qPrintable(path));
            QVERIFY2(written.error().message.contains(m_readOnly),
                     qPrintable(written.error().message));
        }
        QCOMPARE(readAll(m_readOnly + QStringLiteral("/old.json")), QByteArray("old\n"));
        QCOMPARE(QDir(m_readOnly).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("old.json")});
        const Expected<Done> check = OutputFile::checkWritable(m_readOnly + "/new.json");
        QVERIFY(!check.hasValue());
        QVERIFY2(check.error().message.contains(QStringLiteral("read-only")),
                 qPrintable(check.error().message));
    }

    // What the pre-flight refuses and accepts, without writing anything.
    void checkWritable_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("new-file") << "new" << true << "";
        QTest::newRow("regular-file") << "regular" << true << "";
        QTest::newRow("dev-null") << "devnull" << true << "";
        QTest::newRow("dev-stdout") << "stdout" << true << "";
        QTest::newRow("fifo-no-reader") << "fifo" << true << "";
        QTest::newRow("symlink-to-file") << "link" << true << "";
        QTest::newRow("dangling-symlink") << "dangling" << true << "";
        QTest::newRow("directory") << "dir" << false << "is a folder";
        QTest::newRow("missing-folder") << "missing" << false << "does not exist";
        QTest::newRow("dangling-symlink-missing-folder")
            << "dangling-missing" << false << "does not exist";
        QTest::newRow("symlink-to-directory") << "link-dir" << false << "is a folder";
        QTest::newRow("symlink-loop") << "loop" << false << "loop";
        QTest::newRow("file-as-folder") << "file-folder" << false << "is not a folder";
        QTest::newRow("closed-descriptor") << "closed-fd" << false << "not open for writing";
        QTest::newRow("empty") << "empty" << false << "No file name";
    }
    void checkWritable()
    {
        QFETCH(QString, kind);
        QFETCH(bool, accepted);
        QFETCH(QString, fragment);
        const QString base = fresh(QStringLiteral("case"));
        QString path = base;
        if (kind == QLatin1String("regular")) {
            writeText(path, "x");
        } else if (kind == QLatin1String("devnull")) {
            path = QStringLiteral("/dev/null");
        } else if (kind == QLatin1String("stdout")) {
            path = QStringLiteral("/dev/stdout");
        } else if (kind == QLatin1String("fifo")) {
            QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        } else if (kind == QLatin1String("link")) {
            writeText(base + QStringLiteral(".target"), "x");
            QVERIFY(QFile::link(base + QStringLiteral(".target"), path));
        } else if (kind == QLatin1String("dangling")) {
            QVERIFY(QFile::link(base + QStringLiteral(".nothing"), path));
        } else if (kind == QLatin1String("dir")) {
            QVERIFY(QDir().mkpath(path));
        } else if (kind == QLatin1String("missing")) {
            path = base + QStringLiteral("/no/file.json");
        } else if (kind == QLatin1String("dangling-missing")) {
            QVERIFY(QFile::link(base + QStringLiteral(".gone/file.json"), path));
        } else if (kind == QLatin1String("link-dir")) {
            QVERIFY(QDir().mkpath(base + QStringLiteral(".d")));
            QVERIFY(QFile::link(base + QStringLiteral(".d"), path));
        } else if (kind == QLatin1String("loop")) {
            QVERIFY(QFile::link(base + QStringLiteral(".b"), path));
            QVERIFY(QFile::link(path, base + QStringLiteral(".b")));
        } else if (kind == QLatin1String("file-folder")) {
            writeText(base, "x");
            path = base + QStringLiteral("/file.json");
        } else if (kind == QLatin1String("closed-fd")) {
            path = QStringLiteral("/dev/fd/987");
        } else if (kind == QLatin1String("empty")) {
            path.clear();
        }
        QElapsedTimer timer;
        timer.start();
        const Expected<Done> r = OutputFile::checkWritable(path);
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(r.hasValue(), accepted);
        if (!accepted) {
            QVERIFY2(r.error().message.contains(fragment), qPrintable(r.error().message));
            QVERIFY(!r.error().fix.isEmpty());
            QVERIFY(!OutputFile::write(path, "x").hasValue());
        }
        QVERIFY(!QFileInfo::exists(base + QStringLiteral(".nothing")));
    }

    void danglingSymlinkCreatesItsTarget()
    {
        const QString target = fresh(QStringLiteral("later.json"));
        const QString link = fresh(QStringLiteral("link"));
        QVERIFY(QFile::link(target, link));
        QVERIFY(OutputFile::write(link, "new\n").hasValue());
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(readAll(target), QByteArray("new\n"));
    }

    void permissionsOfNewAndExistingFiles()
    {
        const auto mode = [](const QString &path) {
            struct stat st;
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
        };
        const QString created = fresh(QStringLiteral("new"));
        QVERIFY(OutputFile::write(created, "a", QFile::ReadOwner | QFile::WriteOwner).hasValue());
        QCOMPARE(mode(created), mode_t(0600));
        const QString existing = fresh(QStringLiteral("old"));
        writeText(existing, "old");
        QVERIFY(::chmod(QFile::encodeName(existing).constData(), 0644) == 0);
        QVERIFY(OutputFile::write(existing, "b", QFile::ReadOwner | QFile::WriteOwner).hasValue());
        QCOMPARE(mode(existing), mode_t(0644));
        QCOMPARE(readAll(existing), QByteArray("b"));
    }

    void fullDeviceFailsAndStaysADevice()
    {
        QVERIFY(OutputFile::checkWritable(QStringLiteral("/dev/full")).hasValue());
        const Expected<Done> written = OutputFile::write(QStringLiteral("/dev/full"), "x");
        QVERIFY(!written.hasValue());
        QVERIFY2(written.error().message.contains(QStringLiteral("/dev/full")),
                 qPrintable(written.error().message));
        QVERIFY(isCharDevice(QStringLiteral("/dev/full"), 1, 7));
    }

    void unixSocketIsConnectedTo()
    {
        QLocalServer server;
        const QString path = fresh(QStringLiteral("sock"));
        QVERIFY(server.listen(path));
        QVERIFY(OutputFile::checkWritable(path).hasValue());
        QVERIFY(OutputFile::write(path, QByteArray(Marker)).hasValue());
        QVERIFY(server.waitForNewConnection(5000));
        QLocalSocket *client = server.nextPendingConnection();
        QVERIFY(client);
        QByteArray got = client->readAll();
        while (got.size() < int(sizeof Marker) - 1 && client->waitForReadyRead(2000))
            got += client->readAll();
        QCOMPARE(got, QByteArray(Marker));
        QVERIFY(QFileInfo(path).exists() && !QFileInfo(path).isFile());
    }
};

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
