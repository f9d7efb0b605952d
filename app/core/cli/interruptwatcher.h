#pragma once

#include "../base/canceltoken.h"

#include <QObject>

#include <atomic>
#include <memory>

class QSocketNotifier;

namespace Ocw::Core {

// Turns SIGINT/SIGTERM into a Qt signal on the main thread (self-pipe), so that the headless
// command cancels its run cleanly and exits 3. The handler also sets cancelToken() at once,
// so that work before the event loop runs (name look-ups, the keychain) stops too and the
// command can still cancel and report. POSIX only; elsewhere it never fires.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    CancelToken cancelToken() const { return m_token; }
    bool wasInterrupted() const { return m_token.isCancelled(); }

Q_SIGNALS:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
    std::shared_ptr<std::atomic<bool>> m_flag;
    CancelToken m_token;
};

} // namespace Ocw::Core
