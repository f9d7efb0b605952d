#pragma once

#include "../base/canceltoken.h"
#include "../checks/checkresult.h"
#include "../checks/nodecheckjob.h"
#include "../checks/nodefacts.h"
#include "remoteconnector.h"

#include <QObject>

#include <memory>

namespace Ocw::Core {

// Adapts one node's NodeCheckJob to signals. Lives in its own QThread (created by
// CheckController) and owns that node's one SSH session for the whole run; the controller
// calls runStage() through queued invocations, never directly. Every path, cancel included,
// ends with stageFinished() for the stage it was given.
class NodeWorker : public QObject
{
    Q_OBJECT
public:
    enum Stage { ConnectAndCheck = 0, PrepareCross = 1, Mesh = 2, Cleanup = 3 };

    NodeWorker(NodeCheckJob::Context context, SshTarget target,
               std::shared_ptr<RemoteConnector> connector, CancelToken cancel);
    ~NodeWorker() override;

    // Runs on the worker's thread. `all` are every node's facts after the previous stage.
    void runStage(int stage, const QList<Ocw::Core::NodeFacts> &all);

Q_SIGNALS:
    // A check reached a verdict (or started running). Emitted on the worker's thread.
    void resultReady(const Ocw::Core::CheckResult &result);
    // Short present-progressive text for the node's status line ("Connecting…").
    void statusChanged(const QString &node, const QString &text);
    // The stage is over on this node (also after a cancel or an error).
    void stageFinished(int nodeIndex, int stage, const Ocw::Core::NodeFacts &facts);

private:
    void connectAndCheck();

    NodeCheckJob::Context m_context;
    SshTarget m_target;
    std::shared_ptr<RemoteConnector> m_connector;
    CancelToken m_cancel;
    std::unique_ptr<RemoteShell> m_shell;
    std::unique_ptr<NodeCheckJob> m_job;
    NodeFacts m_facts;
};

} // namespace Ocw::Core
