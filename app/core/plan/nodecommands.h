#pragma once

#include "../checks/privilege.h"
#include "../model/clusterprofile.h"
#include "../model/releasedefinition.h"
#include "remotecommand.h"

#include <QString>
#include <QUrl>

namespace Ocw::Core {

// Every shell command the installation runs on one node, in ONE place: the dry run (the steps'
// plannedCommands(), shown by `plan` and the pages) and the run (the same steps) both take them
// from here, so the plan shows exactly what runs. User input is quoted (ShellQuote); commands
// needing root get the privilege prefix (`sudo -n`, `sudo -k -S -p ''` with the password on
// stdin, or nothing for root) and say so in RemoteCommand::passwordOnStdin.
//
// The package is staged in a folder of the login user's own home, per node (homes are often
// shared between nodes): `~/.octane-cluster-wizard/staging/<node>`, mode 0700, checked before
// every use. It is installed from a copy in a fresh root-only folder (mktemp -d) whose SHA-256
// is compared right before the install, so no other local user can swap it in between.
class NodeCommands
{
public:
    // `node` empty: the profile's first node.
    NodeCommands(ClusterProfile profile, ReleaseDefinition release, QString packageFileName,
                 QString node = QString());

    void setPrivilege(const Privilege &privilege) { m_privilege = privilege; }
    const Privilege &privilege() const { return m_privilege; }
    // The login user's home on the node ($HOME), as the privilege step read it. Until it is
    // known, paths under it are shown as "~/…".
    void setHome(const QString &home) { m_home = home; }
    QString home() const { return m_home; }

    QString node() const { return m_node; }
    QString packageFileName() const { return m_packageFileName; }
    QString stagingDir() const; // the node's private staging folder
    QString stagedPackage() const;
    QString shareStagingDir() const; // in the shared repository, private to the install user
    QString sharedPackage() const;
    QString confFile() const;
    QString repositoryConfFile() const; // <repository>/conf/octane.conf
    QString logFile() const;
    QString hazelcastFile() const; // the node's hazelcast.xml (written by the server)

    // The prefix that runs a command as root (empty for root).
    QString rootPrefix() const;
    // The prefix that runs a command as the install user (who owns the repository).
    QString installUserPrefix() const;
    bool needsPasswordOnStdin() const;
    RemoteCommand asRoot(const QString &shellCommand) const; // `<prefix> sh -c '<command>'`
    RemoteCommand asInstallUser(const QString &shellCommand) const;
    static RemoteCommand asLoginUser(const QString &shellCommand);

    // Prints "home=<$HOME>" then what PrivilegeProbe::parse reads.
    RemoteCommand privilegeProbe() const;
    RemoteCommand repositoryEnvCheck() const; // prints the line, exit 1 when missing
    RemoteCommand repositoryEnvSet() const;   // appends the line to the release's file
    RemoteCommand installedQuery() const;     // exit 0 and the version when installed
    // Copies the staged package into a fresh root-only folder, compares its SHA-256 with
    // `sha256Hex` there (exit 5 when it differs) and installs that copy; the folder goes.
    // Empty when the release cannot install this kind of package.
    RemoteCommand install(const QString &sha256Hex) const;
    RemoteCommand removeStaged() const; // after a successful install (the .part stays)
    // The release's package verification (`rpm --checksig`); empty when it has none.
    RemoteCommand verifyPackage() const;
    // Exit 0 when the installed tree looks whole (the documented install/ server/ wrapper/).
    RemoteCommand installIntact() const;
    RemoteCommand readConf() const; // prints the file (sensitive), exit 3 when missing
    RemoteCommand backupConf(const QString &timestamp) const;
    RemoteCommand writeConf() const; // content on stdin: temp file, owner, mode, rename
    RemoteCommand serviceStatus() const;
    RemoteCommand serviceStart() const;
    RemoteCommand serviceStop() const;
    RemoteCommand logSize() const;
    RemoteCommand readLogFrom(qint64 offset) const;
    // Prints "<owner> <mode>" of <repository>/conf/octane.conf, exit 3 when it is not there.
    RemoteCommand repositoryConfState() const;
    RemoteCommand shareFreeSpace() const; // df -P -B1 of the repository

