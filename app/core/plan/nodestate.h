#pragma once

#include "nodecommands.h"

#include <QString>

namespace Ocw::Core {

// What the steps of one node learn and pass on during a run (privilege, home, log offset…).
// Owned by that node's runner; one thread at a time.
struct NodeState
{
    explicit NodeState(NodeCommands nodeCommands)
        : commands(std::move(nodeCommands))
    {
    }

    NodeCommands commands;
    QString packageSha256;         // what the staged package must hash to
    bool digestLearnt = false;     // packageSha256 came from the upload, not from the plan
    qint64 logOffset = 0;          // where the ready step starts reading the log
    bool alreadyInstalled = false; // the delivery step found the package installed: not sent
    bool alreadyRunning = false;   // the start step found the server running
    bool secureChanged = false;    // a secure-deployment step changed a file of this node
    qint64 bytesSent = 0;          // from the workstation to this node, this run
    QString hostKeyFingerprint;    // "SHA256:..." of the key the node presented, this phase
};

} // namespace Ocw::Core
