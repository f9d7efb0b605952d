#include "platformsocket.h"

#include "../base/deadline.h"
#include "../base/tr.h"

#include <QElapsedTimer>
#include <QHash>
#include <QUrl>

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <memory>
#include <mutex>
#include <thread>

namespace Ocw::Core {

namespace {

QString stripBrackets(const QString &host)
{
    QString h = host.trimmed();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    return h;
}

QString numericText(const sockaddr *sa, socklen_t len)
{
    // An IPv4-mapped IPv6 address (e.g. from an "::ffff:127.0.0.11 name" hosts line) is the
    // IPv4 address: show and store it as such.
    if (sa->sa_family == AF_INET6) {
        const auto *v6 = reinterpret_cast<const sockaddr_in6 *>(sa);
        if (IN6_IS_ADDR_V4MAPPED(&v6->sin6_addr)) {
            char buf[INET_ADDRSTRLEN] = {};
            inet_ntop(AF_INET, v6->sin6_addr.s6_addr + 12, buf, sizeof buf);
            return QString::fromLatin1(buf);
        }
    }
    char buf[NI_MAXHOST] = {};
    if (getnameinfo(sa, len, buf, sizeof buf, nullptr, 0, NI_NUMERICHOST) != 0)
        return QString();
    return QString::fromLatin1(buf);
}

QStringList addressesOf(const addrinfo *list)
{
    QStringList out;
    for (const addrinfo *ai = list; ai; ai = ai->ai_next) {
        if (ai->ai_family != AF_INET && ai->ai_family != AF_INET6)
            continue;
        const QString text = numericText(ai->ai_addr, ai->ai_addrlen);
        if (!text.isEmpty() && !out.contains(text))
            out.append(text);
    }
    return out;
}

// getaddrinfo() cannot be interrupted: it runs on a detached thread that owns its share of
// the state, so a hanging resolver costs a thread, never the caller's deadline.
struct ResolveState
{
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    int rc = 0;
    int savedErrno = 0;
    QStringList addresses;
};

// Answers of the resolver, kept briefly: the pre-flight lookup of every node and the
// connection right after it would otherwise ask the DNS server twice per name, and a server
// that limits its rate (or a slow one) then costs every node a resolver timeout. Only
// definite answers are kept (addresses, or "no such name"), never a temporary failure.
struct CachedAnswer
{
    QDeadlineTimer expiry;
    int rc = 0;
    QStringList addresses;
};
constexpr int answerLifetimeMs = 10000;
std::mutex g_answersMutex;
QHash<QByteArray, CachedAnswer> g_answers;

bool isDefiniteAnswer(int rc)
{
    return rc == 0 || rc == EAI_NONAME;
}

QString endpoint(const QString &address, quint16 port)
{
    if (address.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(address).arg(port);
    return QStringLiteral("%1:%2").arg(address).arg(port);
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'g', 3);
}

} // namespace

Expected<QStringList> PlatformSocket::resolve(const QString &nodeName, const QString &host,
                                              const QDeadlineTimer &deadline,
                                              const CancelToken &cancel)
{
    QString name = stripBrackets(host);
    // "octane2.lab." is a valid absolute name, but glibc matches /etc/hosts entries only
    // without the root's dot: look the name up as "octane2.lab".
    if (name.size() > 1 && name.endsWith(QLatin1Char('.')) && !name.endsWith(QLatin1String("..")))
        name.chop(1);
    if (name.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1: no host name or address is set.").arg(nodeName));
    }

    addrinfo hints = {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICHOST;
    const QByteArray ascii = QUrl::toAce(name).isEmpty() ? name.toUtf8() : QUrl::toAce(name);

    // Literal addresses need no resolver (and no thread).
    addrinfo *list = nullptr;
    if (getaddrinfo(name.toLatin1().constData(), nullptr, &hints, &list) == 0) {
        const QStringList out = addressesOf(list);
        freeaddrinfo(list);
        return out;
    }

    auto state = std::make_shared<ResolveState>();
    {
        std::lock_guard<std::mutex> lock(g_answersMutex);
        const auto it = g_answers.constFind(ascii);
        if (it != g_answers.cend() && !it->expiry.hasExpired()) {
            state->finished = true;
            state->rc = it->rc;
            state->addresses = it->addresses;
        }
    }
    if (!state->finished) {
        std::thread([state, ascii] {
            addrinfo h = {};
            h.ai_family = AF_UNSPEC;
            h.ai_socktype = SOCK_STREAM;
            addrinfo *res = nullptr;
            const int rc = getaddrinfo(ascii.constData(), nullptr, &h, &res);
            const int err = errno;
            QStringList out;
            if (rc == 0) {
                out = addressesOf(res);
                freeaddrinfo(res);
            }
            if (isDefiniteAnswer(rc)) {
                std::lock_guard<std::mutex> cacheLock(g_answersMutex);
                g_answers.insert(ascii, CachedAnswer{QDeadlineTimer(answerLifetimeMs), rc, out});
            }
            std::lock_guard<std::mutex> lock(state->mutex);
            state->rc = rc;
            state->savedErrno = err;
            state->addresses = out;
            state->finished = true;
            state->done.notify_all();
        }).detach();
    }

    QElapsedTimer timer;
    timer.start();
    std::unique_lock<std::mutex> lock(state->mutex);
    while (!state->finished) {
        if (cancel.isCancelled()) {
            return makeError(ErrorCode::Cancelled,
                             Tr::tr("%1: cancelled while resolving %2.").arg(nodeName, name));
        }
        const int slice = waitSliceMs(deadline);
        if (slice <= 0) {
            return makeError(
                ErrorCode::NameResolution,
                Tr::tr("%1: resolving the name %2 took longer than %3 s.")
                    .arg(nodeName, name, seconds(timer.elapsed())),
                QStringLiteral("getaddrinfo(%1) did not return before the deadline").arg(name),
                Tr::tr("Check the DNS server, or put the node in /etc/hosts (with an IPv6 line "
                       "too, or the AAAA query may stall)."));
        }
        state->done.wait_for(lock, std::chrono::milliseconds(slice));
    }

    if (state->rc != 0) {
        const int rc = state->rc;
        const QString why = rc == EAI_SYSTEM ? qt_error_string(state->savedErrno)
                                             : QString::fromLocal8Bit(gai_strerror(rc));
        const QString details = QStringLiteral("getaddrinfo(%1): %2 (%3)").arg(name, why).arg(rc);
        if (rc == EAI_AGAIN) {
            return makeError(ErrorCode::NameResolution,
                             Tr::tr("%1: the name %2 could not be resolved now (temporary DNS "
                                    "failure).")
                                 .arg(nodeName, name),
                             details, Tr::tr("Check the DNS server and try again."));
        }
        return makeError(
            ErrorCode::NameResolution,
            Tr::tr("%1: the name %2 does not resolve to an address.").arg(nodeName, name), details,
            Tr::tr("Check the spelling, the DNS entry or /etc/hosts, or give the "
                   "IP address."));
    }
    if (state->addresses.isEmpty()) {
        return makeError(
            ErrorCode::NameResolution,
            Tr::tr("%1: the name %2 has no IPv4 or IPv6 address.").arg(nodeName, name));
    }
    return state->addresses;
}

Expected<PlatformSocket::Connected> PlatformSocket::connect(const QString &nodeName,
                                                            const QString &host, quint16 port,
                                                            const QDeadlineTimer &deadline,
                                                            const CancelToken &cancel)
{
    QElapsedTimer timer;
    timer.start();
    const auto resolved = resolve(nodeName, host, deadline, cancel);
    if (!resolved)
        return resolved.error();

    struct Attempt
    {
        QString address;
        int error = 0; // errno; ETIMEDOUT for our own deadline
    };
    QList<Attempt> attempts;
    bool deadlineHit = false;

    for (const QString &address : resolved.value()) {
        if (deadline.hasExpired()) {
            deadlineHit = true;
            break;
        }
        addrinfo hints = {};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
        addrinfo *ai = nullptr;
        if (getaddrinfo(address.toLatin1().constData(), QByteArray::number(port).constData(),
                        &hints, &ai) != 0) {
            attempts.append({address, EINVAL});
            continue;
        }
        const int fd = ::socket(ai->ai_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            attempts.append({address, errno});
            freeaddrinfo(ai);
            continue;
        }
        int rc = ::connect(fd, ai->ai_addr, ai->ai_addrlen);
        const int connectErrno = errno;
        freeaddrinfo(ai);
        int error = 0;
        if (rc != 0 && connectErrno != EINPROGRESS) {
            error = connectErrno;
        } else if (rc != 0) {
            while (true) {
                if (cancel.isCancelled()) {
                    ::close(fd);
                    return makeError(ErrorCode::Cancelled,
                                     Tr::tr("%1: cancelled while connecting to %2.")
                                         .arg(nodeName, endpoint(address, port)));
                }
                const int slice = waitSliceMs(deadline);
                if (slice <= 0) {
                    error = ETIMEDOUT;
                    deadlineHit = true;
                    break;
                }
                const int ready = waitSocket(fd, false, true, slice);
                if (ready < 0) {
                    error = errno;
                    break;
                }
                if (ready > 0) {
                    socklen_t len = sizeof error;
                    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &len) != 0)
                        error = errno;
                    break;
                }
            }
        }
        if (error == 0) {
            setLowLatency(fd);
            return Connected{fd, address, timer.elapsed()};
        }
        ::close(fd);
        attempts.append({address, error});
        if (deadlineHit)
            break;
    }

