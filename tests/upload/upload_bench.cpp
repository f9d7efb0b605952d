// ocw_upload_bench: FileUploader against OpenSSH on one lab node, in the same run.
//
//   ocw_upload_bench [--state DIR] [--node octane1.lab] [--size-mib 512] [--runs 3]
//                    [--json FILE] [--dir /dev/shm/ocw-upload-bench]
//
// Uploads one random file (kept in /tmp for the run) to --dir on the node, by default on the
// node's tmpfs: the lab's nodes write to this machine's one disk, which the rest of the
// machine (builds) shares, and whose writeback would be measured instead of SSH (with
// iowait at 50 %, single runs varied 3× for every peer). A dir on disk: --dir /tmp/x.
// With FileUploader (libssh2, exec channel + tee, SHA-256 computed on the node while it
// writes and compared), with `sftp -c aes128-ctr -b` (default MAC, and hmac-sha2-256 as
// libssh2 negotiates), and with `ssh -c aes128-ctr node 'cat > f'`; the order of ours and
// sftp alternates between runs. Rates are MiB/s of the file size; the medians of the runs are
// printed with the ratios ours/sftp. sftp's time includes its connect and login, measured
// separately (an `sftp -b` with no transfer) and subtracted for the "net" figure. Ours opens
// a new session per run: "end to end" is prepare + send + check + rename on it, "with
// connect" adds the session's opening, for the comparison with sftp's whole process. Ours
// also runs a second way in each run, the node reading the file back after the send instead
// of hashing it on the way (UploadRequest::hashWhileSending = false, as after a resume). CPU
// is this process's (or sftp's and ssh's) and the node's, from its lab cgroup.
#include "../bench/benchstats.h"
#include "core/ssh/fileuploader.h"
#include "core/ssh/knownhosts.h"
#include "core/ssh/shellquote.h"
#include "core/ssh/sshsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryFile>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace Ocw::Core;

namespace {

QString g_state;
QString g_node;

// CPU time (user + system) in ms of this process (`self`) or of its waited-for children.
double cpuMs(bool self)
{
    rusage u{};
    getrusage(self ? RUSAGE_SELF : RUSAGE_CHILDREN, &u);
    return (double(u.ru_utime.tv_sec) + double(u.ru_stime.tv_sec)) * 1000.0 +
           (double(u.ru_utime.tv_usec) + double(u.ru_stime.tv_usec)) / 1000.0;
}

double nodeCpuMs()
{
    return Ocw::Bench::labNodeCpuMs(g_node);
}

using Ocw::Bench::median;

QStringList sshOptions()
{
    return {QStringLiteral("-i"),
            g_state + QStringLiteral("/keys/id_ed25519"),
            QStringLiteral("-o"),
            QStringLiteral("UserKnownHostsFile=") + g_state + QStringLiteral("/known_hosts"),
            QStringLiteral("-o"),
            QStringLiteral("BatchMode=yes"),
            QStringLiteral("-o"),
            QStringLiteral("StrictHostKeyChecking=yes"),
            QStringLiteral("-c"),
            QStringLiteral("aes128-ctr")};
}

// Wall time of a process in ms, -1 on failure.
qint64 timed(const QString &program, const QStringList &args, const QString &stdinFile = {},
             const QByteArray &stdinData = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!stdinFile.isEmpty())
        p.setStandardInputFile(stdinFile);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return -1;
    if (!stdinData.isEmpty()) {
        p.write(stdinData);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), p.readAll().constData());
        return -1;
    }
    return t.elapsed();
}

