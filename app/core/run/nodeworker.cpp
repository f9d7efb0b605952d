#include "nodeworker.h"

#include "../base/tr.h"
#include "../checks/checkcatalogue.h"

namespace Ocw::Core {

NodeWorker::NodeWorker(NodeCheckJob::Context context, SshTarget target,
                       std::shared_ptr<RemoteConnector> connector, CancelToken cancel)
    : m_context(std::move(context))
    , m_target(std::move(target))
    , m_connector(std::move(connector))
    , m_cancel(std::move(cancel))
{
    m_facts.node = m_target.nodeName;
    m_facts.index = m_context.nodeIndex;
}

NodeWorker::~NodeWorker() = default;

void NodeWorker::runStage(int stage, const QList<NodeFacts> &all)
{
    switch (stage) {
    case ConnectAndCheck:
        connectAndCheck();
        break;
    case PrepareCross:
        if (m_job && !m_cancel.isCancelled()) {
            Q_EMIT statusChanged(
                m_facts.node,
                tr("Testing the repository and port %1…").arg(m_context.requirements.clusterPort));
            m_job->prepareCross(all, &m_facts);
        }
        break;
    case Mesh:
        if (m_job && !m_cancel.isCancelled())
            m_job->runMesh(all, &m_facts);
        break;
    case Cleanup:
        if (m_job) {
            // After a cancel the session's flag is set; the clean-up must still run, briefly.
            m_cancel.reset();
            Q_EMIT statusChanged(m_facts.node, tr("Removing temporary files…"));
            m_job->cleanup(&m_facts);
        }
        m_job.reset();
        m_shell.reset();
        Q_EMIT statusChanged(m_facts.node, QString());
        break;
    }
    Q_EMIT stageFinished(m_context.nodeIndex, stage, m_facts);
}

void NodeWorker::connectAndCheck()
{
    const QString node = m_facts.node;
    Q_EMIT statusChanged(node, tr("Connecting…"));
    ConnectOutcome outcome = m_connector->open(m_target, m_cancel);
    Q_EMIT resultReady(outcome.hostKey);
    Q_EMIT resultReady(outcome.connect);
    m_facts.hostKeyFingerprint = outcome.hostKeyFingerprint;
    if (!outcome.shell) {
        // Everything else on this node depends on the connection.
        for (const CheckDefinition &def : CheckCatalogue::all()) {
            if (def.scope != CheckScope::Node || def.id.startsWith(QLatin1String("ssh.")) ||
                def.id == QLatin1String("repo.samepath") ||
                def.id == QLatin1String("repo.shared") ||
                def.id == QLatin1String("dns.consistent") ||
                def.id == QLatin1String("node.identity") || def.id == QLatin1String("clock.skew")) {
                continue;
            }
            CheckResult r;
            r.checkId = def.id;
            r.node = node;
            r.blocking = def.blocking;
            r.verdict = Verdict::Skipped;
            r.message = tr("%1: not checked: no SSH session.").arg(node);
            Q_EMIT resultReady(r);
        }
        return;
    }
    m_facts.reachable = true;
    m_shell = std::move(outcome.shell);
    m_job = std::make_unique<NodeCheckJob>(m_context, *m_shell);
    Q_EMIT statusChanged(node, tr("Running checks…"));
    const QList<CheckResult> results = m_job->runNodeChecks(&m_facts);
    for (const CheckResult &r : results)
        Q_EMIT resultReady(r);
}

} // namespace Ocw::Core
