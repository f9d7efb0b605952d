#pragma once

#include "../base/canceltoken.h"
#include "../base/expected.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace Ocw::Core {

// What one remote command produced.
struct ExecResult
{
    int exitStatus = -1; // -1 when the command died by a signal or gave no status
    QString exitSignal;  // e.g. "KILL" when killed by a signal
    QByteArray stdOut;
    QByteArray stdErr;
    qint64 durationMs = 0;
};

// The stdin of a streamed command (RemoteShell::execStreaming), e.g. a file upload.
struct StreamInput
{
    // Fills `buffer` with up to `capacity` bytes of the command's stdin. Returns the number of
    // bytes placed, 0 at the end of the input, or an Error (e.g. a local read failure), which
    // ends the command like a cancel. Called on the caller's thread.
    std::function<Expected<qint64>(char *buffer, qint64 capacity)> read;
    // After every piece the server's channel accepted: bytes of `read`'s data written so far
    // (request.stdinData not counted). Called often (every ≤ 32 KiB): keep it cheap.
    std::function<void(qint64 written)> onWritten;
    qint64 bufferSize = 1024 * 1024; // what `read` is asked for at a time
    int stallTimeoutMs = 0;          // > 0: Timeout when the server takes no byte for that long
};

// One remote command. `command` is passed to the remote user's shell as is: every piece of
// user input in it must already be quoted with ShellQuote. `stdinData` is written to the
// command's stdin, then EOF is sent (secrets travel here, never in `command`).
struct ExecRequest
{
    QString command;
    QByteArray stdinData;
    int timeoutMs = 30000;
    // The output may hold a secret (e.g. `cat octane.conf`): no tail of it goes into an
    // Error's details on a timeout or cancel.
    bool sensitiveOutput = false;
    std::function<void(const QByteArray &)>
        onStdout; // streamed chunks, called on the caller's thread
    std::function<void(const QByteArray &)> onStderr;
};

// A shell on one node: the seam between the check/install logic and SSH. SshSession is the
// real one; tests use fakes. One instance is used by one thread at a time.
class RemoteShell
{
public:
    virtual ~RemoteShell() = default;

    // Runs one command to its end, a timeout, or a cancel. A non-zero exit status is NOT an
    // error (it is in ExecResult); errors are transport failures, timeouts and cancels.
    virtual Expected<ExecResult> exec(const ExecRequest &request) = 0;

    // exec() with a stdin of any length (an upload): request.stdinData first, then what
    // input.read produces, as fast as the node takes it. A shell that cannot stream answers
    // ErrorCode::Unsupported, so callers name the limitation instead of buffering gigabytes.
    virtual Expected<ExecResult> execStreaming(const ExecRequest &request,
                                               const StreamInput &input);

    // The node this shell runs on, as messages name it.
    virtual QString nodeName() const { return {}; }
    // The token that cancels this shell's waits (shared by copies).
    virtual CancelToken cancelToken() const { return {}; }
    // False once the connection broke and the shell must be opened again.
    virtual bool isUsable() const { return true; }
};

} // namespace Ocw::Core
