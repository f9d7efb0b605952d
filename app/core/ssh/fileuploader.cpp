#include "fileuploader.h"

#include "../base/displaytext.h"
#include "../base/filedigest.h"
#include "../base/sha256.h"
#include "../base/tr.h"
#include "../log/logging.h"
#include "remoteshell.h"
#include "shellquote.h"
#include "vectorstate.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <atomic>
#include <deque>
#include <utility>

namespace Ocw::Core {

namespace {

constexpr qint64 kPieceSize = 1024 * 1024; // ≥ 1 MiB lets libssh2 keep the window full
constexpr qint64 kOverlapBytes = 1024 * 1024;
constexpr int kProgressIntervalMs = 100;
constexpr int kRateWindowMs = 3000;
constexpr int kStepTimeoutMs = 60000;          // prepare; verify gets more for big files
constexpr qint64 kVerifyBytesPerSecond = 20e6; // a slow node's sha256sum, for its time limit
constexpr int kExitLocked = 4;
constexpr int kExitUnsafeFolder = 6; // a privateFolder that is not private
constexpr int kExitMismatch = 5;

// SHA-256 of the whole local file beside the upload (FileDigest, on the local-work pool):
// libssh2 1.10 keeps the uploading thread's core busy (it encrypts 16 bytes per OpenSSL call),
// so hashing the same bytes there would slow the upload by ~15 %. The file is read a second
// time (from the page cache); if it changes meanwhile, the node's checksum will not match,
// which is right. Stopped when the upload ends, whatever way.
class FileHasher
{
public:
    FileHasher(const QString &path, CancelToken cancel)
        : m_stop(std::make_shared<std::atomic<bool>>(false))
    {
        const std::shared_ptr<std::atomic<bool>> stop = m_stop;
        m_future = FileDigest::start(
            path, [stop, cancel] { return stop->load() || cancel.isCancelled(); });
    }
    ~FileHasher() { m_stop->store(true); } // the pool's task ends within one read
    FileHasher(const FileHasher &) = delete;
    FileHasher &operator=(const FileHasher &) = delete;