    QStringList lines;
    for (const Attempt &a : attempts) {
        lines.append(QStringLiteral("%1: %2").arg(
            endpoint(a.address, port), a.error == ETIMEDOUT && deadlineHit
                                           ? QStringLiteral("no answer before the deadline")
                                           : qt_error_string(a.error)));
    }
    lines.append(QStringLiteral("resolved %1 to %2; %3 ms")
                     .arg(host, resolved.value().join(QLatin1String(", ")))
                     .arg(timer.elapsed()));
    const QString details = lines.join(QLatin1Char('\n'));
    const QString where = attempts.isEmpty() ? endpoint(resolved.value().value(0), port)
                                             : endpoint(attempts.last().address, port);

    if (deadlineHit || attempts.isEmpty()) {
        return makeError(ErrorCode::ConnectTimeout,
                         Tr::tr("%1: connection to %2 timed out after %3 s — is the node up and "
                                "port %4 open in its firewall?")
                             .arg(nodeName, where, seconds(timer.elapsed()))
                             .arg(port),
                         details,
                         Tr::tr("Check that the node is running and that no firewall drops "
                                "port %1; a slow network may need a longer connect timeout.")
                             .arg(port));
    }
    // The most telling cause wins when several addresses failed differently.
    int code = attempts.last().error;
    for (const Attempt &a : attempts) {
        if (a.error == ECONNREFUSED)
            code = ECONNREFUSED;
    }
    if (code == ECONNREFUSED) {
        QString refusedAt = where;
        for (const Attempt &a : attempts) {
            if (a.error == ECONNREFUSED)
                refusedAt = endpoint(a.address, port);
        }
        return makeError(
            ErrorCode::ConnectRefused,
            Tr::tr("%1: connection to %2 refused — is sshd running?").arg(nodeName, refusedAt),
            details,
            Tr::tr("Start sshd on the node (systemctl start sshd) or check the SSH "
                   "port in the profile."));
    }
    if (code == EHOSTUNREACH || code == ENETUNREACH || code == EADDRNOTAVAIL) {
        return makeError(
            ErrorCode::ConnectFailed,
            Tr::tr("%1: %2 is unreachable (%3).").arg(nodeName, where, qt_error_string(code)),
            details, Tr::tr("Check the address and the network route to the node."));
    }
    return makeError(
        ErrorCode::ConnectFailed,
        Tr::tr("%1: connection to %2 failed: %3.").arg(nodeName, where, qt_error_string(code)),
        details);
}

