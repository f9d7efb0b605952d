#pragma once

#include <QString>

namespace Ocw::Core {

// One shell command a step runs on a node, with what the runner must know about it: whether
// the sudo password goes first on its stdin (the command runs through `sudo -k -S`), and
// whether its output may hold a secret (then it is never copied into a result, a report, the
// Details pane or the log, also when it times out or is cancelled). The flags travel with the
// command, so that no one has to guess them from the command's text.
struct RemoteCommand
{
    QString text;
    bool passwordOnStdin = false;
    bool sensitiveOutput = false;

    bool isEmpty() const { return text.isEmpty(); }
};

} // namespace Ocw::Core