    // Waits for the end.
    FileDigest::Result wait() const { return m_future.get(); }

private:
    std::shared_ptr<std::atomic<bool>> m_stop;
    std::shared_future<FileDigest::Result> m_future;
};

// The remote scripts run under `sh -c SCRIPT sh ARGS...` (after the caller's prefix, e.g.
// `sudo -n`), so every argument is quoted once, by ShellQuote, and never spliced into the
// script. LC_ALL=C keeps stderr parsable ("No space left on device").
const char kShaFunction[] =
    "sha() { if command -v openssl >/dev/null 2>&1; then openssl dgst -sha256 -r; "
    "else sha256sum; fi | cut -c1-64; }\n";

// $1 .part, $2 directory, $3 owner for a directory it creates, $4 overlap bytes, $5 "resume",
// $6 "private": the directory is created 0700 and must be the writer's (or $3's) alone.
// A writer of an earlier try may still hold the .part (its connection died but sshd has not
// noticed yet): the lock waits for it, and a writer that does not let go is ended — it is a
// `cat` whose stdout is this very file, so nothing else is touched.
const char kPrepareScript[] =
    "export LC_ALL=C\n"
    "part=$1; dir=$2; owner=$3; win=$4\n"
    "if [ ! -d \"$dir\" ] && [ ! -L \"$dir\" ]; then\n"
    "  if [ \"$6\" = private ]; then mkdir -m 0700 -p -- \"$dir\" || exit 3\n"
    "  else mkdir -p -- \"$dir\" || exit 3; fi\n"
    "  if [ -n \"$owner\" ]; then chown -- \"$owner\" \"$dir\" || exit 3; fi\n"
    "  echo dir=created\n"
    "fi\n"
    "if [ \"$6\" = private ]; then\n"
    "  [ -L \"$dir\" ] && { echo \"unsafe=$dir is a symbolic link\"; exit 6; }\n"
    "  [ -d \"$dir\" ] || { echo \"unsafe=$dir is not a folder\"; exit 6; }\n"
    "  want=${owner%%:*}; [ -n \"$want\" ] || want=$(id -un)\n"
    "  u=$(stat -c %U -- \"$dir\") || exit 3\n"
    "  [ \"$u\" = \"$want\" ] || { echo \"unsafe=$dir belongs to $u, not $want\"; exit 6; }\n"
    "  m=$(stat -c %a -- \"$dir\") || exit 3\n"
    "  case $m in *[2367]?|*[2367]) echo \"unsafe=$dir has mode $m: others may write to it\"; "
    "exit 6;; esac\n"
    "  [ -L \"$part\" ] && { echo \"unsafe=$part is a symbolic link\"; exit 6; }\n"
    "fi\n"
    "if [ \"$5\" = resume ] && [ -e \"$part\" ]; then\n"
    "  if command -v flock >/dev/null 2>&1; then\n"
    "    exec 9<\"$part\" || exit 3\n"
    "    if ! flock -w 2 9; then\n"
    "      abs=$(readlink -f -- \"$part\")\n"
    "      for p in /proc/[0-9]*; do\n"
    "        if [ \"$(readlink \"$p/fd/1\" 2>/dev/null)\" = \"$abs\" ]; then\n"
    "          kill \"${p#/proc/}\" 2>/dev/null && echo stale-writer=\"${p#/proc/}\"\n"
    "        fi\n"
    "      done\n"
    "      flock -w 10 9 || { echo lock=busy; exit 4; }\n"
    "    fi\n"
    "  fi\n"
    "  size=$(stat -L -c %s -- \"$part\") || exit 3\n"
    "  echo size=$size\n"
    "  if [ \"$size\" -gt 0 ]; then\n"
    "    w=$win; [ \"$size\" -lt \"$w\" ] && w=$size\n"
    "    off=$((size - w))\n"
    "    echo overlap=$off,$w\n"
    "    echo ohash=$(tail -c +$((off + 1)) -- \"$part\" | head -c \"$w\" | sha)\n"
    "  fi\n"
    "fi\n"
    "df -P -B1 -- \"$dir\" 2>/dev/null | sed -n '2,$s/^/df=/p'\n"
    "if command -v bash >/dev/null 2>&1 && command -v stat >/dev/null 2>&1 &&\n"
    "   [ \"$(echo ok | tee --output-error=exit /dev/fd/3 3>&1 >/dev/null 2>/dev/null)\" = ok ]\n"
    "then\n"
    "  echo stream-hash=yes\n"
    "fi\n"
    "exit 0\n";

// $1 .part, $2 offset to continue from, $3 umask or "". Cuts the .part to exactly the
// verified prefix (it might have grown since the probe), then becomes `cat`, holding the lock
// until it exits. (A .part that is not a regular file cannot be cut: tests point it at
// /dev/full to get a real "No space left on device".)
const char kWriteScript[] =
    "export LC_ALL=C\n"
    "if [ -n \"$3\" ]; then umask \"$3\"; fi\n"
    "exec 9>>\"$1\" || exit 3\n"
    "if command -v flock >/dev/null 2>&1; then\n"
    "  flock -w 10 9 || { echo \"ocw: $1 is still being written by an earlier upload\" >&2; "
    "exit 4; }\n"
    "fi\n"
    "if [ -f \"$1\" ]; then truncate -s \"$2\" -- \"$1\" || exit 3; fi\n"
    "exec cat >&9\n";

// A fresh upload (offset 0) that the node hashes while it writes, so that the check needs no
// second read of the whole file: $1 .part, $2 umask or "". Run by bash (pipefail). tee's
// stdout is the .part (so that the stale-writer search above finds it by fd 1) and its one
// file argument is the pipe into `sha`. --output-error=exit makes tee stop at the first failed
// write, before that piece reaches the hash, so that the digest never covers bytes that are
// not in the file; pipefail makes that failure the exit status, and stderr keeps tee's errno
// text for classifyWriteFailure. A digest is printed only when every write succeeded, with the
// .part's identity at that moment (device, inode, size, ctime), which finish compares: a
// later change of the file by anything else makes finish hash the file itself.
const char kWriteHashedScript[] =
    "set -o pipefail\n"
    "export LC_ALL=C\n"
    "if [ -n \"$2\" ]; then umask \"$2\"; fi\n"
    "exec 9>>\"$1\" || exit 3\n"
    "if command -v flock >/dev/null 2>&1; then\n"
    "  flock -w 10 9 || { echo \"ocw: $1 is still being written by an earlier upload\" >&2; "
    "exit 4; }\n"
    "fi\n"
    "if [ -f \"$1\" ]; then truncate -s 0 -- \"$1\" || exit 3; fi\n"
    "h=$(tee --output-error=exit /dev/fd/3 3>&1 >&9 9>&- | sha 9>&-) || exit\n"
    "echo shash=$h\n"
    "echo fp=$(stat -L -c '%d:%i:%s:%z' -- \"$1\" 2>/dev/null)\n";

// $1 .part, $2 destination, $3 expected SHA-256, $4 mode or "", $5 owner or "", $6 the
// .part's identity as kWriteHashedScript left it or "", $7 the digest it computed. The
// identity includes the ctime, which every write and every metadata change moves and which
// userspace cannot set back: unchanged, the streamed digest is the file's; otherwise (or
// without one) the file is read and hashed here. What this cannot see: another process
// writing the .part in place while our writer runs, or within the same tick of the kernel's
// coarse clock after its last write (ctime has that resolution); the lock keeps our own
// writers out, and nothing else has a reason to write a .part of ours.
const char kFinishScript[] =
    "export LC_ALL=C\n"
    "if [ -n \"$6\" ] && [ \"$(stat -L -c '%d:%i:%s:%z' -- \"$1\" 2>/dev/null)\" = \"$6\" ]; then\n"
    "  h=$7; echo verified=stream\n"
    "else\n"
    "  h=$(sha < \"$1\"); echo verified=file\n"
    "fi\n"
    "echo hash=$h\n"
    "[ -n \"$h\" ] || exit 3\n"
    "[ \"$h\" = \"$3\" ] || exit 5\n"
    "if [ -d \"$2\" ]; then echo \"ocw: $2 is a directory\" >&2; exit 3; fi\n"
    "if [ -n \"$4\" ]; then chmod -- \"$4\" \"$1\" || exit 3; fi\n"
    "if [ -n \"$5\" ]; then chown -- \"$5\" \"$1\" || exit 3; fi\n"
    "mv -f -- \"$1\" \"$2\" || exit 3\n"
    "echo done\n";

// `<prefix> sh -c SCRIPT sh ARGS...`: every argument quoted once, never spliced in.
QString scriptCommand(const QString &prefix, const char *script, const QStringList &args,
                      bool withSha, const char *shell)
{
    QString body = QString::fromLatin1(script);
    if (withSha)
        body.prepend(QLatin1String(kShaFunction));
    QString cmd = prefix.trimmed();
    if (!cmd.isEmpty())
        cmd += QLatin1Char(' ');
    const QString sh = QString::fromLatin1(shell);
    cmd += sh + QStringLiteral(" -c ") + ShellQuote::quote(body) + QLatin1Char(' ') + sh +
           QLatin1Char(' ') + ShellQuote::join(args);
    return cmd;
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

// key=value lines as the scripts print them; the last one of a key wins.
QString valueOf(const QByteArray &out, const char *key, QList<QByteArray> *all = nullptr)
{
    QString value;
    const QByteArray prefix = QByteArray(key) + '=';
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith(prefix)) {
            value = QString::fromUtf8(line.mid(prefix.size()).trimmed());
            if (all)
                all->append(line.mid(prefix.size()));
        }
    }
    return value;
}

QString firstLine(const QByteArray &text)
{
    const QList<QByteArray> lines = text.trimmed().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.trimmed().isEmpty())
            return QString::fromUtf8(line.trimmed());
    }
    return QString();
}

