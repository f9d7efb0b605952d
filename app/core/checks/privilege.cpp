#include "privilege.h"

#include "../ssh/shellquote.h"
#include "probescript.h"

namespace Ocw::Core {

QString privilegeModeName(PrivilegeMode mode)
{
    switch (mode) {
    case PrivilegeMode::Unknown:
        return QStringLiteral("unknown");
    case PrivilegeMode::Root:
        return QStringLiteral("root");
    case PrivilegeMode::SudoNoPassword:
        return QStringLiteral("sudo-nopasswd");
    case PrivilegeMode::SudoPassword:
        return QStringLiteral("sudo-password");
    case PrivilegeMode::SudoNeedsPassword:
        return QStringLiteral("sudo-needs-password");
    case PrivilegeMode::SudoRequiresTty:
        return QStringLiteral("sudo-requiretty");
    case PrivilegeMode::NoSudo:
        return QStringLiteral("no-sudo");
    }
    return QString();
}

QString PrivilegeProbe::detectCommand()
{
    return QStringLiteral(
        "id -un; id -u; if command -v sudo >/dev/null 2>&1; then sudo -n true 2>&1; "
        "echo \"sudo_rc=$?\"; else echo sudo_rc=notfound; fi");
}

QString PrivilegeProbe::passwordCheckCommand()
{
    return QStringLiteral("sudo -k -S -p '' true 2>&1; echo \"sudo_rc=$?\"");
}

Privilege PrivilegeProbe::parse(const QString &output)
{
    Privilege p;
    const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() < 3)
        return p;
    p.loginUser = lines.at(0).trimmed();
    const QString uid = lines.at(1).trimmed();
    const QString rcLine = lines.last().trimmed();
    const QString said = lines.mid(2, lines.size() - 3).join(QLatin1Char('\n')).trimmed();
    p.detail = said;
    if (uid == QLatin1String("0")) {
        p.mode = PrivilegeMode::Root;
    } else if (rcLine == QLatin1String("sudo_rc=notfound")) {
        p.mode = PrivilegeMode::NoSudo;
        p.detail = QStringLiteral("sudo is not installed");
    } else if (rcLine == QLatin1String("sudo_rc=0")) {
        p.mode = PrivilegeMode::SudoNoPassword;
    } else if (said.contains(QLatin1String("must have a tty")) ||
               said.contains(QLatin1String("requiretty"))) {
        p.mode = PrivilegeMode::SudoRequiresTty;
    } else if (said.contains(QLatin1String("password is required"))) {
        p.mode = PrivilegeMode::SudoNeedsPassword;
    } else {
        // "is not in the sudoers file", "may not run sudo", "not allowed to execute".
        p.mode = PrivilegeMode::NoSudo;
    }
    return p;
}

Expected<Privilege> PrivilegeProbe::detect(RemoteShell &shell, const QString &sudoPassword,
                                           QStringList *commands, QString *output)
{
    ExecRequest request;
    request.command = detectCommand();
    request.timeoutMs = 15000;
    commands->append(request.command);
    const Expected<ExecResult> r = shell.exec(request);
    if (!r)
        return r.error();
    *output += QString::fromUtf8(r->stdOut + r->stdErr);
    Privilege p = parse(QString::fromUtf8(r->stdOut));
    if (p.mode != PrivilegeMode::SudoNeedsPassword || sudoPassword.isEmpty())
        return p;

    ExecRequest check;
    check.command = passwordCheckCommand();
    check.stdinData = sudoPassword.toUtf8() + '\n';
    check.timeoutMs = 15000;
    commands->append(check.command + QStringLiteral("   # password on stdin"));
    const Expected<ExecResult> c = shell.exec(check);
    if (!c)
        return c.error();
    const QString said = QString::fromUtf8(c->stdOut).trimmed();
    *output += QStringLiteral("\n") + said;
    return afterPasswordCheck(p, said);
}

Privilege PrivilegeProbe::afterPasswordCheck(Privilege p, const QString &output)
{
    const QString said = output.trimmed();
    if (said.endsWith(QLatin1String("sudo_rc=0"))) {
        p.mode = PrivilegeMode::SudoPassword;
    } else {
        p.detail = said.section(QLatin1Char('\n'), 0, -2).trimmed();
        if (p.detail.isEmpty())
            p.detail = QStringLiteral("sudo refused the password");
    }
    return p;
}

QString PrivilegeProbe::runAsCommand(const Privilege &privilege, const QString &user)
{
    const QString shell = ProbeScript::shellCommand();
    if (user == privilege.loginUser)
        return shell;
    switch (privilege.mode) {
    case PrivilegeMode::Root:
        return QStringLiteral("runuser -u %1 -- %2").arg(ShellQuote::quote(user), shell);
    case PrivilegeMode::SudoNoPassword:
        return QStringLiteral("sudo -n -u %1 -- %2").arg(ShellQuote::quote(user), shell);
    case PrivilegeMode::SudoPassword:
        return QStringLiteral("sudo -k -S -p '' -u %1 -- %2").arg(ShellQuote::quote(user), shell);
    default:
        return QString();
    }
}

ExecRequest PrivilegeProbe::runAs(const Privilege &privilege, const QString &user,
                                  const QByteArray &script, const QString &sudoPassword,
                                  int timeoutMs)
{
    ExecRequest request;
    request.command = runAsCommand(privilege, user);
    request.timeoutMs = timeoutMs;
    if (request.command.isEmpty())
        return request;
    if (privilege.mode == PrivilegeMode::SudoPassword && user != privilege.loginUser)
        request.stdinData = sudoPassword.toUtf8() + '\n' + script;
    else
        request.stdinData = script;
    return request;
}

} // namespace Ocw::Core
