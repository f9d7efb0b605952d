#pragma once

#include "../base/canceltoken.h"
#include "../plan/nodeconfcomparison.h"
#include "../ssh/sshtarget.h"
#include "remoteconnector.h"

#include <QObject>

#include <memory>

namespace Ocw::Core {

// Runs NodeConfComparison for the First node page as a one-step plan on PhaseController (the
// engine of every phase): opens the first node through the connector (host key verified by the
// real one), reads and compares octane.conf, reports once. Lives on the GUI thread and never
// waits on the network. One comparison at a time; cancel() ends it within a second.
class ConfComparisonController : public QObject
{
    Q_OBJECT
public:
    explicit ConfComparisonController(QObject *parent = nullptr);
    ~ConfComparisonController() override;

    void start(const NodeConfComparison &comparison, const SshTarget &target,
               std::shared_ptr<RemoteConnector> connector);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    // The one signal of a comparison: its result, or why there is none (connection, host key,
    // privilege, cancel: result.error).
    void finished(const Ocw::Core::ConfComparison &result);

private:
    class PhaseController *m_phase;
    std::shared_ptr<ConfComparison> m_result;
    QString m_node;
    Error m_connectError;
};

} // namespace Ocw::Core
