#pragma once

#include "../ssh/sshtarget.h"

#include <QString>

#include <optional>

namespace Ocw::Core {

// One cluster node as the user entered it. Connection settings left empty fall back to the
// profile's shared SSH settings (SshDefaults).
struct Node
{
    QString host;                   // name or address, as the cluster knows the node
    QString address;                // optional: where to connect instead of `host`
    quint16 port = 0;               // 0: shared port
    QString user;                   // empty: shared user
    std::optional<AuthMethod> auth; // empty: shared method
    QString keyFile;                // empty: shared key file

    QString connectHost() const { return address.isEmpty() ? host : address; }
    bool operator==(const Node &other) const;
};

} // namespace Ocw::Core
