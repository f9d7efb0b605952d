#pragma once

#include "../checks/checkresult.h"
#include "clustermembership.h"
#include "nodereadings.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ocw::Core {

// The verdicts of step 8 of the procedure (verify the cluster) from what was read on each node
// and through the load balancer: verify.members and verify.port (ClusterMembership, with the
// readings over time), verify.status and verify.node-sign-in per node, verify.version, and
// verify.lb-sign-in and verify.lb-spread (one per node) from the header that names the upstream
// that answered. Every failure names its node and carries a fix. Pure: tests feed it readings.
class ClusterVerification
{
public:
    struct Inputs
    {
        QStringList nodes; // the profile's nodes, in order
        QString firstNode;
        QString loadBalancerUrl; // empty: none in the profile
        QString upstreamHeader;  // e.g. X-Upstream-Addr; empty: the spread is not read
        int clusterPort = 5701;
        int httpPort = 0;       // the nodes' HTTP port (an upstream on another port is a misroute)
        QString repositoryConf; // <repository>/conf/octane.conf
        QString hazelcastXml;
        QString logFile;
        QString statusPath; // /admin/server/status; empty: the release has none (sign-ins)
        int readings = 3;   // consecutive healthy readings asked for
        int windowS = 10;   // over at least this long
        // node -> its addresses as this workstation resolves it (for the upstream header)
        QHash<QString, QStringList> workstationAddresses;
    };

    static QList<CheckResult> evaluate(const Inputs &in,
                                       const QHash<QString, NodeReadings> &readings);

    // "127.0.0.9:8080, 127.0.0.11:8080" -> "127.0.0.11:8080": nginx lists every upstream it
    // tried, and the last one answered.
    static QString answeringUpstream(const QString &headerValue);
    // An upstream "ip:port" (or "[v6]:port", or a name) -> the node it is, or empty.
    static QString nodeOfUpstream(const QString &upstream,
                                  const QHash<QString, QStringList> &addressesOf);
};

} // namespace Ocw::Core
