#include "clustermembership.h"

#include "../base/tr.h"

#include <QSet>

#include <algorithm>

namespace Ocw::Core {

namespace {

const QString kMembers = QStringLiteral("verify.members");
const QString kPort = QStringLiteral("verify.port");

QString listText(QStringList names)
{
    std::sort(names.begin(), names.end());
    return QLatin1Char('[') + names.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    std::sort(list.begin(), list.end());
    return list;
}

CheckResult result(const QString &id, const QString &node, Verdict verdict, const QString &message,
                   const QString &fix = {}, const QString &details = {})
{
    CheckResult r;
    r.checkId = id;
    r.node = node;
    r.verdict = verdict;
    r.message = message;
    r.fix = fix;
    r.details = details;
    r.blocking = true;
    return r;
}

} // namespace

QString ClusterMembership::nodeOf(const Inputs &in, const QString &entry)
{
    QString host = entry.trimmed();
    const int colon = host.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && host.indexOf(QLatin1Char(':')) == colon) // name:port or v4:port
        host = host.left(colon);
    for (const QString &node : in.confNodes) {
        if (node.compare(host, Qt::CaseInsensitive) == 0 ||
            in.addressesOf.value(node).contains(host))
            return node;
    }
    return host;
}

QList<CheckResult> ClusterMembership::evaluate(const Inputs &in, const QList<NodeMembership> &nodes)
{
    const QSet<QString> expected(in.confNodes.begin(), in.confNodes.end());
    const QString restart = Tr::tr("restart that node's server");
    const QString fixAll =
        Tr::tr("Edit %1 (never octane.conf.new) so that its node list names every node; remove "
               "the node's stale %2; open port %3 between the nodes; then %4.")
            .arg(in.repositoryConf, in.hazelcastXml)
            .arg(in.clusterPort)
            .arg(restart);

    // What each node sees, and which of them are wrong on their own (they fail by themselves).
    QHash<QString, QSet<QString>> view;
    QSet<QString> selfWrong;
    for (const NodeMembership &n : nodes) {
        // A server that is gone is out of the cluster, whatever its last membership said.
        if (!n.logRead || !n.log.hasMembers || n.serverGone) {
            selfWrong.insert(n.node);
            continue;
        }
        QSet<QString> seen;
        for (const HazelcastMember &m : n.log.members)
            seen.insert(nodeOf(in, m.address));
        view.insert(n.node, seen);
        if (n.hazelcastXmlRead) {
            QSet<QString> listed;
            for (const QString &entry : n.hazelcastXmlMembers)
                listed.insert(nodeOf(in, entry));
            if (listed != expected)
                selfWrong.insert(n.node);
        }
    }
    // The main cluster: the largest view that nodes report from inside (ties: none).
    QHash<QString, int> votes; // a view's key -> how many nodes report it
    QHash<QString, QSet<QString>> viewOfKey;
    for (auto it = view.cbegin(); it != view.cend(); ++it) {
        const QString key = sorted(it.value()).join(QLatin1Char(','));
        if (it.value().contains(it.key())) {
            ++votes[key];
            viewOfKey.insert(key, it.value());
        }
    }
    QSet<QString> main;
    int best = 0;
    bool tie = false;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        const int weight = int(viewOfKey.value(it.key()).size());
        if (weight > best) {
            best = weight;
            main = viewOfKey.value(it.key());
            tie = false;
        } else if (weight == best) {
            tie = true;
        }
    }
    // Only a majority of the nodes is a cluster the others can be measured against.
    if (tie || main.size() * 2 <= expected.size())
        main.clear();

    QList<CheckResult> out;
    for (const NodeMembership &n : nodes) {
        const QString &node = n.node;
        // verify.members
        if (!n.logRead) {
            out.append(result(kMembers, node, Verdict::Fail,
                              Tr::tr("%1: the server log %2 could not be read: %3")
                                  .arg(node, in.logFile, n.logError),
                              Tr::tr("Check that the server is installed on %1 and that the login "
                                     "user may read %2.")
                                  .arg(node, in.logFile)));
        } else if (!n.log.hasMembers) {
            out.append(result(kMembers, node, Verdict::Fail,
                              Tr::tr("%1: the server log %2 shows no Hazelcast membership: the "
                                     "server has not joined any cluster.")
                                  .arg(node, in.logFile),
                              Tr::tr("Start the server on %1 and wait until it is ready; its log "
                                     "says why it stopped otherwise.")
                                  .arg(node)));
        } else {
            const QSet<QString> seen = view.value(node);
            QStringList listed;
            for (const QString &entry : n.hazelcastXmlMembers)
                listed.append(nodeOf(in, entry));
            const QSet<QString> listedSet(listed.begin(), listed.end());
            const QString evidence = n.log.block + (n.log.unhealthyLine.isEmpty()
                                                        ? QString()
                                                        : QLatin1Char('\n') + n.log.unhealthyLine);
            if (n.hazelcastXmlRead && listedSet != expected) {
                QStringList differ = sorted(listedSet - expected) + sorted(expected - listedSet);
                out.append(result(
                    kMembers, node, Verdict::Fail,
                    Tr::tr("%1: its %2 lists %3, but %4 lists %5 (differ: %6), so it forms or "
                           "joins another cluster: it sees %7.")
                        .arg(node, in.hazelcastXml, listText(listed), in.repositoryConf,
                             listText(in.confNodes), differ.join(QStringLiteral(", ")),
                             listText(sorted(seen))),
                    Tr::tr("Remove the stale %1 on %2 (the server writes it again from %3, "
                           "never from octane.conf.new), then restart the server on %2.")
                        .arg(in.hazelcastXml, node, in.repositoryConf),
                    evidence));
            } else if (seen == expected && n.log.size == expected.size()) {
                out.append(result(kMembers, node, Verdict::Pass,
                                  Tr::tr("%1: member of one cluster of %2: %3.")
                                      .arg(node)
                                      .arg(expected.size())
                                      .arg(listText(sorted(seen))),
                                  {}, evidence));
            } else if (!main.isEmpty() && seen == main && [&] {
                           for (const QString &missing : expected - main) {
                               if (!selfWrong.contains(missing) && view.contains(missing) &&
                                   view.value(missing) == main)
                                   return false;
                           }
                           return true;
                       }()) {
                const QStringList missing = sorted(expected - main);
                out.append(result(kMembers, node, Verdict::Warn,
                                  Tr::tr("%1: in a cluster of %2 of %3 nodes; %4 outside (see its "
                                         "own result).")
                                      .arg(node)
                                      .arg(main.size())
                                      .arg(expected.size())
                                      .arg(missing.join(QStringLiteral(", "))),
                                  {}, evidence));
            } else {
                const QStringList missing = sorted(expected - seen);
                const QStringList extra = sorted(seen - expected);
                // The peers that tried this node's cluster port and were refused: the node is
                // cut off (a firewall), whatever its own log says.
                QStringList refusedBy;
                for (const NodeMembership &peer : nodes) {
                    if (peer.node == node || !peer.logRead)
                        continue;
                    for (const QString &entry : peer.log.unreachable) {
                        if (nodeOf(in, entry) == node && !refusedBy.contains(peer.node))
                            refusedBy.append(peer.node);
                    }
                }
                if (!refusedBy.isEmpty() && seen.size() < expected.size()) {
                    out.append(result(
                        kMembers, node, Verdict::Fail,
                        Tr::tr("%1 cannot be reached on port %2 from the other nodes: %3 could "
                               "not connect to it (their logs: \"Could not connect to\"), so it "
                               "sees %4 (%5 of %6 members).")
                            .arg(node)
                            .arg(in.clusterPort)
                            .arg(refusedBy.join(QStringLiteral(", ")), listText(sorted(seen)))
                            .arg(seen.size())
                            .arg(expected.size()),
                        Tr::tr("Open TCP port %1 between all nodes, both ways (a firewall on or "
                               "before %2 refuses it); the nodes join again by themselves, then "
                               "verify again.")
                            .arg(in.clusterPort)
                            .arg(node),
                        evidence));
                } else {
                    QString why;
                    if (!n.log.unreachable.isEmpty())
                        why = Tr::tr(" It could not connect to %1.")
                                  .arg(n.log.unreachable.join(QStringLiteral(", ")));
                    if (!n.log.unhealthyLine.isEmpty())
                        why += Tr::tr(" Its log says: %1").arg(n.log.unhealthyLine);
                    out.append(result(
                        kMembers, node, Verdict::Fail,
                        Tr::tr("%1: sees %2 (%3 members), not the %4 nodes of %5%6%7.%8")
                            .arg(node, listText(sorted(seen)))
                            .arg(seen.size())
                            .arg(expected.size())
                            .arg(in.repositoryConf,
                                 missing.isEmpty() ? QString()
                                                   : Tr::tr("; missing %1")
                                                         .arg(missing.join(QStringLiteral(", "))),
                                 extra.isEmpty() ? QString()
                                                 : Tr::tr("; not listed %1")
                                                       .arg(extra.join(QStringLiteral(", "))),
                                 why),
                        !n.log.unreachable.isEmpty()
                            ? Tr::tr("Open port %1 between the nodes (both ways), then restart the "
                                     "server on %2.")
                                  .arg(in.clusterPort)
                                  .arg(node)
                            : fixAll,
                        evidence));
                }
            }
        }

        // verify.port
        int port = n.log.pickedPort;
        if (port == 0 && n.log.self())
            port = n.log.self()->port;
        if (!n.logRead || port == 0) {
            out.append(
                result(kPort, node, Verdict::Skipped,
                       Tr::tr("%1: the log does not say which port Hazelcast bound.").arg(node)));
        } else if (port != in.clusterPort) {
            out.append(result(
                kPort, node, Verdict::Fail,
                Tr::tr("%1: Hazelcast bound port %2, not %3: %4. The other nodes may still reach "
                       "it (they try three ports), but a firewall that opens only %3 cuts it off.")
                    .arg(node)
                    .arg(port)
                    .arg(in.clusterPort)
                    .arg(n.portHolder.isEmpty()
                             ? Tr::tr("something else held %1 when it started").arg(in.clusterPort)
                             : Tr::tr("%1 holds port %2").arg(n.portHolder).arg(in.clusterPort)),
                Tr::tr("Stop what holds port %1 on %2, then restart the server on %2.")
                    .arg(in.clusterPort)
                    .arg(node)));
        } else {
            out.append(result(kPort, node, Verdict::Pass,
                              Tr::tr("%1: Hazelcast bound %2:%3.")
                                  .arg(node, n.log.pickedAddress.isEmpty() ? n.log.self()->address
                                                                           : n.log.pickedAddress)
                                  .arg(port)));
        }
    }
    return out;
}

} // namespace Ocw::Core
