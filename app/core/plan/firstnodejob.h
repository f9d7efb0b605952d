#pragma once

#include "../base/canceltoken.h"
#include "../checks/checkresult.h"
#include "../http/signinclient.h"
#include "../model/clusterprofile.h"
#include "../model/releasedefinition.h"
#include "phaseinputs.h"

#include <QHash>

#include <functional>

namespace Ocw::Core {

class RemoteShell;

// Steps 2 and 4 of the cluster procedure on the FIRST node, on an open RemoteShell: the
// first-node PhasePlan run by a NodeRunner on the caller's thread (the benchmark and the lab
// tests drive one shell directly; the wizard and the command line use PhaseController).
// Re-runnable: what is already done is detected and reported, not redone. Results use the
// check report's shape, one per step (checkId = step id).
class FirstNodeJob
{
public:
    struct Inputs
    {
        ClusterProfile profile;
        ReleaseDefinition release;
        QString packagePath;
        QHash<QString, QString> confSecrets; // octane.conf key path -> secret value
        QString sudoPassword;
        bool setRepositoryEnv = false; // the user agreed to set OCTANE_REPOSITORY_DIR
        int readyTimeoutS = 600;
        int commandTimeoutMs = 120000;
    };

    using ResultCallback = std::function<void(const CheckResult &)>;
    // Progress text per step, upload progress and new log lines ("log" step id).
    using ProgressCallback = std::function<void(const QString &stepId, const QString &text)>;

    // The server's certificate when TLS refused it at sign-in (before that step's result).
    using CertificateCallback = std::function<void(const CertificateInfo &)>;

    FirstNodeJob(Inputs inputs, RemoteShell &shell, CancelToken cancel);

    void setCertificateCallback(CertificateCallback callback)
    {
        m_onCertificate = std::move(callback);
    }

    QList<CheckResult> run(const ResultCallback &onResult = {},
                           const ProgressCallback &onProgress = {});

    // The phase inputs these inputs stand for (one node, its sudo password).
    static PhaseInputs phaseInputs(const Inputs &inputs);

private:
    Inputs m_inputs;
    RemoteShell &m_session;
    CancelToken m_cancel;
    CertificateCallback m_onCertificate;
};

} // namespace Ocw::Core
