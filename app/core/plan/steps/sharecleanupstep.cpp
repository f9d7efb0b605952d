#include "sharecleanupstep.h"

#include "../../base/tr.h"
#include "../steprun.h"

namespace Ocw::Core {

QString ShareCleanupStep::name() const
{
    return StepId::ShareCleanup;
}

QString ShareCleanupStep::title() const
{
    return Tr::tr("Share clean-up");
}

QString ShareCleanupStep::statusText() const
{
    return Tr::tr("Removing the package from the shared repository…");
}

QString ShareCleanupStep::description(const PhaseInputs &, const NodeState &node) const
{
    return Tr::tr("Removes the staged package and its folder %1 from the shared repository, also "
                  "after a cancel or a failure.")
        .arg(node.commands.shareStagingDir());
}

bool ShareCleanupStep::changesNode() const
{
    return true;
}

QString ShareCleanupStep::doneWhen() const
{
    return Tr::tr("always runs (removing what is not there changes nothing)");
}

QList<PlannedCommand> ShareCleanupStep::plannedCommands(const PhaseInputs &,
                                                        const NodeState &node) const
{
    return {{node.commands.removeSharedStaging().text, QString()}};
}

QString ShareCleanupStep::afterCancel(const PhaseInputs &, const NodeState &node) const
{
    return Tr::tr("%1 may still hold the package: remove it by hand.")
        .arg(node.commands.shareStagingDir());
}

CheckResult ShareCleanupStep::run(StepRun &run) const
{
    const Expected<ExecResult> removed = run.exec(run.commands().removeSharedStaging());
    if (!removed || removed->exitStatus != 0)
        return run.warn(Tr::tr("%1: could not remove %2 from the shared repository.")
                            .arg(run.nodeName(), run.commands().shareStagingDir()),
                        Tr::tr("Remove it by hand; it holds only the package."));
    run.in.share->staged = false;
    return run.pass(Tr::tr("%1: the staged package was removed from the shared repository.")
                        .arg(run.nodeName()));
}

} // namespace Ocw::Core
