#pragma once

#include <QStringList>

namespace Ocw::Core {

// `octane-cluster-wizard check --profile FILE [--json FILE|-] [--report FILE.html]
// [--secrets-stdin] [--concurrency N] [--known-hosts FILE] [--quiet]`.
// Exit 0: no blocking failure; 1: a blocking check failed; 2: bad input (one line naming what
// and where); 3: interrupted. Runs the same CheckController as the wizard, on the main
// thread's event loop.
class CheckCommand
{
public:
    static int run(const QStringList &arguments);
    static QString usage();
};

} // namespace Ocw::Core
