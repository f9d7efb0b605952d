#include "hostkeyscanner.h"

#include "../base/tr.h"
#include "../ssh/knownhosts.h"
#include "../ssh/sshsession.h"
#include "sshconnector.h"

#include <QFileInfo>
#include <QThread>

namespace Ocw::Core {

QString hostKeyScanStatusName(HostKeyScanStatus status)
{
    switch (status) {
    case HostKeyScanStatus::Trusted:
        return QStringLiteral("trusted");
    case HostKeyScanStatus::Unknown:
        return QStringLiteral("unknown");
    case HostKeyScanStatus::Changed:
        return QStringLiteral("changed");
    case HostKeyScanStatus::Revoked:
        return QStringLiteral("revoked");
    case HostKeyScanStatus::Error:
        return QStringLiteral("error");
    }
    return QString();
}

HostKeyScanner::HostKeyScanner(QObject *parent)
    : QObject(parent)
    , m_knownHostsFiles(SshConnector::defaultKnownHostsFiles(QString()))
    , m_trustFile(SshConnector::productKnownHostsFile())
{
    qRegisterMetaType<HostKeyScanResult>();
}

HostKeyScanner::~HostKeyScanner()
{
    m_cancel.cancel();
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void HostKeyScanner::setKnownHostsFiles(const QStringList &files)
{
    m_knownHostsFiles = files;
}

QList<HostKeyScanResult> HostKeyScanner::results() const
{
    QList<HostKeyScanResult> list;
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_done.at(i))
            list.append(m_results.at(i));
    }
    return list;
}

void HostKeyScanner::start(const QList<SshTarget> &targets)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_cancel = CancelToken();
    m_targets = targets;
    m_results = QList<HostKeyScanResult>(targets.size());
    m_done = QList<bool>(targets.size(), false);
    m_queue.clear();
    for (int i = 0; i < targets.size(); ++i)
        m_queue.append(i);

    // Loaded once, then shared read-only by the threads (KnownHosts lookups are thread-safe).
    auto knownHosts = std::make_shared<KnownHosts>();
    for (const QString &file : std::as_const(m_knownHostsFiles)) {
        if (!file.isEmpty() && QFileInfo::exists(file))
            knownHosts->load(file);
    }
    m_knownHosts = knownHosts;

    Q_EMIT started();
    if (m_targets.isEmpty()) {
        m_running = false;
        Q_EMIT finished(false);
        return;
    }
    pump();
}

void HostKeyScanner::pump()
{
    while (m_threads.size() < m_maxParallel && !m_queue.isEmpty() && !m_cancel.isCancelled()) {
        const int index = m_queue.takeFirst();
        const SshTarget target = m_targets.at(index);
        const std::shared_ptr<const KnownHosts> knownHosts = m_knownHosts;
        const CancelToken cancel = m_cancel;
        QThread *thread = QThread::create([this, index, target, knownHosts, cancel] {
            const HostKeyScanResult result = scan(target, *knownHosts, cancel);
            // Posted to the scanner's thread; the destructor joins this thread first, so
            // `this` outlives the call.
            QMetaObject::invokeMethod(
                this, [this, index, result] { onNodeScanned(index, result); },
                Qt::QueuedConnection);
        });
        thread->setObjectName(QStringLiteral("hostkey-%1").arg(index));
        connect(
            thread, &QThread::finished, this, [this, thread] { onThreadFinished(thread); },
            Qt::QueuedConnection);
        m_threads.append(thread);
        thread->start();
    }
}

void HostKeyScanner::onNodeScanned(int index, const HostKeyScanResult &result)
{
    if (index < 0 || index >= m_results.size())
        return;
    m_results[index] = result;
    m_done[index] = true;
    Q_EMIT nodeScanned(result);
}

