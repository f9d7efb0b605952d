#include "firstnodejob.h"

#include "../run/noderunner.h"
#include "../ssh/remoteshell.h"
#include "phaseplan.h"

#include <QFileInfo>

namespace Ocw::Core {

namespace {
class CallbackObserver : public NodeRunObserver
{
public:
    CallbackObserver(const FirstNodeJob::ResultCallback &onResult,
                     const FirstNodeJob::ProgressCallback &onProgress,
                     const FirstNodeJob::CertificateCallback &onCertificate)
        : m_onResult(onResult)
        , m_onProgress(onProgress)
        , m_onCertificate(onCertificate)
    {
    }
    void stepStarted(const QString &, const QString &stepId, const QString &text) override
    {
        if (m_onProgress)
            m_onProgress(stepId, text);
    }
    void stepProgressed(const QString &, const QString &stepId, const QString &text) override
    {
        if (m_onProgress)
            m_onProgress(stepId, text);
    }
    void stepFinished(const CheckResult &result) override
    {
        if (m_onResult)
            m_onResult(result);
    }
    void certificateRefused(const QString &, const CertificateInfo &certificate) override
    {
        if (m_onCertificate)
            m_onCertificate(certificate);
    }

private:
    const FirstNodeJob::ResultCallback &m_onResult;
    const FirstNodeJob::ProgressCallback &m_onProgress;
    const FirstNodeJob::CertificateCallback &m_onCertificate;
};
} // namespace

PhaseInputs FirstNodeJob::phaseInputs(const Inputs &in)
{
    PhaseInputs p;
    p.profile = in.profile;
    p.release = in.release;
    p.packagePath = in.packagePath;
    p.packageBytes = QFileInfo(in.packagePath).size();
    p.confSecrets = in.confSecrets;
    p.sudoPasswords.insert(in.profile.firstNodeHost(), in.sudoPassword);
    p.setRepositoryEnv = in.setRepositoryEnv;
    p.readyTimeoutS = in.readyTimeoutS;
    p.commandTimeoutMs = in.commandTimeoutMs;
    return p;
}

FirstNodeJob::FirstNodeJob(Inputs inputs, RemoteShell &shell, CancelToken cancel)
    : m_inputs(std::move(inputs))
    , m_session(shell)
    , m_cancel(std::move(cancel))
{
}

QList<CheckResult> FirstNodeJob::run(const ResultCallback &onResult,
                                     const ProgressCallback &onProgress)
{
    const PhaseInputs in = phaseInputs(m_inputs);
    const PhasePlan plan = PhasePlan::firstNode(in);
    NodeState state = PhasePlan::initialState(in, in.profile.firstNodeHost());
    CallbackObserver observer(onResult, onProgress, m_onCertificate);
    NodeRunner runner(in, state, m_session, m_cancel, &observer);
    runner.run(plan.rounds.first().steps);
    return runner.results();
}

} // namespace Ocw::Core
