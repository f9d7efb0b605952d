#include "firstnodecontroller.h"

#include "phasecontroller.h"

namespace Ocw::Core {

FirstNodeController::FirstNodeController(QObject *parent)
    : QObject(parent)
    , m_phase(new PhaseController(this))
{
    connect(m_phase, &PhaseController::stepStarted, this,
            [this](const QString &, const QString &stepId, const QString &text) {
                Q_EMIT progressed(stepId, text);
            });
    connect(m_phase, &PhaseController::stepProgressed, this,
            [this](const QString &, const QString &stepId, const QString &text) {
                Q_EMIT progressed(stepId, text);
            });
    connect(m_phase, &PhaseController::stepFinished, this, [this](const CheckResult &r) {
        m_results.append(r);
        Q_EMIT stepFinished(r);
    });
    connect(m_phase, &PhaseController::certificateRefused, this,
            &FirstNodeController::certificateRefused);
    connect(m_phase, &PhaseController::finished, this, &FirstNodeController::finished);
}

FirstNodeController::~FirstNodeController() = default;

bool FirstNodeController::isRunning() const
{
    return m_phase->isRunning();
}

bool FirstNodeController::succeeded() const
{
    if (m_results.isEmpty())
        return false;
    for (const CheckResult &r : m_results) {
        if (r.verdict == Verdict::Fail || r.verdict == Verdict::Skipped)
            return false;
    }
    return m_results.last().checkId == QLatin1String("first-node.sign-in");
}

void FirstNodeController::start(const FirstNodeJob::Inputs &inputs, const SshTarget &target,
                                std::shared_ptr<RemoteConnector> connector)
{
    if (m_phase->isRunning())
        return;
    m_results.clear();
    const PhaseInputs in = FirstNodeJob::phaseInputs(inputs);
    m_phase->start(PhasePlan::firstNode(in), in, {{inputs.profile.firstNodeHost(), target}},
                   std::move(connector));
}

void FirstNodeController::cancel()
{
    m_phase->cancelAll();
}

} // namespace Ocw::Core
