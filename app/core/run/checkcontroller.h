#pragma once

#include "../base/canceltoken.h"
#include "../checks/checkresult.h"
#include "../checks/nodefacts.h"
#include "../checks/requirements.h"
#include "../model/clusterprofile.h"
#include "remoteconnector.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

namespace Ocw::Core {

class CheckBoard;
class PhaseController;

// Runs the check catalogue on every node of a profile. Lives on the GUI (or CLI main)
// thread and never waits on the network: the checks are a plan (PhasePlan::checks) that the
// one engine runs, PhaseController — one session per node, at most `profile.concurrency`
// nodes at once, the stages separated by barriers because the cross-node checks need every
// node's facts. Here: the grid's cells (pair cells once the nodes are known, re-runs of
// chosen cells) and the cross-node comparison at the mesh's barrier.
class CheckController : public QObject
{
    Q_OBJECT
public:
    explicit CheckController(std::shared_ptr<RemoteConnector> connector, QObject *parent = nullptr);
    ~CheckController() override;

    // Secrets live in the targets (memory only). `sudoPasswords` maps node host -> password.
    void setRun(const ClusterProfile &profile, const Requirements &requirements,
                const QList<SshTarget> &targets, const QHash<QString, QString> &sudoPasswords);

    void start();
    // Runs again, updating only these cells (CheckResult::cellKey()). Cross-node checks need
    // every node, so all nodes take part; only the chosen cells change.
    void rerun(const QSet<QString> &cellKeys);
    // Cancels every node within a second; temporary files and listeners are still removed.
    void cancel();

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    QList<CheckResult> results() const; // in catalogue order, then node order
    QList<NodeFacts> facts() const { return m_facts; }
    const ClusterProfile &profile() const { return m_profile; }
    qint64 elapsedMs() const { return m_lastElapsedMs; }
    bool hasBlockingFailure() const;

Q_SIGNALS:
    void started();
    // A cell changed (running, or its verdict). Emitted on the controller's thread.
    void resultChanged(const Ocw::Core::CheckResult &result);
    // A cell's result no longer applies: a pair check's per-node placeholder once the node's
    // pairs are known, or a node's pairs once it turns out unreachable (their one skipped
    // result stands for them). Emitted on the controller's thread.
    void resultRemoved(const Ocw::Core::CheckResult &result);
    void nodeStatusChanged(const QString &node, const QString &text);
    // Last signal of a run, on every path.
    void finished(bool cancelled);

private:
    void startRun();
    void onResult(const CheckResult &result);
    void onStepFinished(const CheckResult &result);
    void onRoundFinished(int round);
    void finishRun();
    void markRunning();
    void settlePairCells();
    bool isWanted(const CheckResult &result) const;
    void removeResult(const QString &key);

    std::shared_ptr<RemoteConnector> m_connector;
    ClusterProfile m_profile;
    Requirements m_requirements;
    QList<SshTarget> m_targets;
    QHash<QString, QString> m_sudoPasswords;

    PhaseController *m_phase = nullptr;
    std::shared_ptr<CheckBoard> m_board; // this run's
    QList<NodeFacts> m_facts;            // as of the last barrier
    bool m_running = false;
    bool m_cancelled = false;
    QSet<QString> m_onlyCells; // empty: every cell
    QHash<QString, CheckResult> m_results;
    QElapsedTimer m_elapsed;
    qint64 m_lastElapsedMs = 0;
};

} // namespace Ocw::Core
