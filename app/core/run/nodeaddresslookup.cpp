#include "nodeaddresslookup.h"

#include "../ssh/platformsocket.h"

#include <QDeadlineTimer>

namespace Ocw::Core {

QMap<QString, QList<QHostAddress>> NodeAddressLookup::resolveAll(const ClusterProfile &profile,
                                                                 int deadlineMs,
                                                                 const CancelToken &cancel)
{
    QMap<QString, QList<QHostAddress>> out;
    const QDeadlineTimer deadline(deadlineMs);
    for (const Node &n : profile.nodes) {
        if (cancel.isCancelled() || deadline.hasExpired())
            break;
        const Expected<QStringList> addresses =
            PlatformSocket::resolve(n.host, n.connectHost(), deadline, cancel);
        if (!addresses)
            continue;
        QList<QHostAddress> list;
        for (const QString &a : *addresses)
            list.append(QHostAddress(a));
        out.insert(n.host, list);
    }
    return out;
}

QList<FieldIssue> NodeAddressLookup::duplicateMachines(const ClusterProfile &profile,
                                                       int deadlineMs, const CancelToken &cancel)
{
    return ProfileValidator::duplicateAddresses(profile, resolveAll(profile, deadlineMs, cancel));
}

} // namespace Ocw::Core
