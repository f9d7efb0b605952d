#pragma once

#include "nodereadings.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>

namespace Ocw::Core {

// The readings of a verification run, shared by its steps: each node's reading step writes its
// own entry from its worker, and the verdict step reads them all after the barrier. Thread-safe.
class VerifyBoard
{
public:
    void update(const QString &node, const std::function<void(NodeReadings &)> &change);
    QHash<QString, NodeReadings> snapshot() const;
    void clear();

private:
    mutable QMutex m_mutex;
    QHash<QString, NodeReadings> m_nodes;
};

} // namespace Ocw::Core
