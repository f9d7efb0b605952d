#pragma once

#include <atomic>
#include <memory>

namespace Ocw::Core {

// A cancel flag shared between the GUI thread (which sets it) and workers (which poll it in
// every wait, at least every 100 ms). Cheap to copy; all copies share one flag.
class CancelToken
{
public:
    CancelToken()
        : m_flag(std::make_shared<std::atomic<bool>>(false))
    {
    }
    // Shares a flag that something else sets, e.g. a signal handler (a lock-free atomic store
    // is async-signal-safe).
    explicit CancelToken(std::shared_ptr<std::atomic<bool>> flag)
        : m_flag(std::move(flag))
    {
    }

    void cancel() const { m_flag->store(true, std::memory_order_release); }
    bool isCancelled() const { return m_flag->load(std::memory_order_acquire); }
    // Only the owner of a session may reset, between commands: used to run the clean-up
    // (stop listeners, remove temporary files) after a cancelled command.
    void reset() const { m_flag->store(false, std::memory_order_release); }

private:
    std::shared_ptr<std::atomic<bool>> m_flag;
};

} // namespace Ocw::Core
