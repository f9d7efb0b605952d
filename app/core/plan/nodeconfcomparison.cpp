#include "nodeconfcomparison.h"

#include "../base/tr.h"
#include "../checks/privilege.h"
#include "../config/confdiff.h"
#include "../config/hoconfile.h"
#include "../ssh/remoteshell.h"
#include "confrenderer.h"
#include "nodecommands.h"

namespace Ocw::Core {

NodeConfComparison::NodeConfComparison(ClusterProfile profile, ReleaseDefinition release,
                                       QHash<QString, QString> confSecrets, QString sudoPassword)
    : m_profile(std::move(profile))
    , m_release(std::move(release))
    , m_confSecrets(std::move(confSecrets))
    , m_sudoPassword(std::move(sudoPassword))
{
}

ConfComparison NodeConfComparison::run(RemoteShell &shell) const
{
    NodeCommands commands(m_profile, m_release, QString());
    ConfComparison out;
    out.node = m_profile.firstNodeHost();
    out.confFile = commands.confFile();

    QStringList probeCommands;
    QString probeOutput;
    const Expected<Privilege> privilege =
        PrivilegeProbe::detect(shell, m_sudoPassword, &probeCommands, &probeOutput);
    if (!privilege) {
        out.error = privilege.error();
        return out;
    }
    if (!privilege->canRunAsOthers()) {
        out.error = makeError(
            ErrorCode::RemoteCommandFailed,
            Tr::tr("%1: %2 is readable by root only, and %3 cannot use sudo here (%4).")
                .arg(out.node, out.confFile, privilege->loginUser,
                     privilegeModeName(privilege->mode)),
            QString(),
            Tr::tr("Give the login user sudo rights (or the sudo password), or log in as root."));
        return out;
    }
    commands.setPrivilege(*privilege);

    const RemoteCommand readConf = commands.readConf();
    ExecRequest read;
    read.command = readConf.text;
    read.timeoutMs = 30000;
    read.sensitiveOutput = readConf.sensitiveOutput; // the file holds the secrets
    if (readConf.passwordOnStdin)
        read.stdinData = m_sudoPassword.toUtf8() + '\n';
    const Expected<ExecResult> file = shell.exec(read);
    if (!file) {
        out.error = file.error();
        out.error.details.clear(); // a tail of the file could be in there
        return out;
    }
    out.exists = file->exitStatus == 0;
    if (!out.exists && file->exitStatus != 3) {
        out.error =
            makeError(ErrorCode::RemoteCommandFailed,
                      Tr::tr("%1: cannot read %2: %3")
                          .arg(out.node, out.confFile, QString::fromUtf8(file->stdErr).trimmed()));
        return out;
    }
    const QByteArray current = out.exists ? file->stdOut : QByteArray();
    const Expected<ConfRenderer::Output> rendered =
        ConfRenderer(m_profile, m_release).render(current, m_confSecrets);
    if (!rendered) {
        out.error = rendered.error();
        return out;
    }
    out.identical = rendered->identical;
    out.changedKeys = rendered->changedKeys;
    const Expected<HoconFile> before = HoconFile::parse(current);
    const Expected<HoconFile> after = HoconFile::parse(rendered->text.toUtf8());
    if (!before) {
        out.error = makeError(ErrorCode::InvalidInput,
                              Tr::tr("%1: %2 is not valid HOCON: %3")
                                  .arg(out.node, out.confFile, before.error().message));
        return out;
    }
    out.redactedDiff = after
                           ? ConfDiff::redactedUnified(*before, *after, m_release.secretKeyPaths())
                           : rendered->redactedText;
    return out;
}

} // namespace Ocw::Core
