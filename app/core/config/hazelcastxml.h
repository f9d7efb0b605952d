#pragma once

#include "../base/expected.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ocw::Core {

// The join settings of a hazelcast.xml: what decides which nodes form the cluster.
struct HazelcastJoin
{
    bool tcpIpEnabled = false;
    bool multicastEnabled = false;
    QStringList members; // <member> texts and the items of <members>a,b</members>, in file order
    int port = 0;        // <network><port>; 0 when absent
};

// Nodes of octane.conf that no member covers, and members that cover no node.
struct MemberComparison
{
    QStringList missing;
    QStringList extra;

    bool isEqual() const { return missing.isEmpty() && extra.isEmpty(); }
};

// Reads hazelcast.xml (rewritten by the server from octane.conf at installation) and compares
// its members with octane.conf's node list, for the "Cluster is unhealthy" diagnosis. Members
// may be a host, an IP, host:port, [IPv6]:port, an IPv4 range (10.0.0.1-5) or a wildcard
// (10.0.0.*); ports are ignored. Names and addresses are matched through `resolved`
// (name -> addresses, as resolved on the node) when given. Pure functions, any thread.
class HazelcastXml
{
public:
    static Expected<HazelcastJoin> parse(const QByteArray &xml, const QString &fileName = {});

    static bool covers(const QString &member, const QString &node,
                       const QHash<QString, QList<QHostAddress>> &resolved = {});
    static MemberComparison compare(const QStringList &members, const QStringList &nodes,
                                    const QHash<QString, QList<QHostAddress>> &resolved = {});
    // One sentence for the diagnosis, naming the node whose file was read.
    static QString describe(const MemberComparison &comparison, const QString &node);
};

} // namespace Ocw::Core
