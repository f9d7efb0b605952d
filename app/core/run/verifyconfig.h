#pragma once

#include "../checks/checkresult.h"
#include "../model/clusterprofile.h"
#include "../model/releasedefinition.h"
#include "../plan/phaseinputs.h"
#include "../plan/phaseplan.h"
#include "../ssh/sshtarget.h"

#include <QHash>
#include <QPair>
#include <QStringList>

#include <memory>
#include <optional>

namespace Ocw::Core {

class NodeStatusModel;
class VerifyBoard;

// What the Verify page shows and starts, without widgets (the page is its face): the same
// plan as `octane-cluster-wizard verify` (PhasePlan::verify), its inputs (the site admin's
// password for the sign-ins, nothing else of octane.conf), the node x verification grid with
// a "cluster" row for the verdicts of the whole cluster, and the sentence after a run.
// GUI thread, plain value.
class VerifyConfig
{
public:
    void setProfile(const ClusterProfile &profile) { m_profile = profile; }
    void setRelease(const std::optional<ReleaseDefinition> &release) { m_release = release; }
    void setSecrets(const QHash<QString, QString> &secrets) { m_secrets = secrets; }

    const ClusterProfile &profile() const { return m_profile; }
    // Why the verification cannot start now, empty when it can.
    QString blocker() const;

    PhaseInputs inputs() const;
    PhasePlan plan(const std::shared_ptr<VerifyBoard> &board) const;
    QString dryRunText() const;
    QHash<QString, SshTarget> targets() const;

    // The grid's row of the verdicts that concern the whole cluster (version, load balancer
    // sign-in, summary).
    static QString clusterRow();
    // The plan's rows and columns, then one column per verification.
    void prepareGrid(NodeStatusModel *model, const PhasePlan &plan) const;
    // The cell a result goes to: a cluster-wide verdict on the cluster row.
    static CheckResult gridCell(const CheckResult &result);
    // The verification ids, in the grid's order, with their titles.
    static QList<QPair<QString, QString>> verdictColumns();

    // After a run: verified or not, with the nodes that failed and what to look at.
    static QString summary(const QList<CheckResult> &results, bool cancelled);

private:
    ClusterProfile m_profile;
    std::optional<ReleaseDefinition> m_release;
    QHash<QString, QString> m_secrets;
};

} // namespace Ocw::Core
