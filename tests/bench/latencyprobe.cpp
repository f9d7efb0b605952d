#include "latencyprobe.h"

#include <algorithm>

namespace Ocw::Bench {

LatencyProbe::LatencyProbe(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LatencyProbe::onTick);
}

void LatencyProbe::start()
{
    m_lateMs.clear();
    m_maxMs = 0.0;
    m_maxAtMs = 0.0;
    m_clock.start();
    m_dueNs = qint64(m_intervalMs) * 1000000;
    m_timer.start();
}

void LatencyProbe::stop()
{
    m_timer.stop();
    // The stretch since the last tick counts as well: finishRun() may block right at the end.
    onTick();
}

double LatencyProbe::maxLateMs() const
{
    return m_maxMs;
}

void LatencyProbe::onTick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 interval = qint64(m_intervalMs) * 1000000;
    // Qt schedules a precise timer's next tick one interval after the due time of this one, or
    // one interval from now when it is already past; the lateness is measured against that.
    const double late = std::max(0.0, double(now - m_dueNs) / 1e6);
    m_dueNs += interval;
    if (m_dueNs < now)
        m_dueNs = now + interval;
    m_lateMs.append(late);
    if (late > m_maxMs) {
        m_maxMs = late;
        m_maxAtMs = double(now) / 1e6;
    }
}

} // namespace Ocw::Bench
