#include "checkcontroller.h"

#include "../base/tr.h"
#include "../checks/checkcatalogue.h"
#include "../checks/clusterevaluator.h"
#include "../log/logging.h"
#include "nodeworker.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QThread>

namespace Ocw::Core {

CheckController::CheckController(std::shared_ptr<RemoteConnector> connector, QObject *parent)
    : QObject(parent)
    , m_connector(std::move(connector))
{
    qRegisterMetaType<CheckResult>();
    qRegisterMetaType<NodeFacts>();
    qRegisterMetaType<QList<NodeFacts>>();
}

CheckController::~CheckController()
{
    for (const CancelToken &t : std::as_const(m_cancelTokens))
        t.cancel();
    for (QThread *thread : std::as_const(m_threads)) {
        thread->quit();
        thread->wait();
    }
}

void CheckController::setRun(const ClusterProfile &profile, const Requirements &requirements,
                             const QList<SshTarget> &targets,
                             const QHash<QString, QString> &sudoPasswords)
{
    m_profile = profile;
    m_requirements = requirements;
    m_targets = targets;
    m_sudoPasswords = sudoPasswords;
}

void CheckController::start()
{
    m_onlyCells.clear();
    m_results.clear();
    startRun();
}

void CheckController::rerun(const QSet<QString> &cellKeys)
{
    m_onlyCells = cellKeys;
    startRun();
}

void CheckController::startRun()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_elapsed.start();
    m_facts.clear();
    m_cancelTokens.clear();
    m_workers.clear();
    m_threads.clear();

    // Names temporary files on the nodes; unique per run so that runs never collide.
    const QString runId = QString::number(QDateTime::currentMSecsSinceEpoch(), 36) +
                          QString::number(QRandomGenerator::global()->bounded(1 << 20), 36);
    for (int i = 0; i < m_targets.size(); ++i) {
        NodeCheckJob::Context context;
        context.profile = m_profile;
        context.requirements = m_requirements;
        context.runId = runId;
        context.nodeIndex = i;
        context.sudoPassword = m_sudoPasswords.value(m_targets.at(i).nodeName);

        CancelToken token;
        auto *thread = new QThread(this);
        thread->setObjectName(QStringLiteral("node-%1").arg(i));
        auto *worker = new NodeWorker(context, m_targets.at(i), m_connector, token);
        worker->moveToThread(thread);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        connect(worker, &NodeWorker::resultReady, this, &CheckController::onResult,
                Qt::QueuedConnection);
        connect(worker, &NodeWorker::statusChanged, this, &CheckController::nodeStatusChanged,
                Qt::QueuedConnection);
        connect(worker, &NodeWorker::stageFinished, this, &CheckController::onStageFinished,
                Qt::QueuedConnection);
        thread->start();

        NodeFacts facts;
        facts.node = m_targets.at(i).nodeName;
        facts.index = i;
        m_facts.append(facts);
        m_cancelTokens.append(token);
        m_workers.append(worker);
        m_threads.append(thread);
    }
    Q_EMIT started();
    markRunning();
    if (m_targets.isEmpty()) {
        finishRun();
        return;
    }
    dispatch(NodeWorker::ConnectAndCheck);
}

void CheckController::markRunning()
{
    // Pair checks start with one cell per node: which pairs exist is known only once every
    // node has been reached (settlePairCells()).
    for (const CheckDefinition &def : CheckCatalogue::all()) {
        for (const NodeFacts &f : std::as_const(m_facts)) {
            CheckResult r;
            r.checkId = def.id;
            r.node = f.node;
            r.blocking = def.blocking;
            r.verdict = Verdict::Running;
            onResult(r);
        }
    }
}

void CheckController::settlePairCells()
{
    const int port = m_requirements.clusterPort;
    for (const CheckDefinition &def : CheckCatalogue::all()) {
        if (def.scope != CheckScope::Pair)
            continue;
        for (const NodeFacts &f : std::as_const(m_facts)) {
            if (!f.reachable) {
                // Its one result replaces the placeholder; its pairs of an earlier run go.
                const CheckResult collapsed =
                    ClusterEvaluator::unreachablePairs(def.id, f.node, port);
                if (!isWanted(collapsed))
                    continue;
                const QStringList keys = m_results.keys();
                for (const QString &key : keys) {
                    const CheckResult &old = m_results.value(key);
                    if (old.checkId == def.id && old.isPair() &&
                        (old.node == f.node || old.toNode == f.node)) {
                        removeResult(key);
                    }
                }
                onResult(collapsed);
                continue;
            }
            CheckResult placeholder = CheckResult::make(def.id, f.node, Verdict::Running, {});
            if (isWanted(placeholder))
                removeResult(placeholder.cellKey());
            for (const NodeFacts &to : std::as_const(m_facts)) {
                if (to.index == f.index || !to.reachable)
                    continue;
                CheckResult r = CheckResult::make(def.id, f.node, Verdict::Running, {});
                r.toNode = to.node;
                onResult(r);
            }
        }
    }
}