QString parentDir(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

} // namespace

// ---------------------------------------------------------------------------------------------

FileUploader::WriteFailure FileUploader::classifyWriteFailure(const QByteArray &stdErr,
                                                              int exitStatus)
{
    if (exitStatus == 0 && stdErr.trimmed().isEmpty())
        return WriteFailure::None;
    const QByteArray text = stdErr.toLower();
    if (text.contains("no space left on device"))
        return WriteFailure::NoSpace;
    if (text.contains("disk quota exceeded"))
        return WriteFailure::QuotaExceeded;
    if (text.contains("read-only file system"))
        return WriteFailure::ReadOnly;
    if (text.contains("permission denied") || text.contains("operation not permitted"))
        return WriteFailure::PermissionDenied;
    return exitStatus == 0 ? WriteFailure::None : WriteFailure::Other;
}

bool FileUploader::parseDf(const QByteArray &dfOutput, qint64 *availableBytes, QString *mountPoint)
{
    // POSIX format (-P): "Filesystem 1-blocks Used Available Capacity Mounted on", one line per
    // filesystem; the mount point is the rest of the line (it may contain spaces).
    static const QRegularExpression line(
        QStringLiteral("^(?:df=)?\\S+\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+%|-)\\s+(.+)$"));
    for (const QByteArray &raw : dfOutput.split('\n')) {
        const QRegularExpressionMatch m = line.match(QString::fromUtf8(raw.trimmed()));
        if (!m.hasMatch())
            continue;
        bool ok = false;
        const qint64 avail = m.captured(3).toLongLong(&ok);
        if (!ok)
            continue;
        if (availableBytes)
            *availableBytes = avail;
        if (mountPoint)
            *mountPoint = m.captured(5).trimmed();
        return true;
    }
    return false;
}

