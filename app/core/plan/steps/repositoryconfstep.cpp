#include "repositoryconfstep.h"

#include "../../base/tr.h"
#include "../steprun.h"

namespace Ocw::Core {

QString RepositoryConfStep::name() const
{
    return StepId::RepositoryConf;
}

QString RepositoryConfStep::title() const
{
    return Tr::tr("First node ready, octane.conf shared");
}

QString RepositoryConfStep::statusText() const
{
    return Tr::tr("Checking the first node and the shared octane.conf…");
}

QString RepositoryConfStep::description(const PhaseInputs &, const NodeState &node) const
{
    return Tr::tr("The other nodes start only when Octane runs on the first node and %1 exists, "
                  "owned by the install user: they read their configuration from there.")
        .arg(node.commands.repositoryConfFile());
}

bool RepositoryConfStep::changesNode() const
{
    return false;
}

QString RepositoryConfStep::doneWhen() const
{
    return Tr::tr("always runs (it only reads)");
}

QList<PlannedCommand> RepositoryConfStep::plannedCommands(const PhaseInputs &,
                                                          const NodeState &node) const
{
    return {{node.commands.serviceStatus().text, QString()},
            {node.commands.repositoryConfState().text, QString()}};
}

QString RepositoryConfStep::afterCancel(const PhaseInputs &, const NodeState &) const
{
    return Tr::tr("Nothing was changed.");
}

CheckResult RepositoryConfStep::run(StepRun &run) const
{
    const QString node = run.nodeName();
    const Expected<ExecResult> status = run.exec(run.commands().serviceStatus());
    if (!status)
        return run.fail(status.error());
    if (QString::fromUtf8(status->stdOut).trimmed() != QLatin1String("active")) {
        return run.fail(Tr::tr("%1: Octane does not run on the first node (%2); the other nodes "
                               "join a running first node.")
                            .arg(node, QString::fromUtf8(status->stdOut).trimmed()),
                        Tr::tr("Install and start the first node first (the First node page; "
                               "headless: install --phase first-node)."));
    }
    const QString file = run.commands().repositoryConfFile();
    const Expected<ExecResult> state = run.exec(run.commands().repositoryConfState());
    if (!state)
        return run.fail(state.error());
    if (state->exitStatus == 3) {
        return run.fail(Tr::tr("%1: %2 does not exist: the first node's octane.conf never reached "
                               "the shared repository, and the other nodes would start without "
                               "a configuration.")
                            .arg(node, file),
                        Tr::tr("Look at the first node's log (wrapper.log) for why it did not "
                               "copy its octane.conf to the repository, and that %1 is the "
                               "shared mount on %2; then restart the first node.")
                            .arg(run.in.profile.repositoryDir, node));
    }
    const QString owner =
        QString::fromUtf8(state->stdOut).trimmed().section(QLatin1Char(' '), 0, 0);
    if (state->exitStatus != 0 || owner.isEmpty())
        return run.fail(Tr::tr("%1: cannot read %2: %3")
                            .arg(node, file, QString::fromUtf8(state->stdErr).trimmed()));
    if (owner != run.in.profile.installUser) {
        return run.fail(
            Tr::tr("%1: %2 belongs to %3, not to the install user %4: the other nodes "
                   "could not read it.")
                .arg(node, file, owner, run.in.profile.installUser),
            Tr::tr("chown %1 %2 on a node, then run again.").arg(run.in.profile.installUser, file));
    }
    return run.pass(
        Tr::tr("%1: Octane runs and %2 is shared, owned by %3.").arg(node, file, owner));
}

} // namespace Ocw::Core
