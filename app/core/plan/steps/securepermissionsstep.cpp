#include "securepermissionsstep.h"

#include "../../base/tr.h"
#include "../steprun.h"

namespace Ocw::Core {

namespace {
// What is wrong with "<owner> <mode> <path>" lines: the conf folder open to others, a file not
// the install user's or readable by anyone else.
QStringList problemsOf(const QString &state, const QString &user, const QString &dir)
{
    QStringList problems;
    for (const QString &line : state.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString owner = line.section(QLatin1Char(' '), 0, 0);
        const QString modeText = line.section(QLatin1Char(' '), 1, 1);
        const QString path = line.section(QLatin1Char(' '), 2);
        const int mode = modeText.toInt(nullptr, 8);
        if (owner == QLatin1String("link")) {
            problems.append(Tr::tr("%1 is a symbolic link").arg(path));
            continue;
        }
        if (path == dir) {
            if (mode & 07)
                problems.append(Tr::tr("%1 is open to other users (mode %2)").arg(path, modeText));
            continue;
        }
        if (owner != user)
            problems.append(Tr::tr("%1 belongs to %2").arg(path, owner));
        if (mode & 077)
            problems.append(Tr::tr("%1 has mode %2").arg(path, modeText));
    }
    return problems;
}
} // namespace

QString SecurePermissionsStep::name() const
{
    return StepId::Permissions;
}

QString SecurePermissionsStep::title() const
{
    return Tr::tr("Permissions");
}

QString SecurePermissionsStep::statusText() const
{
    return Tr::tr("Restricting octane.conf and the keystore…");
}

QString SecurePermissionsStep::description(const PhaseInputs &in, const NodeState &node) const
{
    return Tr::tr("%1 and %2: owned by %3, mode 0600; %4: no access for other users. Only what "
                  "differs is changed.")
        .arg(node.commands.confFile(), node.commands.keystoreFile(), in.profile.installUser,
             node.commands.confFile().section(QLatin1Char('/'), 0, -2));
}

bool SecurePermissionsStep::changesNode() const
{
    return true;
}

QString SecurePermissionsStep::doneWhen() const
{
    return Tr::tr("the owners and modes are already these");
}

QList<PlannedCommand> SecurePermissionsStep::plannedCommands(const PhaseInputs &,
                                                             const NodeState &node) const
{
    return {
        {node.commands.securePermissionsState().text, QString()},
        {node.commands.securePermissionsApply().text, Tr::tr("only when something differs"), true}};
}

QList<PlannedFile> SecurePermissionsStep::plannedFiles(const PhaseInputs &in,
                                                       const NodeState &node) const
{
    const QString user = in.profile.installUser;
    return {
        {node.commands.confFile(), user, QStringLiteral("0600"), Tr::tr("owner and mode only")},
        {node.commands.keystoreFile(), user, QStringLiteral("0600"), Tr::tr("owner and mode only")},
        {node.commands.confFile().section(QLatin1Char('/'), 0, -2), Tr::tr("as it was"),
         QStringLiteral("o-rwx"), Tr::tr("closed to other users")}};
}

QString SecurePermissionsStep::afterCancel(const PhaseInputs &, const NodeState &) const
{
    return Tr::tr("Some files may have their new owner and mode already; run again to finish.");
}

CheckResult SecurePermissionsStep::run(StepRun &run) const
{
    const QString node = run.nodeName();
    const QString user = run.in.profile.installUser;
    const QString dir = run.commands().confFile().section(QLatin1Char('/'), 0, -2);
    const Expected<ExecResult> before = run.exec(run.commands().securePermissionsState());
    if (!before)
        return run.fail(before.error());
    const QStringList problems = problemsOf(QString::fromUtf8(before->stdOut), user, dir);
    for (const QString &p : problems) {
        if (p.contains(Tr::tr("symbolic link")))
            return run.fail(Tr::tr("%1: %2; it is not followed.").arg(node, p),
                            Tr::tr("Replace the link by the real file, then run again."));
    }
    if (problems.isEmpty())
        return run.pass(Tr::tr("%1: octane.conf and the keystore are already 0600 and %2's; %3 is "
                               "closed to others.")
                            .arg(node, user, dir));
    const Expected<ExecResult> applied = run.exec(run.commands().securePermissionsApply());
    if (!applied)
        return run.fail(applied.error());
    if (applied->exitStatus != 0)
        return run.fail(Tr::tr("%1: could not change the permissions: %2")
                            .arg(node, QString::fromUtf8(applied->stdErr).trimmed()));
    const Expected<ExecResult> after = run.exec(run.commands().securePermissionsState());
    if (!after)
        return run.fail(after.error());
    const QStringList left = problemsOf(QString::fromUtf8(after->stdOut), user, dir);
    run.node.secureChanged = true;
    run.setOutput(Tr::tr("before:\n%1\nafter:\n%2")
                      .arg(QString::fromUtf8(before->stdOut), QString::fromUtf8(after->stdOut)));
    if (!left.isEmpty())
        return run.fail(Tr::tr("%1: still %2").arg(node, left.join(QStringLiteral("; "))));
    return run.pass(Tr::tr("%1: corrected: %2.").arg(node, problems.join(QStringLiteral("; "))));
}

} // namespace Ocw::Core
