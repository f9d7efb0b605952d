#include "standardinput.h"

#include <QDeadlineTimer>

#include <cerrno>
#include <poll.h>
#include <unistd.h>

namespace Ocw::Core {

QByteArray StandardInput::readAll(const CancelToken &cancel)
{
    QByteArray data;
    char buffer[4096];
    QDeadlineTimer idle(IdleTimeoutMs);
    while (!cancel.isCancelled() && data.size() < MaxBytes && !idle.hasExpired()) {
        pollfd p{STDIN_FILENO, POLLIN, 0};
        const int ready = ::poll(&p, 1, 100);
        if (ready < 0 && errno == EINTR)
            continue; // the signal's flag is looked at above
        if (ready < 0)
            break;
        if (ready == 0)
            continue;
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n <= 0)
            break; // end of input, or an error: what was read is all there is
        data.append(buffer, int(n));
        idle.setRemainingTime(IdleTimeoutMs);
    }
    return data;
}

} // namespace Ocw::Core
