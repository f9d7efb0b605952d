#include "fetchpackagestep.h"

#include "../../base/displaytext.h"
#include "../../base/tr.h"
#include "../../ssh/fileuploader.h"
#include "../steprun.h"
#include "uploadpackagestep.h"

namespace Ocw::Core {

QString FetchPackageStep::name() const
{
    return StepId::FetchFromShare;
}

QString FetchPackageStep::title() const
{
    return Tr::tr("Package from the share");
}

QString FetchPackageStep::statusText() const
{
    return Tr::tr("Copying the package from the shared repository…");
}

QString FetchPackageStep::description(const PhaseInputs &, const NodeState &node) const
{
    return Tr::tr("Copies the package from %1 into %2 (private to the login user), verifying "
                  "its SHA-256; nothing crosses your link. Uploads from the workstation instead "
                  "when the share has no copy.")
        .arg(node.commands.sharedPackage(), node.commands.stagingDir());
}

bool FetchPackageStep::changesNode() const
{
    return true;
}

QString FetchPackageStep::doneWhen() const
{
    return Tr::tr("the staged package is there with the same SHA-256");
}

QList<PlannedCommand> FetchPackageStep::plannedCommands(const PhaseInputs &in,
                                                        const NodeState &node) const
{
    return {
        {node.commands.installedQuery().text, Tr::tr("installed already? then nothing is copied")},
        {node.commands.fetchFromShare(in.packageSha256).text,
         Tr::tr("verifies the SHA-256 while copying; the folder must be private")}};
}

QList<PlannedFile> FetchPackageStep::plannedFiles(const PhaseInputs &, const NodeState &node) const
{
    return {{node.commands.stagedPackage(), QString(), QStringLiteral("0644"),
             Tr::tr("the package, removed after a successful install")}};
}

QString FetchPackageStep::afterCancel(const PhaseInputs &, const NodeState &node) const
{
    return Tr::tr("A partial copy may stay in %1.part (the next run copies again); nothing was "
                  "installed.")
        .arg(node.commands.stagedPackage());
}

QString FetchPackageStep::plannedForm(const QString &command, const NodeState &) const
{
    return FileUploader::plannedForm(command);
}

CheckResult FetchPackageStep::run(StepRun &run) const
{
    QString installed;
    if (UploadPackageStep::alreadyInstalled(run, &installed))
        return run.pass(Tr::tr("%1: Octane is installed already (%2): the package is not copied "
                               "again.")
                            .arg(run.nodeName(), installed));
    if (!run.in.share->staged || run.in.packageSha256.isEmpty()) {
        // No copy in the share (no room there): this node gets its own upload.
        CheckResult r = UploadPackageStep::uploadFromWorkstation(run);
        r.checkId = id();
        if (r.verdict == Verdict::Pass)
            r.message += QLatin1Char(' ') + Tr::tr("(The share holds no copy: uploaded from the "
                                                   "workstation.)");
        return r;
    }
    const Expected<ExecResult> fetched =
        run.exec(run.commands().fetchFromShare(run.in.packageSha256), {}, 600000);
    if (!fetched)
        return run.fail(fetched.error());
    const QString out = QString::fromUtf8(fetched->stdOut);
    const QString staged = run.commands().stagedPackage();
    if (fetched->exitStatus == 6) {
        QString unsafe;
        for (const QString &line : out.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("unsafe=")))
                unsafe = line.mid(7);
        return run.fail(Tr::tr("%1: refusing to stage the package: %2.")
                            .arg(run.nodeName(), DisplayText::escaped(unsafe)),
                        Tr::tr("Another user of %1 may have created %2: find out who, remove it, "
                               "and run again; the wizard then creates it, private to the login "
                               "user.")
                            .arg(run.nodeName(), run.commands().stagingDir()));
    }
    if (fetched->exitStatus == 5)
        return run.fail(Tr::tr("%1: the package in the shared repository (%2) does not match its "
                               "SHA-256; it was not used.")
                            .arg(run.nodeName(), run.commands().sharedPackage()),
                        Tr::tr("Run again: the package is staged anew."));
    if (fetched->exitStatus != 0)
        return run.fail(
            Tr::tr("%1: copying the package from %2 failed (exit %3): %4")
                .arg(run.nodeName(), run.commands().sharedPackage())
                .arg(fetched->exitStatus)
                .arg(QString::fromUtf8(fetched->stdErr).trimmed().right(300)),
            fetched->exitStatus == 4
                ? Tr::tr("The install user could not read the share on %1: check "
                         "that the repository is the same share there.")
                      .arg(run.nodeName())
                : Tr::tr("Free space in the login user's home on %1.").arg(run.nodeName()));
    run.node.packageSha256 = run.in.packageSha256;
    return run.pass(out.contains(QLatin1String("already=yes"))
                        ? Tr::tr("%1: %2 already there, verified.").arg(run.nodeName(), staged)
                        : Tr::tr("%1: copied from the shared repository to %2, SHA-256 verified.")
                              .arg(run.nodeName(), staged));
}

} // namespace Ocw::Core
