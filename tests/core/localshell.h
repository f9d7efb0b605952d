#pragma once

// A RemoteShell that runs commands on this machine with bash: the "fake remote shell" of the
// core tests. Real commands, real output, no SSH. Honours timeouts and the cancel token like
// SshSession does (polls in slices of 50 ms) and records every command it ran.

#include "core/base/canceltoken.h"
#include "core/ssh/remoteshell.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QProcess>
#include <QStringList>

class LocalShell : public Ocw::Core::RemoteShell
{
public:
    // `hangOn`: commands containing this text first sleep 30 s (a hung NFS mount makes df hang).
    explicit LocalShell(Ocw::Core::CancelToken cancel = {}, QString hangOn = {})
        : m_cancel(cancel)
        , m_hangOn(hangOn)
    {
    }

    Ocw::Core::Expected<Ocw::Core::ExecResult> exec(const Ocw::Core::ExecRequest &request) override
    {
        using namespace Ocw::Core;
        {
            QMutexLocker lock(&m_mutex);
            m_commands.append(request.command);
        }
        QElapsedTimer timer;
        timer.start();
        QProcess p;
        p.start(QStringLiteral("bash"),
                {QStringLiteral("-c"), (!m_hangOn.isEmpty() && request.command.contains(m_hangOn)
                                            ? QStringLiteral("sleep 30; ")
                                            : QString()) +
                                           request.command});
        if (!p.waitForStarted(5000))
            return makeError(ErrorCode::ChannelFailed, QStringLiteral("bash did not start"));
        p.write(request.stdinData);
        p.closeWriteChannel();
        while (!p.waitForFinished(50)) {
            if (m_cancel.isCancelled()) {
                p.kill();
                p.waitForFinished(1000);
                return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));
            }
            if (timer.elapsed() > request.timeoutMs) {
                p.kill();
                p.waitForFinished(1000);
                return makeError(ErrorCode::Timeout, QStringLiteral("timed out"));
            }
        }
        ExecResult r;
        r.exitStatus = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.stdOut = p.readAllStandardOutput();
        r.stdErr = p.readAllStandardError();
        r.durationMs = timer.elapsed();
        return r;
    }

    QStringList commands() const
    {
        QMutexLocker lock(&m_mutex);
        return m_commands;
    }

private:
    Ocw::Core::CancelToken m_cancel;
    QString m_hangOn;
    mutable QMutex m_mutex;
    QStringList m_commands;
};
