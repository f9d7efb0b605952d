#pragma once

#include "../base/canceltoken.h"
#include "../checks/checkresult.h"
#include "../ssh/remoteshell.h"
#include "nodestate.h"
#include "phaseinputs.h"
#include "remotecommand.h"

#include <functional>

namespace Ocw::Core {

class Step;
struct CertificateInfo;

// The run of one step on one node: its shell, inputs and node state, and the helpers that
// make every step behave the same — commands with the sudo password on stdin when the command
// says so, output kept for the result except for sensitive commands (never copied, also on
// timeout and cancel), progress, and the result builders. Made by NodeRunner, one per step.
class StepRun
{
public:
    using ProgressCallback = std::function<void(const QString &stepId, const QString &text)>;

    StepRun(const Step &step, const PhaseInputs &in, NodeState &node, RemoteShell &shell,
            CancelToken cancel, ProgressCallback progress);

    const PhaseInputs &in;
    NodeState &node;

    QString nodeName() const { return node.commands.node(); }
    const NodeCommands &commands() const { return node.commands; }
    RemoteShell &shell() { return m_shell; }
    bool cancelled() const { return m_cancel.isCancelled(); }
    CancelToken cancelToken() const { return m_cancel; } // for a wait the step hands on
    QString sudoPassword() const;

    // Runs one command (timeout 0: the phase's command timeout). A non-zero exit is not an
    // error. Output is kept for the result unless the command is sensitive.
    Expected<ExecResult> exec(const RemoteCommand &command, const QByteArray &input = {},
                              int timeoutMs = 0);

    // TLS refused a server's certificate (the sign-in step): the caller may offer to trust it.
    using CertificateCallback = std::function<void(const CertificateInfo &)>;
    void setCertificateCallback(CertificateCallback callback)
    {
        m_onCertificate = std::move(callback);
    }
    void certificateRefused(const CertificateInfo &certificate) const
    {
        if (m_onCertificate)
            m_onCertificate(certificate);
    }

    // A step that yields several results of its own (the checks: one per check) reports each
    // as it comes; they reach the observer as results, besides the step's own.
    using ResultCallback = std::function<void(const CheckResult &)>;
    void setResultCallback(ResultCallback callback) { m_onResult = std::move(callback); }
    void reportResult(const CheckResult &result) const
    {
        if (m_onResult)
            m_onResult(result);
    }

    void progress(const QString &text);
    void logLine(const QString &line); // one new line of the server's log (step id "log")
    // A request the step makes from the workstation (e.g. an HTTP sign-in), listed with the
    // step's commands.
    void recordRequest(const QString &line) { m_requests.append(line); }
    QStringList requests() const { return m_requests; }
    void addOutput(const QString &text) { m_output += text; }
    void setOutput(const QString &text) { m_output = text; }

    CheckResult pass(const QString &message) const;
    CheckResult warn(const QString &message, const QString &fix = {}) const;
    CheckResult fail(const QString &message, const QString &fix = {}) const;
    CheckResult fail(const Error &error) const;
    CheckResult skipped(const QString &message) const;

private:
    CheckResult make(Verdict verdict, const QString &message, const QString &fix) const;

    const Step &m_step;
    RemoteShell &m_shell;
    CancelToken m_cancel;
    ProgressCallback m_progress;
    CertificateCallback m_onCertificate;
    ResultCallback m_onResult;
    QStringList m_requests;
    QString m_output;
};

} // namespace Ocw::Core
