#pragma once

#include "../base/canceltoken.h"
#include "../base/expected.h"
#include "../ssh/hostkey.h"
#include "../ssh/sshtarget.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QStringList>

#include <memory>

namespace Ocw::Core {

class KnownHosts;
class PhaseController;

enum class HostKeyScanStatus {
    Trusted, // on file, same key
    Unknown, // not on file: ask the user
    Changed, // on file with a DIFFERENT key: refuse, never overridable
    Revoked, // listed under @revoked: refuse, never overridable
    Error,   // no key obtained (name resolution, refused, timeout, cancelled, ...)
};

// The host key one node presented and what the known_hosts files say about it. A plain value
// passed through queued signals.
struct HostKeyScanResult
{
    QString node; // the node as the user named it (used in every message)
    QString host; // what was connected to
    quint16 port = 22;
    QString keyType;     // e.g. "ssh-ed25519"; empty on Error
    QString fingerprint; // "SHA256:..." exactly as OpenSSH prints it; empty on Error
    HostKeyScanStatus status = HostKeyScanStatus::Error;
    QString message; // translated sentence naming the node and the cause
    QString details; // untranslated: names checked, files, the deciding entry
    QString fix;     // where one is known
    HostKey key;
    QStringList names;        // names the key is looked up and trusted under (host, peer address)
    QString knownFingerprint; // Changed: the fingerprint on file
    QString knownFile;        // Changed/Revoked/Trusted: file and line of the deciding entry
    int knownLine = 0;

    bool needsTrust() const { return status == HostKeyScanStatus::Unknown; }
    bool isRefused() const
    {
        return status == HostKeyScanStatus::Changed || status == HostKeyScanStatus::Revoked;
    }
};

QString hostKeyScanStatusName(HostKeyScanStatus status); // "trusted", "unknown", ...

// Fetches the host key of every node before anything logs in, so that the wizard can ask
// about all unknown keys in one screen. Lives on the GUI thread and never waits on the
// network: the scan is a one-round, session-less plan on the one engine (PhaseController, at
// most maxParallel() nodes at once), each node one SshSession::connect() (no authentication)
// and a known_hosts lookup (HostKeyScanStep). cancel() ends the scan within a second. Owner:
// the page that runs the scan.
class HostKeyScanner : public QObject
{
    Q_OBJECT
public:
    explicit HostKeyScanner(QObject *parent = nullptr);
    ~HostKeyScanner() override; // cancels and waits for the workers (each wait is bounded)

    // Files consulted (default: SshConnector::defaultKnownHostsFiles({})). Read in start().
    void setKnownHostsFiles(const QStringList &files);
    QStringList knownHostsFiles() const { return m_knownHostsFiles; }
    // Where trust() appends (default: SshConnector::productKnownHostsFile()).
    void setTrustFile(const QString &file) { m_trustFile = file; }
    QString trustFile() const { return m_trustFile; }
    void setMaxParallel(int count) { m_maxParallel = qMax(1, count); }
    int maxParallel() const { return m_maxParallel; }

    // Secrets in the targets are not used (no login). Ignored while a scan runs.
    void start(const QList<SshTarget> &targets);
    void cancel();

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    // The nodes scanned so far, in target order.
    QList<HostKeyScanResult> results() const;

    // Appends the accepted keys to trustFile() (KnownHosts::append, atomic). Only Unknown
    // results are accepted: a Changed or Revoked key is refused (ErrorCode::HostKeyChanged)
    // and nothing is written for it. Stops at the first failure, naming node and file.
    Expected<Done> trust(const QList<HostKeyScanResult> &accepted);

    // The work for one node, on the calling thread: connect, take the key, classify it.
    static HostKeyScanResult scan(const SshTarget &target, const KnownHosts &knownHosts,
                                  const CancelToken &cancel);
    // The decision for a key already in hand (pure; used by scan() and by tests).
    static HostKeyScanResult classify(const SshTarget &target, const QStringList &names,
                                      const HostKey &key, const KnownHosts &knownHosts);

Q_SIGNALS:
    void started();
    // One node is done (any status). Emitted on the scanner's thread, in completion order.
    void nodeScanned(const Ocw::Core::HostKeyScanResult &result);
    // Last signal of a scan, on every path (cancel included).
    void finished(bool cancelled);

private:
    void onNodeScanned(const HostKeyScanResult &result);
    void onPhaseFinished(bool cancelled);

    QStringList m_knownHostsFiles;
    QString m_trustFile;
    int m_maxParallel = 8;

    PhaseController *m_phase = nullptr;
    QList<SshTarget> m_targets;
    QList<HostKeyScanResult> m_results;
    QList<bool> m_done;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace Ocw::Core

Q_DECLARE_METATYPE(Ocw::Core::HostKeyScanResult)
