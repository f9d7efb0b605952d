#include "checkboard.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace Ocw::Core {

CheckBoard::CheckBoard(const ClusterProfile &profile, const Requirements &requirements,
                       const QStringList &nodes, const QHash<QString, QString> &sudoPasswords)
    : m_profile(profile)
    , m_requirements(requirements)
    , m_nodes(nodes)
{
    // Names temporary files on the nodes; unique per run so that runs never collide.
    const QString runId = QString::number(QDateTime::currentMSecsSinceEpoch(), 36) +
                          QString::number(QRandomGenerator::global()->bounded(1 << 20), 36);
    for (int i = 0; i < nodes.size(); ++i) {
        NodeCheckJob::Context context;
        context.profile = profile;
        context.requirements = requirements;
        context.runId = runId;
        context.nodeIndex = i;
        context.sudoPassword = sudoPasswords.value(nodes.at(i));
        m_jobs[nodes.at(i)] = std::make_unique<NodeCheckJob>(context);
        NodeFacts facts;
        facts.node = nodes.at(i);
        facts.index = i;
        m_facts.append(facts);
    }
}

NodeCheckJob &CheckBoard::job(const QString &node) const
{
    return *m_jobs.at(node);
}

NodeFacts CheckBoard::facts(const QString &node) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_facts.value(int(m_nodes.indexOf(node)));
}

void CheckBoard::setFacts(const NodeFacts &facts)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (facts.index >= 0 && facts.index < m_facts.size())
        m_facts[facts.index] = facts;
}

QList<NodeFacts> CheckBoard::allFacts() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_facts;
}

} // namespace Ocw::Core
