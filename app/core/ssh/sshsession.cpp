#include "sshsession.h"

#include "../base/deadline.h"
#include "../base/tr.h"
#include "keyfileinfo.h"
#include "knownhosts.h"
#include "platformsocket.h"
#include "shellquote.h"
#include "vectorstate.h"
#include "wirereader.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <libssh2.h>

#include <cstdlib>
#include <cstring>
#include <mutex>

namespace Ocw::Core {

namespace {

constexpr int kCleanupGraceMs = 400;     // closing a channel after a timeout or cancel
constexpr int kDisconnectGraceMs = 500;  // polite SSH disconnect
constexpr int kMinAuthTimeoutMs = 30000; // PAM may delay a failed password by seconds
constexpr int kKexCaptureLimit = 64 * 1024;

const char kDefaultHostKeyPrefs[] =
    "ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,ssh-rsa";

std::once_flag g_initOnce;
int g_initResult = 0;

void ensureLibssh2()
{
    // libssh2_init() is not thread-safe and must run once per process; libssh2_exit() is never
    // called because sessions may live until the process ends.
    std::call_once(g_initOnce, [] { g_initResult = libssh2_init(0); });
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'g', 3);
}

struct ServerKexInit
{
    bool valid = false;
    QByteArray banner;
    QStringList kex;
    QStringList hostKeys;
};

// The server's identification line and its first (cleartext) KEXINIT, taken from the bytes the
// recv callback saw. libssh2 1.10 does not expose what the server offered, but a failed key
// exchange must be explained ("the server offers only RSA host keys").
ServerKexInit parseServerKexInit(const QByteArray &raw)
{
    ServerKexInit out;
    qsizetype pos = 0;
    while (pos < raw.size()) {
        const qsizetype nl = raw.indexOf('\n', pos);
        if (nl < 0)
            return out;
        const QByteArray line = raw.mid(pos, nl - pos).trimmed();
        pos = nl + 1;
        if (line.startsWith("SSH-")) {
            out.banner = line;
            break;
        }
    }
    if (out.banner.isEmpty() || pos + 6 > raw.size())
        return out;
    const quint32 packetLen = qFromBigEndian<quint32>(raw.constData() + pos);
    const quint8 padding = quint8(raw.at(pos + 4));
    const quint8 msg = quint8(raw.at(pos + 5));
    if (msg != 20 || packetLen > 35000 || qsizetype(packetLen) + 4 > raw.size() - pos ||
        padding >= packetLen)
        return out;
    const QByteArray payload = raw.mid(pos + 5, qsizetype(packetLen) - padding - 1);
    WireReader reader(payload, 1 + 16); // message byte + cookie
    QByteArray kex, hostKeys;
    if (!reader.readString(&kex) || !reader.readString(&hostKeys))
        return out;
    out.kex = QString::fromLatin1(kex).split(QLatin1Char(','), Qt::SkipEmptyParts);
    out.hostKeys = QString::fromLatin1(hostKeys).split(QLatin1Char(','), Qt::SkipEmptyParts);
    out.valid = true;
    return out;
}

bool isRsaType(const QString &type)
{
    return type == QLatin1String("ssh-rsa") || type.startsWith(QLatin1String("ssh-rsa-cert"));
}

QString stripBrackets(const QString &host)
{
    QString h = host.trimmed();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    return h;
}

} // namespace

// ---------------------------------------------------------------------------------------------

class SshSession::Private
{
public:
    enum class Wait { Ready, Timeout, Cancelled, SocketError };

    explicit Private(CancelToken token)
        : cancel(std::move(token))
    {
    }

    Wait waitForSocket(const QDeadlineTimer &deadline, bool honourCancel);

    // Calls `call` until it stops returning LIBSSH2_ERROR_EAGAIN or the wait fails; `*wait`
    // then says why (Ready when the call finished).
    template<typename Call>
    int retry(Call call, const QDeadlineTimer &deadline, bool honourCancel, Wait *wait)
    {
        *wait = Wait::Ready;
        while (true) {
            const int rc = call();
            if (rc != LIBSSH2_ERROR_EAGAIN)
                return rc;
            *wait = waitForSocket(deadline, honourCancel);
            if (*wait != Wait::Ready)
                return rc;
        }
    }

    QString libssh2Details(int rc) const;
    Error waitError(Wait wait, const QString &what, qint64 elapsedMs, int timeoutMs) const;
    Error handshakeError(int rc, qint64 elapsedMs) const;
    Error authFailure(const QString &method, int rc, const QString &fix = {}) const;
    Error rsaUnsupported(const QString &what, int rc) const;

    Expected<Done> authPassword(const SshTarget &target, const QDeadlineTimer &deadline);
    Expected<Done> authKeyboardInteractive(const SshTarget &target, const QDeadlineTimer &deadline);
    Expected<Done> authKeyFile(const SshTarget &target, const QDeadlineTimer &deadline);
    Expected<Done> authAgent(const SshTarget &target, const QDeadlineTimer &deadline);

    // exec() and execStreaming(): `stream` null for a plain exec.
    Expected<ExecResult> runCommand(const ExecRequest &request, const StreamInput *stream);

    // After a timeout or cancel: sends the channel's CLOSE within a short grace period
    // (ignoring the cancel flag) and parks the channel until the server closes it too. False
    // if even that could not be sent (session broken).
    bool abandonChannel(LIBSSH2_CHANNEL *channel);
    void reapAbandonedChannels();
    void freeSession(bool polite);

    static LIBSSH2_RECV_FUNC(recvCallback);
    static LIBSSH2_USERAUTH_KBDINT_RESPONSE_FUNC(kbdCallback);

    CancelToken cancel;
    LIBSSH2_SESSION *session = nullptr;
    PlatformSocket::Handle socket = PlatformSocket::InvalidHandle;

    SshTarget target; // secrets removed
    QStringList preferredHostKeyTypes;
    HostKey hostKey;
    QString peerAddress;
    QString banner;
    QStringList authMethods;
    bool hostKeyVerified = false;
    bool authenticated = false;
    bool broken = false;
    qint64 connectMs = 0;
    qint64 authMs = 0;

    bool capturing = false;
    QByteArray capture;

    QByteArray kbdAnswer; // set only while keyboard-interactive runs
    int kbdPrompts = 0;
    QString usedAuthMethod;

    QList<LIBSSH2_CHANNEL *> abandoned; // CLOSE sent, the server's CLOSE still pending
};

LIBSSH2_RECV_FUNC(SshSession::Private::recvCallback)
{
    auto *d = static_cast<Private *>(*abstract);
    const std::ptrdiff_t n = PlatformSocket::receive(socket, buffer, length, flags);
    // Linux clears TCP_QUICKACK after a while; without re-arming it every small exchange waits
    // ~40 ms for Nagle (server side) x delayed ACK (our side).
    PlatformSocket::rearmQuickAck(socket);
    if (n > 0 && d->capturing && d->capture.size() < kKexCaptureLimit)
        d->capture.append(static_cast<const char *>(buffer), qsizetype(n));
    return ssize_t(n);
}

