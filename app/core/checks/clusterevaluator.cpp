#include "clusterevaluator.h"

#include "../base/tr.h"
#include "checkcatalogue.h"

#include <QMap>

#include <QSet>
#include <functional>

namespace Ocw::Core {

namespace {

QString cleanPath(QString path)
{
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

QString unreachableMessage(const NodeFacts &f)
{
    return Tr::tr("%1: not checked: the node could not be reached.").arg(f.node);
}

} // namespace

QList<CheckResult> ClusterEvaluator::evaluate(const ClusterProfile &profile,
                                              const Requirements &requirements,
                                              const QList<NodeFacts> &facts)
{
    QList<CheckResult> results;
    results += distinctMachines(facts);
    results += samePath(profile, facts);
    results += shared(profile, facts);
    results += dnsConsistent(facts);
    results += clusterPort(requirements, facts);
    results += clockSkew(requirements, facts);
    return results;
}

QList<CheckResult> ClusterEvaluator::distinctMachines(const QList<NodeFacts> &facts)
{
    const QString id = QStringLiteral("node.identity");
    QList<CheckResult> results;
    for (const NodeFacts &f : facts) {
        if (!f.reachable) {
            results.append(CheckResult::make(id, f.node, Verdict::Skipped, unreachableMessage(f)));
            continue;
        }
        QString output = QStringLiteral("host key and machine-id of each node:\n");
        QStringList sameAs;
        QStringList what;
        for (const NodeFacts &o : facts) {
            if (!o.reachable) {
                output += QStringLiteral("  %1: (not reached)\n").arg(o.node);
                continue;
            }
            output +=
                QStringLiteral("  %1: %2 %3\n")
                    .arg(o.node,
                         o.hostKeyFingerprint.isEmpty() ? QStringLiteral("(no key)")
                                                        : o.hostKeyFingerprint,
                         o.machineId.isEmpty() ? QStringLiteral("(no machine-id)") : o.machineId);
            if (o.index == f.index)
                continue;
            const bool sameKey =
                !f.hostKeyFingerprint.isEmpty() && f.hostKeyFingerprint == o.hostKeyFingerprint;
            const bool sameId = !f.machineId.isEmpty() && f.machineId == o.machineId;
            if (!sameKey && !sameId)
                continue;
            sameAs.append(o.node);
            if (sameKey)
                what.append(Tr::tr("host key %1").arg(f.hostKeyFingerprint));
            if (sameId)
                what.append(Tr::tr("machine-id %1").arg(f.machineId));
        }
        if (sameAs.isEmpty()) {
            results.append(CheckResult::make(
                id, f.node, Verdict::Pass,
                Tr::tr("%1: a machine of its own (no other node has its host key or machine-id).")
                    .arg(f.node),
                {}, output));
            continue;
        }
        what.removeDuplicates();
        results.append(CheckResult::make(
            id, f.node, Verdict::Fail,
            Tr::tr("%1 and %2 are the same machine (same %3).")
                .arg(f.node, sameAs.join(QStringLiteral(", ")), what.join(Tr::tr(" and "))),
            Tr::tr("List each machine once, by its own address: remove the duplicate entry or "
                   "correct its address. If these are clones of one image, give each its own "
                   "identity (a new /etc/machine-id with systemd-machine-id-setup, new host keys "
                   "with ssh-keygen -A) before installing."),
            output));
    }
    return results;
}

QList<CheckResult> ClusterEvaluator::samePath(const ClusterProfile &profile,
                                              const QList<NodeFacts> &facts)
{
    const QString id = QStringLiteral("repo.samepath");
    const QString repo = cleanPath(profile.repositoryDir);
    QList<CheckResult> results;
    for (const NodeFacts &f : facts) {
        if (!f.reachable) {
            results.append(CheckResult::make(id, f.node, Verdict::Skipped, unreachableMessage(f)));
            continue;
        }
        QString output = QStringLiteral("OCTANE_REPOSITORY_DIR on each node:\n");
        for (const NodeFacts &o : facts)
            output += QStringLiteral("  %1: %2\n")
                          .arg(o.node, o.repoEnvValue.isEmpty() ? QStringLiteral("(not set)")
                                                                : o.repoEnvValue);
        const QString env = cleanPath(f.repoEnvValue);
        if (!f.repoExists) {
            results.append(CheckResult::make(
                id, f.node, Verdict::Fail,
                Tr::tr("%1: the repository is not at %2, the path the other nodes use.")
                    .arg(f.node, repo),
                Tr::tr("Mount the shared repository at %1 on %2 (same path on every node).")
                    .arg(repo, f.node),
                output));
        } else if (!env.isEmpty() && env != repo) {
            results.append(CheckResult::make(
                id, f.node, Verdict::Fail,
                Tr::tr("%1 names the repository %2; the cluster uses %3.").arg(f.node, env, repo),
                Tr::tr("Mount the repository at %1 on %2 and set OCTANE_REPOSITORY_DIR=%1 there.")
                    .arg(repo, f.node),
                output));
        } else if (!f.installUserChecksRan) {
            results.append(CheckResult::make(
                id, f.node, Verdict::Skipped,
                Tr::tr("%1: the path exists; OCTANE_REPOSITORY_DIR could not be read.").arg(f.node),
                QString(), output));
        } else {
            results.append(CheckResult::make(
                id, f.node, Verdict::Pass,
                Tr::tr("%1 uses the repository at %2, like the other nodes.").arg(f.node, repo),
                QString(), output));
        }
    }
    return results;
}

QList<CheckResult> ClusterEvaluator::shared(const ClusterProfile &profile,
                                            const QList<NodeFacts> &facts)
{
    const QString id = QStringLiteral("repo.shared");
    const QString repo = profile.repositoryDir;
    // Two nodes share when each reads the file the other wrote. The largest group of nodes
    // that share with each other is "the" repository; a node outside it is the faulty one, so
    // the failure shows on that node only. With no majority (a tie) every node fails.
    auto sees = [&facts](int reader, int writer) {
        const NodeFacts &r = facts.at(reader), &w = facts.at(writer);
        return r.sharedReadRan && w.tokenWritten && !w.token.isEmpty() &&
               r.tokensSeen.value(w.node) == w.token;
    };
    QList<int> group(facts.size());
    for (int i = 0; i < facts.size(); ++i)
        group[i] = i;
    std::function<int(int)> root = [&group, &root](int i) {
        return group[i] == i ? i : group[i] = root(group[i]);
    };
    for (int a = 0; a < facts.size(); ++a) {
        for (int b = a + 1; b < facts.size(); ++b) {
            if (sees(a, b) && sees(b, a))
                group[root(a)] = root(b);
        }
    }
    QMap<int, QList<int>> members;
    for (int i = 0; i < facts.size(); ++i) {
        if (facts.at(i).reachable && facts.at(i).tokenWritten)
            members[root(i)].append(i);
    }
    int best = -1, bestSize = 0;
    bool tie = false;
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        if (it.value().size() > bestSize) {
            best = it.key();
            bestSize = int(it.value().size());
            tie = false;
        } else if (it.value().size() == bestSize) {
            tie = true;
        }
    }
    const bool haveMajority = bestSize >= 2 && !tie;