QString FileUploader::formatBytes(qint64 bytes)
{
    if (bytes < 1024)
        return Tr::tr("%1 B").arg(bytes);
    const char *units[] = {"KiB", "MiB", "GiB", "TiB"};
    double value = double(bytes);
    int unit = -1;
    while (value >= 1024.0 && unit < 3) {
        value /= 1024.0;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(QString::number(value, 'f', value < 10 ? 2 : 1),
                                       QLatin1String(units[unit]));
}

Error FileUploader::writeError(const QString &node, const QString &remotePath,
                               const QByteArray &stdErr, int exitStatus, const QByteArray &dfOutput,
                               qint64 bytesAt, qint64 bytesTotal)
{
    const QString part = remotePath + QStringLiteral(".part");
    QString details = QStringLiteral("exit status %1, at %2 of %3 bytes, writing %4")
                          .arg(exitStatus)
                          .arg(bytesAt)
                          .arg(bytesTotal)
                          .arg(part);
    if (!stdErr.trimmed().isEmpty())
        details +=
            QStringLiteral("\nstderr: %1").arg(QString::fromUtf8(stdErr.trimmed().right(600)));
    if (!dfOutput.trimmed().isEmpty())
        details += QStringLiteral("\ndf: %1").arg(QString::fromUtf8(dfOutput.trimmed()));

    qint64 avail = -1;
    QString mount;
    const bool haveDf = parseDf(dfOutput, &avail, &mount);
    const QString where = haveDf ? mount : parentDir(remotePath);
    const QString dfText =
        haveDf ? Tr::tr("df shows %1 free").arg(formatBytes(avail)) : Tr::tr("df gave no answer");
    const QString need = formatBytes(qMax<qint64>(0, bytesTotal - bytesAt));

    switch (classifyWriteFailure(stdErr, exitStatus)) {
    case WriteFailure::NoSpace:
        return makeError(
            ErrorCode::RemoteCommandFailed,
            Tr::tr("%1: the upload stopped: no space left on %2 (%3).").arg(node, where, dfText),
            details + QStringLiteral("\nkind: no-space"),
            Tr::tr("Free at least %1 on %2 of %3, or choose another directory, "
                   "then upload again: it continues from %4.")
                .arg(need, where, node, part));
    case WriteFailure::QuotaExceeded:
        return makeError(ErrorCode::RemoteCommandFailed,
                         Tr::tr("%1: the upload stopped: the disk quota on %2 is exhausted (%3).")
                             .arg(node, where, dfText),
                         details + QStringLiteral("\nkind: quota"),
                         Tr::tr("Raise the writing user's quota on %1 or free space, then "
                                "upload again.")
                             .arg(where));
    case WriteFailure::ReadOnly:
        return makeError(
            ErrorCode::RemoteCommandFailed,
            Tr::tr("%1: the upload stopped: %2 is on a read-only file system.")
                .arg(node, parentDir(remotePath)),
            details + QStringLiteral("\nkind: read-only"),
            Tr::tr("Choose a writable directory, or remount %1 read-write.").arg(where));
    case WriteFailure::PermissionDenied:
        return makeError(
            ErrorCode::RemoteCommandFailed,
            Tr::tr("%1: the upload was refused: no permission to write %2.").arg(node, part),
            details + QStringLiteral("\nkind: permission"),
            Tr::tr("Upload with privileges (sudo), or choose a directory the "
                   "login user may write to."));
    case WriteFailure::None:
    case WriteFailure::Other:
        break;
    }
    const QString said = firstLine(stdErr);
    return makeError(
        ErrorCode::RemoteCommandFailed,
        said.isEmpty()
            ? Tr::tr("%1: writing %2 failed (exit status %3).").arg(node, part).arg(exitStatus)
            : Tr::tr("%1: writing %2 failed: %3").arg(node, part, said),
        details + QStringLiteral("\nkind: other"));
}

// ---------------------------------------------------------------------------------------------

// One call of upload(): the request, the local file and the progress bookkeeping.
class FileUploader::Run
{
public:
    Run(RemoteShell &session, const UploadRequest &request, const ProgressCallback &progress)
        : m_session(session)
        , m_request(request)
        , m_progress(progress)
        , m_node(session.nodeName())
        , m_cancel(session.cancelToken())
        , m_part(request.remotePath + QStringLiteral(".part"))
        , m_deadline(request.timeoutMs > 0 ? QDeadlineTimer(request.timeoutMs)
                                           : QDeadlineTimer(QDeadlineTimer::Forever))
    {
        m_clock.start();
    }

    Expected<UploadResult> execute();

private:
    struct Prepared
    {
        qint64 partSize = -1; // -1: no .part (or resume off)
        qint64 overlapOffset = 0;
        qint64 overlapLength = 0;
        QByteArray overlapHash;
        QByteArray df;
        QStringList notes;       // "created /opt/octane", "ended a stale writer (pid 123)"
        bool streamHash = false; // bash, tee --output-error and /dev/fd: kWriteHashedScript works
    };

    // What the node's writer said after a hashed fresh send (both empty otherwise).
    struct Streamed
    {
        QByteArray hash;     // SHA-256 of every byte written
        QString fingerprint; // the .part's device:inode:size:ctime right after
    };

    Expected<Done> validate();
    QString command(const char *script, const QStringList &args, bool withSha,
                    const char *shell = "sh") const;
    int stepTimeout(int wantedMs) const;
    Expected<ExecResult> run(const char *script, const QStringList &args, bool withSha,
                             int timeoutMs);
    Expected<Prepared> prepare();
    Expected<QByteArray> hashLocal(qint64 from, qint64 length);
    Expected<Done> send(qint64 offset, bool hashed, Streamed *streamed);
    Expected<QByteArray> localHash(FileHasher &hasher);
    Expected<bool> finish(const QByteArray &sha256Hex, const Streamed &streamed,
                          QByteArray *remoteHash);
    Error remoteError(const QString &what, const Expected<ExecResult> &result) const;
    Error interrupted(const Error &cause, qint64 at) const;

    void report(UploadProgress::Phase phase, bool force);

    RemoteShell &m_session;
    const UploadRequest &m_request;
    const ProgressCallback &m_progress;
    const QString m_node;
    const CancelToken m_cancel;
    const QString m_part;
    const QDeadlineTimer m_deadline;
    QElapsedTimer m_clock;

    QFile m_file;
    qint64 m_total = 0;
    qint64 m_position = 0; // bytes of the file the node has (resumed + sent)
    UploadResult m_result;

    QElapsedTimer m_sinceReport;
    bool m_reported = false;
    std::deque<std::pair<qint64, qint64>> m_samples; // (clock ms, position) of this try
};

Expected<Done> FileUploader::Run::validate()
{
    const QString &dest = m_request.remotePath;
    auto invalid = [](const QString &message) {
        return makeError(ErrorCode::InvalidInput, message);
    };
    if (m_request.localPath.isEmpty())
        return invalid(Tr::tr("%1: no local file to upload.").arg(m_node));
    if (!dest.startsWith(QLatin1Char('/')) || dest.endsWith(QLatin1Char('/')) ||
        dest.contains(QLatin1Char('\n')) || dest.contains(QChar(0)))
        return invalid(Tr::tr("%1: the upload destination must be an absolute file path, not "
                              "\"%2\".")
                           .arg(m_node, dest));
    static const QRegularExpression modeRe(QStringLiteral("^[0-7]{3,4}$"));
    if (!m_request.mode.isEmpty() && !modeRe.match(m_request.mode).hasMatch())
        return invalid(Tr::tr("%1: the file mode must be octal, like 0644, not \"%2\".")
                           .arg(m_node, m_request.mode));
    static const QRegularExpression ownerRe(
        QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]*\\$?(:[A-Za-z0-9_][A-Za-z0-9_.-]*\\$?)?$"));
    if (!m_request.owner.isEmpty() && !ownerRe.match(m_request.owner).hasMatch())
        return invalid(Tr::tr("%1: the file owner must be \"user\" or \"user:group\", not "
                              "\"%2\".")
                           .arg(m_node, m_request.owner));
    if (m_request.commandPrefix.contains(QLatin1Char('\n')))
        return invalid(Tr::tr("%1: the command prefix must be one line.").arg(m_node));
    // A preamble (a sudo password) is only safe before a command that reads it: anything else
    // would pass it on to `cat`, into the file.
    if (!m_request.stdinPreamble.isEmpty()) {
        bool readsStdin = false;
        for (const QString &word :
             m_request.commandPrefix.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (word.startsWith(QLatin1Char('-')) && !word.startsWith(QLatin1String("--")) &&
                word.contains(QLatin1Char('S')))
                readsStdin = true;
        }
        if (!readsStdin)
            return invalid(Tr::tr("%1: a password for the upload needs a command prefix that "
                                  "reads it (sudo -S).")
                               .arg(m_node));
    }
    return Done{};
}

QString FileUploader::Run::command(const char *script, const QStringList &args, bool withSha,
                                   const char *shell) const
{
    return scriptCommand(m_request.commandPrefix, script, args, withSha, shell);
}

int FileUploader::Run::stepTimeout(int wantedMs) const
{
    if (m_deadline.isForever())
        return wantedMs;
    return int(qBound<qint64>(1, m_deadline.remainingTime(), qint64(wantedMs)));
}

Expected<ExecResult> FileUploader::Run::run(const char *script, const QStringList &args,
                                            bool withSha, int timeoutMs)
{
    ExecRequest exec;
    exec.command = command(script, args, withSha);
    exec.stdinData = m_request.stdinPreamble;
    exec.timeoutMs = stepTimeout(timeoutMs);
    if (m_deadline.hasExpired()) {
        return makeError(ErrorCode::Timeout,
                         Tr::tr("%1: the upload of %2 ran out of time after %3 s.")
                             .arg(m_node, m_request.remotePath, seconds(m_clock.elapsed())));
    }
    return m_session.exec(exec);
}

Error FileUploader::Run::remoteError(const QString &what, const Expected<ExecResult> &r) const
{
    if (!r)
        return r.error();
    const QString said = firstLine(r->stdErr);
    QString details = QStringLiteral("exit status %1").arg(r->exitStatus);
    if (!r->stdErr.trimmed().isEmpty())
        details += QStringLiteral("\nstderr: %1").arg(QString::fromUtf8(r->stdErr.trimmed()));
    if (!r->stdOut.trimmed().isEmpty())
        details += QStringLiteral("\nstdout: %1").arg(QString::fromUtf8(r->stdOut.trimmed()));
    Error error = makeError(
        ErrorCode::RemoteCommandFailed,
        said.isEmpty()
            ? Tr::tr("%1: %2 failed (exit status %3).").arg(m_node, what).arg(r->exitStatus)
            : Tr::tr("%1: %2 failed: %3").arg(m_node, what, said),
        details);
    const WriteFailure kind = classifyWriteFailure(r->stdErr, r->exitStatus);
    if (kind == WriteFailure::PermissionDenied) {
        error.fix = Tr::tr("Upload with privileges (sudo), or choose a directory the login "
                           "user may write to.");
    } else if (r->stdErr.contains("sudo")) {
        error.fix =
            Tr::tr("Check that the login user may run commands with sudo on %1.").arg(m_node);
    }
    return error;
}

Error FileUploader::Run::interrupted(const Error &cause, qint64 at) const
{
    const QString dest = m_request.remotePath;
    const QString where = Tr::tr("%1 of %2").arg(formatBytes(at), formatBytes(m_total));
    Error error = cause;
    error.details = cause.message + QLatin1Char('\n') + cause.details;
    switch (cause.code) {
    case ErrorCode::Cancelled:
        error.message =
            Tr::tr("%1: the upload of %2 was cancelled at %3.").arg(m_node, dest, where);
        error.fix = Tr::tr("Upload again to continue from %1.").arg(m_part);
        break;
    case ErrorCode::Timeout:
        error.message = cause.message.contains(QLatin1String("accepted no data"))
                            ? Tr::tr("%1: the upload of %2 stalled at %3: the node accepted no "
                                     "data for %4 s.")
                                  .arg(m_node, dest, where, seconds(m_request.stallTimeoutMs))
                            : Tr::tr("%1: the upload of %2 timed out at %3 after %4 s.")
                                  .arg(m_node, dest, where, seconds(m_clock.elapsed()));
        error.fix = Tr::tr("Check the network to %1, then upload again: it continues from %2.")
                        .arg(m_node, m_part);
        break;
    case ErrorCode::ChannelFailed:
        error.message = Tr::tr("%1: the connection broke during the upload of %2, at %3.")
                            .arg(m_node, dest, where);
        error.fix = Tr::tr("Connect again and upload again: it continues from %1.").arg(m_part);
        break;
    default:
        error.details = cause.details;
        break;
    }
    return error;
}

void FileUploader::Run::report(UploadProgress::Phase phase, bool force)
{
    if (!m_progress)
        return;
    if (!force && m_reported && m_sinceReport.elapsed() < kProgressIntervalMs)
        return;
    const qint64 now = m_clock.elapsed();
    if (phase == UploadProgress::Phase::Sending) {
        m_samples.emplace_back(now, m_position);
        while (m_samples.size() > 2 && now - m_samples[1].first >= kRateWindowMs)
            m_samples.pop_front();
    }
    UploadProgress p;
    p.phase = phase;
    p.bytesSent = m_position;
    p.bytesTotal = m_total;
    if (phase == UploadProgress::Phase::Done) {
        p.bytesPerSecond = m_result.sendBytesPerSecond();
        p.secondsLeft = 0;
    } else if (m_samples.size() >= 2 && now - m_samples.front().first >= 200) {
        const double ms = double(now - m_samples.front().first);
        p.bytesPerSecond = double(m_position - m_samples.front().second) * 1000.0 / ms;
        if (p.bytesPerSecond > 0)
            p.secondsLeft = double(m_total - m_position) / p.bytesPerSecond;
    }
    m_reported = true;
    m_sinceReport.restart();
    m_progress(p);
}

Expected<FileUploader::Run::Prepared> FileUploader::Run::prepare()
{
    const QString dir = parentDir(m_request.remotePath);
    const QString dirOwner = m_request.owner;
    auto r = run(kPrepareScript,
                 {m_part, dir, dirOwner, QString::number(kOverlapBytes),
                  m_request.resume ? QStringLiteral("resume") : QStringLiteral("fresh"),
                  m_request.privateFolder ? QStringLiteral("private") : QStringLiteral("shared")},
                 true, kStepTimeoutMs);
    if (!r || r->exitStatus != 0) {
        if (r && r->exitStatus == kExitLocked) {
            return makeError(
                ErrorCode::RemoteCommandFailed,
                Tr::tr("%1: %2 is still being written by an earlier upload that "
                       "does not stop.")
                    .arg(m_node, m_part),
                QString::fromUtf8(r->stdOut + r->stdErr),
                Tr::tr("Wait a minute and upload again, or remove %1 on %2.").arg(m_part, m_node));
        }
        if (r && r->exitStatus == kExitUnsafeFolder) {
            return makeError(
                ErrorCode::RemoteCommandFailed,
                Tr::tr("%1: refusing to stage the package: %2.")
                    .arg(m_node, DisplayText::escaped(valueOf(r->stdOut, "unsafe"))),
                QString::fromUtf8(r->stdOut + r->stdErr),
                Tr::tr("Another user of %1 may have created %2: find out who, remove it, and "
                       "run again; the upload then creates it, private to %3.")
                    .arg(m_node, dir,
                         m_request.owner.isEmpty() ? Tr::tr("the login user") : m_request.owner));
        }
        if (!r)
            return interrupted(r.error(), 0);
        return remoteError(Tr::tr("preparing the upload to %1").arg(dir), r);
    }
    Prepared p;
    const QByteArray &out = r->stdOut;
    p.partSize = m_request.resume && out.contains("size=") ? valueOf(out, "size").toLongLong() : -1;
    const QStringList overlap = valueOf(out, "overlap").split(QLatin1Char(','));
    if (overlap.size() == 2) {
        p.overlapOffset = overlap.at(0).toLongLong();
        p.overlapLength = overlap.at(1).toLongLong();
        p.overlapHash = valueOf(out, "ohash").toLatin1();
    }
    QList<QByteArray> dfLines;
    valueOf(out, "df", &dfLines);
    p.df = dfLines.join('\n');
    if (out.contains("dir=created"))
        p.notes.append(QStringLiteral("created %1").arg(dir));
    const QString stale = valueOf(out, "stale-writer");
    if (!stale.isEmpty())
        p.notes.append(QStringLiteral("ended a stale writer (pid %1)").arg(stale));
    p.streamHash = out.contains("stream-hash=yes");
    return p;
}

Expected<QByteArray> FileUploader::Run::hashLocal(qint64 from, qint64 length)
{
    Sha256 hash;
    if (!m_file.seek(from)) {
        return makeError(
            ErrorCode::Io,
            Tr::tr("Cannot read %1: %2").arg(m_request.localPath, m_file.errorString()));
    }
    QByteArray buffer(int(kPieceSize), Qt::Uninitialized);
    qint64 left = length;
    while (left > 0) {
        if (m_cancel.isCancelled()) {
            return makeError(
                ErrorCode::Cancelled,
                Tr::tr("%1: the upload of %2 was cancelled.").arg(m_node, m_request.remotePath));
        }
        const qint64 n = m_file.read(buffer.data(), qMin<qint64>(left, buffer.size()));
        if (n <= 0) {
            return makeError(ErrorCode::Io, Tr::tr("Cannot read %1: %2")
                                                .arg(m_request.localPath,
                                                     n < 0 ? m_file.errorString()
                                                           : Tr::tr("the file became shorter")));
        }
        hash.add(buffer.constData(), n);
        left -= n;
    }
    return hash.hex();
}

Expected<QByteArray> FileUploader::Run::localHash(FileHasher &hasher)
{
    const FileDigest::Result digest = hasher.wait();
    const QString error = digest.ok() ? QString() : digest.error.details;
    const qint64 bytes = digest.bytes;
    const QByteArray hex = digest.sha256Hex;
    if (m_cancel.isCancelled()) {
        return makeError(
            ErrorCode::Cancelled,
            Tr::tr("%1: the upload of %2 was cancelled.").arg(m_node, m_request.remotePath));
    }
    if (!error.isEmpty() || bytes != m_total) {
        return makeError(
            ErrorCode::Io,
            Tr::tr("Cannot read %1: %2")
                .arg(m_request.localPath,
                     error.isEmpty() ? Tr::tr("the file changed during the upload") : error));
    }
    return hex;
}

Expected<Done> FileUploader::Run::send(qint64 offset, bool hashed, Streamed *streamed)
{
    if (!m_file.seek(offset)) {
        return makeError(
            ErrorCode::Io,
            Tr::tr("Cannot read %1: %2").arg(m_request.localPath, m_file.errorString()));
    }
    m_position = offset;
    m_samples.clear();
    report(UploadProgress::Phase::Sending, true);

    qint64 readSoFar = 0;
    const qint64 wanted = m_total - offset;
    StreamInput input;
    input.bufferSize = kPieceSize;
    input.stallTimeoutMs = m_request.stallTimeoutMs;
    input.read = [&](char *buffer, qint64 capacity) -> Expected<qint64> {
        const qint64 n = m_file.read(buffer, qMin(capacity, wanted - readSoFar));
        if (n < 0) {
            return makeError(
                ErrorCode::Io,
                Tr::tr("Cannot read %1: %2").arg(m_request.localPath, m_file.errorString()));
        }
        readSoFar += n;
        return n;
    };
    input.onWritten = [&](qint64 written) {
        m_position = offset + written;
        report(UploadProgress::Phase::Sending, false);
    };

    // A mode is set only at the end: until then the .part is for the writing user alone.
    const QString umask = m_request.mode.isEmpty() ? QString() : QStringLiteral("077");
    ExecRequest exec;
    exec.command = hashed ? command(kWriteHashedScript, {m_part, umask}, true, "bash")
                          : command(kWriteScript, {m_part, QString::number(offset), umask}, false);
    exec.stdinData = m_request.stdinPreamble;
    exec.timeoutMs = m_deadline.isForever() ? 0 : int(qMax<qint64>(1, m_deadline.remainingTime()));

    QElapsedTimer sendClock;
    sendClock.start();
    const Expected<ExecResult> r = m_session.execStreaming(exec, input);
    m_result.sendMs += sendClock.elapsed();
    m_result.bytesTransferred += m_position - offset;
    if (!r)
        return interrupted(r.error(), m_position);
    if (r->exitStatus == kExitLocked) {
        return makeError(
            ErrorCode::RemoteCommandFailed,
            Tr::tr("%1: %2 is still being written by an earlier upload that does "
                   "not stop.")
                .arg(m_node, m_part),
            QString::fromUtf8(r->stdErr),
            Tr::tr("Wait a minute and upload again, or remove %1 on %2.").arg(m_part, m_node));
    }
    if (r->exitStatus != 0 || readSoFar != wanted) {
        if (r->exitStatus == 0) {
            return makeError(ErrorCode::Io,
                             Tr::tr("Cannot read %1: the file changed during the upload.")
                                 .arg(m_request.localPath),
                             QStringLiteral("read %1 of %2 bytes").arg(readSoFar).arg(wanted));
        }
        // Ask df where the space went; a second short command on the same session.
        QByteArray df;
        if (classifyWriteFailure(r->stdErr, r->exitStatus) == WriteFailure::NoSpace ||
            classifyWriteFailure(r->stdErr, r->exitStatus) == WriteFailure::QuotaExceeded) {
            ExecRequest dfExec;
            dfExec.command = QStringLiteral("LC_ALL=C df -P -B1 -- %1")
                                 .arg(ShellQuote::quote(parentDir(m_request.remotePath)));
            dfExec.timeoutMs = stepTimeout(10000);
            const auto dfr = m_session.exec(dfExec);
            if (dfr)
                df = dfr->stdOut;
        }
        // cat's `position` counts what we handed to SSH; what reached the disk is less.
        return writeError(m_node, m_request.remotePath, r->stdErr, r->exitStatus, df, m_position,
                          m_total);
    }
    if (hashed) {
        streamed->hash = valueOf(r->stdOut, "shash").toLatin1();
        streamed->fingerprint = valueOf(r->stdOut, "fp");
        // Without a digest, or with a .part that is not as long as the file (the writer's
        // exit status should have said so already), finish reads the file back, as after a
        // resumed send.
        if (streamed->hash.size() != 64 ||
            streamed->fingerprint.section(QLatin1Char(':'), 2, 2).toLongLong() != m_total)
            *streamed = Streamed{};
    }
    return Done{};
}

Expected<bool> FileUploader::Run::finish(const QByteArray &sha256Hex, const Streamed &streamed,
                                         QByteArray *remoteHash)
{
    // The time limit allows for reading the whole file back even after a hashed send: the
    // .part may have changed since.
    const qint64 verifyMs = kStepTimeoutMs + qint64(double(m_total) / kVerifyBytesPerSecond * 1000);
    QElapsedTimer clock;
    clock.start();
    auto r = run(kFinishScript,
                 {m_part, m_request.remotePath, QString::fromLatin1(sha256Hex), m_request.mode,
                  m_request.owner, streamed.fingerprint, QString::fromLatin1(streamed.hash)},
                 true, int(qMin<qint64>(verifyMs, 24 * 3600 * 1000)));
    m_result.verifyMs += clock.elapsed();
    if (!r)
        return interrupted(r.error(), m_position);
    *remoteHash = valueOf(r->stdOut, "hash").toLatin1();
    m_result.hashedWhileSending = valueOf(r->stdOut, "verified") == QLatin1String("stream");
    if (r->exitStatus == kExitMismatch)
        return false;
    if (r->exitStatus != 0)
        return remoteError(Tr::tr("putting %1 in place").arg(m_request.remotePath), r);
    return true;
}

Expected<UploadResult> FileUploader::Run::execute()
{
    if (auto ok = validate(); !ok)
        return ok.error();
    m_file.setFileName(m_request.localPath);
    if (!m_file.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorCode::Io,
            Tr::tr("Cannot read %1: %2").arg(m_request.localPath, m_file.errorString()));
    }
    m_total = m_file.size();
    m_result.bytesTotal = m_total;
    if (!m_session.isUsable()) {
        return makeError(
            ErrorCode::ChannelFailed,
            Tr::tr("%1: no open SSH session to upload %2 with.").arg(m_node, m_request.localPath),
            QString(), Tr::tr("Connect to the node again, then upload again."));
    }
    report(UploadProgress::Phase::Preparing, true);
    FileHasher hasher(m_request.localPath, m_cancel);

    bool resume = m_request.resume;
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto prepared = prepare();
        if (!prepared)
            return prepared.error();
        const Prepared &p = prepared.value();

        // Continue from the .part only if its last MiB equals ours there.
        qint64 offset = 0;
        if (resume && p.partSize > 0 && p.partSize <= m_total &&
            p.overlapOffset + p.overlapLength == p.partSize && !p.overlapHash.isEmpty()) {
            auto local = hashLocal(p.overlapOffset, p.overlapLength);
            if (!local)
                return local.error();
            if (local.value() == p.overlapHash)
                offset = p.partSize;
        }
        if (p.partSize > 0 && offset == 0)
            m_result.restarted = true;
        m_result.resumedFrom = offset;
        m_result.notes += p.notes;

        qint64 avail = -1;
        QString mount;
        if (parseDf(p.df, &avail, &mount) && avail < m_total - offset) {
            Error error = makeError(
                ErrorCode::RemoteCommandFailed,
                Tr::tr("%1: not enough space on %2 for %3: %4 needed, df shows %5 free.")
                    .arg(m_node, mount, m_request.remotePath, formatBytes(m_total - offset),
                         formatBytes(avail)),
                QStringLiteral("df: %1\nkind: no-space").arg(QString::fromUtf8(p.df)),
                Tr::tr("Free space on %1 of %2, or choose another directory.").arg(mount, m_node));
            Logging::node(m_node, error.message);
            return error;
        }
        Logging::node(
            m_node,
            QStringLiteral("uploading %1 (%2) to %3%4%5")
                .arg(m_request.localPath, formatBytes(m_total), m_request.remotePath,
                     offset > 0 ? QStringLiteral(", resuming at %1").arg(formatBytes(offset))
                                : QString(),
                     p.notes.isEmpty()
                         ? QString()
                         : QStringLiteral(" (%1)").arg(p.notes.join(QLatin1String(", ")))));

        // A fresh send is hashed by the node as it writes; after a resumed one the node reads
        // the whole file (the kept prefix was never in a stream of this call).
        const bool hashed = offset == 0 && p.streamHash && m_request.hashWhileSending;
        Streamed streamed;
        if (auto sent = send(offset, hashed, &streamed); !sent) {
            Logging::node(m_node, sent.error().message);
            return sent.error();
        }
        if (m_result.sha256Hex.isEmpty()) {
            auto hash = localHash(hasher);
            if (!hash)
                return hash.error();
            m_result.sha256Hex = hash.value();
        }

        report(UploadProgress::Phase::Verifying, true);
        QByteArray remoteHash;
        auto same = finish(m_result.sha256Hex, streamed, &remoteHash);
        if (!same) {
            Logging::node(m_node, same.error().message);
            return same.error();
        }
        if (same.value()) {
            m_result.totalMs = m_clock.elapsed();
            m_position = m_total;
            report(UploadProgress::Phase::Done, true);
            Logging::node(m_node,
                          QStringLiteral("uploaded %1 to %2: %3 sent in %4 s (%5/s), "
                                         "SHA-256 %6 verified")
                              .arg(m_request.localPath, m_request.remotePath,
                                   formatBytes(m_result.bytesTransferred), seconds(m_result.sendMs),
                                   formatBytes(qint64(m_result.sendBytesPerSecond())),
                                   QString::fromLatin1(m_result.sha256Hex)));
            return m_result;
        }
        if (offset == 0) {
            Error error = makeError(
                ErrorCode::RemoteCommandFailed,
                Tr::tr("%1: %2 differs from the local file after the upload.").arg(m_node, m_part),
                QStringLiteral("SHA-256 on the node %1, local %2")
                    .arg(QString::fromLatin1(remoteHash), QString::fromLatin1(m_result.sha256Hex)),
                Tr::tr("Check that nothing else writes to %1 on %2, then upload again.")
                    .arg(m_part, m_node));
            Logging::node(m_node, error.message);
            return error;
        }
        // The kept prefix was not ours after all (its last MiB matched): send it all again.
        Logging::node(m_node, QStringLiteral("%1 did not match after resuming at %2; sending "
                                             "the whole file again")
                                  .arg(m_part, formatBytes(offset)));
        resume = false;
        m_result.restarted = true;
    }
    return makeError(ErrorCode::Internal,
                     Tr::tr("%1: the upload of %2 gave up.").arg(m_node, m_request.remotePath));
}