LIBSSH2_USERAUTH_KBDINT_RESPONSE_FUNC(SshSession::Private::kbdCallback)
{
    Q_UNUSED(name);
    Q_UNUSED(name_len);
    Q_UNUSED(instruction);
    Q_UNUSED(instruction_len);
    Q_UNUSED(prompts);
    auto *d = static_cast<Private *>(*abstract);
    for (int i = 0; i < num_prompts; ++i) {
        // libssh2 frees the answers with its allocator, which is malloc/free here.
        auto *text = static_cast<char *>(std::malloc(size_t(d->kbdAnswer.size()) + 1));
        if (!text) {
            responses[i].text = nullptr;
            responses[i].length = 0;
            continue;
        }
        std::memcpy(text, d->kbdAnswer.constData(), size_t(d->kbdAnswer.size()));
        text[d->kbdAnswer.size()] = '\0';
        responses[i].text = text;
        responses[i].length = unsigned(d->kbdAnswer.size());
    }
    d->kbdPrompts += num_prompts;
}

SshSession::Private::Wait SshSession::Private::waitForSocket(const QDeadlineTimer &deadline,
                                                             bool honourCancel)
{
    const int directions = libssh2_session_block_directions(session);
    const bool wantRead = directions & LIBSSH2_SESSION_BLOCK_INBOUND;
    const bool wantWrite = directions & LIBSSH2_SESSION_BLOCK_OUTBOUND;
    while (true) {
        if (honourCancel && cancel.isCancelled())
            return Wait::Cancelled;
        const int slice = waitSliceMs(deadline);
        if (slice <= 0)
            return Wait::Timeout;
        const int rc = PlatformSocket::waitSocket(socket, wantRead, wantWrite, slice);
        if (rc > 0)
            return Wait::Ready;
        if (rc < 0)
            return Wait::SocketError;
    }
}

QString SshSession::Private::libssh2Details(int rc) const
{
    char *msg = nullptr;
    int len = 0;
    const int last = session ? libssh2_session_last_error(session, &msg, &len, 0) : 0;
    QString text = msg && len > 0 ? QString::fromUtf8(msg, len) : QString();
    return QStringLiteral("libssh2 %1 (rc %2, last error %3: %4)")
        .arg(QString::fromLatin1(LIBSSH2_VERSION))
        .arg(rc)
        .arg(last)
        .arg(text.isEmpty() ? QStringLiteral("-") : text);
}

Error SshSession::Private::waitError(Wait wait, const QString &what, qint64 elapsedMs,
                                     int timeoutMs) const
{
    const QString node = target.nodeName;
    switch (wait) {
    case Wait::Cancelled:
        return makeError(ErrorCode::Cancelled, Tr::tr("%1: cancelled while %2.").arg(node, what));
    case Wait::Timeout:
        return makeError(
            ErrorCode::Timeout,
            Tr::tr("%1: timed out after %2 s while %3.").arg(node, seconds(elapsedMs), what),
            QStringLiteral("limit %1 ms").arg(timeoutMs));
    case Wait::SocketError:
    case Wait::Ready:
        break;
    }
    return makeError(ErrorCode::ChannelFailed,
                     Tr::tr("%1: the connection failed while %2.").arg(node, what),
                     PlatformSocket::errorText(errno));
}

Error SshSession::Private::handshakeError(int rc, qint64 elapsedMs) const
{
    const QString node = target.nodeName;
    const ServerKexInit kex = parseServerKexInit(capture);
    QString details = libssh2Details(rc);
    if (!kex.banner.isEmpty())
        details += QStringLiteral("\nserver: %1").arg(QString::fromLatin1(kex.banner));
    if (kex.valid) {
        details += QStringLiteral("\nserver host key algorithms: %1\nserver kex algorithms: %2")
                       .arg(kex.hostKeys.join(QLatin1Char(',')), kex.kex.join(QLatin1Char(',')));
    }
    details +=
        QStringLiteral("\nour host key algorithms: %1").arg(QLatin1String(kDefaultHostKeyPrefs));

    if (rc == LIBSSH2_ERROR_KEX_FAILURE || rc == LIBSSH2_ERROR_KEY_EXCHANGE_FAILURE ||
        rc == LIBSSH2_ERROR_METHOD_NOT_SUPPORTED) {
        if (kex.valid) {
            bool usable = false;
            bool rsaOnly = !kex.hostKeys.isEmpty();
            for (const QString &alg : kex.hostKeys) {
                if (alg == QLatin1String("ssh-ed25519") ||
                    alg.startsWith(QLatin1String("ecdsa-sha2-")) || alg == QLatin1String("ssh-rsa"))
                    usable = true;
                if (!alg.startsWith(QLatin1String("rsa-sha2-")) &&
                    !alg.startsWith(QLatin1String("ssh-rsa")))
                    rsaOnly = false;
            }
            if (!usable && rsaOnly) {
                return makeError(
                    ErrorCode::Handshake,
                    Tr::tr("%1: the SSH server offers only an RSA host key, which this program's "
                           "SSH library (libssh2 1.10) can check only with SHA-1 (ssh-rsa), and "
                           "OpenSSH 8.8 and later refuse SHA-1.")
                        .arg(node),
                    details,
                    Tr::tr("Give the server an ed25519 host key: as root run `ssh-keygen -A` "
                           "(creates /etc/ssh/ssh_host_ed25519_key if missing), make sure "
                           "sshd_config loads it (HostKey /etc/ssh/ssh_host_ed25519_key) and "
                           "restart sshd."));
            }
        }
        return makeError(ErrorCode::Handshake,
                         Tr::tr("%1: SSH key exchange failed — the server and this program "
                                "have no algorithm in common.")
                             .arg(node),
                         details);
    }
    if (rc == LIBSSH2_ERROR_BANNER_RECV || rc == LIBSSH2_ERROR_SOCKET_DISCONNECT ||
        rc == LIBSSH2_ERROR_SOCKET_RECV || rc == LIBSSH2_ERROR_SOCKET_SEND) {
        if (!capture.isEmpty() && kex.banner.isEmpty()) {
            return makeError(
                ErrorCode::Handshake,
                Tr::tr("%1: the service at %2 port %3 does not speak SSH.")
                    .arg(node, peerAddress)
                    .arg(target.port),
                details + QStringLiteral("\nfirst bytes: %1")
                              .arg(QString::fromLatin1(capture.left(80).toPercentEncoding(" "))),
                Tr::tr("Check the SSH port in the profile."));
        }
        return makeError(ErrorCode::Handshake,
                         Tr::tr("%1: the server closed the connection during the SSH handshake "
                                "after %2 s.")
                             .arg(node, seconds(elapsedMs)),
                         details,
                         Tr::tr("Check the server's sshd log; sshd may refuse this client (TCP "
                                "wrappers, MaxStartups, AllowUsers/DenyUsers)."));
    }
    return makeError(ErrorCode::Handshake, Tr::tr("%1: the SSH handshake failed.").arg(node),
                     details);
}

