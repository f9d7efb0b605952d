#include "verifyboard.h"

#include <QMutexLocker>

namespace Ocw::Core {

void VerifyBoard::update(const QString &node, const std::function<void(NodeReadings &)> &change)
{
    QMutexLocker lock(&m_mutex);
    change(m_nodes[node]);
}

QHash<QString, NodeReadings> VerifyBoard::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_nodes;
}

void VerifyBoard::clear()
{
    QMutexLocker lock(&m_mutex);
    m_nodes.clear();
}

} // namespace Ocw::Core
