#include "repositoryenvstep.h"

#include "../../base/tr.h"
#include "../steprun.h"

namespace Ocw::Core {

QString RepositoryEnvStep::name() const
{
    return StepId::RepositoryEnv;
}

QString RepositoryEnvStep::title() const
{
    return Tr::tr("Repository variable");
}

QString RepositoryEnvStep::statusText() const
{
    return Tr::tr("Checking OCTANE_REPOSITORY_DIR…");
}

QString RepositoryEnvStep::description(const PhaseInputs &in, const NodeState &) const
{
    return in.setRepositoryEnv
               ? Tr::tr("Checks that OCTANE_REPOSITORY_DIR is set; sets it when missing (you "
                        "agreed).")
               : Tr::tr("Checks that OCTANE_REPOSITORY_DIR is set; stops when it is missing "
                        "(agree to let the wizard set it: --set-repository-env).");
}

bool RepositoryEnvStep::changesNode() const
{
    return true;
}

QString RepositoryEnvStep::doneWhen() const
{
    return Tr::tr("the variable is already in the file");
}

QList<PlannedCommand> RepositoryEnvStep::plannedCommands(const PhaseInputs &,
                                                         const NodeState &node) const
{
    return {{node.commands.repositoryEnvCheck().text, QString()},
            {node.commands.repositoryEnvSet().text, Tr::tr("only when missing and agreed"), true}};
}

QString RepositoryEnvStep::afterCancel(const PhaseInputs &, const NodeState &) const
{
    return Tr::tr("Nothing else was changed on the node.");
}

CheckResult RepositoryEnvStep::run(StepRun &run) const
{
    const RepositoryEnv &env = run.in.release.repositoryEnv();
    const QString node = run.nodeName();
    const Expected<ExecResult> check = run.exec(run.commands().repositoryEnvCheck());
    if (!check)
        return run.fail(check.error());
    if (check->exitStatus == 0)
        return run.pass(Tr::tr("%1: %2 is set in %3.").arg(node, env.variable, env.file));
    if (!run.in.setRepositoryEnv) {
        return run.fail(Tr::tr("%1: %2 is not set in %3; the installation fails without it.")
                            .arg(node, env.variable, env.file),
                        Tr::tr("Agree to set it (the wizard asks; headless: "
                               "--set-repository-env), or add %1 to %2 yourself.")
                            .arg(env.line(run.in.profile.repositoryDir), env.file));
    }
    const Expected<ExecResult> set = run.exec(run.commands().repositoryEnvSet());
    if (!set || set->exitStatus != 0)
        return run.fail(Tr::tr("%1: could not add %2 to %3.").arg(node, env.variable, env.file));
    return run.pass(Tr::tr("%1: %2 added to %3 (as you agreed).")
                        .arg(node, env.line(run.in.profile.repositoryDir), env.file));
}

} // namespace Ocw::Core
