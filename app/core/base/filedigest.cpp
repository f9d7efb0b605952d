#include "filedigest.h"

#include "../ssh/vectorstate.h"
#include "expected.h"
#include "sha256.h"
#include "tr.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThreadPool>

#include <memory>

namespace Ocw::Core {

namespace {

constexpr qint64 kPieceSize = 1024 * 1024;
constexpr int kProgressIntervalMs = 100;

// Local disk work only (hashing packages): two threads are enough to keep a disk busy, and
// the pool outlives every caller (it waits for its tasks at exit).
QThreadPool *localWorkPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(2);
        p->setObjectName(QStringLiteral("local-work"));
        return p;
    }();
    return pool;
}

} // namespace

FileDigest::Result FileDigest::compute(const QString &path, const Stopped &stopped,
                                       const Progress &progress)
{
    Result result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error =
            makeError(ErrorCode::Io, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()),
                      file.errorString());
        return result;
    }
    const qint64 total = file.size();
    Sha256 hash;
    QByteArray buffer(int(kPieceSize), Qt::Uninitialized);
    QElapsedTimer sinceReport;
    sinceReport.start();
    for (;;) {
        if (stopped && stopped()) {
            result.error = makeError(ErrorCode::Cancelled,
                                     Tr::tr("Computing the SHA-256 of %1 was stopped.").arg(path));
            return result;
        }
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            result.error =
                makeError(ErrorCode::Io, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()),
                          file.errorString());
            return result;
        }
        if (n == 0)
            break;
        clearUpperVectorState(); // see vectorstate.h: OpenSSL's SSE code after Qt's AVX
        hash.add(buffer.constData(), n);
        result.bytes += n;
        if (progress && sinceReport.elapsed() >= kProgressIntervalMs) {
            sinceReport.restart();
            progress(result.bytes, total);
        }
    }
    result.sha256Hex = hash.hex();
    return result;
}

std::shared_future<FileDigest::Result> FileDigest::start(const QString &path, Stopped stopped,
                                                         Progress progress, Finished finished)
{
    auto promise = std::make_shared<std::promise<Result>>();
    std::shared_future<Result> future = promise->get_future().share();
    localWorkPool()->start([promise, path, stopped = std::move(stopped),
                            progress = std::move(progress), finished = std::move(finished)] {
        const Result result = compute(path, stopped, progress);
        if (finished)
            finished(result);
        promise->set_value(result);
    });
    return future;
}

} // namespace Ocw::Core
