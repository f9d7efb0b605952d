#pragma once

#include "../model/clusterprofile.h"
#include "../model/releasedefinition.h"
#include "../plan/phaseinputs.h"
#include "../plan/phaseplan.h"
#include "../ssh/sshtarget.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace Ocw::Core {

class NodeStatusModel;

// What the Other nodes page shows and starts, without widgets (the page is its face):
// the nodes, the package and how it travels, the consent for the repository variable, start
// in parallel or one at a time; what still stops the phase from starting; the plan and its
// dry run; the run's inputs and SSH targets; the summary after a run. GUI thread, plain value.
class OtherNodesConfig
{
public:
    void setProfile(const ClusterProfile &profile) { m_profile = profile; }
    void setRelease(const std::optional<ReleaseDefinition> &release) { m_release = release; }
    void setPackage(const QString &path, qint64 bytes, const QString &sha256);
    void setSecrets(const QHash<QString, QString> &secrets) { m_secrets = secrets; }
    void setFirstNodeReady(bool ready) { m_firstNodeReady = ready; }
    void setDelivery(PackageDelivery delivery) { m_delivery = delivery; }
    void setStartOneAtATime(bool serial) { m_serial = serial; }
    void setRepositoryEnvConsent(bool agreed) { m_setRepositoryEnv = agreed; }

    const ClusterProfile &profile() const { return m_profile; }
    PackageDelivery delivery() const { return m_delivery; }
    QStringList otherNodes() const;

    // Why the phase cannot start now (one sentence with what to do), empty when it can.
    QString blocker() const;

    PhaseInputs inputs() const;
    PhasePlan plan() const;
    QString dryRunText() const; // the plan as `plan --phase other-nodes` prints it
    QHash<QString, SshTarget> targets() const;

    // After a run: per node what happened, the bytes sent, and what to do next.
    QString summary(const NodeStatusModel &status, const QHash<QString, qint64> &bytesSent,
                    bool cancelled) const;

private:
    ClusterProfile m_profile;
    std::optional<ReleaseDefinition> m_release;
    QString m_packagePath;
    qint64 m_packageBytes = 0;
    QString m_packageSha256;
    QHash<QString, QString> m_secrets;
    bool m_firstNodeReady = false;
    PackageDelivery m_delivery = PackageDelivery::ShareStage;
    bool m_serial = false;
    bool m_setRepositoryEnv = false;
};

} // namespace Ocw::Core
