#include "uploadpackagestep.h"

#include "../../base/tr.h"
#include "../../ssh/fileuploader.h"
#include "../steprun.h"

#include <QFileInfo>

namespace Ocw::Core {

namespace {
UploadRequest stagingRequest(const PhaseInputs &in, const NodeState &node)
{
    UploadRequest request;
    request.localPath = in.packagePath;
    request.remotePath = node.commands.stagedPackage();
    request.mode = QStringLiteral("0644");
    // rpm then runs as root on a copy of this file: no one but the login user may reach into
    // its folder.
    request.privateFolder = true;
    return request;
}
} // namespace

QString UploadPackageStep::name() const
{
    return StepId::Upload;
}

QString UploadPackageStep::title() const
{
    return Tr::tr("Package upload");
}

QString UploadPackageStep::statusText() const
{
    return Tr::tr("Uploading the package…");
}

QString UploadPackageStep::description(const PhaseInputs &in, const NodeState &node) const
{
    return Tr::tr("Uploads %1 (%2 bytes, SHA-256 %3) from the workstation into %4, private to "
                  "the login user; resumable, verified on the node.")
        .arg(in.packagePath)
        .arg(in.packageBytes)
        .arg(in.packageSha256.isEmpty() ? Tr::tr("computed while sending") : in.packageSha256,
             node.commands.stagingDir());
}

bool UploadPackageStep::changesNode() const
{
    return true;
}

QString UploadPackageStep::doneWhen() const
{
    return Tr::tr("the staged package is there with the same SHA-256 (a .part is resumed)");
}

bool UploadPackageStep::alreadyInstalled(StepRun &run, QString *what)
{
    const Expected<ExecResult> query = run.exec(run.commands().installedQuery());
    run.node.alreadyInstalled = query && query->exitStatus == 0;
    *what = query ? QString::fromUtf8(query->stdOut).trimmed() : QString();
    return run.node.alreadyInstalled;
}

QList<PlannedCommand> UploadPackageStep::uploadCommands(const PhaseInputs &in,
                                                        const NodeState &node)
{
    const QStringList commands =
        FileUploader::plannedCommands(stagingRequest(in, node), in.packageSha256);
    const QStringList notes = {
        Tr::tr("creates the folder 0700; refused unless it is the login user's, not writable by "
               "others, not a symlink"),
        Tr::tr("the package's bytes on stdin, hashed as they are written"),
        Tr::tr("compares the SHA-256, sets the mode, renames into place")};
    QList<PlannedCommand> planned{
        {node.commands.installedQuery().text, Tr::tr("installed already? then nothing is sent")}};
    for (int i = 0; i < commands.size(); ++i)
        planned.append({commands.at(i), notes.value(i)});
    return planned;
}

QList<PlannedCommand> UploadPackageStep::plannedCommands(const PhaseInputs &in,
                                                         const NodeState &node) const
{
    return uploadCommands(in, node);
}

QList<PlannedFile> UploadPackageStep::plannedFiles(const PhaseInputs &, const NodeState &node) const
{
    return {{node.commands.stagedPackage(), QString(), QStringLiteral("0644"),
             Tr::tr("the package, removed after a successful install")}};
}

QString UploadPackageStep::afterCancel(const PhaseInputs &, const NodeState &node) const
{
    return Tr::tr("What was sent stays in %1.part and the next run resumes it; nothing was "
                  "installed.")
        .arg(node.commands.stagedPackage());
}

QString UploadPackageStep::plannedForm(const QString &command, const NodeState &) const
{
    return FileUploader::plannedForm(command);
}

CheckResult UploadPackageStep::uploadFromWorkstation(StepRun &run)
{
    QString installed;
    if (alreadyInstalled(run, &installed))
        return run.pass(Tr::tr("%1: Octane is installed already (%2): the package is not sent "
                               "again.")
                            .arg(run.nodeName(), installed));
    FileUploader uploader(run.shell());
    uploader.setProgressCallback([&run](const UploadProgress &p) {
        if (p.phase == UploadProgress::Phase::Sending) {
            run.progress(Tr::tr("Uploading %1 of %2 (%3/s, %4 s left)…")
                             .arg(FileUploader::formatBytes(p.bytesSent),
                                  FileUploader::formatBytes(p.bytesTotal),
                                  FileUploader::formatBytes(qint64(p.bytesPerSecond)))
                             .arg(p.secondsLeft < 0 ? QStringLiteral("?")
                                                    : QString::number(int(p.secondsLeft))));
        } else if (p.phase == UploadProgress::Phase::Verifying) {
            run.progress(Tr::tr("Verifying the package on the node (SHA-256)…"));
        }
    });
    const UploadRequest request = stagingRequest(run.in, run.node);
    const Expected<UploadResult> uploaded = uploader.upload(request);
    if (!uploaded)
        return run.fail(uploaded.error());
    run.node.bytesSent += uploaded->bytesTransferred;
    run.node.digestLearnt = run.in.packageSha256.isEmpty();
    run.node.packageSha256 = QString::fromLatin1(uploaded->sha256Hex);
    const QString how =
        uploaded->bytesTransferred == 0
            ? Tr::tr("already there, verified")
            : (uploaded->resumedFrom > 0
                   ? Tr::tr("resumed at %1").arg(FileUploader::formatBytes(uploaded->resumedFrom))
                   : Tr::tr("%1/s").arg(
                         FileUploader::formatBytes(qint64(uploaded->sendBytesPerSecond()))));
    run.addOutput(QStringLiteral("sha256 %1\n").arg(QString::fromLatin1(uploaded->sha256Hex)));
    CheckResult r = run.pass(Tr::tr("%1: package uploaded to %2 (%3, %4).")
                                 .arg(run.nodeName(), request.remotePath,
                                      FileUploader::formatBytes(uploaded->bytesTotal), how));
    r.bytesSent = uploaded->bytesTransferred;
    return r;
}

CheckResult UploadPackageStep::run(StepRun &run) const
{
    return uploadFromWorkstation(run);
}

} // namespace Ocw::Core
