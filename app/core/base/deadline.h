#pragma once

#include <QDeadlineTimer>

namespace Ocw::Core {

// Milliseconds left before a deadline, clamped to [0, slice] so that waits wake up often
// enough to notice a cancel (STYLE: slices of at most 100 ms).
inline int waitSliceMs(const QDeadlineTimer &deadline, int sliceMs = 100)
{
    if (deadline.isForever())
        return sliceMs;
    const qint64 left = deadline.remainingTime();
    if (left <= 0)
        return 0;
    return left < sliceMs ? int(left) : sliceMs;
}

} // namespace Ocw::Core
