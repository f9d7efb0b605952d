#pragma once

// A RemoteConnector that opens a ScriptedShell per node: every node answers as a fresh,
// healthy RHEL node (sudo without a password, nothing installed, ready at once), and
// `script` may change that per node. Thread-safe: workers call open() at the same time.

#include "core/run/remoteconnector.h"
#include "scriptedshell.h"

#include <QMutex>

#include <functional>

class ScriptedConnector : public Ocw::Core::RemoteConnector
{
public:
    std::function<void(ScriptedShell &)> script;
    QMutex mutex;
    QStringList opened; // node names, in the order they were opened

    static void healthyNode(ScriptedShell &shell)
    {
        shell.on(QStringLiteral("printf 'home=%s"), 0,
                 "home=/home/ocwadmin\nocwadmin\n1000\nsudo_rc=0\n");
        shell.on(QStringLiteral("grep -E"), 0, "OCTANE_REPOSITORY_DIR=/srv/octane-repo\n");
        shell.on(QStringLiteral("rpm -q"), 1, "package octane is not installed\n");
        shell.on(QStringLiteral("--checksig"), 0, "pkg.rpm: digests signatures OK\n");
        shell.on(QStringLiteral("is-active"), 3, "inactive\n");
        shell.on(QStringLiteral("stat -c %s"), 0, "0\n");
        shell.on(QStringLiteral("then stat -c"), 0, "octane 600\n");
        shell.on(QStringLiteral("df -P -B1"), 0,
                 "Filesystem 1-blocks Used Available Capacity Mounted on\n"
                 "share 100000000000 0 100000000000 0% /srv/octane-repo\n");
        shell.on(QStringLiteral("tail -c +"), 0,
                 "2026-12-03 10:00:01,000 INFO [server] Server is ready! (Boot time: 1 s)\n");
    }

    Ocw::Core::ConnectOutcome open(const Ocw::Core::SshTarget &target,
                                   const Ocw::Core::CancelToken &cancel) override
    {
        using namespace Ocw::Core;
        auto shell = std::make_unique<ScriptedShell>(target.nodeName, cancel);
        healthyNode(*shell);
        {
            QMutexLocker lock(&mutex);
            opened.append(target.nodeName);
            if (script)
                script(*shell);
        }
        ConnectOutcome out;
        out.shell = std::move(shell);
        out.connect =
            CheckResult::make(QStringLiteral("ssh.connect"), target.nodeName, Verdict::Pass,
                              target.nodeName + QStringLiteral(": connected"));
        out.hostKey =
            CheckResult::make(QStringLiteral("ssh.hostkey"), target.nodeName, Verdict::Pass,
                              target.nodeName + QStringLiteral(": trusted"));
        return out;
    }
};