Error SshSession::Private::authFailure(const QString &method, int rc, const QString &fix) const
{
    return makeError(
        ErrorCode::AuthFailed,
        Tr::tr("%1: the server refused %2 login for %3@%1 (it accepts: %4).")
            .arg(target.nodeName, method, target.user, authMethods.join(QLatin1String(", "))),
        libssh2Details(rc), fix);
}

Error SshSession::Private::rsaUnsupported(const QString &what, int rc) const
{
    return makeError(
        ErrorCode::AuthRsaSha1Unsupported,
        Tr::tr("%1: %2 is an RSA key, which this program's SSH library (libssh2 1.10) can "
               "sign only with SHA-1 (ssh-rsa), and the server (OpenSSH 8.8 or later) refuses "
               "SHA-1 signatures.")
            .arg(target.nodeName, what),
        libssh2Details(rc),
        Tr::tr("Use an ed25519 key instead (ssh-keygen -t ed25519) and add its .pub line to "
               "~/.ssh/authorized_keys of %1 on the node; the wizard can install one for you "
               "through a single password login.")
            .arg(target.user));
}

bool SshSession::Private::abandonChannel(LIBSSH2_CHANNEL *channel)
{
    // libssh2 1.10 cannot send the SSH "signal" request (a channel's one process request is
    // spent by exec), so the remote command is not killed: closing the channel only closes
    // its stdin/stdout/stderr. sshd answers our CLOSE only when the command has exited, so we
    // wait just until our CLOSE is out (a half-sent packet would block every later send) and
    // free the channel later.
    const QDeadlineTimer grace(kCleanupGraceMs);
    while (true) {
        const int rc = libssh2_channel_close(channel);
        if (rc == 0) {
            libssh2_channel_free(channel); // remote CLOSE already there: does not block
            return true;
        }
        if (rc != LIBSSH2_ERROR_EAGAIN) {
            broken = true;
            return false;
        }
        if (!(libssh2_session_block_directions(session) & LIBSSH2_SESSION_BLOCK_OUTBOUND)) {
            abandoned.append(channel);
            return true;
        }
        if (waitForSocket(grace, false) != Wait::Ready) {
            broken = true;
            return false;
        }
    }
}

void SshSession::Private::reapAbandonedChannels()
{
    for (qsizetype i = abandoned.size() - 1; i >= 0; --i) {
        const int rc = libssh2_channel_free(abandoned.at(i));
        if (rc != LIBSSH2_ERROR_EAGAIN)
            abandoned.removeAt(i);
    }
}

void SshSession::Private::freeSession(bool polite)
{
    if (session) {
        if (polite && !broken) {
            const QDeadlineTimer grace(kDisconnectGraceMs);
            Wait wait = Wait::Ready;
            retry(
                [&] {
                    return libssh2_session_disconnect_ex(session, SSH_DISCONNECT_BY_APPLICATION,
                                                         "bye", "");
                },
                grace, false, &wait);
        }
        libssh2_session_free(session); // frees abandoned channels too
        session = nullptr;
        abandoned.clear();
    }
    PlatformSocket::close(socket);
    socket = PlatformSocket::InvalidHandle;
    hostKeyVerified = false;
    authenticated = false;
    broken = false;
    capturing = false;
    capture.clear();
}

// ---------------------------------------------------------------------------------------------

SshSession::SshSession(CancelToken cancel)
    : d(std::make_unique<Private>(std::move(cancel)))
{
}

SshSession::~SshSession()
{
    disconnect();
}

void SshSession::setPreferredHostKeyTypes(const QStringList &types)
{
    d->preferredHostKeyTypes = types;
}

Expected<HostKey> SshSession::connect(const SshTarget &target)
{
    disconnect();
    d->target = target;
    d->target.password.clear();
    d->target.passphrase.clear();
    d->hostKey = HostKey();
    d->peerAddress.clear();
    d->banner.clear();
    d->authMethods.clear();
    d->usedAuthMethod.clear();
    const QString node = target.nodeName;

    ensureLibssh2();
    if (g_initResult != 0) {
        return makeError(ErrorCode::Internal,
                         Tr::tr("%1: the SSH library could not be initialised.").arg(node),
                         QStringLiteral("libssh2_init returned %1").arg(g_initResult));
    }

    QElapsedTimer timer;
    timer.start();
    const QDeadlineTimer deadline(target.connectTimeoutMs > 0 ? target.connectTimeoutMs : 10000);
    auto tcp = PlatformSocket::connect(node, target.host, target.port, deadline, d->cancel);
    if (!tcp)
        return tcp.error();
    d->socket = tcp->handle;
    d->peerAddress = tcp->address;

    d->session = libssh2_session_init_ex(nullptr, nullptr, nullptr, d.get());
    if (!d->session) {
        d->freeSession(false);
        return makeError(ErrorCode::Internal,
                         Tr::tr("%1: the SSH library could not create a session.").arg(node));
    }
    // libssh2 takes callbacks as void*; copy the function pointer's bits (a cast between
    // function and object pointers is only conditionally supported in C++).
    auto recvFn = &Private::recvCallback;
    void *recvPtr = nullptr;
    static_assert(sizeof recvFn == sizeof recvPtr, "function pointer size");
    std::memcpy(&recvPtr, &recvFn, sizeof recvPtr);
    libssh2_session_callback_set(d->session, LIBSSH2_CALLBACK_RECV, recvPtr);
    libssh2_session_set_blocking(d->session, 0);

    QStringList prefs;
    const QStringList defaults = QString::fromLatin1(kDefaultHostKeyPrefs).split(QLatin1Char(','));
    for (const QString &type : d->preferredHostKeyTypes) {
        if (defaults.contains(type) && !prefs.contains(type))
            prefs.append(type);
    }
    for (const QString &type : defaults) {
        if (!prefs.contains(type))
            prefs.append(type);
    }
    libssh2_session_method_pref(d->session, LIBSSH2_METHOD_HOSTKEY,
                                prefs.join(QLatin1Char(',')).toLatin1().constData());

    d->capturing = true;
    d->capture.clear();
    Private::Wait wait = Private::Wait::Ready;
    const int rc = d->retry([&] { return libssh2_session_handshake(d->session, int(d->socket)); },
                            deadline, true, &wait);
    d->capturing = false;
    if (wait != Private::Wait::Ready) {
        Error error;
        if (wait == Private::Wait::Timeout) {
            error = makeError(ErrorCode::ConnectTimeout,
                              Tr::tr("%1: the SSH server at %2 accepted the connection but did "
                                     "not finish the SSH handshake within %3 s.")
                                  .arg(node, d->peerAddress, seconds(timer.elapsed())),
                              d->libssh2Details(rc),
                              Tr::tr("The server may be overloaded or sshd may be stuck; check "
                                     "its log, or raise the connect timeout."));
        } else {
            error = d->waitError(wait, Tr::tr("starting the SSH session"), timer.elapsed(),
                                 target.connectTimeoutMs);
        }
        d->freeSession(false);
        return error;
    }
    if (rc != 0) {
        const Error error = d->handshakeError(rc, timer.elapsed());
        d->freeSession(false);
        return error;
    }
    d->capture.clear();
    d->connectMs = timer.elapsed();

    size_t keyLen = 0;
    int keyType = 0;
    const char *key = libssh2_session_hostkey(d->session, &keyLen, &keyType);
    if (!key || keyLen == 0) {
        const Error error =
            makeError(ErrorCode::Handshake, Tr::tr("%1: the server sent no host key.").arg(node),
                      d->libssh2Details(0));
        d->freeSession(false);
        return error;
    }
    const QByteArray blob(key, qsizetype(keyLen));
    d->hostKey = HostKey{HostKey::typeOfBlob(blob), blob};
    if (const char *b = libssh2_session_banner_get(d->session))
        d->banner = QString::fromUtf8(b);
    return d->hostKey;
}

