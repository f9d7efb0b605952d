#pragma once

#include "../checks/privilege.h"
#include "../model/clusterprofile.h"
#include "../model/releasedefinition.h"

#include <QString>
#include <QUrl>

namespace Ocw::Core {

// Every shell command of the first-node installation, in ONE place: the dry run (`plan`) and
// the run (FirstNodeJob) both take them from here, so the plan shows exactly what runs.
// User input is quoted (ShellQuote); commands needing root get the privilege prefix
// (`sudo -n`, `sudo -k -S -p ''` with the password on stdin, or nothing for root).
class FirstNodeCommands
{
public:
    FirstNodeCommands(ClusterProfile profile, ReleaseDefinition release, QString packageFileName);

    void setPrivilege(const Privilege &privilege) { m_privilege = privilege; }

    QString node() const { return m_profile.firstNodeHost(); }
    QString stagingDir() const; // where the package is uploaded
    QString stagedPackage() const;
    QString confFile() const;
    QString logFile() const;

    // The prefix that runs a command as root (empty for root).
    QString rootPrefix() const;
    bool needsPasswordOnStdin() const;
    QString asRoot(const QString &shellCommand) const; // `<prefix> sh -c '<command>'`

    QString repositoryEnvCheck() const; // prints the line, exit 1 when missing
    QString repositoryEnvSet() const;   // appends the line to the release's file
    QString installedQuery() const;     // exit 0 and the version when installed
    QString install() const;
    // Exit 0 when the installed tree looks whole (the documented install/ server/ wrapper/).
    QString installIntact() const;
    QString readConf() const; // prints the file, exit 3 when missing
    QString backupConf(const QString &timestamp) const;
    QString writeConf() const; // content on stdin: temp file, owner, mode, rename
    QString serviceStatus() const;
    QString serviceStart() const;
    QString logSize() const;
    QString readLogFrom(qint64 offset) const;

    QString packageKindName() const;

    // Where the sign-in goes: the profile's scheme, the port octane.conf sets, else the
    // release's default port for that scheme.
    QUrl serverUrl() const;

private:
    QString joined(const QStringList &argv) const;

    ClusterProfile m_profile;
    ReleaseDefinition m_release;
    QString m_packageFileName;
    Privilege m_privilege;
};

} // namespace Ocw::Core
