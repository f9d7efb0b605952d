#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace Ocw::Bench {

// Measures how long the event loop of the thread it lives on (the GUI thread in the product)
// was blocked: a precise 5 ms timer notes how late each tick came. A tick `late` ms after its
// due time means the loop could not run for that long (painting, input and queued signals
// wait just as long). Main thread only; start() before the work, stop() after it.
class LatencyProbe : public QObject
{
    Q_OBJECT
public:
    explicit LatencyProbe(int intervalMs = 5, QObject *parent = nullptr);

    void start();
    void stop();

    // Lateness of every tick in ms (0 when on time). Ticks that were due while the loop was
    // blocked are coalesced by Qt into one late tick, so each entry is one blocked stretch.
    QList<double> lateMs() const { return m_lateMs; }
    double maxLateMs() const;
    // When the worst tick came, in ms since start().
    double maxLateAtMs() const { return m_maxAtMs; }
    int ticks() const { return int(m_lateMs.size()); }

private:
    void onTick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_dueNs = 0;
    int m_intervalMs;
    QList<double> m_lateMs;
    double m_maxMs = 0.0;
    double m_maxAtMs = 0.0;
};

} // namespace Ocw::Bench
