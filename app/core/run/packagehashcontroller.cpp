#include "packagehashcontroller.h"

#include "../base/expected.h"
#include "../base/tr.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

namespace Ocw::Core {

PackageHashController::PackageHashController(QObject *parent)
    : QObject(parent)
{
}

PackageHashController::~PackageHashController()
{
    m_cancel.cancel();
    // Abandoned workers were cancelled already; waiting here lets them use `this` unguarded.
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait();
    }
}

void PackageHashController::start(const QString &path)
{
    stopWorker();
    const quint64 generation = ++m_generation;
    m_path = path;
    m_bytes = 0;
    m_sha256.clear();
    m_error = Error();
    m_running = true;
    m_cancel = CancelToken();
    const CancelToken cancel = m_cancel;
    PackageHashController *self = this; // outlives the worker: the destructor waits for it

    // Everything the worker reports is queued to this object and dropped when a newer
    // computation has started meanwhile.
    auto post = [self, generation](auto &&apply) {
        QMetaObject::invokeMethod(
            self,
            [self, generation, apply] {
                if (self->m_generation == generation)
                    apply(self);
            },
            Qt::QueuedConnection);
    };

    QThread *thread = QThread::create([path, cancel, post] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            const Error e =
                makeError(ErrorCode::Io,
                          Tr::tr("Cannot read the package %1: %2").arg(path, file.errorString()),
                          QString(), Tr::tr("Choose a readable file."));
            post([e](PackageHashController *c) {
                c->m_running = false;
                c->m_error = e;
                Q_EMIT c->finished(false);
            });
            return;
        }
        const qint64 total = file.size();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        qint64 done = 0;
        QElapsedTimer sinceReport;
        sinceReport.start();
        while (!cancel.isCancelled()) {
            const qint64 n = file.read(buffer.data(), buffer.size());
            if (n < 0) {
                const Error e = makeError(
                    ErrorCode::Io,
                    Tr::tr("Reading the package %1 failed: %2").arg(path, file.errorString()));
                post([e](PackageHashController *c) {
                    c->m_running = false;
                    c->m_error = e;
                    Q_EMIT c->finished(false);
                });
                return;
            }
            if (n == 0)
                break;
            hash.addData(QByteArrayView(buffer.constData(), n));
            done += n;
            if (sinceReport.elapsed() >= 100) {
                sinceReport.restart();
                post(
                    [done, total](PackageHashController *c) { Q_EMIT c->progressed(done, total); });
            }
        }
        if (cancel.isCancelled()) {
            const Error e = makeError(ErrorCode::Cancelled,
                                      Tr::tr("Computing the SHA-256 of %1 was stopped.").arg(path));
            post([e](PackageHashController *c) {
                c->m_running = false;
                c->m_error = e;
                Q_EMIT c->finished(false);
            });
            return;
        }
        const QString digest = QString::fromLatin1(hash.result().toHex());
        post([done, digest](PackageHashController *c) {
            c->m_running = false;
            c->m_bytes = done;
            c->m_sha256 = digest;
            Q_EMIT c->finished(true);
        });
    });
    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void PackageHashController::cancel()
{
    m_cancel.cancel();
}

void PackageHashController::clear()
{
    stopWorker();
    ++m_generation;
    m_running = false;
    m_path.clear();
    m_bytes = 0;
    m_sha256.clear();
    m_error = Error();
}

void PackageHashController::stopWorker()
{
    // The old worker notices within one 1 MiB read and deletes itself; its results are dropped.
    m_cancel.cancel();
}

} // namespace Ocw::Core
