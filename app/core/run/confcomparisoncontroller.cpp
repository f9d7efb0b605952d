#include "confcomparisoncontroller.h"

#include "../base/tr.h"
#include "../plan/phaseplan.h"
#include "../plan/steps/compareconfstep.h"
#include "phasecontroller.h"

namespace Ocw::Core {

ConfComparisonController::ConfComparisonController(QObject *parent)
    : QObject(parent)
    , m_phase(new PhaseController(this))
{
    qRegisterMetaType<ConfComparison>();
    connect(m_phase, &PhaseController::stepFinished, this, [this](const CheckResult &r) {
        // A node that cannot be opened (host key, login): the comparison has no answer.
        if ((r.checkId == QLatin1String("ssh.hostkey") ||
             r.checkId == QLatin1String("ssh.connect")) &&
            r.verdict == Verdict::Fail && !m_connectError.isError())
            m_connectError = makeError(ErrorCode::ConnectFailed, r.message, QString(), r.fix);
    });
    connect(m_phase, &PhaseController::finished, this, [this](bool cancelled) {
        ConfComparison result = *m_result;
        if (result.node.isEmpty())
            result.node = m_node;
        if (!result.isOk() || result.confFile.isEmpty()) {
            if (cancelled)
                result.error = makeError(ErrorCode::Cancelled, Tr::tr("cancelled"));
            else if (m_connectError.isError())
                result.error = m_connectError;
        }
        Q_EMIT finished(result);
    });
}

ConfComparisonController::~ConfComparisonController() = default;

bool ConfComparisonController::isRunning() const
{
    return m_phase->isRunning();
}

void ConfComparisonController::start(const NodeConfComparison &comparison, const SshTarget &target,
                                     std::shared_ptr<RemoteConnector> connector)
{
    if (m_phase->isRunning())
        return;
    m_result = std::make_shared<ConfComparison>();
    m_node = target.nodeName;
    m_connectError = Error();
    PhasePlan plan;
    plan.phase = PhaseId::FirstNode;
    plan.concurrency = 1;
    plan.rounds.append({{target.nodeName},
                        {std::make_shared<const CompareConfStep>(comparison, m_result)},
                        true,
                        false});
    PhaseInputs inputs;
    inputs.profile = comparison.profile();
    inputs.release = comparison.release();
    m_phase->start(plan, inputs, {{target.nodeName, target}}, std::move(connector));
}

void ConfComparisonController::cancel()
{
    m_phase->cancelAll();
}

} // namespace Ocw::Core
