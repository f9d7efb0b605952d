#include "noderunner.h"

#include "../base/tr.h"
#include "../log/logging.h"
#include "../plan/step.h"
#include "../plan/steprun.h"
#include "recordingshell.h"
#include "serialgate.h"

#include <QElapsedTimer>

namespace Ocw::Core {

NodeRunner::NodeRunner(const PhaseInputs &inputs, NodeState &state, RemoteShell &shell,
                       CancelToken cancel, NodeRunObserver *observer)
    : m_in(inputs)
    , m_state(state)
    , m_shell(shell)
    , m_cancel(std::move(cancel))
    , m_observer(observer)
{
}

void NodeRunner::setSerialSection(const QStringList &stepNames, SerialGate *gate)
{
    m_serialSteps = stepNames;
    m_gate = gate;
}

bool NodeRunner::run(const QList<std::shared_ptr<const Step>> &steps)
{
    RecordingShell recorder(m_shell);
    bool inGate = false;
    bool ok = true;
    for (const std::shared_ptr<const Step> &step : steps) {
        const bool serial = m_gate && m_serialSteps.contains(step->name());
        if (serial && !inGate) {
            if (!m_gate->enter(m_cancel)) {
                ok = false;
                break;
            }
            inGate = true;
        } else if (!serial && inGate) {
            m_gate->leave();
            inGate = false;
        }
        const CheckResult r = runOne(*step, recorder);
        if (r.verdict != Verdict::Pass && r.verdict != Verdict::Warn) {
            ok = false;
            break;
        }
    }
    if (inGate)
        m_gate->leave();
    return ok && !m_cancel.isCancelled();
}

CheckResult NodeRunner::runOne(const Step &step, RecordingShell &recorder)
{
    const QString node = m_state.commands.node();
    // Decided before the step is announced: a cancel that comes with or after the
    // announcement is one during the step, which then says what it left.
    const bool cancelledBefore = m_cancel.isCancelled();
    m_startedAny = m_startedAny || !cancelledBefore;
    if (m_observer && !cancelledBefore)
        m_observer->stepStarted(node, step.id(), step.statusText());
    recorder.setPlannedForm(
        [&step, this](const QString &command) { return step.plannedForm(command, m_state); });
    QElapsedTimer timer;
    timer.start();
    StepRun run(step, m_in, m_state, recorder, m_cancel,
                [this, node](const QString &stepId, const QString &text) {
                    if (m_observer)
                        m_observer->stepProgressed(node, stepId, text);
                });
    run.setCertificateCallback([this, node](const CertificateInfo &certificate) {
        if (m_observer)
            m_observer->certificateRefused(node, certificate);
    });
    run.setResultCallback([this](const CheckResult &result) {
        if (m_observer)
            m_observer->stepFinished(result);
    });
    CheckResult r = cancelledBefore
                        ? run.skipped(Tr::tr("%1: not run: cancelled before it. %2")
                                          .arg(node, Tr::tr("Nothing was changed by this step.")))
                        : step.run(run);
    r.commands = recorder.takeCommands() + run.requests();
    r.durationMs = timer.elapsed();
    if (!cancelledBefore && m_cancel.isCancelled() && r.verdict != Verdict::Pass &&
        r.verdict != Verdict::Warn) {
        // Whatever the step saw (a broken wait, a killed command), the cause is the cancel;
        // say what it left on the node, so that the report says it.
        r.verdict = Verdict::Skipped;
        r.message = Tr::tr("%1: cancelled during this step (%2). %3")
                        .arg(node, r.message, step.afterCancel(m_in, m_state));
    }
    Logging::node(node,
                  QStringLiteral("%1 %2: %3").arg(r.checkId, verdictName(r.verdict), r.message));
    m_results.append(r);
    if (m_observer)
        m_observer->stepFinished(r);
    return r;
}

} // namespace Ocw::Core
