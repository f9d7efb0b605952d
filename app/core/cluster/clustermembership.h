#pragma once

#include "../checks/checkresult.h"
#include "hazelcastlog.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Ocw::Core {

// What was read on one node for the membership verdict.
struct NodeMembership
{
    QString node;                    // as octane.conf and the profile name it
    bool logRead = false;            // the server log could be read
    QString logError;                // why not
    HazelcastLog log;                // what it says
    bool hazelcastXmlRead = false;   // the node's hazelcast.xml could be read
    QStringList hazelcastXmlMembers; // its <member> entries, as written
    QString portHolder;              // what holds the cluster port when the server did not get it
    bool serverGone = false; // the server stopped answering: its log's last view is from before
};

// Whether the cluster really formed, per node, from what each node's log and hazelcast.xml say
// against the node list of the repository's octane.conf (CLUSTER-FACTS.md §1.3): every node
// must report the same member set, of the size of that list, on the cluster port. A node
// outside the main cluster is named with the member(s) that differ and the fix; the nodes of
// the main cluster that only miss such a node get a warning that points at it, so that each
// failure is reported once, on the node that is wrong. Pure: tests feed it texts.
class ClusterMembership
{
public:
    struct Inputs
    {
        QStringList confNodes;                   // octane.conf's node list
        QHash<QString, QStringList> addressesOf; // node name -> its addresses
        int clusterPort = 5701;
        QString repositoryConf; // <repository>/conf/octane.conf
        QString hazelcastXml;   // the node's hazelcast.xml path (same on every node)
        QString logFile;        // the server log's path
    };

    // verify.members and verify.port, one of each per node, in the order given.
    static QList<CheckResult> evaluate(const Inputs &in, const QList<NodeMembership> &nodes);

    // An entry of a member list ("10.0.0.1:5701", "octane2.lab") -> the node it names, or the
    // entry without its port when it names none of the nodes.
    static QString nodeOf(const Inputs &in, const QString &entry);
};

} // namespace Ocw::Core