Expected<Done> SshSession::verifyHostKey(const KnownHosts &knownHosts)
{
    if (!d->session) {
        return makeError(ErrorCode::Internal,
                         Tr::tr("%1: host key check before connecting.").arg(d->target.nodeName));
    }
    auto result = verifyHostKey(knownHosts, d->target, hostKeyNames(), d->hostKey);
    d->hostKeyVerified = result.hasValue();
    return result;
}

Expected<Done> SshSession::verifyHostKey(const KnownHosts &knownHosts, const SshTarget &target,
                                         const QStringList &names, const HostKey &key)
{
    const QString node = target.nodeName;
    const HostKeyMatch match = knownHosts.lookup(names, target.port, key);
    const QString fingerprint = key.fingerprintSha256();
    const QString files = knownHosts.files().join(QLatin1String(", "));
    QString details = QStringLiteral("server key: %1 %2\nchecked names: %3 (port %4)\nfiles: %5")
                          .arg(key.type, fingerprint, names.join(QLatin1String(", ")))
                          .arg(target.port)
                          .arg(files.isEmpty() ? QStringLiteral("(none)") : files);

    switch (match.status) {
    case HostKeyStatus::Trusted:
        return Done{};
    case HostKeyStatus::Unknown: {
        if (!match.knownType.isEmpty())
            details += QStringLiteral("\nknown with other key types: %1").arg(match.knownType);
        return makeError(
            ErrorCode::HostKeyUnknown,
            Tr::tr("%1: the node's host key is not known yet (%2 %3).")
                .arg(node, key.type, fingerprint),
            details,
            Tr::tr("Compare the fingerprint with the output of `ssh-keygen -lf "
                   "/etc/ssh/ssh_host_%1_key.pub` on the node before you accept it.")
                .arg(key.type == QLatin1String("ssh-ed25519")      ? QStringLiteral("ed25519")
                     : key.type.startsWith(QLatin1String("ecdsa")) ? QStringLiteral("ecdsa")
                                                                   : QStringLiteral("*")));
    }
    case HostKeyStatus::Changed:
    case HostKeyStatus::Revoked:
        break;
    }
    details += QStringLiteral("\nentry: %1:%2 (%3, matched as %4)")
                   .arg(match.file)
                   .arg(match.line)
                   .arg(match.knownType, match.matchedName);
    const QString removeCmd =
        QStringLiteral("ssh-keygen -R %1 -f %2")
            .arg(ShellQuote::quote(match.matchedName), ShellQuote::quote(match.file));
    if (match.status == HostKeyStatus::Revoked) {
        return makeError(ErrorCode::HostKeyChanged,
                         Tr::tr("%1: the node's host key %2 is marked @revoked in %3 line %4; "
                                "refusing to connect.")
                             .arg(node, fingerprint, match.file)
                             .arg(match.line),
                         details,
                         Tr::tr("Give the node a new host key (as root: remove "
                                "/etc/ssh/ssh_host_*_key*, run `ssh-keygen -A`, restart sshd), "
                                "then accept the new key."));
    }
    return makeError(ErrorCode::HostKeyChanged,
                     Tr::tr("%1: the node's host key has CHANGED — it is now %2 but %3 line %4 "
                            "has %5; refusing to connect.")
                         .arg(node, fingerprint, match.file)
                         .arg(match.line)
                         .arg(match.knownFingerprint),
                     details,
                     Tr::tr("If the server was reinstalled, remove line %1 of %2 with `%3` and "
                            "connect again to accept the new key; otherwise someone may be "
                            "intercepting the connection.")
                         .arg(match.line)
                         .arg(match.file, removeCmd));
}

