#include "phasecontroller.h"

#include "../base/tr.h"
#include "../http/signinclient.h"
#include "../log/logging.h"
#include "noderunner.h"
#include "serialgate.h"

#include <QPointer>
#include <QThreadPool>

#include <map>
#include <mutex>

namespace Ocw::Core {

// What the workers share with the controller for one run. A node's slot is used by one worker
// at a time (a node is in a round once), and handed between rounds through the pool's queue.
struct PhaseController::Run
{
    struct Slot
    {
        SshTarget target;
        std::unique_ptr<RemoteShell> shell;
        std::unique_ptr<NodeState> state;
        bool opened = false; // tried: ssh.hostkey and ssh.connect reported
        bool worked = false; // a step began on the node: a clean-up has something to undo
        bool failed = false;
    };

    PhasePlan plan;
    PhaseInputs inputs;
    std::shared_ptr<RemoteConnector> connector;
    QStringList only;
    std::map<QString, Slot> slots;
    SerialGate gate;
    int round = -1;
    int pending = 0;
    bool stopped = false; // a failure that stops the phase, or a cancel
};

namespace {

// Forwards a worker's events to the controller's thread.
class QueuedObserver : public NodeRunObserver
{
public:
    explicit QueuedObserver(QPointer<PhaseController> controller,
                            std::function<void(const CheckResult &)> onResult)
        : m_controller(std::move(controller))
        , m_onResult(std::move(onResult))
    {
    }
    void stepStarted(const QString &node, const QString &stepId, const QString &text) override
    {
        post([=](PhaseController *c) { Q_EMIT c->stepStarted(node, stepId, text); });
    }
    void stepProgressed(const QString &node, const QString &stepId, const QString &text) override
    {
        post([=](PhaseController *c) { Q_EMIT c->stepProgressed(node, stepId, text); });
    }
    void stepFinished(const CheckResult &result) override { m_onResult(result); }
    void certificateRefused(const QString &node, const CertificateInfo &certificate) override
    {
        post([=](PhaseController *c) { Q_EMIT c->certificateRefused(certificate, node); });
    }

private:
    void post(std::function<void(PhaseController *)> emitter)
    {
        QPointer<PhaseController> c = m_controller;
        QMetaObject::invokeMethod(
            c.data(),
            [c, emitter] {
                if (c)
                    emitter(c.data());
            },
            Qt::QueuedConnection);
    }

