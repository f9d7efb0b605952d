#pragma once

#include "error.h"

#include <QString>

#include <functional>
#include <future>

namespace Ocw::Core {

// The SHA-256 of a local file: the one place the product hashes a package, for the First node
// page (a 2 GiB RPM takes seconds, so in the background with progress; PackageHashController)
// and for the uploader (beside the upload: libssh2 keeps the uploading thread's core busy, so
// hashing there would slow the upload by ~15 %). Read in 1 MiB pieces; `stopped` is asked
// before each piece, so a stop takes effect within one read. Background work runs on one
// bounded pool for local disk work, never on a thread of its own.
class FileDigest
{
public:
    struct Result
    {
        QByteArray sha256Hex; // lower case; empty on error
        qint64 bytes = 0;     // read
        Error error;          // Io (message names the file, details the reason) or Cancelled
        bool ok() const { return !error.isError(); }
    };
    using Stopped = std::function<bool()>;
    using Progress = std::function<void(qint64 done, qint64 total)>; // about ten times a second
    using Finished = std::function<void(const Result &)>;

    // On the calling thread.
    static Result compute(const QString &path, const Stopped &stopped,
                          const Progress &progress = {});
    // compute() on the local-work pool; the future's get() waits for it. `progress` and
    // `finished` are called on the pool's thread.
    static std::shared_future<Result> start(const QString &path, Stopped stopped,
                                            Progress progress = {}, Finished finished = {});
};

} // namespace Ocw::Core
