#pragma once

#include "privilege.h"

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Ocw::Core {

// What one node reported about itself, gathered by NodeCheckJob and compared across nodes by
// ClusterEvaluator. A plain value passed through queued signals.
struct NodeFacts
{
    QString node;
    int index = -1;
    bool reachable = false; // SSH connected and authenticated
    Privilege privilege;
    QString hostKeyFingerprint; // "SHA256:..." of the key the node presented
    QString machineId;          // /etc/machine-id; empty when the node has none
    bool installUserChecksRan = false;

    QString repoEnvValue; // OCTANE_REPOSITORY_DIR as the install user sees it
    bool repoExists = false;
    bool repoWritable = false;
    bool tokenWritten = false;
    QString token;                     // written to <repo>/.ocw-shared-<run>-<index>
    QMap<QString, QString> tokensSeen; // writer node -> what this node read ("" = missing)
    bool sharedReadRan = false;

    QMap<QString, QStringList> resolved; // node name -> addresses, as this node resolves them
    QString listenAddress;               // this node's own address (its resolution of its name)
    QString listenTool;                  // python3, platform-python, perl; empty: none
    QString listenerState;               // "listening", "in-use", "no-tool", "failed: ..."
    QString listenerToken;
    qint64 listenerPid = 0;             // printed by the listener ("LISTENING <pid>")
    QString listenerOutput;             // what starting the listener printed
    QMap<QString, QString> meshOutcome; // target node -> "ok <token>", "refused", "timeout", ...
    QString meshCommand;
    QString meshOutput;
    bool meshRan = false;

    bool clockKnown = false;
    qint64 clockSkewMs = 0; // node clock minus workstation clock
    qint64 clockUncertaintyMs = 0;
};

} // namespace Ocw::Core

Q_DECLARE_METATYPE(Ocw::Core::NodeFacts)
