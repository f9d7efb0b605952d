#pragma once

#include "../base/canceltoken.h"
#include "../checks/checkresult.h"
#include "../plan/nodestate.h"
#include "../plan/phaseinputs.h"
#include "noderunobserver.h"

#include <QList>

#include <memory>

namespace Ocw::Core {

class RemoteShell;
class Step;
class SerialGate;

// Runs one node's steps, in order, on one open RemoteShell: a plain class with no threads of
// its own (the caller's thread runs it; PhaseController gives it a worker). Every step's result
// gets the commands that really ran (through a RecordingShell), its duration, and, when a
// cancel came during it, what the cancel left on the node; it is logged once, here, and
// reported to the observer. Stops at the first failing step: later steps of the node are not
// run (the report lists what ran).
class NodeRunner
{
public:
    NodeRunner(const PhaseInputs &inputs, NodeState &state, RemoteShell &shell, CancelToken cancel,
               NodeRunObserver *observer);

    // Steps named here run one node at a time across the phase: the gate is held from the
    // first of them to the last (or to a failure), e.g. start + ready for "one at a time".
    void setSerialSection(const QStringList &stepNames, SerialGate *gate);

    // True when every step passed (or warned).
    bool run(const QList<std::shared_ptr<const Step>> &steps);

    QList<CheckResult> results() const { return m_results; }
    // A step began on the node (one cancelled before it does not count): its clean-up has
    // something to undo.
    bool startedAnyStep() const { return m_startedAny; }

private:
    CheckResult runOne(const Step &step, class RecordingShell &recorder);

    const PhaseInputs &m_in;
    NodeState &m_state;
    RemoteShell &m_shell;
    CancelToken m_cancel;
    NodeRunObserver *m_observer;
    QStringList m_serialSteps;
    SerialGate *m_gate = nullptr;
    QList<CheckResult> m_results;
    bool m_startedAny = false;
};

} // namespace Ocw::Core