bool CheckController::isWanted(const CheckResult &result) const
{
    if (m_onlyCells.isEmpty() || m_onlyCells.contains(result.cellKey()))
        return true;
    const CheckDefinition *def = CheckCatalogue::find(result.checkId);
    if (!def || def->scope != CheckScope::Pair)
        return false;
    // A pair check's per-node cell and the pairs of that node stand for each other: re-running
    // one must be able to replace the other.
    for (const QString &key : m_onlyCells) {
        const QStringList parts = key.split(QLatin1Char('|'));
        if (parts.size() != 3 || parts.at(0) != result.checkId)
            continue;
        const bool keyIsNodeCell = parts.at(2).isEmpty();
        if (result.isPair() && keyIsNodeCell &&
            (parts.at(1) == result.node || parts.at(1) == result.toNode)) {
            return true;
        }
        if (!result.isPair() && !keyIsNodeCell &&
            (parts.at(1) == result.node || parts.at(2) == result.node)) {
            return true;
        }
    }
    return false;
}

void CheckController::removeResult(const QString &key)
{
    const auto it = m_results.find(key);
    if (it == m_results.end())
        return;
    const CheckResult removed = *it;
    m_results.erase(it);
    Q_EMIT resultRemoved(removed);
}

void CheckController::dispatch(int stage)
{
    m_stage = stage;
    m_queue.clear();
    for (int i = 0; i < m_workers.size(); ++i)
        m_queue.append(i);
    m_pendingInStage = m_workers.size();
    pump();
}

void CheckController::pump()
{
    const int limit = qMax(1, m_profile.concurrency);
    while (m_inFlight < limit && !m_queue.isEmpty()) {
        const int index = m_queue.takeFirst();
        NodeWorker *worker = m_workers.at(index);
        const int stage = m_stage;
        const QList<NodeFacts> all = m_facts;
        ++m_inFlight;
        QMetaObject::invokeMethod(
            worker, [worker, stage, all] { worker->runStage(stage, all); }, Qt::QueuedConnection);
    }
}

void CheckController::onResult(const CheckResult &result)
{
    const QString key = result.cellKey();
    if (result.checkId.isEmpty() || !isWanted(result))
        return;
    m_results.insert(key, result);
    if (isFinal(result.verdict)) {
        Logging::node(result.node,
                      QStringLiteral("%1%2 %3: %4")
                          .arg(result.checkId,
                               result.isPair() ? QStringLiteral(" ->") + result.toNode : QString(),
                               verdictName(result.verdict), result.message));
    }
    Q_EMIT resultChanged(result);
}

void CheckController::onStageFinished(int nodeIndex, int stage, const NodeFacts &facts)
{
    if (stage != m_stage || nodeIndex < 0 || nodeIndex >= m_facts.size())
        return;
    m_facts[nodeIndex] = facts;
    --m_inFlight;
    --m_pendingInStage;
    pump();
    if (m_pendingInStage > 0)
        return;

    if (stage == NodeWorker::Cleanup) {
        finishRun();
        return;
    }
    if (m_cancelled) {
        dispatch(NodeWorker::Cleanup);
        return;
    }
    if (stage == NodeWorker::ConnectAndCheck)
        settlePairCells();
    if (stage == NodeWorker::Mesh) {
        // Every node has reported: compare them.
        for (const CheckResult &r : ClusterEvaluator::evaluate(m_profile, m_requirements, m_facts))
            onResult(r);
    }
    dispatch(stage + 1);
}

void CheckController::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    for (const CancelToken &t : std::as_const(m_cancelTokens))
        t.cancel();
    if (m_stage == NodeWorker::Cleanup)
        return; // the clean-up runs to its end on every node
    // Nodes still queued for this stage do not start it; the ones in flight stop within a
    // second and onStageFinished() then moves every node to the clean-up.
    m_pendingInStage -= int(m_queue.size());
    m_queue.clear();
    if (m_pendingInStage == 0 && m_inFlight == 0)
        dispatch(NodeWorker::Cleanup);
}

void CheckController::finishRun()
{
    // Cells that never got a verdict (cancelled before they ran) say so.
    for (auto it = m_results.begin(); it != m_results.end(); ++it) {
        if (!isFinal(it->verdict)) {
            it->verdict = Verdict::Skipped;
            it->message = m_cancelled ? tr("%1: not checked: cancelled.").arg(it->node)
                                      : tr("%1: not checked.").arg(it->node);
            Q_EMIT resultChanged(*it);
        }
    }
    for (QThread *thread : std::as_const(m_threads)) {
        thread->quit();
        thread->wait();
        thread->deleteLater();
    }
    m_threads.clear();
    m_workers.clear();
    m_lastElapsedMs = m_elapsed.elapsed();
    m_running = false;
    Q_EMIT finished(m_cancelled);
}

QList<CheckResult> CheckController::results() const
{
    QList<CheckResult> list = m_results.values();
    std::sort(list.begin(), list.end(), [this](const CheckResult &a, const CheckResult &b) {
        const int ca = CheckCatalogue::indexOf(a.checkId), cb = CheckCatalogue::indexOf(b.checkId);
        if (ca != cb)
            return ca < cb;
        const int na = m_profile.indexOfNode(a.node), nb = m_profile.indexOfNode(b.node);
        if (na != nb)
            return na < nb;
        return m_profile.indexOfNode(a.toNode) < m_profile.indexOfNode(b.toNode);
    });
    return list;
}

bool CheckController::hasBlockingFailure() const
{
    for (const CheckResult &r : m_results) {
        if (r.isBlockingFailure())
            return true;
    }
    return false;
}

} // namespace Ocw::Core
