#pragma once

#include <QObject>

class QSocketNotifier;

namespace Ocw::Core {

// Turns SIGINT/SIGTERM into a Qt signal on the main thread (self-pipe), so that the headless
// command cancels its run cleanly and exits 3. POSIX only; elsewhere it never fires.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

Q_SIGNALS:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Ocw::Core