    QPointer<PhaseController> m_controller;
    std::function<void(const CheckResult &)> m_onResult;
};

// The shell of a round that needs no login: nothing can run on it.
class DetachedShell : public RemoteShell
{
public:
    explicit DetachedShell(QString node)
        : m_node(std::move(node))
    {
    }
    Expected<ExecResult> exec(const ExecRequest &) override
    {
        return Error{ErrorCode::Internal,
                     Tr::tr("%1: this round has no SSH session to run commands in.").arg(m_node),
                     {},
                     {}};
    }
    QString nodeName() const override { return m_node; }

private:
    QString m_node;
};

} // namespace

PhaseController::PhaseController(QObject *parent)
    : QObject(parent)
    , m_pool(new QThreadPool(this))
{
    qRegisterMetaType<CheckResult>();
    qRegisterMetaType<CertificateInfo>();
}

PhaseController::~PhaseController()
{
    m_cancel.cancel();
    m_cleanupCancel.cancel();
    m_pool->waitForDone(); // every wait of a worker honours the tokens
}

void PhaseController::start(const PhasePlan &plan, const PhaseInputs &inputs,
                            const QHash<QString, SshTarget> &targets,
                            std::shared_ptr<RemoteConnector> connector,
                            const QStringList &onlyNodes)
{
    if (m_running)
        return;
    m_running = true;
    m_results.clear();
    m_failed.clear();
    m_bytesSent.clear();
    m_cancel = CancelToken();
    m_cleanupCancel = CancelToken();
    m_run = std::make_shared<Run>();
    m_run->plan = plan;
    m_run->inputs = inputs;
    m_run->inputs.share = std::make_shared<ShareStaging>(); // nothing staged by an earlier run
    m_run->connector = std::move(connector);
    m_run->only = onlyNodes;
    for (const QString &node : plan.nodes()) {
        Run::Slot &slot = m_run->slots[node];
        slot.target = targets.value(node);
        slot.state = std::make_unique<NodeState>(PhasePlan::initialState(m_run->inputs, node));
    }
    m_pool->setMaxThreadCount(qMax(1, plan.concurrency));
    startRound();
}

void PhaseController::cancelAll()
{
    m_cancel.cancel();
}

void PhaseController::report(const CheckResult &r)
{
    m_results.append(r);
    if (r.bytesSent > 0)
        m_bytesSent[r.node] += r.bytesSent;
    if ((r.verdict == Verdict::Fail || r.verdict == Verdict::Skipped) && !r.node.isEmpty() &&
        !m_failed.contains(r.node))
        m_failed.append(r.node);
    Q_EMIT stepFinished(r);
}

void PhaseController::startRound()
{
    const std::shared_ptr<Run> run = m_run;
    for (;;) {
        ++run->round;
        if (run->round >= run->plan.rounds.size()) {
            m_running = false;
            m_run.reset();
            Q_EMIT finished(m_cancel.isCancelled());
            return;
        }
        const PhaseRound &round = run->plan.rounds.at(run->round);
        if (run->stopped && !round.always)
            continue;
        // "Retry failed nodes": only those run the rounds that install; the rounds around
        // them (preconditions, staging, clean-up) run on their nodes as planned.
        QStringList nodes;
        for (const QString &node : round.nodes) {
            const bool selected =
                run->only.isEmpty() || run->only.contains(node) || round.nodes.size() == 1;
            if (selected && (round.always || !run->slots[node].failed))
                nodes.append(node);
        }
        if (nodes.isEmpty()) {
            Q_EMIT roundFinished(run->round);
            continue;
        }
        run->pending = int(nodes.size());
        m_pool->setMaxThreadCount(round.concurrency > 0 ? round.concurrency
                                                        : qMax(1, run->plan.concurrency));
        const bool cleanup = round.always;
        const CancelToken cancel = cleanup && m_cancel.isCancelled() ? m_cleanupCancel : m_cancel;
        QPointer<PhaseController> self(this);
        for (const QString &node : nodes) {
            Run::Slot *slot = &run->slots[node];
            const QList<std::shared_ptr<const Step>> steps = round.steps;
            const bool freshSession = cleanup && m_cancel.isCancelled();
            const bool needsSession = round.needsSession;
            m_pool->start([run, slot, steps, cancel, self, node, freshSession, needsSession] {
                auto post = [self](std::function<void(PhaseController *)> f) {
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, f] {
                            if (self)
                                f(self.data());
                        },
                        Qt::QueuedConnection);
                };
                auto postResult = [post](const CheckResult &r) {
                    post([r](PhaseController *c) { c->report(r); });
                };
                auto finishNode = [post, node](bool ok) {
                    post([node, ok](PhaseController *c) {
                        if (c->m_run) {
                            if (!ok)
                                c->m_run->slots[node].failed = true;
                            Q_EMIT c->nodeFinished(node, ok);
                            c->roundDone();
                        }
                    });
                };
                bool ok = true;
                if (!needsSession) {
                    QueuedObserver observer(self, postResult);
                    DetachedShell detached(node);
                    NodeRunner runner(run->inputs, *slot->state, detached, cancel, &observer);
                    finishNode(runner.run(steps));
                    return;
                }
                if (freshSession)
                    slot->shell.reset(); // the cancelled session stops at once: use a new one
                // A node where nothing began has nothing to clean up: no second wait on it.
                const bool reopen = !slot->opened || (freshSession && slot->worked);
                if (!slot->shell && reopen) {
                    post([node](PhaseController *c) { Q_EMIT c->connecting(node); });
                    ConnectOutcome outcome = run->connector->open(slot->target, cancel);
                    if (!slot->opened) {
                        for (const CheckResult &r : {outcome.hostKey, outcome.connect}) {
                            Logging::node(r.node,
                                          QStringLiteral("%1 %2: %3")
                                              .arg(r.checkId, verdictName(r.verdict), r.message));
                            postResult(r);
                        }
                    }
                    slot->opened = true;
                    slot->shell = std::move(outcome.shell);
                    if (slot->shell)
                        slot->state->hostKeyFingerprint = outcome.hostKeyFingerprint;
                }
                if (!slot->shell) {
                    ok = false;
                } else {
                    QueuedObserver observer(self, postResult);
                    NodeRunner runner(run->inputs, *slot->state, *slot->shell, cancel, &observer);
                    runner.setSerialSection(run->plan.serialSteps, &run->gate);
                    ok = runner.run(steps);
                    slot->worked = slot->worked || runner.startedAnyStep();
                    if (!slot->shell->isUsable())
                        slot->shell.reset();
                }
                finishNode(ok);
            });
        }
        return;
    }
}

void PhaseController::roundDone()
{
    if (--m_run->pending > 0)
        return;
    const PhaseRound &round = m_run->plan.rounds.at(m_run->round);
    bool anyFailed = false;
    for (const QString &node : round.nodes)
        anyFailed = anyFailed || m_run->slots[node].failed;
    if (m_cancel.isCancelled() || (anyFailed && round.failureStopsPhase))
        m_run->stopped = true;
    Q_EMIT roundFinished(m_run->round);
    // The next round starts from the event loop: the workers' last events come first.
    QMetaObject::invokeMethod(this, &PhaseController::startRound, Qt::QueuedConnection);
}

} // namespace Ocw::Core
