#include "repositoryconfeditstep.h"

#include "../../base/tr.h"
#include "../../config/confdiff.h"
#include "../../config/confvalidator.h"
#include "../../config/hoconfile.h"
#include "../steprun.h"

#include <QDateTime>

namespace Ocw::Core {

namespace {
QStringList editedPaths(const PhaseInputs &in)
{
    QStringList paths;
    for (const ConfEdit &edit : in.confEdits)
        paths.append(edit.path);
    return paths;
}

QString modeText(int mode)
{
    return QStringLiteral("0") + QString::number(mode, 8);
}
} // namespace

QString RepositoryConfEditStep::name() const
{
    return StepId::EditConf;
}

QString RepositoryConfEditStep::title() const
{
    return Tr::tr("Shared octane.conf changed");
}

QString RepositoryConfEditStep::statusText() const
{
    return Tr::tr("Changing the shared octane.conf…");
}

QString RepositoryConfEditStep::description(const PhaseInputs &in, const NodeState &node) const
{
    return Tr::tr("Sets %1 in %2 (never octane.conf.new): validated as the server would, "
                  "backed up, then replaced atomically. Every node reads it at its next start.")
        .arg(editedPaths(in).join(QStringLiteral(", ")), node.commands.repositoryConfFile());
}

bool RepositoryConfEditStep::changesNode() const
{
    return true;
}

QString RepositoryConfEditStep::doneWhen() const
{
    return Tr::tr("the file already has these values (then it is not rewritten)");
}

QList<PlannedCommand> RepositoryConfEditStep::plannedCommands(const PhaseInputs &in,
                                                              const NodeState &node) const
{
    QList<PlannedCommand> commands{
        {node.commands.repositoryConfEditState().text, Tr::tr("owner and mode, no symbolic link")},
        {node.commands.readRepositoryConfAsOwner().text,
         Tr::tr("output holds secrets: never kept")}};
    if (in.previewOnly)
        return commands;
    commands.append({node.commands.backupRepositoryConf(QStringLiteral("<timestamp>")).text,
                     Tr::tr("only when a value changes"), true});
    commands.append({node.commands.writeRepositoryConf().text, Tr::tr("content on stdin"), true});
    return commands;
}

QList<PlannedFile> RepositoryConfEditStep::plannedFiles(const PhaseInputs &in,
                                                        const NodeState &node) const
{
    if (in.previewOnly)
        return {};
    const QString file = node.commands.repositoryConfFile();
    const QString mode = modeText(in.release.confMode());
    return {{file, in.profile.installUser, mode, Tr::tr("shared settings (holds secrets)")},
            {file + QStringLiteral(".<timestamp>.bak"), in.profile.installUser, mode,
             Tr::tr("backup of the file it replaces")}};
}

QString RepositoryConfEditStep::afterCancel(const PhaseInputs &, const NodeState &node) const
{
    return Tr::tr("%1 is either the old file or the new one, never a mix (atomic rename); no "
                  "node was restarted.")
        .arg(node.commands.repositoryConfFile());
}

QString RepositoryConfEditStep::plannedForm(const QString &command, const NodeState &node) const
{
    const QString prefix = node.commands.repositoryConfFile() + QLatin1Char('.');
    const int at = command.indexOf(prefix + QStringLiteral("20"));
    if (at < 0 || !command.contains(QLatin1String(".bak")))
        return command;
    QString planned = command; // cp -p -- FILE FILE.<yyyyMMdd-HHmmss>.bak
    planned.replace(at + prefix.size(), 15, QStringLiteral("<timestamp>"));
    return planned;
}

CheckResult RepositoryConfEditStep::run(StepRun &run) const
{
    const QString node = run.nodeName();
    const QString file = run.commands().repositoryConfFile();
    const QString user = run.in.profile.installUser;
    const Expected<ExecResult> state = run.exec(run.commands().repositoryConfEditState());
    if (!state)
        return run.fail(state.error());
    if (state->exitStatus == 3) {
        return run.fail(Tr::tr("%1: %2 does not exist: the cluster is not installed, or the "
                               "first node never shared its octane.conf.")
                            .arg(node, file),
                        Tr::tr("Install the first node first (install --phase first-node), then "
                               "change its settings here."));
    }
    if (state->exitStatus == 4) {
        return run.fail(Tr::tr("%1: %2 or its folder is a symbolic link; it is not followed "
                               "(it could point anywhere %3 can write).")
                            .arg(node, file, user),
                        Tr::tr("Replace the link by the real file (owned by %1, mode 0600), then "
                               "run again.")
                            .arg(user));
    }
    const QStringList lines =
        QString::fromUtf8(state->stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (state->exitStatus != 0 || lines.size() != 2) {
        return run.fail(
            Tr::tr("%1: cannot read %2 as %3: %4")
                .arg(node, file, user, QString::fromUtf8(state->stdErr).trimmed()),
            Tr::tr("The file and its folder must belong to the install user %1.").arg(user));
    }
    for (const QString &line : lines) {
        const QString owner = line.section(QLatin1Char(' '), 0, 0);
        if (owner != user) {
            return run.fail(
                Tr::tr("%1: %2 belongs to %3, not to the install user %4: the server would "
                       "refuse it.")
                    .arg(node,
                         lines.indexOf(line) == 0 ? file.section(QLatin1Char('/'), 0, -2) : file,
                         owner, user),
                Tr::tr("chown %1 it on a node, then run again.").arg(user));
        }
    }

    const Expected<ExecResult> read = run.exec(run.commands().readRepositoryConfAsOwner());
    if (!read)
        return run.fail(read.error());
    if (read->exitStatus != 0)
        return run.fail(Tr::tr("%1: cannot read %2: %3")
                            .arg(node, file, QString::fromUtf8(read->stdErr).trimmed()));
    const Expected<HoconFile> before = HoconFile::parse(read->stdOut, file);
    if (!before) {
        return run.fail(
            Tr::tr("%1: %2 cannot be parsed: %3").arg(node, file, before.error().message),
            Tr::tr("Correct the file by hand (its backups are next to it); nothing "
                   "was changed."));
    }
    QList<ConfEdit> edits = run.in.confEdits;
    for (ConfEdit &edit : edits) {
        if (!edit.secret)
            continue;
        if (!run.in.confSecrets.contains(edit.path))
            return run.fail(Tr::tr("%1: no value for the secret %2").arg(node, edit.path));
        edit.value = run.in.confSecrets.value(edit.path);
    }
    HoconFile after = *before;
    const Expected<QStringList> changed = ConfEdit::apply(edits, &after);
    if (!changed)
        return run.fail(Tr::tr("%1: %2: %3").arg(node, file, changed.error().message));

    // The whole file as the server reads it at the next start: a change that would stop every
    // node is refused here, before the roll.
    const QList<FieldIssue> issues =
        ConfValidator(run.in.release).validate(after, ConfContext::fromProfile(run.in.profile));
    if (!issues.isEmpty()) {
        QStringList said;
        for (const FieldIssue &issue : issues)
            said.append(issue.field + QStringLiteral(": ") + issue.message);
        return run.fail((edits.isEmpty() ? Tr::tr("%1: as it is, %2 would be refused by the "
                                                  "server at the next start (%3).")
                                         : Tr::tr("%1: with this change %2 would be refused by "
                                                  "the server (%3); nothing was written."))
                            .arg(node, file, said.join(QStringLiteral("; "))),
                        Tr::tr("Correct the values (--set) and run again."));
    }
    // The schema's secrets and the keystore's password (set by the secure deployment).
    QStringList secretPaths = run.in.release.secretKeyPaths();
    if (!run.in.release.secure().keystorePasswordKey.isEmpty())
        secretPaths.append(run.in.release.secure().keystorePasswordKey);
    if (changed->isEmpty()) {
        // A read (the page's "Read the current configuration"): the file, secrets masked.
        if (run.in.previewOnly)
            run.setOutput(before->redactedText(secretPaths));
        return run.pass(Tr::tr("%1: %2 already has these values; not rewritten.").arg(node, file));
    }
    run.setOutput(ConfDiff::redactedUnified(*before, after, secretPaths, file));
    if (run.in.previewOnly) {
        return run.pass(Tr::tr("%1: %2 would change (%3); a preview: nothing was written.")
                            .arg(node, file, changed->join(QStringLiteral(", "))));
    }
    const QString timestamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const Expected<ExecResult> backup = run.exec(run.commands().backupRepositoryConf(timestamp));
    if (!backup || backup->exitStatus != 0)
        return run.fail(Tr::tr("%1: could not back up %2; nothing was written.").arg(node, file));
    const Expected<ExecResult> write =
        run.exec(run.commands().writeRepositoryConf(), after.text().toUtf8());
    if (!write || write->exitStatus != 0) {
        const QString said =
            write ? QString::fromUtf8(write->stdErr).trimmed() : write.error().message;
        return run.fail(
            Tr::tr("%1: writing %2 failed, the old file is still there: %3").arg(node, file, said),
            said.contains(QLatin1String("No space"))
                ? Tr::tr("Free space in the shared repository.")
                : QString());
    }
    run.in.sharedConfChanged->store(true);
    return run.pass(Tr::tr("%1: %2 written (%3 changed: %4), backup %2.%5.bak; every node "
                           "takes it at its next start.")
                        .arg(node, file)
                        .arg(changed->size())
                        .arg(changed->join(QStringLiteral(", ")), timestamp));
}

} // namespace Ocw::Core
