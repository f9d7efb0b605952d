#include "hostkeyscanner.h"

#include "../base/tr.h"
#include "../ssh/knownhosts.h"
#include "../ssh/sshsession.h"
#include "hostkeyscanstep.h"
#include "phasecontroller.h"
#include "sshconnector.h"

#include <QFileInfo>
#include <QPointer>

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
    , m_phase(new PhaseController(this))
{
    qRegisterMetaType<HostKeyScanResult>();
    connect(m_phase, &PhaseController::finished, this, &HostKeyScanner::onPhaseFinished);
}

HostKeyScanner::~HostKeyScanner() = default; // the PhaseController child waits for its workers

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
    m_targets = targets;
    m_results = QList<HostKeyScanResult>(targets.size());
    m_done = QList<bool>(targets.size(), false);

    // Loaded once, then shared read-only by the workers (KnownHosts lookups are thread-safe).
    auto knownHosts = std::make_shared<KnownHosts>();
    for (const QString &file : std::as_const(m_knownHostsFiles)) {
        if (!file.isEmpty() && QFileInfo::exists(file))
            knownHosts->load(file);
    }

    Q_EMIT started();
    if (m_targets.isEmpty()) {
        m_running = false;
        Q_EMIT finished(false);
        return;
    }
    QHash<QString, SshTarget> byNode;
    PhaseRound round;
    for (SshTarget target : std::as_const(m_targets)) {
        target.password.clear(); // no login: the secrets stay out of the workers
        target.passphrase.clear();
        byNode.insert(target.nodeName, target);
        round.nodes.append(target.nodeName);
    }
    // The answer comes back through the event loop, before the worker's end does.
    QPointer<HostKeyScanner> self(this);
    auto sink = [self](const HostKeyScanResult &result) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, result] {
                if (self)
                    self->onNodeScanned(result);
            },
            Qt::QueuedConnection);
    };
    round.steps = {std::make_shared<HostKeyScanStep>(byNode, knownHosts, sink)};
    round.failureStopsPhase = false; // every node is asked, whatever the others answer
    round.needsSession = false;
    PhasePlan plan;
    plan.phase = PhaseId::HostKeys;
    plan.concurrency = m_maxParallel;
    plan.rounds = {round};
    PhaseInputs inputs;
    for (const SshTarget &target : std::as_const(m_targets)) {
        Node node;
        node.host = target.nodeName;
        inputs.profile.nodes.append(node);
    }
    m_phase->start(plan, inputs, byNode, nullptr);
}

void HostKeyScanner::onNodeScanned(const HostKeyScanResult &result)
{
    for (int i = 0; i < m_targets.size(); ++i) {
        if (m_targets.at(i).nodeName == result.node && !m_done.at(i)) {
            m_results[i] = result;
            m_done[i] = true;
            Q_EMIT nodeScanned(result);
            return;
        }
    }
}

void HostKeyScanner::onPhaseFinished(bool)
{
    m_running = false;
    Q_EMIT finished(m_cancelled);
}

void HostKeyScanner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_phase->cancelAll(); // nodes not started are skipped; the ones in flight stop within a second
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
