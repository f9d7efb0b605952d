#pragma once

#include "../base/canceltoken.h"
#include "../checks/checkresult.h"
#include "../plan/phaseinputs.h"
#include "../plan/phaseplan.h"
#include "../ssh/sshtarget.h"
#include "remoteconnector.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>

class QThreadPool;

namespace Ocw::Core {

struct CertificateInfo;

// Runs a PhasePlan on the nodes: the one engine behind every install phase, for the wizard
// and the command line alike. Lives on the GUI (or main) thread and never waits on the
// network there. One bounded pool of workers (the plan's concurrency); each node's session is
// opened once (host key verified by the connector) and kept for every round of the phase; a
// round starts when every node of the one before is done (a barrier). A blocking failure in a
// round that stops the phase ends it after that round, except the clean-up rounds, which run
// on every path (after a cancel on a fresh session). finished() is the last signal on every
// path. One run at a time.
class PhaseController : public QObject
{
    Q_OBJECT
public:
    explicit PhaseController(QObject *parent = nullptr);
    ~PhaseController() override; // cancels and waits for the workers (each wait is bounded)

    // `onlyNodes` non-empty: the nodes to run (e.g. "retry failed nodes"); the plan's other
    // nodes are left as they are, except the rounds that prepare and clean up for them.
    void start(const PhasePlan &plan, const PhaseInputs &inputs,
               const QHash<QString, SshTarget> &targets, std::shared_ptr<RemoteConnector> connector,
               const QStringList &onlyNodes = {});
    void cancelAll();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancel.isCancelled(); }

    QList<CheckResult> results() const { return m_results; }
    // Nodes with a failed (or cancelled) step in the last run.
    QStringList failedNodes() const { return m_failed; }
    // Bytes sent from the workstation in the last run, per node.
    QHash<QString, qint64> bytesSent() const { return m_bytesSent; }

Q_SIGNALS:
    // A worker is opening the node's session (the first round that needs one).
    void connecting(const QString &node);
    void stepStarted(const QString &node, const QString &stepId, const QString &statusText);
    // stepId "log" carries one new line of the node's server log.
    void stepProgressed(const QString &node, const QString &stepId, const QString &text);
    void stepFinished(const Ocw::Core::CheckResult &result);
    void certificateRefused(const Ocw::Core::CertificateInfo &certificate, const QString &node);
    void nodeFinished(const QString &node, bool ok);
    // Every node of round `index` is done (or the round had none to run); emitted before the
    // next round starts, so a receiver may compare the nodes at this barrier.
    void roundFinished(int index);
    // Last signal of a run, on every path.
    void finished(bool cancelled);

private:
    struct Run;
    void startRound();
    void roundDone();
    void report(const CheckResult &result);

    std::shared_ptr<Run> m_run;
    QThreadPool *m_pool = nullptr;
    CancelToken m_cancel;
    CancelToken m_cleanupCancel; // only the destructor stops a clean-up
    bool m_running = false;
    QList<CheckResult> m_results;
    QStringList m_failed;
    QHash<QString, qint64> m_bytesSent;
};

} // namespace Ocw::Core
