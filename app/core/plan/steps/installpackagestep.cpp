#include "installpackagestep.h"

#include "../../base/tr.h"
#include "../steprun.h"

#include <QFileInfo>

namespace Ocw::Core {

QString InstallPackageStep::name() const
{
    return StepId::Install;
}

QString InstallPackageStep::title() const
{
    return Tr::tr("Package installation");
}

QString InstallPackageStep::statusText() const
{
    return Tr::tr("Installing the package…");
}

QString InstallPackageStep::description(const PhaseInputs &, const NodeState &node) const
{
    return Tr::tr("Installs the package with the release's %1 command unless it is already "
                  "installed: from a copy in a fresh folder only root can enter, whose SHA-256 "
                  "is compared right before; then removes the staged package.")
        .arg(node.commands.packageKindName());
}

bool InstallPackageStep::changesNode() const
{
    return true;
}

QString InstallPackageStep::doneWhen() const
{
    return Tr::tr("the package database (or the unpacked tree) says it is installed and the tree "
                  "is whole");
}

QList<PlannedCommand> InstallPackageStep::plannedCommands(const PhaseInputs &in,
                                                          const NodeState &node) const
{
    const QString sha = in.packageSha256.isEmpty() ? QStringLiteral("<sha256>") : in.packageSha256;
    return {{node.commands.installedQuery().text, QString()},
            {node.commands.installIntact().text, Tr::tr("only when installed already"), true},
            {node.commands.install(sha).text, QString()},
            {node.commands.removeStaged().text, Tr::tr("after a successful install")}};
}

QString InstallPackageStep::afterCancel(const PhaseInputs &, const NodeState &) const
{
    return Tr::tr("The package may be partly installed; the next run checks the package "
                  "database and the files before doing anything.");
}

QString InstallPackageStep::plannedForm(const QString &command, const NodeState &node) const
{
    // The digest comes from the upload when the plan did not know it.
    if (node.digestLearnt && !node.packageSha256.isEmpty())
        return QString(command).replace(node.packageSha256, QStringLiteral("<sha256>"));
    return command;
}

CheckResult InstallPackageStep::run(StepRun &run) const
{
    const QString node = run.nodeName();
    const QString sha =
        run.node.packageSha256.isEmpty() ? run.in.packageSha256 : run.node.packageSha256;
    const RemoteCommand install = run.commands().install(sha);
    if (install.isEmpty()) {
        return run.fail(Tr::tr("The release %1 does not know how to install %2.")
                            .arg(run.in.release.id(), run.commands().packageFileName()),
                        Tr::tr("Use a package of a kind the release definition lists (rpm, "
                               "tar.gz)."));
    }
    const Expected<ExecResult> query = run.exec(run.commands().installedQuery());
    if (!query)
        return run.fail(query.error());
    if (query->exitStatus == 0) {
        // The package database can outlive the files (a wiped or re-mounted install dir):
        // say so instead of starting a server that is not there. Nothing is changed.
        const Expected<ExecResult> intact = run.exec(run.commands().installIntact());
        if (intact && intact->exitStatus != 0) {
            return run.fail(Tr::tr("%1: the package database says Octane is installed (%2), but "
                                   "%3 is incomplete: the installation is damaged.")
                                .arg(node, QString::fromUtf8(query->stdOut).trimmed(),
                                     run.in.profile.installDir),
                            Tr::tr("Remove the package (e.g. rpm -e octane) and run this step "
                                   "again."));
        }
        const QString what = QString::fromUtf8(query->stdOut).trimmed();
        return run.pass(Tr::tr("%1: already installed (%2); not installed again.")
                            .arg(node, what.isEmpty()
                                           ? Tr::tr("unpacked in %1").arg(run.in.profile.installDir)
                                           : what));
    }
    if (sha.isEmpty())
        return run.fail(
            Tr::tr("%1: the package's SHA-256 is not known; nothing was installed.").arg(node));
    const Expected<ExecResult> done = run.exec(install, {}, 600000);
    if (!done)
        return run.fail(done.error());
    if (done->exitStatus == 5) {
        return run.fail(Tr::tr("%1: %2 changed after it was verified; it was not installed.")
                            .arg(node, run.commands().stagedPackage()),
                        Tr::tr("Someone with access to %1 on %2 altered it: find out who, then "
                               "run again (the package is staged anew).")
                            .arg(run.commands().stagingDir(), node));
    }
    if (done->exitStatus != 0) {
        const QString said = QString::fromUtf8(done->stdErr + done->stdOut).trimmed();
        return run.fail(Tr::tr("%1: the installation failed (exit %2): %3")
                            .arg(node)
                            .arg(done->exitStatus)
                            .arg(said.right(300)),
                        said.contains(QLatin1String("OCTANE_REPOSITORY_DIR"))
                            ? Tr::tr("Set OCTANE_REPOSITORY_DIR in /etc/environment and create "
                                     "the repository directory first.")
                            : Tr::tr("See the output above; fix the cause and run the step "
                                     "again."));
    }
    // The staged copy has served; a failure to remove it is only worth a note.
    const Expected<ExecResult> removed = run.exec(run.commands().removeStaged());
    if (!removed || removed->exitStatus != 0)
        run.addOutput(
            Tr::tr("note: %1 could not be removed\n").arg(run.commands().stagedPackage()));
    return run.pass(Tr::tr("%1: package installed.").arg(node));
}

} // namespace Ocw::Core
