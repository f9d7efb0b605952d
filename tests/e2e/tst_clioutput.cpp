#include "../common/outputtargets.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace OutputTargets;

namespace {

} // namespace

// Where `check`, `install`, `plan` and `verify` write --json and --report, run as the real binary
// without the lab: nodes that cannot be reached (127.0.0.254 port 1 refuses at once), or one
// that only counts connections, to prove a refused output file stops the run before any node.
class TestCliOutput : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        qint64 ms = 0;
    };

    QTemporaryDir m_dir;
    QTcpServer m_watched; // the node of the "watched" profile: any connection is a failure
    QString m_unreachable;
    QString m_watchedProfile;
    QString m_package;
    QString m_readOnly; // a read-only tmpfs (root ignores permission bits), empty if no mount
    int m_n = 0;

    QString fresh(const QString &name)
    {
        return m_dir.filePath(QStringLiteral("%1-%2").arg(++m_n).arg(name));
    }

    QString writeProfile(const QString &name, const QString &host, int port)
    {
        const QJsonObject json{
            {QStringLiteral("version"), 1},
            {QStringLiteral("name"), name},
            {QStringLiteral("release"), QStringLiteral("octane-current")},
            {QStringLiteral("ssh"), QJsonObject{{QStringLiteral("user"), QStringLiteral("ocw")},
                                                {QStringLiteral("port"), 22},
                                                {QStringLiteral("auth"), QStringLiteral("agent")}}},
            {QStringLiteral("nodes"), QJsonArray{QJsonObject{{QStringLiteral("host"), host},
                                                             {QStringLiteral("port"), port}}}},
            {QStringLiteral("firstNode"), host},
            {QStringLiteral("database"),
             QJsonObject{{QStringLiteral("host"), QStringLiteral("db.invalid")},
                         {QStringLiteral("port"), 1521}}},
            {QStringLiteral("repositoryDir"), QStringLiteral("/srv/octane-repo")},
            {QStringLiteral("installUser"), QStringLiteral("octane")},
            {QStringLiteral("installDir"), QStringLiteral("/opt/octane")},
            {QStringLiteral("loadBalancerUrl"), QStringLiteral("http://lb.invalid:8080")}};
        const QString path = m_dir.filePath(name + QStringLiteral(".json"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(json).toJson());
        return path;
    }

    // The verb's own arguments around the output options.
    QStringList argsFor(const QString &verb, const QString &profile) const
    {
        QStringList args{verb, QStringLiteral("--profile"), profile};
        if (verb != QLatin1String("check") && verb != QLatin1String("verify"))
            args << QStringLiteral("--package") << m_package << QStringLiteral("--phase")
                 << QStringLiteral("first-node");
        if (verb == QLatin1String("install") || verb == QLatin1String("verify"))
            args << QStringLiteral("--secrets-stdin");
        return args;
    }

    // What install reads with --secrets-stdin (nothing is installed: the node cannot be
    // reached); given in full so that the keychain is never asked.
    static QByteArray installSecrets()
    {
        return "conf:db-admin-password=Admin-Passw0rd\n"
               "conf:schema-password=Schema-Passw0rd\n"
               "conf:site-admin-password=Site-Passw0rd1\n"
               "conf:cluster.distributed-password=Cluster-Passw0rd\n"
               "sudo-password=x\n"
               "sudo-password@127.0.0.254=x\n"
               "sudo-password@127.0.0.1=x\n";
    }

    Run cli(const QStringList &args, const QString &stdoutFile = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        if (!stdoutFile.isEmpty())
            p.setStandardOutputFile(stdoutFile);
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral(OCW_CLI_BINARY), args);
        if (args.first() == QLatin1String("install") || args.first() == QLatin1String("verify"))
            p.write(installSecrets());
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            p.kill();
        p.waitForFinished(5000);
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                   p.readAllStandardOutput(), p.readAllStandardError(), timer.elapsed()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(isCharDevice(QStringLiteral("/dev/null"), 1, 3));
        QVERIFY(isCharDevice(QStringLiteral("/dev/full"), 1, 7));
        QVERIFY(m_watched.listen(QHostAddress(QStringLiteral("127.0.0.1"))));
        m_unreachable =
            writeProfile(QStringLiteral("unreachable"), QStringLiteral("127.0.0.254"), 1);
        m_watchedProfile = writeProfile(QStringLiteral("watched"), QStringLiteral("127.0.0.1"),
                                        m_watched.serverPort());
        m_package = m_dir.filePath(QStringLiteral("octane-onprem-1.0.rpm"));
        QFile package(m_package);
        QVERIFY(package.open(QIODevice::WriteOnly));
        package.write("not really an rpm");
        package.close();
        const QString ro = m_dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(ro));
        if (::mount("tmpfs", QFile::encodeName(ro).constData(), "tmpfs", MS_RDONLY, "size=1m") == 0)
            m_readOnly = ro;
    }

    void cleanup() { protectDevices(); }

    void cleanupTestCase()
    {
        if (!m_readOnly.isEmpty())
            ::umount2(QFile::encodeName(m_readOnly).constData(), MNT_DETACH);
        protectDevices();
    }

    // A folder, a missing folder or a read-only one: exit 2 with one line, at once, and the
    // node is never contacted.
    void refusedBeforeAnyRemoteWork_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("fragment");
        for (const char *verb : {"check", "install", "plan", "verify"}) {
            const QString v = QString::fromLatin1(verb);
            QTest::addRow("%s-json-directory", verb) << v << "--json"
                                                     << "dir"
                                                     << "is a folder";
            QTest::addRow("%s-json-missing-folder", verb) << v << "--json"
                                                          << "missing"
                                                          << "does not exist";
            QTest::addRow("%s-json-read-only-folder", verb) << v << "--json"
                                                            << "readonly"
                                                            << "read-only file system";
            if (v != QLatin1String("plan"))
                QTest::addRow("%s-report-directory", verb) << v << "--report"
                                                           << "dir"
                                                           << "is a folder";
        }
    }
    void refusedBeforeAnyRemoteWork()
    {
        QFETCH(QString, verb);
        QFETCH(QString, option);
        QFETCH(QString, kind);
        QFETCH(QString, fragment);
        QString target;
        if (kind == QLatin1String("dir")) {
            target = fresh(QStringLiteral("dir"));
            QVERIFY(QDir().mkpath(target));
        } else if (kind == QLatin1String("missing")) {
            target = fresh(QStringLiteral("missing")) + QStringLiteral("/report.json");
        } else {
            if (m_readOnly.isEmpty())
                QSKIP("cannot mount a read-only tmpfs here");
            target = m_readOnly + QStringLiteral("/report.json");
        }
        const Run r = cli(argsFor(verb, m_watchedProfile) << option << target);
        QCOMPARE(r.exitCode, 2);
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith("octane-cluster-wizard " + verb.toUtf8() + ": "),
                 r.err.constData());
        QVERIFY2(r.err.contains(target.toUtf8()) && r.err.contains(fragment.toUtf8()),
                 r.err.constData());
        QVERIFY2(r.out.isEmpty(), r.out.constData()); // no check result, no summary
        QVERIFY2(r.ms < 5000, qPrintable(QString::number(r.ms)));
        QVERIFY(!m_watched.hasPendingConnections() && !m_watched.waitForNewConnection(100));
        if (kind == QLatin1String("dir"))
            QVERIFY(QDir(target).isEmpty());
        else
            QVERIFY(!QFileInfo::exists(target));
    }

    // A profile of one node has no other nodes: `plan` and `install --phase other-nodes` say
    // so, exit 0, and contact nothing.
    void oneNodeHasNoOtherNodes()
    {
        for (const QString &verb : {QStringLiteral("plan"), QStringLiteral("install")}) {
            QStringList args = argsFor(verb, m_watchedProfile);
            args[args.indexOf(QStringLiteral("first-node"))] = QStringLiteral("other-nodes");
            const Run r = cli(args);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY2((r.out + r.err).contains("one node only: there are no other nodes"),
                     (r.out + r.err).constData());
        }
        QVERIFY(!m_watched.hasPendingConnections() && !m_watched.waitForNewConnection(100));
    }

    void devNullStaysCharDevice_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<int>("exitCode"); // the run's own: the node cannot be reached
        QTest::newRow("check") << "check" << 1;
        QTest::newRow("install") << "install" << 1;
        QTest::newRow("plan") << "plan" << 0;
        QTest::newRow("verify") << "verify" << 1;
    }
    void devNullStaysCharDevice()
    {
        QFETCH(QString, verb);
        QFETCH(int, exitCode);
        QStringList args = argsFor(verb, m_unreachable)
                           << QStringLiteral("--json") << QStringLiteral("/dev/null");
        if (verb != QLatin1String("plan"))
            args << QStringLiteral("--report") << QStringLiteral("/dev/null");
        const Run r = cli(args);
        QVERIFY(isCharDevice(QStringLiteral("/dev/null"), 1, 3));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(!r.err.contains("Cannot write"), r.err.constData());
    }

    void fifoWithReader_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("key"); // a key the JSON has
        QTest::newRow("check") << "check" << 1 << "results";
        QTest::newRow("install") << "install" << 1 << "results";
        QTest::newRow("plan") << "plan" << 0 << "octaneConf";
    }
    void fifoWithReader()
    {
        QFETCH(QString, verb);
        QFETCH(int, exitCode);
        QFETCH(QString, key);
        const QString fifo = fresh(QStringLiteral("fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QProcess cat;
        cat.start(QStringLiteral("cat"), {fifo});
        QVERIFY(cat.waitForStarted());
        const Run r = cli(argsFor(verb, m_unreachable) << QStringLiteral("--json") << fifo);
        if (!cat.waitForFinished(10000))
            cat.kill();
        QCOMPARE(r.exitCode, exitCode);
        const QJsonObject json = QJsonDocument::fromJson(cat.readAllStandardOutput()).object();
        QVERIFY(json.contains(key));
        QVERIFY(isFifo(fifo));
    }

    // --json /dev/stdout writes through the descriptor it was given: a file stdout is
    // redirected to stays that very file (same inode) and holds only the JSON, like a pipe.
    void devStdout_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("toFile");
        QTest::newRow("check-file") << "check" << 1 << true;
        QTest::newRow("check-pipe") << "check" << 1 << false;
        QTest::newRow("plan-file") << "plan" << 0 << true;
        QTest::newRow("plan-pipe") << "plan" << 0 << false;
    }
    void devStdout()
    {
        QFETCH(QString, verb);
        QFETCH(int, exitCode);
        QFETCH(bool, toFile);
        QString file;
        ino_t inode = 0;
        if (toFile) {
            file = fresh(QStringLiteral("stdout.txt"));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old\n");
            f.close();
            inode = inodeOf(file);
        }
        const Run r = cli(argsFor(verb, m_unreachable)
                              << QStringLiteral("--json") << QStringLiteral("/dev/stdout"),
                          file);
        QCOMPARE(r.exitCode, exitCode);
        QByteArray out = r.out;
        if (toFile) {
            QCOMPARE(inodeOf(file), inode);
            QVERIFY(QFileInfo(file).isFile() && !QFileInfo(file).isSymLink());
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            out = f.readAll();
        }
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, out.constData());
        QVERIFY(json.isObject());
        QVERIFY(QFileInfo(QStringLiteral("/dev/stdout")).isSymLink());
    }

    // /dev/full takes the pre-flight (it opens) and fails the write: the message is on stderr
    // and the exit status is never 0 (2 for a run that would have been 0).
    void writeFailureAtEndIsNotSuccess_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("target"); // "-": stdout redirected to /dev/full
        QTest::addColumn<int>("exitCode");
        QTest::newRow("check-json") << "check"
                                    << "--json"
                                    << "/dev/full" << 1;
        QTest::newRow("check-report") << "check"
                                      << "--report"
                                      << "/dev/full" << 1;
        QTest::newRow("check-json-stdout") << "check"
                                           << "--json"
                                           << "-" << 1;
        QTest::newRow("install-json") << "install"
                                      << "--json"
                                      << "/dev/full" << 1;
        QTest::newRow("install-report") << "install"
                                        << "--report"
                                        << "/dev/full" << 1;
        QTest::newRow("plan-json") << "plan"
                                   << "--json"
                                   << "/dev/full" << 2;
        QTest::newRow("plan-json-stdout") << "plan"
                                          << "--json"
                                          << "-" << 2;
    }
    void writeFailureAtEndIsNotSuccess()
    {
        QFETCH(QString, verb);
        QFETCH(QString, option);
        QFETCH(QString, target);
        QFETCH(int, exitCode);
        const bool toStdout = target == QLatin1String("-");
        const Run r = cli(argsFor(verb, m_unreachable) << option << target,
                          toStdout ? QStringLiteral("/dev/full") : QString());
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains("octane-cluster-wizard " + verb.toUtf8() + ": Cannot write"),
                 r.err.constData());
        if (!toStdout)
            QVERIFY2(r.err.contains("/dev/full"), r.err.constData());
        QVERIFY(isCharDevice(QStringLiteral("/dev/full"), 1, 7));
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
