#include "privilegestep.h"

#include "../../base/tr.h"
#include "../steprun.h"

namespace Ocw::Core {

QString PrivilegeStep::name() const
{
    return StepId::Privilege;
}

QString PrivilegeStep::title() const
{
    return Tr::tr("Root privilege");
}

QString PrivilegeStep::statusText() const
{
    return Tr::tr("Checking root privilege…");
}

QString PrivilegeStep::description(const PhaseInputs &, const NodeState &) const
{
    return Tr::tr("Finds how the login user runs commands as root (root, sudo, or sudo with the "
                  "password on stdin) and the home folder where the package is staged.");
}

bool PrivilegeStep::changesNode() const
{
    return false;
}

QString PrivilegeStep::doneWhen() const
{
    return Tr::tr("always runs (it only reads)");
}

QList<PlannedCommand> PrivilegeStep::plannedCommands(const PhaseInputs &,
                                                     const NodeState &node) const
{
    return {{node.commands.privilegeProbe().text, QString()},
            {PrivilegeProbe::passwordCheckCommand(),
             Tr::tr("password on stdin; only when sudo asks for one"), true}};
}

QString PrivilegeStep::afterCancel(const PhaseInputs &, const NodeState &) const
{
    return Tr::tr("Nothing was changed on the node.");
}

CheckResult PrivilegeStep::run(StepRun &run) const
{
    const Expected<ExecResult> probe = run.exec(run.commands().privilegeProbe(), {}, 15000);
    if (!probe)
        return run.fail(probe.error());
    QString out = QString::fromUtf8(probe->stdOut);
    QString home;
    if (out.startsWith(QLatin1String("home="))) {
        home = out.section(QLatin1Char('\n'), 0, 0).mid(5).trimmed();
        out = out.section(QLatin1Char('\n'), 1);
    }
    Privilege privilege = PrivilegeProbe::parse(out);
    const QString password = run.sudoPassword();
    if (privilege.mode == PrivilegeMode::SudoNeedsPassword && !password.isEmpty()) {
        const Expected<ExecResult> check =
            run.exec({PrivilegeProbe::passwordCheckCommand(), true, false}, {}, 15000);
        if (!check)
            return run.fail(check.error());
        privilege = PrivilegeProbe::afterPasswordCheck(privilege, QString::fromUtf8(check->stdOut));
    }
    if (!privilege.canRunAsOthers()) {
        return run.fail(
            Tr::tr("%1: the installation needs root, and %2 cannot use sudo here "
                   "(%3).")
                .arg(run.nodeName(), privilege.loginUser, privilegeModeName(privilege.mode)),
            Tr::tr("Give the login user sudo rights (or the sudo password), or log "
                   "in as root."));
    }
    if (!home.startsWith(QLatin1Char('/')) || home.contains(QLatin1Char('\n'))) {
        return run.fail(
            Tr::tr("%1: the login user %2 has no usable home folder (HOME is \"%3\"); "
                   "the package is staged there.")
                .arg(run.nodeName(), privilege.loginUser, home),
            Tr::tr("Give %1 a home folder on %2.").arg(privilege.loginUser, run.nodeName()));
    }
    run.node.commands.setPrivilege(privilege);
    run.node.commands.setHome(home);
    return run.pass(
        Tr::tr("%1: root through %2.").arg(run.nodeName(), privilegeModeName(privilege.mode)));
}

} // namespace Ocw::Core