Expected<Done> SshSession::authenticate(const SshTarget &target)
{
    const QString node = target.nodeName;
    if (!d->session) {
        return makeError(ErrorCode::Internal,
                         Tr::tr("%1: login attempted before connecting.").arg(node));
    }
    if (!d->hostKeyVerified) {
        return makeError(ErrorCode::Internal,
                         Tr::tr("%1: login attempted before the host key was checked.").arg(node));
    }
    if (d->authenticated)
        return Done{};
    d->target.user = target.user;
    if (target.user.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Tr::tr("%1: no SSH user name is set.").arg(node));
    }

    QElapsedTimer timer;
    timer.start();
    const int authTimeoutMs = qMax(target.connectTimeoutMs, kMinAuthTimeoutMs);
    const QDeadlineTimer deadline(authTimeoutMs);
    const QByteArray user = target.user.toUtf8();

    // userauth_list sends "none": it may already log us in, and it tells which methods count.
    Private::Wait wait = Private::Wait::Ready;
    char *list = nullptr;
    d->retry(
        [&] {
            list = libssh2_userauth_list(d->session, user.constData(), unsigned(user.size()));
            if (list || libssh2_userauth_authenticated(d->session))
                return 0;
            return libssh2_session_last_errno(d->session);
        },
        deadline, true, &wait);
    if (wait != Private::Wait::Ready)
        return d->waitError(wait, Tr::tr("logging in"), timer.elapsed(), authTimeoutMs);
    if (libssh2_userauth_authenticated(d->session)) {
        d->authenticated = true;
        d->authMs = timer.elapsed();
        return Done{};
    }
    if (!list) {
        return makeError(ErrorCode::AuthFailed,
                         Tr::tr("%1: the server did not say which login methods it accepts for "
                                "%2.")
                             .arg(node, target.user),
                         d->libssh2Details(libssh2_session_last_errno(d->session)));
    }
    d->authMethods = QString::fromLatin1(list).split(QLatin1Char(','), Qt::SkipEmptyParts);

    const bool offersPassword = d->authMethods.contains(QLatin1String("password"));
    const bool offersKbd = d->authMethods.contains(QLatin1String("keyboard-interactive"));
    Expected<Done> result = Done{};
    switch (target.auth) {
    case AuthMethod::Password:
        result = offersPassword || !offersKbd ? d->authPassword(target, deadline)
                                              : d->authKeyboardInteractive(target, deadline);
        break;
    case AuthMethod::KeyboardInteractive:
        result = offersKbd || !offersPassword ? d->authKeyboardInteractive(target, deadline)
                                              : d->authPassword(target, deadline);
        // sshd without PAM (UsePAM no) offers keyboard-interactive but has nothing to ask;
        // the same password then goes through "password" (usedAuthMethod() tells).
        if (!result && result.error().code == ErrorCode::AuthFailed && d->kbdPrompts == 0 &&
            offersPassword && d->usedAuthMethod == QLatin1String("keyboard-interactive"))
            result = d->authPassword(target, deadline);
        break;
    case AuthMethod::KeyFile:
        result = d->authKeyFile(target, deadline);
        break;
    case AuthMethod::Agent:
        result = d->authAgent(target, deadline);
        break;
    }
    if (result) {
        d->authenticated = true;
        d->authMs = timer.elapsed();
    }
    return result;
}

Expected<Done> SshSession::Private::authPassword(const SshTarget &t, const QDeadlineTimer &deadline)
{
    if (t.password.isEmpty()) {
        return makeError(ErrorCode::MissingSecret,
                         Tr::tr("%1: no password is set for %2.").arg(t.nodeName, t.user));
    }
    if (!authMethods.contains(QLatin1String("password"))) {
        return authFailure(QStringLiteral("password"), 0,
                           Tr::tr("Use a method the server accepts, or enable "
                                  "PasswordAuthentication in the node's sshd_config."));
    }
    usedAuthMethod = QStringLiteral("password");
    const QByteArray user = t.user.toUtf8();
    QByteArray password = t.password.toUtf8();
    QElapsedTimer timer;
    timer.start();
    Wait wait = Wait::Ready;
    const int rc = retry(
        [&] {
            return libssh2_userauth_password_ex(session, user.constData(), unsigned(user.size()),
                                                password.constData(), unsigned(password.size()),
                                                nullptr);
        },
        deadline, true, &wait);
    password.fill('\0');
    if (wait != Wait::Ready)
        return waitError(wait, Tr::tr("logging in"), timer.elapsed(),
                         int(deadline.remainingTime()));
    if (rc == 0)
        return Done{};
    if (rc == LIBSSH2_ERROR_PASSWORD_EXPIRED) {
        return makeError(ErrorCode::AuthFailed,
                         Tr::tr("%1: the password of %2@%1 has expired.").arg(t.nodeName, t.user),
                         libssh2Details(rc),
                         Tr::tr("Log in once with ssh and set a new password."));
    }
    return authFailure(QStringLiteral("password"), rc,
                       Tr::tr("Check the user name and the password."));
}

Expected<Done> SshSession::Private::authKeyboardInteractive(const SshTarget &t,
                                                            const QDeadlineTimer &deadline)
{
    if (t.password.isEmpty()) {
        return makeError(ErrorCode::MissingSecret,
                         Tr::tr("%1: no password is set for %2.").arg(t.nodeName, t.user));
    }
    if (!authMethods.contains(QLatin1String("keyboard-interactive"))) {
        return authFailure(QStringLiteral("keyboard-interactive"), 0,
                           Tr::tr("Use a method the server accepts, or enable "
                                  "KbdInteractiveAuthentication in the node's sshd_config."));
    }
    usedAuthMethod = QStringLiteral("keyboard-interactive");
    const QByteArray user = t.user.toUtf8();
    kbdAnswer = t.password.toUtf8();
    kbdPrompts = 0;
    QElapsedTimer timer;
    timer.start();
    Wait wait = Wait::Ready;
    const int rc = retry(
        [&] {
            return libssh2_userauth_keyboard_interactive_ex(session, user.constData(),
                                                            unsigned(user.size()), &kbdCallback);
        },
        deadline, true, &wait);
    kbdAnswer.fill('\0');
    kbdAnswer.clear();
    if (wait != Wait::Ready)
        return waitError(wait, Tr::tr("logging in"), timer.elapsed(),
                         int(deadline.remainingTime()));
    if (rc == 0)
        return Done{};
    if (kbdPrompts == 0) {
        return authFailure(QStringLiteral("keyboard-interactive"), rc,
                           Tr::tr("The server asked no question (sshd without PAM cannot do "
                                  "keyboard-interactive); use password login."));
    }
    return authFailure(QStringLiteral("keyboard-interactive"), rc,
                       Tr::tr("Check the user name and the password."));
}