    // Step 9's edit of <repository>/conf/octane.conf, as the install user (a root-squashed NFS
    // share refuses root). Before the edit: "<owner> <mode>" of the conf folder, then of the
    // file; exit 3 when the file is missing, 4 when either is a symbolic link (never followed:
    // a link there could point anywhere the install user can write).
    RemoteCommand repositoryConfEditState() const;
    RemoteCommand readRepositoryConfAsOwner() const; // sensitive; exit 3 when missing
    RemoteCommand backupRepositoryConf(const QString &timestamp) const; // cp -p, mode kept
    // Content on stdin: a fresh temporary file in the same folder (mktemp, 0600), then an
    // atomic rename over the file; never octane.conf.new (the server's own temporary name).
    RemoteCommand writeRepositoryConf() const;
    // On a node: verifies the package in the share against `sha256Hex` and copies it into the
    // node's private staging folder (refused, exit 6, when that folder is not private).
    RemoteCommand fetchFromShare(const QString &sha256Hex) const;
    RemoteCommand removeSharedStaging() const;

    // The verification (read only). <repository>/conf/octane.conf and hazelcast.xml are
    // printed as sensitive (they hold passwords): the caller keeps only the node lists.
    RemoteCommand readRepositoryConf() const; // exit 3 when missing
    RemoteCommand readHazelcastXml() const;   // exit 3 when missing
    // Only the cluster lines of the server log, in order (exit 3 when there is no log).
    RemoteCommand readClusterLog() const;
    // One line per name: "<name> <address> <address>..." as the node resolves it.
    static RemoteCommand resolveNames(const QStringList &names);
    // The TCP listeners on `port` (ss -ltnp), then "pid user args" of each of their processes.
    RemoteCommand portListeners(int port) const;

    // The secure deployment (steps 3 and 7), as the release's "secure" block places it.
    QString keystoreFile() const;
    QString webXmlFile() const;
    QString jettyXmlFile() const; // empty when the release names none
    // "<sha256>" of a regular file as root; exit 3 when missing, 4 when a symbolic link.
    RemoteCommand fileDigest(const QString &path) const;
    // The file as root (not sensitive: web.xml, jetty.xml), after "<owner>:<group> <mode>" on
    // the first line; exit 3 when missing, 4 when a symbolic link.
    RemoteCommand readFileWithOwner(const QString &path) const;
    RemoteCommand backupFile(const QString &path, const QString &timestamp) const; // cp -p
    // Content on stdin: a fresh temporary file in the same folder (mktemp), owned `owner`
    // (user:group), `mode`, then an atomic rename over `path`; exit 5 when any part failed (the
    // temporary file is removed, the old file stays).
    RemoteCommand writeFileAtomically(const QString &path, const QString &owner, int mode) const;
    // "<owner> <mode> <path>" of the conf folder, octane.conf and the keystore (those that
    // exist), never following a link.
    RemoteCommand securePermissionsState() const;
    // The install user's, 0600 for octane.conf and the keystore, no access for others to the
    // conf folder (links are refused: exit 4).
    RemoteCommand securePermissionsApply() const;
    // The vendor's signing key on stdin, imported into rpm's keyring (release vendorKeyImport).
    RemoteCommand importVendorKey() const;

    QString packageKindName() const;

    // Where the sign-in goes: the profile's scheme, the port octane.conf sets, else the
    // release's default port for that scheme.
    QUrl serverUrl() const;

private:
    QString joined(const QStringList &argv) const;

    ClusterProfile m_profile;
    ReleaseDefinition m_release;
    QString m_packageFileName;
    QString m_node;
    QString m_home;
    Privilege m_privilege;
};

} // namespace Ocw::Core
