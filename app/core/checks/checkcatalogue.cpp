#include "checkcatalogue.h"

#include "../base/tr.h"

namespace Ocw::Core {

const QList<CheckDefinition> &CheckCatalogue::all()
{
    static const QList<CheckDefinition> checks{
        {QStringLiteral("ssh.connect"), Tr::tr("SSH connection"), CheckScope::Node, true,
         Tr::tr("The node accepts an SSH connection and the login.")},
        {QStringLiteral("ssh.hostkey"), Tr::tr("Host key"), CheckScope::Node, true,
         Tr::tr("The node's host key is known and unchanged.")},
        {QStringLiteral("node.identity"), Tr::tr("Distinct machines"), CheckScope::Node, true,
         Tr::tr("No two nodes are the same machine (host key, /etc/machine-id).")},
        {QStringLiteral("sudo"), Tr::tr("Privileges"), CheckScope::Node, true,
         Tr::tr("The login user is root or may use sudo without a terminal.")},
        {QStringLiteral("os.release"), Tr::tr("Operating system"), CheckScope::Node, true,
         Tr::tr("The node runs a supported Linux release.")},
        {QStringLiteral("cpu.cores"), Tr::tr("CPU cores"), CheckScope::Node, false,
         Tr::tr("The node has the documented number of CPU cores.")},
        {QStringLiteral("memory.total"), Tr::tr("Memory"), CheckScope::Node, false,
         Tr::tr("The node has the documented amount of memory.")},
        {QStringLiteral("disk.install"), Tr::tr("Install disk"), CheckScope::Node, true,
         Tr::tr("The install directory's file system has enough free space.")},
        {QStringLiteral("repo.env"), Tr::tr("OCTANE_REPOSITORY_DIR"), CheckScope::Node, true,
         Tr::tr("OCTANE_REPOSITORY_DIR is set for the install user and names the repository.")},
        {QStringLiteral("repo.samepath"), Tr::tr("Same repository path"), CheckScope::Node, true,
         Tr::tr("The repository is at the same path on every node.")},
        {QStringLiteral("repo.mounted"), Tr::tr("Repository mount"), CheckScope::Node, true,
         Tr::tr("The repository directory exists and is a mounted file system.")},
        {QStringLiteral("repo.writable"), Tr::tr("Repository writable"), CheckScope::Node, true,
         Tr::tr("The install user can write to the repository.")},
        {QStringLiteral("repo.shared"), Tr::tr("Repository shared"), CheckScope::Node, true,
         Tr::tr("A file written on one node is read on every other node, and back.")},
        {QStringLiteral("db.reachable"), Tr::tr("Database server"), CheckScope::Node, true,
         Tr::tr("The database server's name resolves and its port accepts TCP from the node.")},
        {QStringLiteral("ports.free"), Tr::tr("HTTP ports free"), CheckScope::Node, true,
         Tr::tr("Ports 8080 and 8443 are free on the node.")},
        {QStringLiteral("limits.nofile"), Tr::tr("Open files limit"), CheckScope::Node, false,
         Tr::tr("The install user may open enough files.")},
        {QStringLiteral("time.sync"), Tr::tr("Time synchronisation"), CheckScope::Node, false,
         Tr::tr("The node's clock is synchronised (NTP).")},
        {QStringLiteral("dns.consistent"), Tr::tr("Name resolution"), CheckScope::Node, true,
         Tr::tr("The node resolves every node's name to the same address as the others.")},
        {QStringLiteral("cluster.port"), Tr::tr("Port 5701 between nodes"), CheckScope::Pair, true,
         Tr::tr("Each node reaches every other node on port 5701 (Hazelcast).")},
        {QStringLiteral("clock.skew"), Tr::tr("Clock skew"), CheckScope::Node, false,
         Tr::tr("The node's clock agrees with the workstation's and the other nodes'.")},
    };
    return checks;
}

const CheckDefinition *CheckCatalogue::find(const QString &id)
{
    for (const CheckDefinition &d : all()) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

int CheckCatalogue::indexOf(const QString &id)
{
    const QList<CheckDefinition> &list = all();
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace Ocw::Core
