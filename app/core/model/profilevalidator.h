#pragma once

#include "clusterprofile.h"

#include <QHostAddress>
#include <QList>
#include <QMap>

namespace Ocw::Core {

// One problem with one input field. `field` is a path such as "nodes[2].host",
// "database.host" or "repositoryDir"; pages show the message next to that field.
struct FieldIssue
{
    QString field;
    QString message;
};

// Validates a profile as the user types: host names (RFC 1123), IPv4/IPv6 addresses, ports,
// duplicates (by name and, given resolved addresses, by address), the first node, the
// database server (not a loopback name in a cluster), the repository path. Pure, any thread.
class ProfileValidator
{
public:
    static bool isValidHostName(const QString &name); // RFC 1123
    static bool isIpAddress(const QString &text);
    static bool isLoopbackName(const QString &host);
    // A host name or an IP address; empty string when fine, else the reason.
    static QString checkHost(const QString &host);
    // The text a name is looked up and compared by: lower case, the root's trailing dot
    // dropped ("octane2.lab." is "octane2.lab"), an IPv4-mapped IPv6 address as IPv4.
    static QString lookupName(const QString &host);

    static QList<FieldIssue> validate(const ClusterProfile &profile);
    // Duplicates that only show after resolving: two node entries with a common address.
    // `resolved` is keyed by Node::host.
    static QList<FieldIssue> duplicateAddresses(const ClusterProfile &profile,
                                                const QMap<QString, QList<QHostAddress>> &resolved);
};

} // namespace Ocw::Core
