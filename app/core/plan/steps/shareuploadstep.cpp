#include "shareuploadstep.h"

#include "../../base/tr.h"
#include "../../ssh/fileuploader.h"
#include "../steprun.h"

namespace Ocw::Core {

namespace {
UploadRequest shareRequest(const PhaseInputs &in, const NodeState &node)
{
    UploadRequest request;
    request.localPath = in.packagePath;
    request.remotePath = node.commands.sharedPackage();
    request.mode = QStringLiteral("0600");
    // Written as the install user, who owns the repository (also on an NFS share that squashes
    // root), into a folder only that user can enter; the nodes read it through that user.
    request.commandPrefix = node.commands.installUserPrefix();
    request.owner = in.profile.installUser;
    request.privateFolder = true;
    return request;
}
} // namespace

QString ShareUploadStep::name() const
{
    return StepId::ShareUpload;
}

QString ShareUploadStep::title() const
{
    return Tr::tr("Package in the shared repository");
}

QString ShareUploadStep::statusText() const
{
    return Tr::tr("Staging the package in the shared repository…");
}

QString ShareUploadStep::description(const PhaseInputs &in, const NodeState &node) const
{
    return Tr::tr("Uploads %1 once from the workstation into %2 (private to %3) when the share "
                  "has room for twice the package; every node then copies it from there. "
                  "Without room, each node gets its own upload.")
        .arg(in.packagePath, node.commands.shareStagingDir(), in.profile.installUser);
}

bool ShareUploadStep::changesNode() const
{
    return true;
}

QString ShareUploadStep::doneWhen() const
{
    return Tr::tr("the share holds the package with the same SHA-256 (a .part is resumed)");
}

QList<PlannedCommand> ShareUploadStep::plannedCommands(const PhaseInputs &in,
                                                       const NodeState &node) const
{
    QList<PlannedCommand> planned{
        {node.commands.shareFreeSpace().text, Tr::tr("room for twice the package?")}};
    for (const QString &c : FileUploader::plannedCommands(shareRequest(in, node), in.packageSha256))
        planned.append({c, Tr::tr("only when there is room"), true});
    return planned;
}

QString ShareUploadStep::afterCancel(const PhaseInputs &, const NodeState &node) const
{
    return Tr::tr("What was sent stays in %1.part until the clean-up at the end of the phase.")
        .arg(node.commands.sharedPackage());
}

QString ShareUploadStep::plannedForm(const QString &command, const NodeState &) const
{
    return FileUploader::plannedForm(command);
}

CheckResult ShareUploadStep::run(StepRun &run) const
{
    // Every node was asked before: when all of them have Octane, nothing crosses the link.
    if (run.in.share->probed && run.in.share->nodesNeedingPackage == 0)
        return run.pass(Tr::tr("%1: every node has Octane installed already: nothing to stage.")
                            .arg(run.nodeName()));
    const Expected<ExecResult> df = run.exec(run.commands().shareFreeSpace());
    if (!df)
        return run.fail(df.error());
    qint64 available = -1;
    QString mount;
    const bool parsed =
        df->exitStatus == 0 && FileUploader::parseDf(df->stdOut, &available, &mount);
    const qint64 wanted = 2 * run.in.packageBytes;
    if (!parsed || available < wanted) {
        return run.warn(
            Tr::tr("%1: the shared repository %2 has %3 free, less than twice the package (%4): "
                   "each node gets its own upload from the workstation instead.")
                .arg(run.nodeName(), run.in.profile.repositoryDir,
                     parsed ? FileUploader::formatBytes(available) : Tr::tr("an unknown amount"),
                     FileUploader::formatBytes(wanted)),
            Tr::tr("Free space in the repository to send the package over your link only once."));
    }
    FileUploader uploader(run.shell());
    uploader.setProgressCallback([&run](const UploadProgress &p) {
        if (p.phase == UploadProgress::Phase::Sending)
            run.progress(Tr::tr("Staging %1 of %2 in the shared repository (%3/s)…")
                             .arg(FileUploader::formatBytes(p.bytesSent),
                                  FileUploader::formatBytes(p.bytesTotal),
                                  FileUploader::formatBytes(qint64(p.bytesPerSecond))));
    });
    UploadRequest request = shareRequest(run.in, run.node);
    if (run.commands().needsPasswordOnStdin())
        request.stdinPreamble = run.sudoPassword().toUtf8() + '\n';
    const Expected<UploadResult> uploaded = uploader.upload(request);
    if (!uploaded)
        return run.fail(uploaded.error());
    run.node.bytesSent += uploaded->bytesTransferred;
    run.in.share->staged = true;
    CheckResult r = run.pass(Tr::tr("%1: package staged in %2 (%3 sent); the nodes copy it from "
                                    "there.")
                                 .arg(run.nodeName(), request.remotePath,
                                      FileUploader::formatBytes(uploaded->bytesTransferred)));
    r.bytesSent = uploaded->bytesTransferred;
    return r;
}

} // namespace Ocw::Core