// ---------------------------------------------------------------------------------------------

FileUploader::FileUploader(RemoteShell &session)
    : m_session(session)
{
}

void FileUploader::setProgressCallback(ProgressCallback callback)
{
    m_progress = std::move(callback);
}

Expected<UploadResult> FileUploader::upload(const UploadRequest &request)
{
    Run run(m_session, request, m_progress);
    return run.execute();
}

QStringList FileUploader::plannedCommands(const UploadRequest &request, const QString &sha256Hex)
{
    // What Run::prepare(), Run::send() (fresh, hashed while writing) and Run::finish() build.
    const QString part = request.remotePath + QStringLiteral(".part");
    const QString umask = request.mode.isEmpty() ? QString() : QStringLiteral("077");
    return {scriptCommand(
                request.commandPrefix, kPrepareScript,
                {part, parentDir(request.remotePath), request.owner, QString::number(kOverlapBytes),
                 request.resume ? QStringLiteral("resume") : QStringLiteral("fresh"),
                 request.privateFolder ? QStringLiteral("private") : QStringLiteral("shared")},
                true, "sh"),
            scriptCommand(request.commandPrefix, kWriteHashedScript, {part, umask}, true, "bash"),
            scriptCommand(request.commandPrefix, kFinishScript,
                          {part, request.remotePath,
                           sha256Hex.isEmpty() ? QStringLiteral("<sha256>") : sha256Hex,
                           request.mode, request.owner, QStringLiteral("<written-file-identity>"),
                           QStringLiteral("<written-sha256>")},
                          true, "sh")};
}

QString FileUploader::plannedForm(const QString &command)
{
    // Only the check-and-rename carries values known after sending: its last two arguments.
    const QString marker =
        ShellQuote::quote(QLatin1String(kShaFunction) + QLatin1String(kFinishScript)) +
        QStringLiteral(" sh ");
    const int at = command.indexOf(marker);
    if (at < 0)
        return command;
    QStringList args = ShellQuote::split(command.mid(at + marker.size()));
    if (args.size() != 7)
        return command;
    args[5] = QStringLiteral("<written-file-identity>");
    args[6] = QStringLiteral("<written-sha256>");
    return command.left(at + marker.size()) + ShellQuote::join(args);
}

} // namespace Ocw::Core
