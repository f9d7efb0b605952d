#include "packagehashcontroller.h"

#include "../base/expected.h"
#include "../base/tr.h"

#include "../base/filedigest.h"

namespace Ocw::Core {

PackageHashController::PackageHashController(QObject *parent)
    : QObject(parent)
{
}

PackageHashController::~PackageHashController()
{
    m_cancel.cancel(); // the worker stops within one read; what it posts is dropped (QPointer)
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

    // Everything the worker reports is queued to this object and dropped when a newer
    // computation has started meanwhile, or the object is gone.
    QPointer<PackageHashController> self(this);
    auto post = [self, generation](auto &&apply) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, apply] {
                if (self && self->m_generation == generation)
                    apply(self.data());
            },
            Qt::QueuedConnection);
    };
    FileDigest::start(
        path, [cancel] { return cancel.isCancelled(); },
        [post](qint64 done, qint64 total) {
            post([done, total](PackageHashController *c) { Q_EMIT c->progressed(done, total); });
        },
        [post, path](const FileDigest::Result &result) {
            Error e = result.error;
            if (e.code == ErrorCode::Io)
                e = makeError(ErrorCode::Io,
                              Tr::tr("Cannot read the package %1: %2").arg(path, e.details),
                              QString(), Tr::tr("Choose a readable file."));
            post([e, result](PackageHashController *c) {
                c->m_running = false;
                c->m_error = e;
                if (result.ok()) {
                    c->m_bytes = result.bytes;
                    c->m_sha256 = QString::fromLatin1(result.sha256Hex);
                }
                Q_EMIT c->finished(result.ok());
            });
        });
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
    // The old worker notices within one 1 MiB read; its results are dropped.
    m_cancel.cancel();
}

} // namespace Ocw::Core