int PlatformSocket::waitSocket(Handle handle, bool wantRead, bool wantWrite, int sliceMs)
{
    pollfd p = {};
    p.fd = int(handle);
    if (wantRead || !wantWrite)
        p.events |= POLLIN;
    if (wantWrite)
        p.events |= POLLOUT;
    const int rc = ::poll(&p, 1, sliceMs < 0 ? 0 : sliceMs);
    if (rc < 0)
        return errno == EINTR ? 0 : -1;
    return rc > 0 ? 1 : 0;
}

void PlatformSocket::setLowLatency(Handle handle)
{
    const int one = 1;
    setsockopt(int(handle), IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    rearmQuickAck(handle);
}

void PlatformSocket::rearmQuickAck(Handle handle)
{
#ifdef TCP_QUICKACK
    const int one = 1;
    setsockopt(int(handle), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
#else
    Q_UNUSED(handle);
#endif
}

std::ptrdiff_t PlatformSocket::receive(Handle handle, void *buffer, std::size_t length, int flags)
{
    const ssize_t n = ::recv(int(handle), buffer, length, flags);
    if (n < 0)
        return -errno;
    return n;
}

void PlatformSocket::close(Handle handle)
{
    if (handle != InvalidHandle)
        ::close(int(handle));
}

QString PlatformSocket::errorText(int errorNumber)
{
    return qt_error_string(errorNumber);
}

} // namespace Ocw::Core
