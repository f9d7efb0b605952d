#include "waitreadystep.h"

#include "../../base/tr.h"
#include "../steprun.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QThread>

namespace Ocw::Core {

QString WaitReadyStep::name() const
{
    return StepId::Ready;
}

QString WaitReadyStep::title() const
{
    return Tr::tr("Server ready");
}

QString WaitReadyStep::statusText() const
{
    return Tr::tr("Waiting for the server…");
}

QString WaitReadyStep::description(const PhaseInputs &in, const NodeState &) const
{
    return Tr::tr("Follows the log until the ready line, a known failure line, or the timeout "
                  "(%1 s).")
        .arg(in.readyTimeoutS);
}

bool WaitReadyStep::changesNode() const
{
    return false;
}

QString WaitReadyStep::doneWhen() const
{
    return Tr::tr("a running server's log already holds its ready line");
}

QList<PlannedCommand> WaitReadyStep::plannedCommands(const PhaseInputs &,
                                                     const NodeState &node) const
{
    return {{plannedForm(node.commands.readLogFrom(0).text, node),
             Tr::tr("repeated from the last offset read"), false, true}};
}

QString WaitReadyStep::afterCancel(const PhaseInputs &, const NodeState &node) const
{
    return Tr::tr("Octane was started and keeps running on %1 (stop it with systemctl stop, or "
                  "run again to wait for it).")
        .arg(node.commands.node());
}

QString WaitReadyStep::plannedForm(const QString &command, const NodeState &) const
{
    static const QRegularExpression offset(QStringLiteral("tail -c \\+\\d+ "));
    return QString(command).replace(offset, QStringLiteral("tail -c +<offset> "));
}

CheckResult WaitReadyStep::run(StepRun &run) const
{
    const QString node = run.nodeName();
    if (run.node.alreadyRunning)
        run.node.logOffset = 0; // look for the ready line of the running server
    const int timeoutS = run.in.readyTimeoutS;
    QDeadlineTimer deadline(qint64(timeoutS) * 1000);
    QString pending;
    QStringList tail;
    auto lastLines = [&tail] { return tail.mid(qMax(0, int(tail.size()) - 40)).join('\n'); };
    while (!run.cancelled()) {
        const Expected<ExecResult> read =
            run.exec(run.commands().readLogFrom(run.node.logOffset), {}, 15000);
        if (!read)
            return run.fail(read.error());
        run.setOutput(QString()); // the tail below is the step's output, not every read
        run.node.logOffset += read->stdOut.size();
        pending += QString::fromUtf8(read->stdOut);
        const int lastNewline = pending.lastIndexOf(QLatin1Char('\n'));
        const QStringList lines =
            lastNewline < 0 ? QStringList() : pending.left(lastNewline).split(QLatin1Char('\n'));
        pending = pending.mid(lastNewline + 1);
        for (const QString &line : lines) {
            tail.append(line);
            run.logLine(line);
            if (const std::optional<LogPattern> failure = run.in.release.matchFailure(line)) {
                if (!failure->fatal) {
                    // The server goes on (e.g. "Cluster is unhealthy" on a lone first node):
                    // say it, keep following.
                    run.progress(Tr::tr("Warning from the server: %1").arg(failure->explanation));
                    continue;
                }
                run.setOutput(lastLines());
                return run.fail(Tr::tr("%1: the server failed: %2 — %3")
                                    .arg(node, line.trimmed(), failure->explanation),
                                failure->fix);
            }
            if (run.in.release.isReadyLine(line)) {
                run.setOutput(lastLines());
                return run.pass(Tr::tr("%1: the server is ready (%2).").arg(node, line.trimmed()));
            }
        }
        if (deadline.hasExpired()) {
            run.setOutput(lastLines());
            return run.fail(Tr::tr("%1: no ready line in %2 within %3 s.")
                                .arg(node, run.commands().logFile())
                                .arg(timeoutS),
                            Tr::tr("Look at the log tail above; raise the timeout if the server "
                                   "is just slow."));
        }
        // Poll: a small read costs one round trip (a few ms) on the open session.
        for (int waited = 0; waited < run.in.logPollMs && !run.cancelled(); waited += 50)
            QThread::msleep(50);
    }
    run.setOutput(lastLines());
    return run.skipped(Tr::tr("%1: cancelled while waiting for the server.").arg(node));
}

} // namespace Ocw::Core
