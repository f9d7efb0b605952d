#include "firstnodecontroller.h"

#include <QPointer>
#include <QThread>

namespace Ocw::Core {

FirstNodeController::FirstNodeController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<CheckResult>();
    qRegisterMetaType<CertificateInfo>();
}

FirstNodeController::~FirstNodeController()
{
    if (m_thread) {
        m_cancel.cancel();
        m_thread->wait();
        delete m_thread; // its deleteLater() would come after this object is gone
    }
}

bool FirstNodeController::succeeded() const
{
    if (m_results.isEmpty())
        return false;
    for (const CheckResult &r : m_results) {
        if (r.verdict == Verdict::Fail || r.verdict == Verdict::Skipped)
            return false;
    }
    return m_results.last().checkId == QLatin1String("first-node.sign-in");
}

void FirstNodeController::start(const FirstNodeJob::Inputs &inputs, const SshTarget &target,
                                std::shared_ptr<RemoteConnector> connector)
{
    if (m_thread)
        return;
    m_results.clear();
    m_cancel = CancelToken();
    const CancelToken cancel = m_cancel;
    QPointer<FirstNodeController> self(this);
    auto report = [self](const CheckResult &r) {
        QMetaObject::invokeMethod(
            self,
            [self, r] {
                if (!self)
                    return;
                self->m_results.append(r);
                Q_EMIT self->stepFinished(r);
            },
            Qt::QueuedConnection);
    };
    m_thread = QThread::create([inputs, target, connector, cancel, report, self] {
        ConnectOutcome outcome = connector->open(target, cancel);
        report(outcome.hostKey);
        report(outcome.connect);
        if (!outcome.shell)
            return;
        FirstNodeJob job(inputs, *outcome.shell, cancel);
        const QString host = target.nodeName;
        job.setCertificateCallback([self, host](const CertificateInfo &certificate) {
            QMetaObject::invokeMethod(
                self,
                [self, certificate, host] {
                    if (self)
                        Q_EMIT self->certificateRefused(certificate, host);
                },
                Qt::QueuedConnection);
        });
        job.run(report, [self](const QString &step, const QString &text) {
            QMetaObject::invokeMethod(
                self,
                [self, step, text] {
                    if (self)
                        Q_EMIT self->progressed(step, text);
                },
                Qt::QueuedConnection);
        });
    });
    connect(
        m_thread, &QThread::finished, this,
        [this] {
            // Queued after every result of the run: finished() is the last signal.
            m_thread->deleteLater();
            m_thread = nullptr;
            Q_EMIT finished(m_cancel.isCancelled());
        },
        Qt::QueuedConnection);
    m_thread->start();
}

void FirstNodeController::cancel()
{
    m_cancel.cancel();
}

} // namespace Ocw::Core
