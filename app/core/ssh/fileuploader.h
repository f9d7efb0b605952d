#pragma once

#include "../base/expected.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace Ocw::Core {

class RemoteShell;

// One file to put on a node.
struct UploadRequest
{
    QString localPath;
    QString remotePath; // absolute; written as `<remotePath>.part`, renamed when verified
    // Runs every remote command of the upload with other privileges: a command prefix that
    // executes the argv following it, e.g. "sudo -n", "sudo -n -u octane --", or
    // PrivilegeProbe::runAsCommand()-style "sudo -k -S -p '' --". Empty: the login user.
    // Must not contain secrets (it is a command line); quote user input in it with ShellQuote.
    QString commandPrefix;
    // Bytes sent on the stdin of every remote command before anything else, e.g. the sudo
    // password and '\n' for a "sudo -S" prefix. Never logged, never on a command line.
    QByteArray stdinPreamble;
    QString mode;      // octal, e.g. "0644"; empty: as the umask makes it
    QString owner;     // "user" or "user:group" for the file (and a directory the upload creates)
    int timeoutMs = 0; // the whole upload, verification included; 0: no limit
    int stallTimeoutMs = 60000; // the node takes no byte for this long: Timeout
    bool resume = true;         // continue a `.part` left by an earlier try
    // A fresh send is hashed by the node as it writes it; false: the node reads the .part
    // back after sending, as after a resumed send (ocw_upload_bench compares the two).
    bool hashWhileSending = true;
    // The folder must be private to the writer: created with mode 0700, and refused (never
    // written into) when it is a symlink, belongs to someone else than the writer (or
    // `owner`), or others may write to it; a `.part` that is a symlink is refused too. For a
    // package staged where a local user of the node could have planted the folder.
    bool privateFolder = false;
};

struct UploadProgress
{
    enum class Phase { Preparing, Sending, Verifying, Done };
    Phase phase = Phase::Preparing;
    qint64 bytesSent = 0; // position in the file (a resumed prefix counts as sent)
    qint64 bytesTotal = 0;
    double bytesPerSecond = 0; // over the last ~3 s of this try; 0 while unknown
    double secondsLeft = -1;   // -1 while unknown
};

struct UploadResult
{
    qint64 bytesTotal = 0;
    qint64 resumedFrom = 0;      // bytes kept from an earlier try's .part
    qint64 bytesTransferred = 0; // bytes sent by this call (all tries)
    bool restarted = false;      // a .part was found but did not match: sent from the start
    QStringList notes;           // e.g. "created /opt/octane", "ended a stale writer (pid 4242)"
    QByteArray sha256Hex;        // of the local file, equal to the node's
    qint64 sendMs = 0;           // streaming only
    qint64 verifyMs = 0;         // the check on the node, mode, owner and rename
    qint64 totalMs = 0;          // preparation, streaming and verification
    // The node's digest was computed while it wrote the file (a fresh send, the .part not
    // touched since); false: it read the file back after sending (a resumed send, or a node
    // without bash or GNU tee ≥ 8.24).
    bool hashedWhileSending = false;
    double sendBytesPerSecond() const
    {
        return sendMs > 0 ? double(bytesTransferred) * 1000.0 / double(sendMs) : 0.0;
    }
};

// Uploads a local file to a node over an open RemoteShell (an SshSession): an exec channel
// streaming 1 MiB pieces (faster than SFTP with libssh2 1.10) into `<dest>.part`; continues a
// .part left by a broken try (its last MiB is compared first); checks SHA-256 on the node
// against the local file's, then sets mode and owner and renames into place (`mv -f`). A
// fresh send goes through `tee` into the .part and into the node's SHA-256, so the check needs
// no second read of the file; a resumed send goes through `cat` and the node reads the whole
// .part back to hash it. Runs on the caller's thread, blocking; uses the session exclusively
// while it runs; cancel through the session's CancelToken (honoured within a second). The
// remote .part is kept on failure and cancel, so that the next try resumes. Owner: the node's
// worker, next to its session.
class FileUploader
{
public:
    using ProgressCallback = std::function<void(const UploadProgress &)>;

    explicit FileUploader(RemoteShell &session);

    // Called on the caller's thread: at the start of each phase, then at most every 100 ms
    // while sending, and once with Phase::Done. It must not use the session.
    void setProgressCallback(ProgressCallback callback);

    // Errors (message names the node and the file): InvalidInput (bad request), Io (local
    // file unreadable), RemoteCommandFailed (the node could not create the directory, write,
    // verify or rename; "no space left" is detected from stderr and reported with df's free
    // space; a checksum mismatch after a fresh send), Timeout, Cancelled, ChannelFailed (the
    // connection broke: open a new session and upload again to resume).
    Expected<UploadResult> upload(const UploadRequest &request);

    // Why a remote write failed, from its stderr (LC_ALL=C).
    enum class WriteFailure { None, NoSpace, QuotaExceeded, ReadOnly, PermissionDenied, Other };
    static WriteFailure classifyWriteFailure(const QByteArray &stdErr, int exitStatus);

    // `df -P -B1 <dir>` output: available bytes and mount point. False if unparsable.
    static bool parseDf(const QByteArray &dfOutput, qint64 *availableBytes, QString *mountPoint);

    // The user's message for a failed remote write (pure: used by upload() and by tests).
    static Error writeError(const QString &node, const QString &remotePath,
                            const QByteArray &stdErr, int exitStatus, const QByteArray &dfOutput,
                            qint64 bytesAt, qint64 bytesTotal);

    // The commands a fresh upload of `request` runs, for the dry run: the preparation, the send
    // (hashed while the node writes) and the check and rename, with <placeholders> for what is
    // known only after sending (and for the digest when `sha256Hex` is empty).
    static QStringList plannedCommands(const UploadRequest &request, const QString &sha256Hex = {});
    // A command as upload() ran it, as plannedCommands() shows it.
    static QString plannedForm(const QString &command);

    // "0 B", "1023 B", "1.5 KiB", "64.0 MiB", "1.20 GiB".
    static QString formatBytes(qint64 bytes);

private:
    class Run;
    RemoteShell &m_session;
    ProgressCallback m_progress;
};

} // namespace Ocw::Core
