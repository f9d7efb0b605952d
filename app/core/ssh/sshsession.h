#pragma once

#include "../base/canceltoken.h"
#include "../base/expected.h"
#include "hostkey.h"
#include "remoteshell.h"
#include "sshtarget.h"

#include <QStringList>

#include <functional>

#include <memory>

namespace Ocw::Core {

class KnownHosts;

// One SSH connection to one node (libssh2, non-blocking, hidden behind a pimpl). Used by ONE
// thread at a time (the node's worker) for a whole phase: connect(), verifyHostKey(),
// authenticate(), then any number of exec(). Every wait polls the socket in slices of at most
// 100 ms and honours the CancelToken and a deadline. Owner: the node's worker.
class SshSession : public RemoteShell
{
public:
    explicit SshSession(CancelToken cancel = CancelToken());
    ~SshSession() override;

    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    // Host key types to ask for first, e.g. KnownHosts::knownKeyTypes() for this node, so a
    // node known under an ecdsa key is not reported unknown because ed25519 was negotiated.
    // Default order: ssh-ed25519, ecdsa-sha2-nistp256/384/521, ssh-rsa. Call before connect().
    void setPreferredHostKeyTypes(const QStringList &types);
    // The names known_hosts is asked under before connecting, to prefer the key types it
    // holds for the node: the host (also without the root's dot) and the node's name.
    static QStringList preConnectNames(const SshTarget &target);
    // setPreferredHostKeyTypes() with the types known_hosts holds for `target`: a node trusted
    // only under its ECDSA key is then asked for that key, not for one nobody knows.
    void preferKnownHostKeyTypes(const KnownHosts &knownHosts, const SshTarget &target);

    // TCP connect (target.connectTimeoutMs bounds name resolution, TCP connect and the SSH
    // handshake together), then the SSH handshake. Returns the server's host key; the key is
    // NOT trusted yet: call verifyHostKey() before authenticate().
    Expected<HostKey> connect(const SshTarget &target);

    // Checks the host key of the connected server under every name of hostKeyNames().
    // Trusted: ok. Unknown: HostKeyUnknown (message has the fingerprint; ask the user, then
    // KnownHosts::append(file, hostKeyNames(), port, hostKey()) and call this again).
    // Changed/Revoked: HostKeyChanged (refuse; message has both fingerprints and file:line).
    Expected<Done> verifyHostKey(const KnownHosts &knownHosts);
    // The same decision for any key, without a connection (for tests and bulk screens).
    // `names` as from hostKeyNames(): the target's host and the address connected to.
    static Expected<Done> verifyHostKey(const KnownHosts &knownHosts, const SshTarget &target,
                                        const QStringList &names, const HostKey &key);

    // Logs in by target.auth (key file, password, keyboard-interactive or agent). Refuses to
    // run before verifyHostKey() succeeded (ErrorCode::Internal). Errors: AuthFailed (names
    // user@node and the methods the server accepts), AuthRsaSha1Unsupported (an RSA key:
    // libssh2 1.10 signs only with SHA-1), KeyFile (missing/unreadable key, wrong passphrase),
    // MissingSecret (no password, or no passphrase for an encrypted key), Timeout, Cancelled.
    Expected<Done> authenticate(const SshTarget &target);

    // setPreferredHostKeyTypes(known types) + connect() + verifyHostKey() + authenticate().
    Expected<Done> open(const SshTarget &target, const KnownHosts &knownHosts);

    // RemoteShell. Timeout (request.timeoutMs) → ErrorCode::Timeout, cancel →
    // ErrorCode::Cancelled, both within a second (details carry the output's tail); the
    // channel is closed and the session stays usable. libssh2 1.10 cannot signal the remote
    // command, so it runs on until it ends or writes to its closed stdout: wrap commands that
    // may hang in `timeout N ...`. If the server stops answering, this and later calls fail
    // with ErrorCode::ChannelFailed and the session must be reopened (isUsable() is false).
    // A non-zero exit status is not an error. Cancel is final: the token stays set.
    Expected<ExecResult> exec(const ExecRequest &request) override;

    // exec() with a stdin of any length: request.stdinData first (e.g. a sudo password line,
    // never logged), then what input.read produces, written as fast as the server's channel
    // takes it. The deadline (request.timeoutMs) and the cancel are checked at least between
    // pieces and in every wait. When the command ends before its input does (e.g. its write
    // failed), the rest is not read and the result carries its exit status and stderr. Errors
    // as exec(), plus input.read's own; after any error the remote command sees its stdin
    // closed.
    Expected<ExecResult> execStreaming(const ExecRequest &request,
                                       const StreamInput &input) override;

    // The token this session was made with (shared by all copies).
    CancelToken cancelToken() const override;

    // Polite SSH disconnect (bounded to ~0.5 s), then closes the socket. Safe to call twice.
    void disconnect();

    bool isConnected() const;
    bool isAuthenticated() const;
    bool isUsable() const override; // connected, authenticated and no broken exec left behind

    QString nodeName() const override;     // the target's nodeName of the last connect()
    HostKey hostKey() const;               // valid after connect()
    QStringList hostKeyNames() const;      // target host (brackets removed) + peer address
    QString peerAddress() const;           // e.g. "127.0.0.11" or "::1"
    QString serverBanner() const;          // e.g. "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3"
    QStringList serverAuthMethods() const; // as the server announced them (after authenticate())
    qint64 connectMs() const;              // TCP connect + handshake, measured
    qint64 authMs() const;                 // authentication, measured
    // The SSH method that logged in (or failed last): "publickey", "password",
    // "keyboard-interactive" or "agent". KeyboardInteractive falls back to "password" when
    // the server offers both but asks no question (sshd without PAM).
    QString usedAuthMethod() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Ocw::Core
