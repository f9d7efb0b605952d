#pragma once

#include "../base/error.h"
#include "../base/expected.h"
#include "../model/clusterprofile.h"
#include "../model/releasedefinition.h"

#include <QHash>
#include <QMetaType>
#include <QStringList>

namespace Ocw::Core {

class RemoteShell;

// What the install would change in octane.conf on the first node, as the user sees it before
// pressing Install: secrets masked, only the keys that differ.
struct ConfComparison
{
    Error error; // code None when the file could be read and compared
    QString node;
    QString confFile;        // e.g. /opt/octane/conf/octane.conf
    bool exists = false;     // the node has the file
    bool identical = false;  // it already says everything the install would write
    QStringList changedKeys; // what the install would rewrite
    QString redactedDiff;    // unified diff, node's file -> the file to write, secrets masked

    bool isOk() const { return !error.isError(); }
};

// Reads octane.conf on the first node and compares it with what the install would write.
// Read-only on the node: privilege detection and one `cat` as root (the file is 0600, owner
// octane). The file's secrets stay in this object's memory and never reach the result. Runs on
// the caller's thread on an open shell; every command has a deadline and the shell's cancel.
class NodeConfComparison
{
public:
    NodeConfComparison(ClusterProfile profile, ReleaseDefinition release,
                       QHash<QString, QString> confSecrets, QString sudoPassword);

    ConfComparison run(RemoteShell &shell) const;

    const ClusterProfile &profile() const { return m_profile; }
    const ReleaseDefinition &release() const { return m_release; }

private:
    ClusterProfile m_profile;
    ReleaseDefinition m_release;
    QHash<QString, QString> m_confSecrets;
    QString m_sudoPassword;
};

} // namespace Ocw::Core

Q_DECLARE_METATYPE(Ocw::Core::ConfComparison)