    QList<CheckResult> results;
    for (int i = 0; i < facts.size(); ++i) {
        const NodeFacts &f = facts.at(i);
        if (!f.reachable) {
            results.append(CheckResult::make(id, f.node, Verdict::Skipped, unreachableMessage(f)));
            continue;
        }
        if (facts.size() < 2) {
            results.append(CheckResult::make(
                id, f.node, Verdict::Skipped,
                Tr::tr("%1 is the only node: nothing to share with.").arg(f.node)));
            continue;
        }
        if (!f.installUserChecksRan) {
            results.append(CheckResult::make(
                id, f.node, Verdict::Skipped,
                Tr::tr("%1: not checked: the test file is written as %2, which needs sudo.")
                    .arg(f.node, profile.installUser)));
            continue;
        }
        if (!f.tokenWritten) {
            results.append(
                CheckResult::make(id, f.node, Verdict::Fail,
                                  Tr::tr("%1 could not write a test file to %2.").arg(f.node, repo),
                                  Tr::tr("Fix repo.writable on %1 first.").arg(f.node)));
            continue;
        }
        QString output;
        QStringList notShared;
        for (int j = 0; j < facts.size(); ++j) {
            if (j == i || !facts.at(j).reachable)
                continue;
            const bool there = sees(j, i), back = sees(i, j);
            output += QStringLiteral("%1 reads the file written by %2: %3\n")
                          .arg(facts.at(j).node, f.node,
                               there ? QStringLiteral("yes") : QStringLiteral("no"));
            output += QStringLiteral("%1 reads the file written by %2: %3\n")
                          .arg(f.node, facts.at(j).node,
                               back ? QStringLiteral("yes") : QStringLiteral("no"));
            if (!there || !back)
                notShared.append(facts.at(j).node);
        }
        if (notShared.isEmpty() || (haveMajority && root(i) == best)) {
            QString message = Tr::tr("%1 shares %2 with every other node.").arg(f.node, repo);
            if (!notShared.isEmpty())
                message = Tr::tr("%1 shares %2 with the cluster (not with %3, which is at fault).")
                              .arg(f.node, repo, notShared.join(QStringLiteral(", ")));
            results.append(
                CheckResult::make(id, f.node, Verdict::Pass, message, QString(), output));
            continue;
        }
        results.append(CheckResult::make(
            id, f.node, Verdict::Fail,
            Tr::tr("%1 does not share %2 with %3: a file written on one is not seen on the other.")
                .arg(f.node, repo, notShared.join(QStringLiteral(", "))),
            Tr::tr("Mount the same NFS/SAN export at %1 on %2 as on the other nodes (see: findmnt "
                   "-T %1).")
                .arg(repo, f.node),
            output));
    }
    return results;
}

QList<CheckResult> ClusterEvaluator::dnsConsistent(const QList<NodeFacts> &facts)
{
    const QString id = QStringLiteral("dns.consistent");
    QList<CheckResult> results;
    // The majority answer per name is taken as the truth; a node that disagrees is the odd one.
    QMap<QString, QMap<QString, int>> votes;
    for (const NodeFacts &f : facts) {
        if (!f.reachable)
            continue;
        for (auto it = f.resolved.cbegin(); it != f.resolved.cend(); ++it)
            votes[it.key()][it.value().join(QLatin1Char(','))] += 1;
    }
    QMap<QString, QString> majority;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        int best = -1;
        for (auto v = it.value().cbegin(); v != it.value().cend(); ++v) {
            if (v.value() > best && !v.key().isEmpty()) {
                best = v.value();
                majority[it.key()] = v.key();
            }
        }
    }
    for (const NodeFacts &f : facts) {
        if (!f.reachable) {
            results.append(CheckResult::make(id, f.node, Verdict::Skipped, unreachableMessage(f)));
            continue;
        }
        QStringList problems;
        QString output;
        for (const NodeFacts &o : facts) {
            const QString mine = f.resolved.value(o.node).join(QLatin1Char(','));
            output += QStringLiteral("%1 -> %2\n")
                          .arg(o.node, mine.isEmpty() ? QStringLiteral("(no address)") : mine);
            if (mine.isEmpty())
                problems.append(Tr::tr("cannot resolve %1").arg(o.node));
            else if (majority.contains(o.node) && mine != majority.value(o.node))
                problems.append(Tr::tr("resolves %1 to %2, the others to %3")
                                    .arg(o.node, mine, majority.value(o.node)));
        }
        if (problems.isEmpty()) {
            results.append(CheckResult::make(
                id, f.node, Verdict::Pass,
                Tr::tr("%1 resolves every node's name like the other nodes.").arg(f.node),
                QString(), output));
        } else {
            results.append(
                CheckResult::make(id, f.node, Verdict::Fail,
                                  Tr::tr("%1 %2.").arg(f.node, problems.join(QStringLiteral("; "))),
                                  Tr::tr("Correct DNS or /etc/hosts on %1 so that every node name "
                                         "means the same address everywhere.")
                                      .arg(f.node),
                                  output));
        }
    }
    return results;
}

