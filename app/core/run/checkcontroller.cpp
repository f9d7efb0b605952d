#include "checkcontroller.h"

#include "../base/tr.h"
#include "../checks/checkboard.h"
#include "../checks/checkcatalogue.h"
#include "../checks/clusterevaluator.h"
#include "../log/logging.h"
#include "../plan/phaseplan.h"
#include "../plan/stepid.h"
#include "phasecontroller.h"

namespace Ocw::Core {

CheckController::CheckController(std::shared_ptr<RemoteConnector> connector, QObject *parent)
    : QObject(parent)
    , m_connector(std::move(connector))
    , m_phase(new PhaseController(this))
{
    qRegisterMetaType<CheckResult>();
    qRegisterMetaType<NodeFacts>();
    qRegisterMetaType<QList<NodeFacts>>();
    connect(m_phase, &PhaseController::connecting, this,
            [this](const QString &node) { Q_EMIT nodeStatusChanged(node, tr("Connecting…")); });
    connect(m_phase, &PhaseController::stepStarted, this,
            [this](const QString &node, const QString &, const QString &text) {
                Q_EMIT nodeStatusChanged(node, text);
            });
    connect(m_phase, &PhaseController::stepFinished, this, &CheckController::onStepFinished);
    connect(m_phase, &PhaseController::roundFinished, this, &CheckController::onRoundFinished);
    connect(m_phase, &PhaseController::finished, this, &CheckController::finishRun);
}

CheckController::~CheckController() = default; // the PhaseController child waits for its workers

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

    QStringList nodes;
    QHash<QString, SshTarget> targets;
    for (const SshTarget &target : std::as_const(m_targets)) {
        nodes.append(target.nodeName);
        targets.insert(target.nodeName, target);
    }
    m_board = std::make_shared<CheckBoard>(m_profile, m_requirements, nodes, m_sudoPasswords);
    m_facts = m_board->allFacts();
    Q_EMIT started();
    markRunning();
    if (m_targets.isEmpty()) {
        finishRun();
        return;
    }
    PhaseInputs inputs;
    inputs.profile = m_profile;
    inputs.sudoPasswords = m_sudoPasswords;
    m_phase->start(PhasePlan::checks(m_board, m_profile.concurrency), inputs, targets, m_connector);
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

void CheckController::onStepFinished(const CheckResult &result)
{
    // A stage's own result ("checks.<stage>") only says it ran; the checks come on their own.
    if (result.checkId.startsWith(PhaseId::Checks + QLatin1Char('.')))
        return;
    onResult(result);
    if (result.checkId == QLatin1String("ssh.connect") && result.verdict != Verdict::Pass) {
        // Everything else on this node depends on the connection.
        for (const CheckResult &r : NodeCheckJob::withoutSession(result.node))
            onResult(r);
    }
}

void CheckController::onRoundFinished(int round)
{
    m_facts = m_board->allFacts();
    if (m_cancelled)
        return; // only the clean-up runs now
    if (round == PhasePlan::ChecksNodeRound)
        settlePairCells();
    if (round == PhasePlan::ChecksMeshRound) {
        // Every node has reported: compare them.
        for (const CheckResult &r : ClusterEvaluator::evaluate(m_profile, m_requirements, m_facts))
            onResult(r);
    }
}

void CheckController::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    // The nodes in flight stop within a second; the clean-up round then runs on every node
    // that was reached (on a fresh session), to its end.
    m_phase->cancelAll();
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
    for (const NodeFacts &f : std::as_const(m_facts))
        Q_EMIT nodeStatusChanged(f.node, QString());
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
