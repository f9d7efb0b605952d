#pragma once

#include <QList>
#include <QRegularExpressionMatch>
#include <QString>
#include <QStringList>

namespace Ocw::Core {

// One member line of a Hazelcast membership block: "\tMember [10.0.0.1]:5701 - <uuid> this".
struct HazelcastMember
{
    QString address; // as printed between the brackets (an IP, or a name on old versions)
    int port = 0;
    QString uuid; // empty on 3.x before uuids were printed
    bool self = false;
    bool lite = false;
};

// What one node's server log says about its Hazelcast cluster, read from the log's text:
// the last membership block (both formats: "Members {size:N, ver:V} [" of 3.9 and later and
// "Members [N] {" of 3.8 and before), the address and port it picked, the peers it could not
// connect to, the members it removed, and Octane's own "Cluster is unhealthy" line (its exact
// text is not confirmed by the vendor: matched as a substring, and only when no later
// "Cluster is healthy" line came). Formats: ../shared/docs/CLUSTER-FACTS.md §1.1.
struct HazelcastLog
{
    bool hasMembers = false;
    QList<HazelcastMember> members; // of the last block
    int size = 0;                   // as the block's header says
    int version = 0;                // "ver:", 0 on old versions
    QString block;                  // the last block's lines, verbatim (for the details)

    QString pickedAddress; // "Picked [ip]:port, using socket ..."
    int pickedPort = 0;
    QStringList unreachable;    // "Could not connect to: /ip:port", latest first, once each
    QStringList removedMembers; // "Removing Member [ip]:port - uuid", in order
    QString
        unhealthyLine; // the last "Cluster is unhealthy" line, when not followed by a healthy one

    QString fatalLine; // the last FATAL line: why a server that was ready stopped

    static HazelcastLog parse(const QString &text);

    // The members' addresses, "ip:port", in the block's order.
    QStringList memberAddresses() const;
    const HazelcastMember *self() const;

private:
    // Reads the block that starts at lines[i]; on success moves i to its closing line.
    static void parseBlock(const QStringList &lines, int &i, const QRegularExpressionMatch &start,
                           HazelcastLog *log);
};

} // namespace Ocw::Core