Expected<Done> SshSession::Private::authKeyFile(const SshTarget &t, const QDeadlineTimer &deadline)
{
    const QString node = t.nodeName;
    const QString path = expandHome(t.keyFile);
    if (path.isEmpty()) {
        return makeError(ErrorCode::KeyFile,
                         Tr::tr("%1: no private key file is set for %2.").arg(node, t.user));
    }
    if (!QFileInfo::exists(path)) {
        return makeError(ErrorCode::KeyFile,
                         Tr::tr("%1: the key file %2 does not exist.").arg(node, path));
    }
    const KeyFileInfo info = KeyFileInfo::inspect(path);
    if (!info.readable) {
        return makeError(ErrorCode::KeyFile,
                         Tr::tr("%1: the key file %2 cannot be read.").arg(node, path),
                         info.readError);
    }
    if (info.isPublicKey) {
        return makeError(
            ErrorCode::KeyFile,
            Tr::tr("%1: %2 is a public key; choose the private key file.").arg(node, path),
            QString(), Tr::tr("The private key is usually the same name without .pub."));
    }
    if (info.encrypted && t.passphrase.isEmpty()) {
        return makeError(ErrorCode::MissingSecret,
                         Tr::tr("%1: the key file %2 is protected by a passphrase, and none is "
                                "set.")
                             .arg(node, path));
    }
    if (!authMethods.contains(QLatin1String("publickey"))) {
        return authFailure(QStringLiteral("public key"), 0,
                           Tr::tr("Use a method the server accepts, or enable "
                                  "PubkeyAuthentication in the node's sshd_config."));
    }

    usedAuthMethod = QStringLiteral("publickey");
    const QByteArray user = t.user.toUtf8();
    const QByteArray privPath = QFile::encodeName(path);
    const QByteArray pubPath = QFile::encodeName(path + QStringLiteral(".pub"));
    const bool havePub = QFileInfo::exists(path + QStringLiteral(".pub"));
    QByteArray passphrase = t.passphrase.toUtf8();
    QElapsedTimer timer;
    timer.start();

    // libssh2 1.10 (OpenSSL) can derive the public key from the private one, but for an
    // encrypted key that costs a second run of the slow passphrase KDF (~150 ms for OpenSSH's
    // bcrypt), so the .pub beside the key is used when present. A stale .pub that does not
    // match is caught by retrying with the derived key.
    auto attempt = [&](const char *pub, Wait *wait) {
        return retry(
            [&] {
                return libssh2_userauth_publickey_fromfile_ex(
                    session, user.constData(), unsigned(user.size()), pub, privPath.constData(),
                    passphrase.constData());
            },
            deadline, true, wait);
    };
    Wait wait = Wait::Ready;
    int rc = attempt(havePub ? pubPath.constData() : nullptr, &wait);
    if (wait == Wait::Ready && rc != 0 && havePub)
        rc = attempt(nullptr, &wait);
    passphrase.fill('\0');
    if (wait != Wait::Ready)
        return waitError(wait, Tr::tr("logging in"), timer.elapsed(),
                         int(deadline.remainingTime()));
    if (rc == 0)
        return Done{};

    // The server accepted the public key but signing with the private key failed here: for an
    // OpenSSH key the public half is readable without the passphrase, so this is the wrong
    // passphrase. libssh2 says so only through this message.
    char *lastMsg = nullptr;
    libssh2_session_last_error(session, &lastMsg, nullptr, 0);
    const bool signingFailed = rc == LIBSSH2_ERROR_PUBLICKEY_UNVERIFIED && lastMsg &&
                               std::strstr(lastMsg, "Callback returned error");
    if (rc == LIBSSH2_ERROR_FILE || rc == LIBSSH2_ERROR_KEYFILE_AUTH_FAILED || signingFailed) {
        const QString msg = info.encrypted
                                ? Tr::tr("%1: the key file %2 could not be opened — the "
                                         "passphrase is wrong or the file is damaged.")
                                : Tr::tr("%1: the key file %2 could not be read as a private "
                                         "key.");
        return makeError(ErrorCode::KeyFile, msg.arg(node, path), libssh2Details(rc),
                         Tr::tr("Check the passphrase; keys must be OpenSSH or PEM private "
                                "keys (ed25519 or ecdsa)."));
    }
    if (isRsaType(info.type))
        return rsaUnsupported(Tr::tr("the key %1").arg(path), rc);
    return authFailure(QStringLiteral("public key"), rc,
                       Tr::tr("Add the public key (%1.pub) to ~/.ssh/authorized_keys of %2 on "
                              "the node.")
                           .arg(path, t.user));
}

Expected<Done> SshSession::Private::authAgent(const SshTarget &t, const QDeadlineTimer &deadline)
{
    const QString node = t.nodeName;
    if (!authMethods.contains(QLatin1String("publickey"))) {
        return authFailure(QStringLiteral("ssh-agent key"), 0,
                           Tr::tr("Use a method the server accepts, or enable "
                                  "PubkeyAuthentication in the node's sshd_config."));
    }
    LIBSSH2_AGENT *agent = libssh2_agent_init(session);
    if (!agent) {
        return makeError(ErrorCode::Internal,
                         Tr::tr("%1: could not set up ssh-agent access.").arg(node),
                         libssh2Details(0));
    }
    struct AgentGuard
    {
        LIBSSH2_AGENT *agent;
        bool connected = false;
        ~AgentGuard()
        {
            if (connected)
                libssh2_agent_disconnect(agent);
            libssh2_agent_free(agent);
        }
    } guard{agent};

    int rc = libssh2_agent_connect(agent);
    if (rc != 0) {
        return makeError(
            ErrorCode::AuthFailed,
            Tr::tr("%1: no ssh-agent is reachable for %2@%1.").arg(node, t.user),
            libssh2Details(rc) +
                QStringLiteral("\nSSH_AUTH_SOCK=%1").arg(qEnvironmentVariable("SSH_AUTH_SOCK")),
            Tr::tr("Start ssh-agent and add your key with ssh-add, or choose a key "
                   "file."));
    }
    guard.connected = true;
    rc = libssh2_agent_list_identities(agent);
    if (rc != 0) {
        return makeError(ErrorCode::AuthFailed,
                         Tr::tr("%1: ssh-agent did not list its keys.").arg(node),
                         libssh2Details(rc));
    }
    usedAuthMethod = QStringLiteral("agent");
    const QByteArray user = t.user.toUtf8();
    QElapsedTimer timer;
    timer.start();
    libssh2_agent_publickey *identity = nullptr;
    libssh2_agent_publickey *prev = nullptr;
    int tried = 0;
    int rsa = 0;
    int lastRc = 0;
    while (libssh2_agent_get_identity(agent, &identity, prev) == 0) {
        prev = identity;
        ++tried;
        const QString type = HostKey::typeOfBlob(QByteArray(
            reinterpret_cast<const char *>(identity->blob), qsizetype(identity->blob_len)));
        if (isRsaType(type))
            ++rsa;
        Wait wait = Wait::Ready;
        lastRc = retry([&] { return libssh2_agent_userauth(agent, user.constData(), identity); },
                       deadline, true, &wait);
        if (wait != Wait::Ready)
            return waitError(wait, Tr::tr("logging in"), timer.elapsed(),
                             int(deadline.remainingTime()));
        if (lastRc == 0)
            return Done{};
    }
    if (tried == 0) {
        return makeError(ErrorCode::AuthFailed, Tr::tr("%1: ssh-agent holds no keys.").arg(node),
                         QString(), Tr::tr("Add your key with ssh-add, or choose a key file."));
    }
    if (rsa == tried)
        return rsaUnsupported(Tr::tr("every key in ssh-agent"), lastRc);
    return authFailure(QStringLiteral("ssh-agent key"), lastRc,
                       Tr::tr("None of the %1 keys in ssh-agent is in ~/.ssh/authorized_keys of "
                              "%2 on the node.")
                           .arg(tried)
                           .arg(t.user));
}

QStringList SshSession::preConnectNames(const SshTarget &target)
{
    QStringList names{stripBrackets(target.host)};
    if (names.first().size() > 1 && names.first().endsWith(QLatin1Char('.')))
        names.append(names.first().chopped(1));
    if (!target.nodeName.isEmpty() && !names.contains(target.nodeName, Qt::CaseInsensitive))
        names.append(target.nodeName);
    return names;
}

