#pragma once

#include "../base/canceltoken.h"
#include "../plan/nodeconfcomparison.h"
#include "../ssh/sshtarget.h"
#include "remoteconnector.h"

#include <QObject>

#include <memory>

class QThread;

namespace Ocw::Core {

// Runs NodeConfComparison for the First node page in a worker thread: opens the first node
// through the connector (host key verified by the real one), reads and compares octane.conf,
// reports once through a queued signal. Lives on the GUI thread and never waits on the
// network. One comparison at a time; cancel() ends it within a second.
class ConfComparisonController : public QObject
{
    Q_OBJECT
public:
    explicit ConfComparisonController(QObject *parent = nullptr);
    ~ConfComparisonController() override;

    void start(const NodeConfComparison &comparison, const SshTarget &target,
               std::shared_ptr<RemoteConnector> connector);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    // The one signal of a comparison: its result, or why there is none (connection, host key,
    // privilege, cancel: result.error).
    void finished(const Ocw::Core::ConfComparison &result);

private:
    QThread *m_thread = nullptr;
    CancelToken m_cancel;
};

} // namespace Ocw::Core
