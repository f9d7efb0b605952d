#include "tracingconnector.h"

#include "benchstats.h"

#include <QFile>
#include <QMutexLocker>

namespace Ocw::Bench {

namespace {

// Passes every exec() to the real shell and notes its timing.
class TracingShell : public Core::RemoteShell
{
public:
    TracingShell(std::unique_ptr<Core::RemoteShell> inner, TracingConnector *tracer, QString node)
        : m_inner(std::move(inner))
        , m_tracer(tracer)
        , m_node(std::move(node))
    {
    }

    // The worker drops its shell at the end of the clean-up stage: that is the SSH disconnect.
    ~TracingShell() override
    {
        TraceEvent event;
        event.node = m_node;
        event.step = QStringLiteral("4 disconnect");
        const double cpu0 = TracingConnector::nodeCpuMs(m_node);
        event.startMs = m_tracer->nowMs();
        m_inner.reset();
        event.durationMs = m_tracer->nowMs() - event.startMs;
        if (cpu0 >= 0.0)
            event.nodeCpuMs = TracingConnector::nodeCpuMs(m_node) - cpu0;
        m_tracer->record(event);
    }

    Core::Expected<Core::ExecResult> exec(const Core::ExecRequest &request) override
    {
        TraceEvent event;
        event.node = m_node;
        event.step = TracingConnector::classify(request);
        const double cpu0 = TracingConnector::nodeCpuMs(m_node);
        event.startMs = m_tracer->nowMs();
        Core::Expected<Core::ExecResult> result = m_inner->exec(request);
        event.durationMs = m_tracer->nowMs() - event.startMs;
        if (cpu0 >= 0.0)
            event.nodeCpuMs = TracingConnector::nodeCpuMs(m_node) - cpu0;
        event.ok = result.hasValue();
        m_tracer->record(event);
        return result;
    }

    // Uploads are not traced (the check catalogue never streams); passed through as they are.
    Core::Expected<Core::ExecResult> execStreaming(const Core::ExecRequest &request,
                                                   const Core::StreamInput &input) override
    {
        return m_inner->execStreaming(request, input);
    }
    QString nodeName() const override { return m_node; }
    Core::CancelToken cancelToken() const override { return m_inner->cancelToken(); }
    bool isUsable() const override { return m_inner->isUsable(); }

private:
    std::unique_ptr<Core::RemoteShell> m_inner;
    TracingConnector *m_tracer;
    QString m_node;
};

} // namespace

TracingConnector::TracingConnector(std::shared_ptr<Core::RemoteConnector> inner)
    : m_inner(std::move(inner))
{
    m_clock.start();
}

void TracingConnector::start()
{
    QMutexLocker lock(&m_mutex);
    m_events.clear();
    m_clock.restart();
}

double TracingConnector::nowMs() const
{
    return double(m_clock.nsecsElapsed()) / 1e6;
}

void TracingConnector::record(const TraceEvent &event)
{
    QMutexLocker lock(&m_mutex);
    m_events.append(event);
}

QList<TraceEvent> TracingConnector::events() const
{
    QMutexLocker lock(&m_mutex);
    return m_events;
}

Core::ConnectOutcome TracingConnector::open(const Core::SshTarget &target,
                                            const Core::CancelToken &cancel)
{
    TraceEvent event;
    event.node = target.nodeName;
    event.step = QStringLiteral("connect+auth");
    const double cpu0 = nodeCpuMs(target.nodeName);
    event.startMs = nowMs();
    Core::ConnectOutcome outcome = m_inner->open(target, cancel);
    event.durationMs = nowMs() - event.startMs;
    if (cpu0 >= 0.0)
        event.nodeCpuMs = nodeCpuMs(target.nodeName) - cpu0;
    event.ok = outcome.shell != nullptr;
    record(event);
    if (outcome.shell)
        outcome.shell =
            std::make_unique<TracingShell>(std::move(outcome.shell), this, target.nodeName);
    return outcome;
}

double TracingConnector::nodeCpuMs(const QString &host)
{
    return labNodeCpuMs(host);
}

QString TracingConnector::classify(const Core::ExecRequest &request)
{
    const QString &c = request.command;
    const QByteArray &in = request.stdinData;
    if (c.startsWith(QLatin1String("id -un")))
        return QStringLiteral("1 privilege");
    if (c.startsWith(QLatin1String("sudo -k -S")))
        return QStringLiteral("1 sudo password");
    if (in.contains("@@OCW-BEGIN os\\n"))
        return QStringLiteral("1 login probe");
    if (in.contains("@@OCW-BEGIN env\\n"))
        return QStringLiteral("1 install-user probe");
    if (c.startsWith(QLatin1String("date +%s")))
        return QStringLiteral("1 clock");
    if (in.contains(".ocw-shared-") && in.contains("MISSING"))
        return QStringLiteral("2 token read");
    if (c.contains(QLatin1String("OCW_PY")))
        return QStringLiteral("2 listener start");
    if (in.contains("MESH "))
        return QStringLiteral("3 mesh");
    if (c.contains(QLatin1String(".ocw-listen-")))
        return QStringLiteral("4 stop listener");
    if (in.startsWith("rm -f "))
        return QStringLiteral("4 remove token");
    return QStringLiteral("other: ") + c.left(40);
}

} // namespace Ocw::Bench
