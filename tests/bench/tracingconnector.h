#pragma once

#include <core/run/remoteconnector.h>

#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QString>

#include <memory>

namespace Ocw::Bench {

// One remote step of a check run as seen from outside the engine: which node, what (the
// connection, or the kind of command), when it started and how long it took, in ms since the
// tracer's start().
struct TraceEvent
{
    QString node;
    QString step;
    double startMs = 0.0;
    double durationMs = 0.0;
    double nodeCpuMs = -1.0; // CPU the node used meanwhile (its lab cgroup); -1 when unknown
    bool ok = true;
};

// A RemoteConnector that wraps the real one and records every open() and exec() with its
// timing, so that the bench can tell which stage of CheckController/NodeCheckJob the time
// goes to without touching the engine. Thread-safe (workers call it from their threads).
class TracingConnector : public Core::RemoteConnector
{
public:
    explicit TracingConnector(std::shared_ptr<Core::RemoteConnector> inner);

    Core::ConnectOutcome open(const Core::SshTarget &target,
                              const Core::CancelToken &cancel) override;

    void start();
    void record(const TraceEvent &event);
    double nowMs() const;
    QList<TraceEvent> events() const;

    // Names the command the engine sent (the probes, the privilege check, the clock, ...).
    static QString classify(const Core::ExecRequest &request);
    // CPU time (ms) used so far by the lab node `host` (octane<i>.lab): labctl runs each node's
    // sshd, and so every session and command there, in the cgroup v2 ocwlab/octane<i>.
    // -1 when there is no such cgroup (not the lab, or no cgroup v2).
    static double nodeCpuMs(const QString &host);

private:
    std::shared_ptr<Core::RemoteConnector> m_inner;
    QElapsedTimer m_clock;
    mutable QMutex m_mutex;
    QList<TraceEvent> m_events;
};

} // namespace Ocw::Bench
