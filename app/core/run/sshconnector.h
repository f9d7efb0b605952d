#pragma once

#include "../ssh/knownhosts.h"
#include "remoteconnector.h"

#include <QStringList>

namespace Ocw::Core {

// The real connector: SshSession with host keys checked against the known_hosts files
// (the user's ~/.ssh/known_hosts, the product's own file, and one named in the profile).
// An unknown key is refused (the wizard asks first, in one screen for all nodes); a changed
// key is refused with the old and new fingerprints. Thread-safe: KnownHosts is read-only here.
class SshConnector : public RemoteConnector
{
public:
    explicit SshConnector(const QStringList &knownHostsFiles);

    ConnectOutcome open(const SshTarget &target, const CancelToken &cancel) override;

    // The product's own known_hosts file (in the app data directory).
    static QString productKnownHostsFile();
    static QStringList defaultKnownHostsFiles(const QString &profileFile);

private:
    KnownHosts m_knownHosts;
};

} // namespace Ocw::Core
