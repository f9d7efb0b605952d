#pragma once

#include "../base/canceltoken.h"

#include <QSemaphore>

namespace Ocw::Core {

// Lets one node at a time through a section of a phase (e.g. start and wait until ready, for
// "start the nodes one at a time"). The wait honours the cancel token; its deadline is the
// holder's: the section's steps (start, ready) are bounded by their own timeouts.
class SerialGate
{
public:
    // False when cancelled before the gate opened.
    bool enter(const CancelToken &cancel)
    {
        while (!m_free.tryAcquire(1, 100)) {
            if (cancel.isCancelled())
                return false;
        }
        return true;
    }
    void leave() { m_free.release(); }

private:
    QSemaphore m_free{1};
};

} // namespace Ocw::Core
