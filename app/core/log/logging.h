#pragma once

#include "../base/expected.h"

#include <QString>

namespace Ocw::Core {

class LogBridge;

// The one logger: a rotating file in the app data directory and, when given, a bridge to the
// GUI's log pane. Every node line carries the node name. Secrets have no formatter here and
// are never passed to it (tests/unit/tst_secrets proves the log holds none). A log path that is
// not a regular file (a link to /dev/null, a FIFO) is appended to without rotation.
class Logging
{
public:
    // The error says why the file gets no log (the logger works without it).
    static Expected<Done> init(const QString &file, LogBridge *bridge = nullptr);
    static QString defaultFile();
    static QString currentFile();

    static void info(const QString &message);
    static void warning(const QString &message);
    static void error(const QString &message);
    static void node(const QString &node, const QString &message);
    static void flush();
};

} // namespace Ocw::Core
