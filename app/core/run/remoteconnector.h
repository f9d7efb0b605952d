#pragma once

#include "../base/canceltoken.h"
#include "../checks/checkresult.h"
#include "../ssh/remoteshell.h"
#include "../ssh/sshtarget.h"

#include <QList>

#include <memory>

namespace Ocw::Core {

// What opening one node produced: the shell (null on failure) and the verdicts of the
// ssh.connect and ssh.hostkey checks.
struct ConnectOutcome
{
    std::unique_ptr<RemoteShell> shell;
    CheckResult connect;
    CheckResult hostKey;
    QString hostKeyType;
    QString hostKeyFingerprint; // "SHA256:..." as OpenSSH prints it
};

// Opens an authenticated shell on a node with its host key verified. The seam that lets the
// orchestration run against fake nodes in tests. Called on the worker's thread; `cancel` is
// polled during every wait.
class RemoteConnector
{
public:
    virtual ~RemoteConnector() = default;
    virtual ConnectOutcome open(const SshTarget &target, const CancelToken &cancel) = 0;
};

} // namespace Ocw::Core
