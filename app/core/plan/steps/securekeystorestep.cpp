#include "securekeystorestep.h"

#include "../../base/tr.h"
#include "../steprun.h"
#include "nodefilereplacer.h"

#include <QCryptographicHash>

namespace Ocw::Core {

QString SecureKeystoreStep::name() const
{
    return StepId::Keystore;
}

QString SecureKeystoreStep::title() const
{
    return Tr::tr("Keystore");
}

QString SecureKeystoreStep::statusText() const
{
    return Tr::tr("Copying the keystore…");
}

QString SecureKeystoreStep::description(const PhaseInputs &in, const NodeState &node) const
{
    return Tr::tr("Copies the keystore (certificate SHA-256 %1) to %2: 0600, owned by %3, after a "
                  "timestamped backup of the one it replaces.")
        .arg(in.keystoreFingerprint.isEmpty() ? Tr::tr("read when it runs")
                                              : in.keystoreFingerprint,
             node.commands.keystoreFile(), in.profile.installUser);
}

bool SecureKeystoreStep::changesNode() const
{
    return true;
}

QString SecureKeystoreStep::doneWhen() const
{
    return Tr::tr("the node already has this keystore (same SHA-256)");
}

QList<PlannedCommand> SecureKeystoreStep::plannedCommands(const PhaseInputs &in,
                                                          const NodeState &node) const
{
    const QString file = node.commands.keystoreFile();
    return {{node.commands.fileDigest(file).text, QString()},
            {node.commands.backupFile(file, QStringLiteral("<timestamp>")).text,
             Tr::tr("only when another keystore is there"), true},
            {node.commands
                 .writeFileAtomically(
                     file, in.profile.installUser + QLatin1Char(':') + in.profile.installUser, 0600)
                 .text,
             Tr::tr("the keystore on stdin (never kept)"), true}};
}

QList<PlannedFile> SecureKeystoreStep::plannedFiles(const PhaseInputs &in,
                                                    const NodeState &node) const
{
    const QString file = node.commands.keystoreFile();
    return {{file, in.profile.installUser, QStringLiteral("0600"),
             Tr::tr("the server's keystore (its private key)")},
            {file + QStringLiteral(".<timestamp>.bak"), in.profile.installUser,
             QStringLiteral("0600"),
             Tr::tr("backup of the keystore it replaces, when one exists")}};
}

QString SecureKeystoreStep::afterCancel(const PhaseInputs &, const NodeState &node) const
{
    return Tr::tr("%1 is the old keystore or the new one, never a mix (atomic rename).")
        .arg(node.commands.keystoreFile());
}

CheckResult SecureKeystoreStep::run(StepRun &run) const
{
    const QString node = run.nodeName();
    const QString file = run.commands().keystoreFile();
    if (run.in.keystoreBytes.isEmpty())
        return run.fail(Tr::tr("%1: no keystore was read on this workstation.").arg(node));
    const Expected<ExecResult> digest = run.exec(run.commands().fileDigest(file));
    if (!digest)
        return run.fail(digest.error());
    if (digest->exitStatus == 4)
        return run.fail(Tr::tr("%1: %2 is a symbolic link; it is not followed.").arg(node, file),
                        Tr::tr("Remove the link, then run again."));
    const bool exists = digest->exitStatus == 0;
    if (!exists && digest->exitStatus != 3)
        return run.fail(Tr::tr("%1: cannot read %2: %3")
                            .arg(node, file, QString::fromUtf8(digest->stdErr).trimmed()));
    const QString wanted = QString::fromLatin1(
        QCryptographicHash::hash(run.in.keystoreBytes, QCryptographicHash::Sha256).toHex());
    if (exists && QString::fromUtf8(digest->stdOut).trimmed() == wanted)
        return run.pass(Tr::tr("%1: %2 is already this keystore; not rewritten.").arg(node, file));
    const QString user = run.in.profile.installUser;
    const Expected<QString> backup = NodeFileReplacer::replace(
        run, file, run.in.keystoreBytes, user + QLatin1Char(':') + user, 0600, exists);
    if (!backup)
        return run.fail(backup.error());
    run.node.secureChanged = true;
    return run.pass(Tr::tr("%1: %2 written (0600, %3; certificate SHA-256 %4)%5.")
                        .arg(node, file, user, run.in.keystoreFingerprint,
                             backup->isEmpty() ? QString() : Tr::tr(", backup %1").arg(*backup)));
}

} // namespace Ocw::Core
