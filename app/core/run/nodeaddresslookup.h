#pragma once

#include "../base/canceltoken.h"
#include "../model/clusterprofile.h"
#include "../model/profilevalidator.h"

#include <QHostAddress>
#include <QList>
#include <QMap>

namespace Ocw::Core {

// Resolves every node's SSH address on the workstation, before a run, so that two entries
// that lead to one machine are refused as bad input (ProfileValidator::duplicateAddresses).
// A name that does not resolve here is left out: the checks report it on their own. Bounded
// by one deadline for all names and by the cancel token; blocking, any thread.
class NodeAddressLookup
{
public:
    // Long enough for a slow resolver, short enough that a hanging one costs little.
    static constexpr int DefaultDeadlineMs = 2000;
    // Keyed by Node::host.
    static QMap<QString, QList<QHostAddress>> resolveAll(const ClusterProfile &profile,
                                                         int deadlineMs, const CancelToken &cancel);
    // resolveAll() then ProfileValidator::duplicateAddresses(): the entries that lead to a
    // machine another entry leads to already.
    static QList<FieldIssue> duplicateMachines(const ClusterProfile &profile, int deadlineMs,
                                               const CancelToken &cancel = {});
};

} // namespace Ocw::Core