CheckResult ClusterEvaluator::unreachablePairs(const QString &checkId, const QString &node,
                                               int port)
{
    return CheckResult::make(checkId, node, Verdict::Skipped,
                             Tr::tr("%1 <-> the other nodes, port %2: not checked: %1 is "
                                    "unreachable.")
                                 .arg(node)
                                 .arg(port));
}

QList<CheckResult> ClusterEvaluator::clusterPort(const Requirements &requirements,
                                                 const QList<NodeFacts> &facts)
{
    const QString id = QStringLiteral("cluster.port");
    const int port = requirements.clusterPort;
    QList<CheckResult> results;
    // An unreachable node's pairs, both ways, are one result: n x (n-1) "not checked" lines
    // would bury the pairs that were tested.
    for (const NodeFacts &f : facts) {
        if (!f.reachable)
            results.append(unreachablePairs(id, f.node, port));
    }
    for (const NodeFacts &to : facts) {
        if (!to.reachable)
            continue;
        for (const NodeFacts &from : facts) {
            if (from.index == to.index || !from.reachable)
                continue;
            CheckResult r = CheckResult::make(id, from.node, Verdict::Skipped, QString());
            r.toNode = to.node;
            r.commands = QStringList{from.meshCommand};
            r.output = QStringLiteral("listener on %1 (%2): %3 %4\n%5")
                           .arg(to.node, to.listenAddress, to.listenerState, to.listenerOutput,
                                from.meshOutput);
            const QString outcome = from.meshOutcome.value(to.node);
            const QString rc = outcome.section(QLatin1Char(' '), 0, 0);
            const QString said = outcome.section(QLatin1Char(' '), 1).trimmed();
            if (to.listenerState == QLatin1String("no-tool")) {
                r.verdict = Verdict::Warn;
                r.message = Tr::tr("%1 -> %2:%3 not tested: %2 has no tool to listen with "
                                   "(python3, platform-python or perl).")
                                .arg(from.node, to.node)
                                .arg(port);
                r.fix = Tr::tr("Install python3 on %1, or test by hand: start a listener on port "
                               "%2 there and connect from %3.")
                            .arg(to.node)
                            .arg(port)
                            .arg(from.node);
            } else if (to.listenerState.startsWith(QLatin1String("failed"))) {
                r.verdict = Verdict::Warn;
                r.message =
                    Tr::tr("%1 -> %2:%3 not tested: the test listener on %2 did not start (%4).")
                        .arg(from.node, to.node)
                        .arg(port)
                        .arg(to.listenerState);
            } else if (!from.meshRan) {
                r.verdict = Verdict::Fail;
                r.message = Tr::tr("%1 -> %2:%3 not tested: %4")
                                .arg(from.node, to.node)
                                .arg(port)
                                .arg(from.meshOutput);
            } else if (rc == QLatin1String("rc=0") &&
                       (said == to.listenerToken || to.listenerState == QLatin1String("in-use"))) {
                r.verdict = Verdict::Pass;
                r.message =
                    to.listenerState == QLatin1String("in-use")
                        ? Tr::tr("%1 reaches %2 on port %3 (already in use there, presumably by "
                                 "Octane).")
                              .arg(from.node, to.node)
                              .arg(port)
                        : Tr::tr("%1 reaches %2 on port %3.").arg(from.node, to.node).arg(port);
            } else {
                r.verdict = Verdict::Fail;
                QString why;
                if (rc == QLatin1String("rc=124"))
                    why = Tr::tr("timed out (a firewall drops the packets)");
                else if (said.contains(QLatin1String("refused"), Qt::CaseInsensitive))
                    why = Tr::tr("refused (a firewall rejects the port, or nothing listens)");
                else if (said.contains(QLatin1String("No route"), Qt::CaseInsensitive))
                    why = Tr::tr("no route to host");
                else if (rc == QLatin1String("rc=0"))
                    why = Tr::tr("answered by something else than the test listener (%1)")
                              .arg(said.left(60));
                else
                    why = said.isEmpty() ? rc : said.left(160);
                r.message = Tr::tr("%1 cannot reach %2 on port %3: %4.")
                                .arg(from.node, to.node)
                                .arg(port)
                                .arg(why);
                r.fix = Tr::tr("Open inbound TCP port %1 on %2 for the other nodes (e.g. "
                               "firewall-cmd --add-port=%1/tcp --permanent).")
                            .arg(port)
                            .arg(to.node);
            }
            results.append(r);
        }
    }
    return results;
}