void SshSession::preferKnownHostKeyTypes(const KnownHosts &knownHosts, const SshTarget &target)
{
    setPreferredHostKeyTypes(knownHosts.knownKeyTypes(preConnectNames(target), target.port));
}

Expected<Done> SshSession::open(const SshTarget &target, const KnownHosts &knownHosts)
{
    preferKnownHostKeyTypes(knownHosts, target);
    auto key = connect(target);
    if (!key)
        return key.error();
    auto verified = verifyHostKey(knownHosts);
    if (!verified)
        return verified;
    return authenticate(target);
}

Expected<ExecResult> SshSession::exec(const ExecRequest &request)
{
    return d->runCommand(request, nullptr);
}

Expected<ExecResult> SshSession::execStreaming(const ExecRequest &request, const StreamInput &input)
{
    if (!input.read) {
        return makeError(
            ErrorCode::Internal,
            Tr::tr("%1: a streamed command without an input source.").arg(d->target.nodeName));
    }
    return d->runCommand(request, &input);
}

CancelToken SshSession::cancelToken() const
{
    return d->cancel;
}

Expected<ExecResult> SshSession::Private::runCommand(const ExecRequest &request,
                                                     const StreamInput *stream)
{
    const QString node = target.nodeName;
    if (!session || !authenticated) {
        return makeError(ErrorCode::ChannelFailed,
                         Tr::tr("%1: no open SSH session to run a command in.").arg(node));
    }
    if (cancel.isCancelled())
        return makeError(ErrorCode::Cancelled, Tr::tr("%1: cancelled.").arg(node));
    if (broken) {
        return makeError(ErrorCode::ChannelFailed,
                         Tr::tr("%1: the SSH session stopped answering after an interrupted "
                                "command; it must be reopened.")
                             .arg(node));
    }
    reapAbandonedChannels();

    QElapsedTimer timer;
    timer.start();
    const QDeadlineTimer deadline = request.timeoutMs > 0 ? QDeadlineTimer(request.timeoutMs)
                                                          : QDeadlineTimer(QDeadlineTimer::Forever);
    const QByteArray command = request.command.toUtf8();
    ExecResult result;

    auto tail = [&result, &request]() {
        QString text;
        if (request.sensitiveOutput)
            return text;
        if (!result.stdOut.isEmpty())
            text += QStringLiteral("stdout (tail): %1\n")
                        .arg(QString::fromUtf8(result.stdOut.right(400)));
        if (!result.stdErr.isEmpty())
            text += QStringLiteral("stderr (tail): %1\n")
                        .arg(QString::fromUtf8(result.stdErr.right(400)));
        return text;
    };
    auto interrupted = [&](Wait wait, LIBSSH2_CHANNEL *channel) -> Error {
        Error error = waitError(wait, Tr::tr("running `%1`").arg(request.command.left(60)),
                                timer.elapsed(), request.timeoutMs);
        error.details = tail() + error.details;
        if (channel && !abandonChannel(channel)) {
            error.details +=
                QStringLiteral("\nthe channel could not be closed in time; the session "
                               "is no longer usable");
        }
        return error;
    };

    // Open the channel. An interrupted open is completed within the grace period so that the
    // session's state machine is not left half-way.
    Wait wait = Wait::Ready;
    LIBSSH2_CHANNEL *channel = nullptr;
    auto openChannel = [&] {
        channel = libssh2_channel_open_session(session);
        return channel ? 0 : libssh2_session_last_errno(session);
    };
    int rc = retry(openChannel, deadline, true, &wait);
    if (wait != Wait::Ready) {
        Wait graceWait = Wait::Ready;
        rc = retry(openChannel, QDeadlineTimer(kCleanupGraceMs), false, &graceWait);
        if (graceWait != Wait::Ready && !channel)
            broken = true;
        return interrupted(wait, channel);
    }
    if (!channel) {
        return makeError(
            ErrorCode::ChannelFailed,
            Tr::tr("%1: the server refused to open a channel for a command.").arg(node),
            libssh2Details(rc), Tr::tr("Check MaxSessions in the node's sshd_config."));
    }

    rc = retry(
        [&] {
            return libssh2_channel_process_startup(channel, "exec", 4, command.constData(),
                                                   unsigned(command.size()));
        },
        deadline, true, &wait);
    if (wait != Wait::Ready) {
        Wait graceWait = Wait::Ready;
        retry(
            [&] {
                return libssh2_channel_process_startup(channel, "exec", 4, command.constData(),
                                                       unsigned(command.size()));
            },
            QDeadlineTimer(kCleanupGraceMs), false, &graceWait);
        if (graceWait != Wait::Ready) {
            broken = true;
            return interrupted(wait, nullptr);
        }
        return interrupted(wait, channel);
    }
    if (rc != 0) {
        const Error error = makeError(ErrorCode::ChannelFailed,
                                      Tr::tr("%1: the server refused to run a command.").arg(node),
                                      libssh2Details(rc));
        abandonChannel(channel);
        return error;
    }

    // Feed stdin (request.stdinData, then the stream's pieces), read stdout and stderr as they
    // come, until the remote end sends EOF.
    const QByteArray &input = request.stdinData;
    qsizetype written = 0;
    QByteArray piece; // the stream's current piece
    qint64 pieceLen = 0;
    qint64 piecePos = 0;
    qint64 streamed = 0;
    bool inputDone = stream == nullptr; // the stream said "end of input"
    bool stdinClosed = false;           // all written, or the command no longer reads
    bool eofSent = false;
    if (stream)
        piece.resize(qsizetype(qMax<qint64>(stream->bufferSize, 32768)));
    const int stallMs = stream ? stream->stallTimeoutMs : 0;
    QElapsedTimer sinceWrite;
    sinceWrite.start();
    char buffer[32768];
    while (true) {
        bool progress = false;
        // libssh2 sends at most one packet (≤ 32 KiB) per call: keep calling while the socket
        // and the server's window take more, and only then look at the read side.
        while (!stdinClosed) {
            const char *data = nullptr;
            size_t length = 0;
            bool fromStream = false;
            if (written < input.size()) {
                data = input.constData() + written;
                length = size_t(input.size() - written);
            } else if (piecePos < pieceLen) {
                data = piece.constData() + piecePos;
                length = size_t(pieceLen - piecePos);
                fromStream = true;
            } else if (!inputDone) {
                // Between pieces (≥ every 1 MiB): a cancel, the deadline, or a command that
                // already ended (e.g. its write failed: sshd then discards our data silently).
                if (cancel.isCancelled())
                    return interrupted(Wait::Cancelled, channel);
                if (deadline.hasExpired())
                    return interrupted(Wait::Timeout, channel);
                if (libssh2_channel_eof(channel)) {
                    stdinClosed = true;
                    break;
                }
                Expected<qint64> got = stream->read(piece.data(), qint64(piece.size()));
                if (!got) {
                    Error error = got.error();
                    if (!abandonChannel(channel)) {
                        error.details +=
                            QStringLiteral("\nthe channel could not be closed in time; the "
                                           "session is no longer usable");
                    }
                    return error;
                }
                if (*got <= 0) {
                    inputDone = true;
                } else {
                    pieceLen = qMin<qint64>(*got, qint64(piece.size()));
                    piecePos = 0;
                }
                continue;
            } else {
                stdinClosed = true;
                break;
            }
            clearUpperVectorState();
            const ssize_t n = libssh2_channel_write_ex(channel, 0, data, length);
            if (n > 0) {
                progress = true;
                sinceWrite.restart();
                if (fromStream) {
                    piecePos += n;
                    streamed += n;
                    if (stream->onWritten)
                        stream->onWritten(streamed);
                } else {
                    written += n;
                }
                continue;
            }
            if (n == LIBSSH2_ERROR_EAGAIN)
                break;
            stdinClosed = true; // the command closed its stdin: the rest is moot
        }
        if (stdinClosed && !eofSent) {
            const int e = libssh2_channel_send_eof(channel);
            if (e != LIBSSH2_ERROR_EAGAIN) {
                eofSent = true;
                progress = true;
            }
        }
        clearUpperVectorState(); // reads decrypt 16 bytes per OpenSSL call too
        for (int streamId : {0, SSH_EXTENDED_DATA_STDERR}) {
            while (true) {
                const ssize_t n = libssh2_channel_read_ex(channel, streamId, buffer, sizeof buffer);
                if (n > 0) {
                    const QByteArray chunk(buffer, qsizetype(n));
                    if (streamId == 0) {
                        result.stdOut += chunk;
                        if (request.onStdout)
                            request.onStdout(chunk);
                    } else {
                        result.stdErr += chunk;
                        if (request.onStderr)
                            request.onStderr(chunk);
                    }
                    progress = true;
                    continue;
                }
                if (n < 0 && n != LIBSSH2_ERROR_EAGAIN) {
                    const Error error = makeError(
                        ErrorCode::ChannelFailed,
                        Tr::tr("%1: the connection broke while running a command.").arg(node),
                        tail() + libssh2Details(int(n)));
                    broken = true;
                    return error;
                }
                break;
            }
        }
        // Only EOF ends the loop: libssh2 1.10 may also return 0 from a read with no EOF.
        if (libssh2_channel_eof(channel))
            break;
        if (!progress) {
            // While input is pending, a server that takes nothing for stallMs is stuck.
            const bool stallWatch = stallMs > 0 && !stdinClosed;
            QDeadlineTimer waitUntil = deadline;
            if (stallWatch) {
                const qint64 stallLeft = qMax<qint64>(0, stallMs - sinceWrite.elapsed());
                if (deadline.isForever() || stallLeft < deadline.remainingTime())
                    waitUntil = QDeadlineTimer(stallLeft);
            }
            wait = waitForSocket(waitUntil, true);
            if (wait == Wait::Timeout && stallWatch && !deadline.hasExpired() &&
                sinceWrite.elapsed() < stallMs)
                continue; // the slice ended early; not a stall yet
            if (wait == Wait::Timeout && stallWatch && !deadline.hasExpired()) {
                Error error = makeError(
                    ErrorCode::Timeout,
                    Tr::tr("%1: the server accepted no data for %2 s while running `%3`.")
                        .arg(node, seconds(sinceWrite.elapsed()), request.command.left(60)),
                    QStringLiteral("stall limit %1 ms, %2 bytes streamed")
                        .arg(stallMs)
                        .arg(streamed));
                error.details = tail() + error.details;
                if (!abandonChannel(channel)) {
                    error.details += QStringLiteral("\nthe channel could not be closed in "
                                                    "time; the session is no longer usable");
                }
                return error;
            }
            if (wait != Wait::Ready)
                return interrupted(wait, channel);
        }
    }

    // Exit status and signal arrive with (or just before) the server's CLOSE.
    const QDeadlineTimer closeDeadline = deadline.isForever() ? QDeadlineTimer(30000) : deadline;
    rc = retry([&] { return libssh2_channel_close(channel); }, closeDeadline, true, &wait);
    if (wait == Wait::Ready && rc == 0)
        rc =
            retry([&] { return libssh2_channel_wait_closed(channel); }, closeDeadline, true, &wait);
    if (wait != Wait::Ready)
        return interrupted(wait, channel);

    result.exitStatus = libssh2_channel_get_exit_status(channel);
    char *signal = nullptr;
    size_t signalLen = 0;
    libssh2_channel_get_exit_signal(channel, &signal, &signalLen, nullptr, nullptr, nullptr,
                                    nullptr);
    if (signal) {
        result.exitSignal = QString::fromLatin1(signal, qsizetype(signalLen));
        result.exitStatus = -1;
        libssh2_free(session, signal);
    }
    retry([&] { return libssh2_channel_free(channel); }, QDeadlineTimer(kCleanupGraceMs), false,
          &wait);
    if (wait != Wait::Ready)
        broken = true;
    result.durationMs = timer.elapsed();
    return result;
}

