#include "installedprobestep.h"

#include "../../base/tr.h"
#include "../steprun.h"

namespace Ocw::Core {

QString InstalledProbeStep::name() const
{
    return StepId::Installed;
}

QString InstalledProbeStep::title() const
{
    return Tr::tr("Installed already?");
}

QString InstalledProbeStep::statusText() const
{
    return Tr::tr("Asking whether Octane is installed…");
}

QString InstalledProbeStep::description(const PhaseInputs &, const NodeState &) const
{
    return Tr::tr("Asks the package database whether Octane is installed, before anything "
                  "changes: the package is staged in the share only when a node needs it.");
}

bool InstalledProbeStep::changesNode() const
{
    return false;
}

QString InstalledProbeStep::doneWhen() const
{
    return Tr::tr("always runs (it only reads)");
}

QList<PlannedCommand> InstalledProbeStep::plannedCommands(const PhaseInputs &,
                                                          const NodeState &node) const
{
    return {{node.commands.installedQuery().text, QString()}};
}

QString InstalledProbeStep::afterCancel(const PhaseInputs &, const NodeState &) const
{
    return Tr::tr("Nothing was changed.");
}

CheckResult InstalledProbeStep::run(StepRun &run) const
{
    const Expected<ExecResult> query = run.exec(run.commands().installedQuery());
    run.in.share->probed = true;
    if (!query) {
        ++run.in.share->nodesNeedingPackage; // unknown: it may need it
        return run.fail(query.error());
    }
    run.node.alreadyInstalled = query->exitStatus == 0;
    if (run.node.alreadyInstalled)
        return run.pass(Tr::tr("%1: Octane is installed (%2); it needs no package.")
                            .arg(run.nodeName(), QString::fromUtf8(query->stdOut).trimmed()));
    ++run.in.share->nodesNeedingPackage;
    return run.pass(
        Tr::tr("%1: Octane is not installed yet; it gets the package.").arg(run.nodeName()));
}

} // namespace Ocw::Core
