#pragma once

#include "../http/signinclient.h"
#include "clustermembership.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ocw::Core {

// One reading of a node's health endpoint (GET /admin/server/status, or a sign-in where the
// release has no such endpoint).
struct HealthReading
{
    qint64 atMs = 0;    // since the first reading of the node
    int httpStatus = 0; // 0: no answer
    QString text;       // the start of the answer's body, or why there was none
    bool healthy = false;
};

// What the verification read on one node and from the workstation for it: the evidence its
// verdicts are made of. Written by the node's reading step, read at the barrier after it.
struct NodeReadings
{
    bool read = false; // the reading step ran to its end on the node
    QString readError; // why it did not (connection, cancel)

    NodeMembership membership;            // from the last reading of the log and hazelcast.xml
    QList<int> memberCounts;              // the membership's size at each reading (0: none)
    bool confRead = false;                // <repository>/conf/octane.conf
    QString confError;                    // why it could not be read
    QStringList confNodes;                // its node list
    QHash<QString, QStringList> resolved; // each of those names -> addresses, as the node resolves

    std::optional<SignInResult> signIn; // directly on the node
    QList<HealthReading> health;
    QList<SignInResult> throughLoadBalancer; // this node's share of the K sign-ins
};

} // namespace Ocw::Core
