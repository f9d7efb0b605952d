#pragma once

#include "../model/clusterprofile.h"
#include "nodecheckjob.h"
#include "nodefacts.h"
#include "requirements.h"

#include <QHash>
#include <QStringList>

#include <map>
#include <memory>
#include <mutex>

namespace Ocw::Core {

// What the check steps of one run share across nodes and rounds: each node's NodeCheckJob
// (which remembers what it left on its node, for the clean-up) and every node's facts. A
// round writes only its own node's facts; the cross-node rounds read every node's, after the
// barrier that ended the round before. Made once per run, by CheckController.
class CheckBoard
{
public:
    // `nodes`: the node names in the profile's order (a node's index names its token file).
    CheckBoard(const ClusterProfile &profile, const Requirements &requirements,
               const QStringList &nodes, const QHash<QString, QString> &sudoPasswords);

    const ClusterProfile &profile() const { return m_profile; }
    const Requirements &requirements() const { return m_requirements; }
    QStringList nodes() const { return m_nodes; }

    // The node's job. Used by one worker at a time (the node's round), never concurrently.
    NodeCheckJob &job(const QString &node) const;

    NodeFacts facts(const QString &node) const;
    void setFacts(const NodeFacts &facts);
    QList<NodeFacts> allFacts() const; // in node order

private:
    ClusterProfile m_profile;
    Requirements m_requirements;
    QStringList m_nodes;
    std::map<QString, std::unique_ptr<NodeCheckJob>> m_jobs; // fixed after construction
    mutable std::mutex m_mutex;                              // guards m_facts
    QList<NodeFacts> m_facts;
};

} // namespace Ocw::Core
