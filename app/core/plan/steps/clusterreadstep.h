#pragma once

#include "../step.h"

#include <memory>

namespace Ocw::Core {

class VerifyBoard;

// Step 8 on one node, read only: what the node says about the cluster, over the readiness
// window (the profile's consecutive healthy readings, default 3 over 10 s). Once: the node
// list of <repository>/conf/octane.conf (only the list is kept: the file holds passwords), how
// the node resolves those names, a sign-in directly on the node, and at the end its
// hazelcast.xml members and, when Hazelcast did not get its port, what holds it (ss -ltnp). At
// every reading: the health endpoint, the cluster lines of the server log, and this node's
// share of the sign-ins through the load balancer (three per node, each on a new connection:
// sign-in, version, health), with the header that names the upstream that answered. The
// readings go to the board; the verdicts come after the barrier (VerifySummaryStep).
class ClusterReadStep : public Step
{
public:
    ClusterReadStep(QString phase, std::shared_ptr<VerifyBoard> board);

    static constexpr int LoadBalancerSignInsPerNode = 3; // K = 3 x web nodes

    QString name() const override;
    QString title() const override;
    QString statusText() const override;
    QString description(const PhaseInputs &in, const NodeState &node) const override;
    int weight() const override { return 3; }
    bool changesNode() const override;
    QString doneWhen() const override;
    QList<PlannedCommand> plannedCommands(const PhaseInputs &in,
                                          const NodeState &node) const override;
    QString afterCancel(const PhaseInputs &in, const NodeState &node) const override;
    CheckResult run(StepRun &run) const override;

    // `ss -H -ltnp` lines and `ps -o pid=,user=,args=` lines -> what holds `port` on the
    // addresses `own` (or on every address), e.g. "ocwlab-port-holder (pid 812, user nobody)";
    // empty when nothing does.
    static QString portHolder(const QString &listeners, int port, const QStringList &own);

private:
    std::shared_ptr<VerifyBoard> m_board;
};

} // namespace Ocw::Core
