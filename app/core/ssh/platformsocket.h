#pragma once

#include "../base/canceltoken.h"
#include "../base/expected.h"

#include <QDeadlineTimer>
#include <QList>
#include <QString>

#include <cstddef>

namespace Ocw::Core {

// The only POSIX/Linux-specific code of the core: name resolution, a non-blocking TCP connect
// with a deadline and cancel, socket waits, latency options. Port this file alone to Windows
// or macOS. Static functions, any thread; a handle belongs to the caller who got it.
class PlatformSocket
{
public:
    using Handle = qintptr;
    static constexpr Handle InvalidHandle = -1;

    struct Connected
    {
        Handle handle = InvalidHandle;
        QString address; // the peer address connected to, e.g. "127.0.0.12" or "::1"
        qint64 elapsedMs = 0;
    };

    // Numeric addresses of `host` (a name, an IPv4, an IPv6 literal, also "[v6]"), in the
    // resolver's order, without duplicates (IPv4-mapped IPv6 becomes IPv4). Bounded by the
    // deadline and the cancel token even when the resolver hangs.
    static Expected<QStringList> resolve(const QString &nodeName, const QString &host,
                                         const QDeadlineTimer &deadline, const CancelToken &cancel);

    // Resolves, then tries each address in turn until one accepts, all within the deadline.
    // Errors: NameResolution, ConnectRefused, ConnectTimeout, ConnectFailed, Cancelled.
    // The returned socket is non-blocking, with TCP_NODELAY and TCP_QUICKACK set.
    static Expected<Connected> connect(const QString &nodeName, const QString &host, quint16 port,
                                       const QDeadlineTimer &deadline, const CancelToken &cancel);

    // One wait of at most sliceMs. Returns 1 when ready, 0 when the slice ran out, -1 on a
    // poll error (errno kept). With neither direction wanted it waits for readability.
    static int waitSocket(Handle handle, bool wantRead, bool wantWrite, int sliceMs);

    static void setLowLatency(Handle handle); // TCP_NODELAY + TCP_QUICKACK
    static void rearmQuickAck(Handle handle); // Linux resets QUICKACK; call after every recv
    // recv() for libssh2's recv callback: bytes read, or -errno (libssh2's convention).
    static std::ptrdiff_t receive(Handle handle, void *buffer, std::size_t length, int flags);
    static void close(Handle handle);

    static QString errorText(int errorNumber);
};

} // namespace Ocw::Core
