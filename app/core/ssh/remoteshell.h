#pragma once

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

// One remote command. `command` is passed to the remote user's shell as is: every piece of
// user input in it must already be quoted with ShellQuote. `stdinData` is written to the
// command's stdin, then EOF is sent (secrets travel here, never in `command`).
struct ExecRequest
{
    QString command;
    QByteArray stdinData;
    int timeoutMs = 30000;
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
};

} // namespace Ocw::Core
