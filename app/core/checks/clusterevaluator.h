#pragma once

#include "../model/clusterprofile.h"
#include "checkresult.h"
#include "nodefacts.h"
#include "requirements.h"

#include <QList>

namespace Ocw::Core {

// The checks that compare nodes with each other, computed from every node's NodeFacts once
// the nodes' stages are done: same repository path, repository really shared (tokens read
// across), consistent name resolution, port 5701 full mesh (one result per ordered pair), clock
// skew. Pure, any thread.
class ClusterEvaluator
{
public:
    static QList<CheckResult> evaluate(const ClusterProfile &profile,
                                       const Requirements &requirements,
                                       const QList<NodeFacts> &facts);

    static QList<CheckResult> samePath(const ClusterProfile &profile,
                                       const QList<NodeFacts> &facts);
    static QList<CheckResult> shared(const ClusterProfile &profile, const QList<NodeFacts> &facts);
    static QList<CheckResult> dnsConsistent(const QList<NodeFacts> &facts);
    // Two nodes with the same host key or the same /etc/machine-id are one machine listed
    // twice (or clones that kept one identity): blocking, naming both.
    static QList<CheckResult> distinctMachines(const QList<NodeFacts> &facts);
    // Ordered pairs of reachable nodes, plus one result per unreachable node for all of its
    // pairs (unreachablePairs()).
    static QList<CheckResult> clusterPort(const Requirements &requirements,
                                          const QList<NodeFacts> &facts);
    // The one skipped result of a pair check that stands for all pairs to and from `node`.
    static CheckResult unreachablePairs(const QString &checkId, const QString &node, int port);
    static QList<CheckResult> clockSkew(const Requirements &requirements,
                                        const QList<NodeFacts> &facts);
};

} // namespace Ocw::Core