void SshSession::disconnect()
{
    d->freeSession(true);
}

bool SshSession::isConnected() const
{
    return d->session != nullptr;
}

bool SshSession::isAuthenticated() const
{
    return d->session && d->authenticated;
}

bool SshSession::isUsable() const
{
    return d->session && d->authenticated && !d->broken;
}

QString SshSession::nodeName() const
{
    return d->target.nodeName;
}

HostKey SshSession::hostKey() const
{
    return d->hostKey;
}

QStringList SshSession::hostKeyNames() const
{
    QStringList names;
    const QString host = stripBrackets(d->target.host);
    if (!host.isEmpty())
        names.append(host);
    // OpenSSH looks "octane2.lab." up as "octane2.lab" in known_hosts too.
    if (host.size() > 1 && host.endsWith(QLatin1Char('.')))
        names.append(host.chopped(1));
    if (!d->peerAddress.isEmpty() && d->peerAddress.compare(host, Qt::CaseInsensitive) != 0)
        names.append(d->peerAddress);
    return names;
}

QString SshSession::peerAddress() const
{
    return d->peerAddress;
}

QString SshSession::serverBanner() const
{
    return d->banner;
}

QStringList SshSession::serverAuthMethods() const
{
    return d->authMethods;
}

qint64 SshSession::connectMs() const
{
    return d->connectMs;
}

qint64 SshSession::authMs() const
{
    return d->authMs;
}

QString SshSession::usedAuthMethod() const
{
    return d->usedAuthMethod;
}

} // namespace Ocw::Core
