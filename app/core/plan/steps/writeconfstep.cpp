#include "writeconfstep.h"

#include "../../base/tr.h"
#include "../../config/confdiff.h"
#include "../../config/hoconfile.h"
#include "../confrenderer.h"
#include "../steprun.h"

#include <QDateTime>

namespace Ocw::Core {

QString WriteConfStep::name() const
{
    return StepId::OctaneConf;
}

QString WriteConfStep::title() const
{
    return Tr::tr("octane.conf");
}

QString WriteConfStep::statusText() const
{
    return Tr::tr("Writing octane.conf…");
}

QString WriteConfStep::description(const PhaseInputs &, const NodeState &) const
{
    return Tr::tr("Writes only the changed settings, after a timestamped backup, through a "
                  "temporary file and an atomic rename.");
}

bool WriteConfStep::changesNode() const
{
    return true;
}

QString WriteConfStep::doneWhen() const
{
    return Tr::tr("the file already has these settings (then it is not rewritten)");
}

QList<PlannedCommand> WriteConfStep::plannedCommands(const PhaseInputs &,
                                                     const NodeState &node) const
{
    return {{node.commands.readConf().text, Tr::tr("output holds secrets: never kept")},
            {node.commands.backupConf(QStringLiteral("<timestamp>")).text,
             Tr::tr("only when the file exists"), true},
            {node.commands.writeConf().text, Tr::tr("content on stdin")}};
}

QList<PlannedFile> WriteConfStep::plannedFiles(const PhaseInputs &in, const NodeState &node) const
{
    const QString owner =
        in.release.confOwner().isEmpty() ? in.profile.installUser : in.release.confOwner();
    const QString mode = QStringLiteral("0") + QString::number(in.release.confMode(), 8);
    return {{node.commands.confFile(), owner, mode, Tr::tr("site settings (holds secrets)")},
            {node.commands.confFile() + QStringLiteral(".<timestamp>.bak"), owner, mode,
             Tr::tr("backup of the file it replaces, when one exists")}};
}

QString WriteConfStep::afterCancel(const PhaseInputs &, const NodeState &node) const
{
    return Tr::tr("%1 is either the old file or the new one, never a mix (it is replaced by an "
                  "atomic rename); the server was not started.")
        .arg(node.commands.confFile());
}

QString WriteConfStep::plannedForm(const QString &command, const NodeState &node) const
{
    const QString prefix = node.commands.confFile() + QLatin1Char('.');
    const int at = command.indexOf(prefix + QStringLiteral("20"));
    if (at < 0 || !command.contains(QLatin1String(".bak")))
        return command;
    // cp -p FILE FILE.<yyyyMMdd-HHmmss>.bak
    QString planned = command;
    planned.replace(at + prefix.size(), 15, QStringLiteral("<timestamp>"));
    return planned;
}

CheckResult WriteConfStep::run(StepRun &run) const
{
    const QString node = run.nodeName();
    const QString file = run.commands().confFile();
    const Expected<ExecResult> read = run.exec(run.commands().readConf());
    if (!read)
        return run.fail(read.error());
    const bool exists = read->exitStatus == 0;
    if (!exists && read->exitStatus != 3) {
        return run.fail(Tr::tr("%1: cannot read %2: %3")
                            .arg(node, file, QString::fromUtf8(read->stdErr).trimmed()));
    }
    const Expected<ConfRenderer::Output> rendered =
        ConfRenderer(run.in.profile, run.in.release)
            .render(exists ? read->stdOut : QByteArray(), run.in.confSecrets);
    if (!rendered)
        return run.fail(rendered.error());
    if (rendered->identical)
        return run.pass(
            Tr::tr("%1: %2 already has these settings; not rewritten.").arg(node, file));
    QString backupNote;
    if (exists) {
        const QString timestamp =
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const Expected<ExecResult> backup = run.exec(run.commands().backupConf(timestamp));
        if (!backup || backup->exitStatus != 0)
            return run.fail(
                Tr::tr("%1: could not back up %2; nothing was written.").arg(node, file));
        backupNote = Tr::tr(", backup %1.%2.bak").arg(file, timestamp);
    }
    const Expected<ExecResult> write =
        run.exec(run.commands().writeConf(), rendered->text.toUtf8());
    if (!write || write->exitStatus != 0) {
        const QString said =
            write ? QString::fromUtf8(write->stdErr).trimmed() : write.error().message;
        return run.fail(Tr::tr("%1: writing %2 failed: %3").arg(node, file, said),
                        said.contains(QLatin1String("No space"))
                            ? Tr::tr("Free space on the install file system.")
                            : QString());
    }
    // What changed, secrets masked: the diff against the file that was there (or the new file).
    const Expected<HoconFile> before = HoconFile::parse(exists ? read->stdOut : QByteArray());
    const Expected<HoconFile> after = HoconFile::parse(rendered->text.toUtf8());
    run.setOutput(before && after
                      ? ConfDiff::redactedUnified(*before, *after, run.in.release.secretKeyPaths())
                      : rendered->redactedText);
    return run.pass(Tr::tr("%1: %2 written (%3 changed: %4%5).")
                        .arg(node, file)
                        .arg(rendered->changedKeys.size())
                        .arg(rendered->changedKeys.join(QStringLiteral(", ")), backupNote));
}

} // namespace Ocw::Core
