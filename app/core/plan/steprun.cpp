#include "steprun.h"

#include "../base/tr.h"
#include "step.h"

namespace Ocw::Core {

StepRun::StepRun(const Step &step, const PhaseInputs &inputs, NodeState &state, RemoteShell &shell,
                 CancelToken cancel, ProgressCallback progress)
    : in(inputs)
    , node(state)
    , m_step(step)
    , m_shell(shell)
    , m_cancel(std::move(cancel))
    , m_progress(std::move(progress))
{
}

QString StepRun::sudoPassword() const
{
    return in.sudoPasswords.value(nodeName());
}

Expected<ExecResult> StepRun::exec(const RemoteCommand &command, const QByteArray &input,
                                   int timeoutMs)
{
    ExecRequest r;
    r.command = command.text;
    r.timeoutMs = timeoutMs > 0 ? timeoutMs : in.commandTimeoutMs;
    r.sensitiveOutput = command.sensitiveOutput;
    // The sudo password is the first line on stdin (sudo -S) because the command says it
    // reads it there; never an argument.
    r.stdinData = command.passwordOnStdin ? sudoPassword().toUtf8() + '\n' + input : input;
    Expected<ExecResult> result = m_shell.exec(r);
    if (command.sensitiveOutput) {
        // Neither the output nor the tail a timeout or cancel puts into the error's details:
        // both may hold the secrets of the file it printed.
        if (!result) {
            Error e = result.error();
            e.details.clear();
            return e;
        }
        return result;
    }
    if (result)
        m_output += QString::fromUtf8(result->stdOut + result->stdErr);
    else
        m_output += result.error().details;
    return result;
}

void StepRun::progress(const QString &text)
{
    if (m_progress)
        m_progress(m_step.id(), text);
}

void StepRun::logLine(const QString &line)
{
    if (m_progress)
        m_progress(QStringLiteral("log"), line);
}

CheckResult StepRun::make(Verdict verdict, const QString &message, const QString &fix) const
{
    // Every step blocks the next (make() says so for ids outside the check catalogue).
    return CheckResult::make(m_step.id(), nodeName(), verdict, message, fix, m_output.right(20000));
}

CheckResult StepRun::pass(const QString &message) const
{
    return make(Verdict::Pass, message, QString());
}

CheckResult StepRun::warn(const QString &message, const QString &fix) const
{
    return make(Verdict::Warn, message, fix);
}

CheckResult StepRun::fail(const QString &message, const QString &fix) const
{
    return make(Verdict::Fail, message, fix);
}

CheckResult StepRun::fail(const Error &error) const
{
    CheckResult r = make(Verdict::Fail, error.message, error.fix);
    r.code = Error::codeName(error.code);
    r.details = error.details;
    return r;
}

CheckResult StepRun::skipped(const QString &message) const
{
    return make(Verdict::Skipped, message, QString());
}

} // namespace Ocw::Core