void HostKeyScanner::onThreadFinished(QThread *thread)
{
    if (!m_threads.removeOne(thread))
        return;
    thread->wait();
    delete thread;
    pump();
    if (!m_threads.isEmpty() || (!m_queue.isEmpty() && !m_cancel.isCancelled()))
        return;
    m_queue.clear();
    m_running = false;
    Q_EMIT finished(m_cancelled);
}

void HostKeyScanner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_cancel.cancel();
    m_queue.clear();
    if (m_threads.isEmpty()) {
        m_running = false;
        Q_EMIT finished(true);
    }
}

HostKeyScanResult HostKeyScanner::scan(const SshTarget &target, const KnownHosts &knownHosts,
                                       const CancelToken &cancel)
{
    SshSession session(cancel);
    session.preferKnownHostKeyTypes(knownHosts, target);

    const Expected<HostKey> key = session.connect(target);
    if (!key) {
        HostKeyScanResult r;
        r.node = target.nodeName;
        r.host = target.host;
        r.port = target.port;
        r.status = HostKeyScanStatus::Error;
        r.message = key.error().message;
        r.details = key.error().details;
        r.fix = key.error().fix;
        return r;
    }
    // No login follows; the session's destructor says goodbye (bounded to ~0.5 s).
    return classify(target, session.hostKeyNames(), *key, knownHosts);
}

HostKeyScanResult HostKeyScanner::classify(const SshTarget &target, const QStringList &names,
                                           const HostKey &key, const KnownHosts &knownHosts)
{
    HostKeyScanResult r;
    r.node = target.nodeName;
    r.host = target.host;
    r.port = target.port;
    r.key = key;
    r.keyType = key.type;
    r.fingerprint = key.fingerprintSha256();
    r.names = names;

    const HostKeyMatch match = knownHosts.lookup(names, target.port, key);
    r.knownFile = match.file;
    r.knownLine = match.line;
    r.knownFingerprint = match.knownFingerprint;
    switch (match.status) {
    case HostKeyStatus::Trusted:
        r.status = HostKeyScanStatus::Trusted;
        r.message = Tr::tr("%1: the host key %2 %3 is trusted (%4 line %5).")
                        .arg(r.node, r.keyType, r.fingerprint, match.file)
                        .arg(match.line);
        return r;
    case HostKeyStatus::Unknown:
        r.status = HostKeyScanStatus::Unknown;
        break;
    case HostKeyStatus::Changed:
        r.status = HostKeyScanStatus::Changed;
        break;
    case HostKeyStatus::Revoked:
        r.status = HostKeyScanStatus::Revoked;
        break;
    }
    // The same wording the connection itself would refuse with.
    const Expected<Done> verdict = SshSession::verifyHostKey(knownHosts, target, names, key);
    if (!verdict) {
        r.message = verdict.error().message;
        r.details = verdict.error().details;
        r.fix = verdict.error().fix;
    }
    return r;
}

Expected<Done> HostKeyScanner::trust(const QList<HostKeyScanResult> &accepted)
{
    for (const HostKeyScanResult &r : accepted) {
        if (r.isRefused()) {
            return makeError(ErrorCode::HostKeyChanged,
                             Tr::tr("%1: the host key %2 is %3 and cannot be trusted here.")
                                 .arg(r.node, r.fingerprint,
                                      r.status == HostKeyScanStatus::Revoked ? Tr::tr("revoked")
                                                                             : Tr::tr("changed")),
                             r.details, r.fix);
        }
        if (r.status != HostKeyScanStatus::Unknown || !r.key.isValid() || r.names.isEmpty())
            continue;
        const Expected<Done> written = KnownHosts::append(m_trustFile, r.names, r.port, r.key);
        if (!written) {
            return makeError(written.error().code,
                             Tr::tr("%1: the host key could not be saved to %2: %3")
                                 .arg(r.node, m_trustFile, written.error().message),
                             written.error().details,
                             Tr::tr("Check that the directory %1 is writable.")
                                 .arg(QFileInfo(m_trustFile).absolutePath()));
        }
    }
    return Done{};
}

} // namespace Ocw::Core