qint64 sftpBatch(const QString &batch, const QStringList &extra)
{
    QTemporaryFile file;
    if (!file.open())
        return -1;
    file.write(batch.toUtf8());
    file.flush();
    QStringList args = sshOptions() + extra;
    args << QStringLiteral("-q") << QStringLiteral("-b") << file.fileName()
         << QStringLiteral("ocwadmin@") + g_node;
    return timed(QStringLiteral("sftp"), args);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    g_state = qEnvironmentVariable("OCW_LAB_STATE", QStringLiteral(OCW_LAB_STATE));
    g_node = QStringLiteral("octane1.lab");
    qint64 sizeMib = 512;
    int runs = 3;
    QString jsonPath;
    QString dir = QStringLiteral("/dev/shm/ocw-upload-bench");
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--state"))
            g_state = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--node"))
            g_node = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--size-mib"))
            sizeMib = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--json"))
            jsonPath = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--dir"))
            dir = args.at(i + 1);
        else {
            std::fprintf(stderr, "usage: ocw_upload_bench [--state DIR] [--node NAME] "
                                 "[--size-mib N] [--runs N] [--json FILE] [--dir DIR]\n");
            return 2;
        }
    }
    const qint64 size = sizeMib * 1024 * 1024;
    const double mib = double(size) / 1048576.0;

    const QString local =
        QStringLiteral("/tmp/ocw-upload-bench-%1.bin").arg(QCoreApplication::applicationPid());
    {
        QFile f(local);
        if (!f.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(local));
            return 1;
        }
        QByteArray block(4 * 1024 * 1024, Qt::Uninitialized);
        for (qint64 done = 0; done < size; done += block.size()) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()),
                                                  block.size() / 4);
            const qint64 n = qMin<qint64>(block.size(), size - done);
            f.write(block.constData(), n);
        }
    }
    struct Cleanup
    {
        QString path;
        ~Cleanup() { QFile::remove(path); }
    } cleanup{local};

    KnownHosts knownHosts;
    if (!knownHosts.load(g_state + QStringLiteral("/known_hosts"))) {
        std::fprintf(stderr, "no lab at %s\n", qPrintable(g_state));
        return 1;
    }
    SshTarget target;
    target.nodeName = g_node;
    target.host = g_node;
    target.user = QStringLiteral("ocwadmin");
    target.keyFile = g_state + QStringLiteral("/keys/id_ed25519");
    SshSession session;
    if (auto ok = session.open(target, knownHosts); !ok) {
        std::fprintf(stderr, "%s\n", qPrintable(ok.error().message));
        return 1;
    }
    auto remote = [&](const QString &command) {
        ExecRequest r;
        r.command = command;
        r.timeoutMs = 120000;
        session.exec(r);
    };
    remote(QStringLiteral("rm -rf %1; mkdir -p %1").arg(ShellQuote::quote(dir)));

    QList<double> oursSend, oursTotal, oursWithConnect, sftpWall, sftpNet, sftpSameMac, sshCat;
    QList<double> readBackSend, readBackTotal; // ours, the node reading the file back
    int hashedWhileSending = 0;
    // CPU ms per 100 MiB on this machine's side and on the node's
    QList<double> oursCpu, sftpCpu, oursNodeCpu, readBackNodeCpu, sftpNodeCpu;
    const QStringList sameMac{QStringLiteral("-o"), QStringLiteral("MACs=hmac-sha2-256")};
    const qint64 sftpConnect = [&] {
        QList<double> t;
        for (int i = 0; i < 3; ++i)
            t.append(double(sftpBatch(QStringLiteral("pwd\n"), {})));
        return qint64(median(t));
    }();
    std::printf("file %lld MiB, node %s, %d runs; sftp connect+login alone: %lld ms\n", sizeMib,
                qPrintable(g_node), runs, sftpConnect);

    for (int run = 0; run < runs; ++run) {
        enum class Way { Hashed, ReadBack };
        auto ours = [&](Way way) -> bool {
            remote(QStringLiteral("rm -f %1/*").arg(dir));
            QElapsedTimer connectClock;
            connectClock.start();
            SshSession fresh;
            if (auto ok = fresh.open(target, knownHosts); !ok) {
                std::fprintf(stderr, "%s\n", qPrintable(ok.error().message));
                return false;
            }
            const qint64 connectMs = connectClock.elapsed();
            FileUploader uploader(fresh);
            UploadRequest req;
            req.localPath = local;
            req.remotePath = dir + QStringLiteral("/ours.bin");
            req.resume = false;
            req.hashWhileSending = way != Way::ReadBack;
            const double cpu0 = cpuMs(true);
            const double node0 = nodeCpuMs();
            const auto r = uploader.upload(req);
            const double nodeCpu = (nodeCpuMs() - node0) * 100.0 / mib;
            const double cpu = (cpuMs(true) - cpu0) * 100.0 / mib;
            if (!r) {
                std::fprintf(stderr, "%s\n%s\n", qPrintable(r.error().message),
                             qPrintable(r.error().details));
                return false;
            }
            if (way == Way::ReadBack) {
                readBackSend.append(mib * 1000.0 / double(r->sendMs));
                readBackTotal.append(mib * 1000.0 / double(r->totalMs));
                readBackNodeCpu.append(nodeCpu);
                return true;
            }
            oursCpu.append(cpu);
            oursNodeCpu.append(nodeCpu);
            oursSend.append(mib * 1000.0 / double(r->sendMs));
            oursTotal.append(mib * 1000.0 / double(r->totalMs));
            oursWithConnect.append(mib * 1000.0 / double(r->totalMs + connectMs));
            hashedWhileSending += r->hashedWhileSending ? 1 : 0;
            return true;
        };
        const QString put = QStringLiteral("put %1 %2/sftp.bin\n").arg(local, dir);
        auto sftp = [&] {
            remote(QStringLiteral("rm -f %1/*").arg(dir));
            const double child0 = cpuMs(false);
            const double node0 = nodeCpuMs();
            const qint64 wall = sftpBatch(put, {});
            sftpNodeCpu.append((nodeCpuMs() - node0) * 100.0 / mib);
            sftpCpu.append((cpuMs(false) - child0) * 100.0 / mib);
            if (wall > 0) {
                sftpWall.append(mib * 1000.0 / double(wall));
                sftpNet.append(mib * 1000.0 / double(qMax<qint64>(1, wall - sftpConnect)));
            }
        };
        if (run % 2 == 0) {
            if (!ours(Way::Hashed))
                return 1;
            sftp();
        } else {
            sftp();
            if (!ours(Way::Hashed))
                return 1;
        }
        if (!ours(Way::ReadBack))
            return 1;
        remote(QStringLiteral("rm -f %1/*").arg(dir));
        const qint64 wallMac = sftpBatch(put, sameMac);
        if (wallMac > 0)
            sftpSameMac.append(mib * 1000.0 / double(qMax<qint64>(1, wallMac - sftpConnect)));

        remote(QStringLiteral("rm -f %1/*").arg(dir));
        const qint64 cat = timed(QStringLiteral("ssh"),
                                 sshOptions() << QStringLiteral("ocwadmin@") + g_node
                                              << QStringLiteral("cat > %1/ssh.bin").arg(dir),
                                 local);
        if (cat > 0)
            sshCat.append(mib * 1000.0 / double(qMax<qint64>(1, cat - sftpConnect)));
        std::printf("run %d: ours send %.0f MiB/s (end to end %.0f, with connect %.0f; read back: "
                    "send %.0f, end to end %.0f), sftp %.0f (net %.0f, hmac-sha2-256 net %.0f), "
                    "ssh cat net %.0f\n",
                    run + 1, oursSend.last(), oursTotal.last(), oursWithConnect.last(),
                    readBackSend.last(), readBackTotal.last(),
                    sftpWall.isEmpty() ? 0.0 : sftpWall.last(),
                    sftpNet.isEmpty() ? 0.0 : sftpNet.last(),
                    sftpSameMac.isEmpty() ? 0.0 : sftpSameMac.last(),
                    sshCat.isEmpty() ? 0.0 : sshCat.last());
        std::fflush(stdout);
    }
    remote(QStringLiteral("rm -rf %1").arg(dir));

    const double ours = median(oursSend);
    const double sftp = median(sftpNet);
    std::printf("\nmedian MiB/s (%lld MiB, aes128-ctr):\n", sizeMib);
    std::printf("  ocw FileUploader, streaming           %7.1f\n", ours);
    std::printf("  ocw FileUploader, end to end           %6.1f  (prepare, send, check, rename)\n",
                median(oursTotal));
    std::printf("  ocw FileUploader, with connect         %6.1f\n", median(oursWithConnect));
    std::printf("  ocw, node reads back: streaming        %6.1f\n", median(readBackSend));
    std::printf("  ocw, node reads back: end to end       %6.1f\n", median(readBackTotal));
    std::printf("  OpenSSH sftp (wall, incl. login)      %7.1f\n", median(sftpWall));
    std::printf("  OpenSSH sftp (net of login)           %7.1f\n", sftp);
    std::printf("  OpenSSH sftp, MACs=hmac-sha2-256 (net) %6.1f\n", median(sftpSameMac));
    std::printf("  OpenSSH ssh 'cat >' (net of login)    %7.1f\n", median(sshCat));
    std::printf("client CPU ms per 100 MiB: ours %.0f (incl. hashing thread), sftp+ssh %.0f\n",
                median(oursCpu), median(sftpCpu));
    std::printf("node CPU ms per 100 MiB: ours %.0f (read back: %.0f), sftp %.0f\n",
                median(oursNodeCpu), median(readBackNodeCpu), median(sftpNodeCpu));
    std::printf("node hashed while receiving: %d of %d runs\n", hashedWhileSending, runs);
    std::printf("ratio ours/sftp: streaming vs net %.2f, end to end vs net %.2f, with connect vs "
                "wall %.2f\n",
                sftp > 0 ? ours / sftp : 0.0, sftp > 0 ? median(oursTotal) / sftp : 0.0,
                median(sftpWall) > 0 ? median(oursWithConnect) / median(sftpWall) : 0.0);
    if (!jsonPath.isEmpty()) {
        auto array = [](const QList<double> &v) {
            QJsonArray a;
            for (double x : v)
                a.append(x);
            return a;
        };
        const QJsonObject o{{QStringLiteral("sizeMib"), sizeMib},
                            {QStringLiteral("runs"), runs},
                            {QStringLiteral("sftpConnectMs"), sftpConnect},
                            {QStringLiteral("hashedWhileSending"), hashedWhileSending},
                            {QStringLiteral("oursSend"), array(oursSend)},
                            {QStringLiteral("oursEndToEnd"), array(oursTotal)},
                            {QStringLiteral("oursWithConnect"), array(oursWithConnect)},
                            {QStringLiteral("readBackSend"), array(readBackSend)},
                            {QStringLiteral("readBackEndToEnd"), array(readBackTotal)},
                            {QStringLiteral("sftpWall"), array(sftpWall)},
                            {QStringLiteral("sftpNet"), array(sftpNet)},
                            {QStringLiteral("sftpSameMacNet"), array(sftpSameMac)},
                            {QStringLiteral("sshCatNet"), array(sshCat)},
                            {QStringLiteral("oursCpuMsPer100Mib"), median(oursCpu)},
                            {QStringLiteral("sftpCpuMsPer100Mib"), median(sftpCpu)},
                            {QStringLiteral("oursNodeCpuMsPer100Mib"), median(oursNodeCpu)},
                            {QStringLiteral("readBackNodeCpuMsPer100Mib"), median(readBackNodeCpu)},
                            {QStringLiteral("sftpNodeCpuMsPer100Mib"), median(sftpNodeCpu)}};
        QFile f(jsonPath);
        if (!f.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(jsonPath));
            return 1;
        }
        f.write(QJsonDocument(o).toJson());
    }
    return 0;
}