QList<CheckResult> ClusterEvaluator::clockSkew(const Requirements &requirements,
                                               const QList<NodeFacts> &facts)
{
    const QString id = QStringLiteral("clock.skew");
    QList<CheckResult> results;
    for (const NodeFacts &f : facts) {
        if (!f.reachable || !f.clockKnown) {
            results.append(
                CheckResult::make(id, f.node, Verdict::Skipped,
                                  f.reachable ? Tr::tr("%1: could not read the clock.").arg(f.node)
                                              : unreachableMessage(f)));
            continue;
        }
        // Skew against the workstation and against the other nodes (the one that matters).
        qint64 worst = qAbs(f.clockSkewMs);
        QString worstPeer = Tr::tr("the workstation");
        QString output;
        for (const NodeFacts &o : facts) {
            output += QStringLiteral("%1: %2 ms (±%3 ms) against the workstation\n")
                          .arg(o.node)
                          .arg(o.clockSkewMs)
                          .arg(o.clockUncertaintyMs);
            if (o.index == f.index || !o.clockKnown)
                continue;
            const qint64 d = qAbs(f.clockSkewMs - o.clockSkewMs);
            if (d > worst) {
                worst = d;
                worstPeer = o.node;
            }
        }
        const qint64 limit = requirements.maxClockSkewMs + f.clockUncertaintyMs;
        if (worst <= limit) {
            results.append(CheckResult::make(
                id, f.node, Verdict::Pass,
                Tr::tr("%1: clock within %2 ms of %3.").arg(f.node).arg(worst).arg(worstPeer),
                QString(), output));
        } else {
            results.append(CheckResult::make(
                id, f.node, Verdict::Warn,
                Tr::tr("%1: clock differs by %2 ms from %3.").arg(f.node).arg(worst).arg(worstPeer),
                Tr::tr("Synchronise the clocks (chronyd) on every node."), output));
        }
    }
    return results;
}

} // namespace Ocw::Core
