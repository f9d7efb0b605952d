#pragma once

#include "../model/clusterprofile.h"
#include "../ssh/remoteshell.h"
#include "checkresult.h"
#include "nodefacts.h"
#include "probescript.h"
#include "requirements.h"

#include <QList>

namespace Ocw::Core {

// The pre-flight work on ONE node, in stages the controller runs with a barrier between them
// (cross-node checks need every node's first stage done):
//   1. runNodeChecks:   privileges, one batched probe as the login user, one as the install
//                       user (writes the shared-repository token), the clock;
//   2. prepareCross:    read the other nodes' tokens, start the temporary 5701 listener;
//   3. runMesh:         connect to every other node's listener;
//   4. cleanup:         stop the listener, remove the token (also after a cancel).
// Plain logic over a RemoteShell: knows nothing of threads or Qt signals, so tests drive it
// with a fake shell. Not thread-safe; one job per node, one thread at a time.
class NodeCheckJob
{
public:
    struct Context
    {
        ClusterProfile profile;
        Requirements requirements;
        QString runId; // unique per run: names temporary files on the nodes
        int nodeIndex = 0;
        QString sudoPassword; // memory only; empty when none
        int commandTimeoutMs = 30000;
        int meshConnectTimeoutS = 3;
        int listenerLifetimeS = 120; // the listener exits by itself even if cleanup never comes
    };

    NodeCheckJob(Context context, RemoteShell &shell);
    // Without a shell yet: the engine gives it the node's shell of each round (setShell), a
    // fresh one for the clean-up after a cancel.
    explicit NodeCheckJob(Context context);
    void setShell(RemoteShell &shell) { m_shell = &shell; }

    // What stands for the node's checks when no SSH session could be opened: one skipped
    // result per check that needs the session (the cross-node ones say it themselves).
    static QList<CheckResult> withoutSession(const QString &node);

    QList<CheckResult> runNodeChecks(NodeFacts *facts);
    void prepareCross(const QList<NodeFacts> &all, NodeFacts *facts);
    void runMesh(const QList<NodeFacts> &all, NodeFacts *facts);
    void cleanup(NodeFacts *facts);

    QString nodeName() const;
    int nodeIndex() const { return m_context.nodeIndex; }
    QString tokenPath(int nodeIndex) const;

    // Script builders (public for tests and for `plan`).
    ProbeScript loginProbe() const;
    ProbeScript installUserProbe(const QString &token) const;
    static QString listenerCommand(const QString &address, int port, const QString &token,
                                   int lifetimeS);

private:
    CheckResult skipped(const QString &checkId, const QString &message) const;
    Expected<ExecResult> run(const ExecRequest &request);

    Context m_context;
    RemoteShell *m_shell = nullptr;
    QString m_node;
};

} // namespace Ocw::Core
