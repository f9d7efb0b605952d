#include "confcomparisoncontroller.h"

#include <QPointer>
#include <QThread>

namespace Ocw::Core {

ConfComparisonController::ConfComparisonController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ConfComparison>();
}

ConfComparisonController::~ConfComparisonController()
{
    if (m_thread) {
        m_cancel.cancel();
        m_thread->wait();
        delete m_thread; // its deleteLater() would come after this object is gone
    }
}

void ConfComparisonController::start(const NodeConfComparison &comparison, const SshTarget &target,
                                     std::shared_ptr<RemoteConnector> connector)
{
    if (m_thread)
        return;
    m_cancel = CancelToken();
    const CancelToken cancel = m_cancel;
    auto result = std::make_shared<ConfComparison>();
    m_thread = QThread::create([comparison, target, connector, cancel, result] {
        ConnectOutcome outcome = connector->open(target, cancel);
        if (!outcome.shell) {
            const CheckResult &failed =
                outcome.hostKey.verdict == Verdict::Fail ? outcome.hostKey : outcome.connect;
            result->node = target.nodeName;
            result->error =
                makeError(cancel.isCancelled() ? ErrorCode::Cancelled : ErrorCode::ConnectFailed,
                          failed.message, QString(), failed.fix);
            return;
        }
        *result = comparison.run(*outcome.shell);
    });
    connect(
        m_thread, &QThread::finished, this,
        [this, result] {
            m_thread->deleteLater();
            m_thread = nullptr;
            Q_EMIT finished(*result);
        },
        Qt::QueuedConnection);
    m_thread->start();
}

void ConfComparisonController::cancel()
{
    m_cancel.cancel();
}

} // namespace Ocw::Core
