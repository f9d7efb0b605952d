#pragma once

#include "../ssh/remoteshell.h"

#include <QMetaType>
#include <QString>

namespace Ocw::Core {

enum class PrivilegeMode {
    Unknown,
    Root,              // logged in as root
    SudoNoPassword,    // sudo -n works
    SudoPassword,      // sudo asks a password, and the one we have works (given on stdin)
    SudoNeedsPassword, // sudo asks a password and we have none, or it was refused
    SudoRequiresTty,   // sudoers has `Defaults requiretty` for this user
    NoSudo,            // not in sudoers, or sudo is not installed
};

QString privilegeModeName(PrivilegeMode mode);

// How the login user may act as root and as the install user on one node.
struct Privilege
{
    PrivilegeMode mode = PrivilegeMode::Unknown;
    QString loginUser;
    QString detail; // what sudo said

    bool canRunAsOthers() const
    {
        return mode == PrivilegeMode::Root || mode == PrivilegeMode::SudoNoPassword ||
               mode == PrivilegeMode::SudoPassword;
    }
};

// Detects the privilege mode of the login user, and builds the exec request that runs a
// script as another user through that mode. The sudo password only ever travels on stdin
// (`sudo -k -S -p ''`: -k so that a cached ticket never lets the password line reach the
// shell as a command). Pure logic over a RemoteShell; runs on the caller's thread.
class PrivilegeProbe
{
public:
    static QString detectCommand();
    static Privilege parse(const QString &output);
    static QString passwordCheckCommand();
    // `privilege` after passwordCheckCommand() printed `output`: SudoPassword when sudo took
    // the password, else what sudo said in its detail.
    static Privilege afterPasswordCheck(Privilege privilege, const QString &output);

    // Runs the detection (one round trip; a second to try the sudo password when needed).
    static Expected<Privilege> detect(RemoteShell &shell, const QString &sudoPassword,
                                      QStringList *commands, QString *output);

    // `script` runs under bash as `user`. Returns an invalid request (empty command) when the
    // privilege mode cannot switch users.
    static ExecRequest runAs(const Privilege &privilege, const QString &user,
                             const QByteArray &script, const QString &sudoPassword, int timeoutMs);
    // The command shown to the user for such a run (never contains the password).
    static QString runAsCommand(const Privilege &privilege, const QString &user);
};

} // namespace Ocw::Core

Q_DECLARE_METATYPE(Ocw::Core::Privilege)
