#pragma once

#include "../base/canceltoken.h"

#include <QByteArray>

namespace Ocw::Core {

// Reads this process's standard input to its end (secrets given with --secrets-stdin),
// waiting in slices of 100 ms so that SIGINT/SIGTERM (through the cancel token) end the wait
// even when the writer never closes the pipe; a writer silent for IdleTimeoutMs is taken as
// done. Blocking, main thread.
class StandardInput
{
public:
    static constexpr qint64 MaxBytes = 1 << 20; // far above any list of secrets
    static constexpr int IdleTimeoutMs = 60000;
    static QByteArray readAll(const CancelToken &cancel);
};

} // namespace Ocw::Core
