#include "clusterverification.h"

#include "../base/tr.h"

#include <QSet>
#include <QUrl>

#include <algorithm>

namespace Ocw::Core {

namespace {

const QString kLbSignIn = QStringLiteral("verify.lb-sign-in");
const QString kLbSpread = QStringLiteral("verify.lb-spread");
const QString kNodeSignIn = QStringLiteral("verify.node-sign-in");
const QString kMembers = QStringLiteral("verify.members");
const QString kVersion = QStringLiteral("verify.version");
const QString kStatus = QStringLiteral("verify.status");

CheckResult make(const QString &id, const QString &node, Verdict verdict, const QString &message,
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

QString versionOf(const SignInResult &r)
{
    return r.version.displayVersion.isEmpty() ? r.version.version : r.version.displayVersion;
}

// The requests of a sign-in with their answers and the captured header: the raw evidence.
QString exchangesText(const SignInResult &r, const QString &header)
{
    QStringList lines;
    for (const HttpExchange &e : r.exchanges) {
        QString line = QStringLiteral("%1 -> %2")
                           .arg(e.request, e.httpStatus > 0 ? QString::number(e.httpStatus)
                                                            : QStringLiteral("no answer"));
        if (!header.isEmpty())
            line += QStringLiteral("; %1: %2")
                        .arg(header, e.capturedHeader.isEmpty() ? QStringLiteral("(none)")
                                                                : e.capturedHeader);
        lines.append(line);
    }
    if (r.error.isError())
        lines.append(QStringLiteral("error: ") + r.error.message);
    return lines.join(QLatin1Char('\n'));
}

QString readingText(const HealthReading &h)
{
    const QString at = QString::number(double(h.atMs) / 1000.0, 'f', 1);
    if (h.httpStatus <= 0)
        return Tr::tr("%1 s: no answer (%2)").arg(at, h.text);
    QString text = h.text;
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1); // the reading is one item of a list
    return QStringLiteral("%1 s: HTTP %2 %3").arg(at).arg(h.httpStatus).arg(text);
}

QString notRead(const QString &node, const NodeReadings &r)
{
    return r.readError.isEmpty()
               ? Tr::tr("%1: not verified: its readings did not run (see its readings result).")
                     .arg(node)
               : Tr::tr("%1: not verified: %2").arg(node, r.readError);
}

// An upstream "ip:port" on a node's address but not on its HTTP port: the load balancer sends
// that node's share to a port no Octane server listens on.
bool misrouted(const QString &upstream, int httpPort)
{
    const int colon = upstream.lastIndexOf(QLatin1Char(':'));
    if (httpPort <= 0 || colon < 0 || upstream.endsWith(QLatin1Char(']')))
        return false;
    bool ok = false;
    const int port = upstream.mid(colon + 1).toInt(&ok);
    return ok && port != httpPort;
}

QString sortedList(QStringList names)
{
    std::sort(names.begin(), names.end());
    return QLatin1Char('[') + names.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// verify.status of one node: healthy in every one of the consecutive readings asked for. A node
// that reports itself unhealthy only because the cluster misses `outside` is a warning that
// points at them: its own failure is theirs.
CheckResult statusVerdict(const ClusterVerification::Inputs &in, const QString &node,
                          const NodeReadings &r, const QStringList &outside)
{
    const QString outsideText = outside.join(QStringLiteral(", "));
    QStringList lines;
    for (const HealthReading &h : r.health)
        lines.append(readingText(h));
    const QString evidence = lines.join(QLatin1Char('\n'));
    const QString what = in.statusPath.isEmpty()
                             ? Tr::tr("sign-ins (the release has no health endpoint)")
                             : QStringLiteral("GET ") + in.statusPath;
    if (r.health.isEmpty()) {
        return make(kStatus, node, Verdict::Fail, notRead(node, r),
                    Tr::tr("Check that the workstation can log in to %1 and reach its "
                           "server, then verify again.")
                        .arg(node));
    } else {
        const bool allHealthy = std::all_of(r.health.cbegin(), r.health.cend(),
                                            [](const HealthReading &h) { return h.healthy; });
        const qint64 spanMs = r.health.last().atMs - r.health.first().atMs;
        if (allHealthy && r.health.size() >= in.readings) {
            CheckResult ok = make(kStatus, node, Verdict::Pass,
                                  Tr::tr("%1: healthy in %2 consecutive readings over %3 s "
                                         "(%4).")
                                      .arg(node)
                                      .arg(r.health.size())
                                      .arg(QString::number(double(spanMs) / 1000.0, 'f', 1))
                                      .arg(what));
            ok.output = evidence + QLatin1Char('\n');
            return ok;
        } else {
            auto firstBad = std::find_if(r.health.cbegin(), r.health.cend(),
                                         [](const HealthReading &h) { return !h.healthy; });
            const bool onlyUnhealthy =
                std::all_of(r.health.cbegin(), r.health.cend(), [](const HealthReading &h) {
                    return h.healthy || h.httpStatus == 500;
                });
            if (firstBad != r.health.cend() && onlyUnhealthy && !outside.isEmpty() &&
                !outside.contains(node)) {
                CheckResult consequence =
                    make(kStatus, node, Verdict::Warn,
                         Tr::tr("%1: reports itself unhealthy (%2) because the cluster "
                                "misses %3, not for a cause of its own.")
                             .arg(node, lines.join(QStringLiteral("; ")), outsideText),
                         Tr::tr("Correct %1 (see its verify.members and verify.port); this "
                                "node is healthy again once the cluster is whole.")
                             .arg(outsideText));
                consequence.output = evidence + QLatin1Char('\n');
                return consequence;
            }
            QString fix;
            if (firstBad == r.health.cend())
                fix = Tr::tr("Verify again to take all %1 readings.").arg(in.readings);
            else if (firstBad->httpStatus <= 0)
                fix = Tr::tr("The server stopped answering on %1: read %2 there for why "
                             "(the last lines before it stopped), then start it again "
                             "(systemctl start octane).")
                          .arg(node, in.logFile);
            else if (firstBad->httpStatus == 503)
                fix = Tr::tr("The server on %1 is still starting: wait for its ready line "
                             "in %2, then verify again.")
                          .arg(node, in.logFile);
            else
                fix = Tr::tr("The server on %1 reports itself unhealthy: the ERROR lines of "
                             "%2 there name the cause (a \"Cluster is unhealthy\" line: see "
                             "verify.members); correct it and restart that node.")
                          .arg(node, in.logFile);
            CheckResult bad = make(kStatus, node, Verdict::Fail,
                                   Tr::tr("%1: not healthy in %2 consecutive readings (%3): %4.")
                                       .arg(node)
                                       .arg(in.readings)
                                       .arg(what, lines.join(QStringLiteral("; "))),
                                   fix);
            bad.output = evidence + QLatin1Char('\n');
            return bad;
        }
    }
}

} // namespace

QString ClusterVerification::answeringUpstream(const QString &headerValue)
{
    // nginx joins the upstreams of one request with ", " (and " : " across upstream groups).
    QString last = headerValue;
    for (const QString &sep : {QStringLiteral(","), QStringLiteral(" : ")}) {
        const int at = last.lastIndexOf(sep);
        if (at >= 0)
            last = last.mid(at + sep.size());
    }
    return last.trimmed();
}

QString ClusterVerification::nodeOfUpstream(const QString &upstream,
                                            const QHash<QString, QStringList> &addressesOf)
{
    QString host = upstream.trimmed();
    if (host.startsWith(QLatin1Char('['))) {
        host = host.mid(1, host.indexOf(QLatin1Char(']')) - 1);
    } else if (host.count(QLatin1Char(':')) == 1) {
        host = host.left(host.indexOf(QLatin1Char(':')));
    }
    if (host.isEmpty())
        return {};
    for (auto it = addressesOf.cbegin(); it != addressesOf.cend(); ++it) {
        if (it.key().compare(host, Qt::CaseInsensitive) == 0 || it.value().contains(host))
            return it.key();
    }
    return {};
}

QList<CheckResult> ClusterVerification::evaluate(const Inputs &in,
                                                 const QHash<QString, NodeReadings> &readings)
{
    QList<CheckResult> out;

    // Every name a node is known by -> its addresses: the workstation's view, and the names of
    // octane.conf as the nodes resolve them.
    QHash<QString, QStringList> addressesOf = in.workstationAddresses;
    for (const NodeReadings &r : readings) {
        for (auto it = r.resolved.cbegin(); it != r.resolved.cend(); ++it) {
            QStringList &list = addressesOf[it.key()];
            for (const QString &a : it.value()) {
                if (!list.contains(a))
                    list.append(a);
            }
        }
    }

    // octane.conf's node list: the first node's reading of the repository, else any node's.
    const NodeReadings firstReadings = readings.value(in.firstNode);
    QStringList confNodes;
    bool confKnown = false;
    QString confError;
    if (firstReadings.confRead) {
        confNodes = firstReadings.confNodes;
        confKnown = true;
    } else {
        confError = firstReadings.confError;
        for (const QString &node : in.nodes) {
            if (readings.value(node).confRead) {
                confNodes = readings.value(node).confNodes;
                confKnown = true;
                break;
            }
        }
    }

    // --- verify.members and verify.port -----------------------------------------------------
    ClusterMembership::Inputs mi;
    mi.confNodes = confKnown ? confNodes : in.nodes;
    mi.clusterPort = in.clusterPort;
    mi.repositoryConf = in.repositoryConf;
    mi.hazelcastXml = in.hazelcastXml;
    mi.logFile = in.logFile;
    // The profile's names and octane.conf's may differ (a name and an address): map both.
    for (const QString &name : mi.confNodes)
        mi.addressesOf.insert(name, addressesOf.value(name));
    for (const QString &node : in.nodes) {
        const QString confName = ClusterMembership::nodeOf(mi, node);
        QStringList &list = mi.addressesOf[confName];
        for (const QString &a : addressesOf.value(node)) {
            if (!list.contains(a))
                list.append(a);
        }
    }
    QHash<QString, QString> profileNameOf; // octane.conf name -> profile node
    QList<NodeMembership> memberships;
    for (const QString &node : in.nodes) {
        const NodeReadings r = readings.value(node);
        NodeMembership m = r.membership;
        if (!r.read && !m.logRead)
            m.logError = r.readError.isEmpty() ? Tr::tr("its readings did not run") : r.readError;
        m.node = ClusterMembership::nodeOf(mi, node);
        m.serverGone = !r.health.isEmpty() && r.health.last().httpStatus <= 0;
        profileNameOf.insert(m.node, node);
        memberships.append(m);
    }
    QList<CheckResult> membership = ClusterMembership::evaluate(mi, memberships);
    for (CheckResult &r : membership)
        r.node = profileNameOf.value(r.node, r.node);

    for (CheckResult &r : membership) {
        if (r.checkId != kMembers)
            continue;
        const QString &node = r.node;
        const NodeReadings nr = readings.value(node);
        if (!confKnown) {
            r = make(kMembers, node, Verdict::Fail,
                     Tr::tr("%1: the node list of %2 could not be read (%3), so the cluster "
                            "cannot be compared with it.")
                         .arg(node, in.repositoryConf,
                              confError.isEmpty() ? Tr::tr("not read") : confError),
                     Tr::tr("Check that %1 exists on the shared repository and that the install "
                            "user may read it.")
                         .arg(in.repositoryConf),
                     r.details);
            continue;
        }
        if (!mi.confNodes.contains(ClusterMembership::nodeOf(mi, node))) {
            r = make(kMembers, node, Verdict::Fail,
                     Tr::tr("%1: it is not in the node list of %2 (%3), so the cluster does not "
                            "count it.")
                         .arg(node, in.repositoryConf, sortedList(mi.confNodes)),
                     Tr::tr("Add %1 to the node list of %2 (never octane.conf.new), then restart "
                            "every node, one at a time.")
                         .arg(node, in.repositoryConf),
                     r.details);
            continue;
        }
        if (nr.confRead && nr.confNodes != confNodes && r.verdict != Verdict::Fail) {
            r = make(
                kMembers, node, Verdict::Fail,
                Tr::tr("%1: its %2 lists %3, but the first node's lists %4: the repository "
                       "is not the same shared folder on both.")
                    .arg(node, in.repositoryConf, sortedList(nr.confNodes), sortedList(confNodes)),
                Tr::tr("Mount the same shared repository at the same path on every node, "
                       "then restart %1.")
                    .arg(node),
                r.details);
            continue;
        }
        // A server that no longer answers left its last membership in the log: that block is
        // from before it stopped.
        const bool down = !nr.health.isEmpty() && nr.health.last().httpStatus <= 0;
        if (down) {
            const bool wasReady =
                std::any_of(nr.health.cbegin(), nr.health.cend(),
                            [](const HealthReading &h) { return h.httpStatus > 0; });
            const QString &fatal = nr.membership.log.fatalLine;
            r = make(kMembers, node, Verdict::Fail,
                     (wasReady ? Tr::tr("%1: its server answered, then stopped during the "
                                        "readings (%2), so it is not a member any more.")
                               : Tr::tr("%1: its server does not answer (%2), so it is not a "
                                        "member any more."))
                             .arg(node, nr.health.last().text) +
                         (fatal.isEmpty() ? QString() : Tr::tr(" Its log says: %1").arg(fatal)),
                     Tr::tr("Read %1 on %2 for why the server stopped, then start it again "
                            "(systemctl start octane).")
                         .arg(in.logFile, node),
                     r.details);
            continue;
        }
        // Healthy means the same full membership at every reading, never one snapshot.
        const int expected = int(mi.confNodes.size());
        const bool steady = std::all_of(nr.memberCounts.cbegin(), nr.memberCounts.cend(),
                                        [expected](int c) { return c == expected; });
        if (r.verdict == Verdict::Pass && !steady) {
            QStringList counts;
            for (int c : nr.memberCounts)
                counts.append(QString::number(c));
            r = make(kMembers, node, Verdict::Fail,
                     Tr::tr("%1: its membership changed during the readings (sizes %2, of %3 "
                            "nodes): the cluster is not stable.")
                         .arg(node, counts.join(QStringLiteral(", ")))
                         .arg(expected),
                     Tr::tr("Open port %1 between the nodes (both ways) and read %2 on %3 for "
                            "the members it removed; then verify again.")
                         .arg(in.clusterPort)
                         .arg(in.logFile, node),
                     r.details);
        }
    }
    // The evidence of every membership verdict: what was read, side by side.
    for (CheckResult &r : membership) {
        if (r.checkId != kMembers)
            continue;
        const NodeReadings nr = readings.value(r.node);
        QStringList evidence;
        evidence.append(QStringLiteral("%1 node list: %2")
                            .arg(in.repositoryConf,
                                 confKnown ? sortedList(confNodes) : QStringLiteral("(not read)")));
        evidence.append(
            QStringLiteral("%1 members: %2")
                .arg(in.hazelcastXml, nr.membership.hazelcastXmlRead
                                          ? sortedList(nr.membership.hazelcastXmlMembers)
                                          : QStringLiteral("(not read)")));
        QStringList counts;
        for (int c : nr.memberCounts)
            counts.append(QString::number(c));
        evidence.append(QStringLiteral("membership size at each reading: %1")
                            .arg(counts.isEmpty() ? QStringLiteral("(none)")
                                                  : counts.join(QStringLiteral(", "))));
        if (nr.membership.log.pickedPort > 0)
            evidence.append(QStringLiteral("picked: [%1]:%2")
                                .arg(nr.membership.log.pickedAddress)
                                .arg(nr.membership.log.pickedPort));
        if (!nr.membership.log.unreachable.isEmpty())
            evidence.append(QStringLiteral("could not connect to: %1")
                                .arg(nr.membership.log.unreachable.join(QStringLiteral(", "))));
        if (!nr.membership.log.removedMembers.isEmpty())
            evidence.append(QStringLiteral("removed members: %1")
                                .arg(nr.membership.log.removedMembers.join(QStringLiteral(", "))));
        evidence.append(QStringLiteral("last membership block in %1:").arg(in.logFile));
        evidence.append(nr.membership.log.hasMembers ? nr.membership.log.block
                                                     : QStringLiteral("(none)"));
        if (!nr.membership.log.unhealthyLine.isEmpty())
            evidence.append(nr.membership.log.unhealthyLine);
        r.output = evidence.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    out.append(membership);
    // The nodes that are wrong themselves: the other nodes' symptoms (an unhealthy status, a
    // load balancer whose every node answers 500) are theirs, reported once, on them.
    QStringList outside;
    for (const CheckResult &r : std::as_const(membership)) {
        if (r.verdict == Verdict::Fail && !outside.contains(r.node))
            outside.append(r.node);
    }
    const QString outsideText = outside.join(QStringLiteral(", "));

    // --- verify.status and verify.node-sign-in, per node ------------------------------------
    QHash<QString, QString> versionOfNode;
    for (const QString &node : in.nodes) {
        const NodeReadings r = readings.value(node);
        out.append(statusVerdict(in, node, r, outside));
        // verify.node-sign-in
        if (!r.signIn) {
            out.append(make(kNodeSignIn, node, Verdict::Fail, notRead(node, r),
                            Tr::tr("Check that the workstation can reach %1's server, then "
                                   "verify again.")
                                .arg(node)));
        } else if (!r.signIn->isOk()) {
            CheckResult bad = make(
                kNodeSignIn, node, Verdict::Fail,
                Tr::tr("%1: signing in directly failed: %2").arg(node, r.signIn->error.message),
                r.signIn->error.fix.isEmpty()
                    ? Tr::tr("Read %1 on %2; the server must be ready before "
                             "it accepts a sign-in.")
                          .arg(in.logFile, node)
                    : r.signIn->error.fix,
                r.signIn->error.details);
            bad.output = exchangesText(*r.signIn, {}) + QLatin1Char('\n');
            out.append(bad);
        } else {
            versionOfNode.insert(node, versionOf(*r.signIn));
            CheckResult ok =
                make(kNodeSignIn, node, Verdict::Pass,
                     Tr::tr("%1: signed in directly (%2); server version %3.")
                         .arg(node, r.signIn->baseUrl.toString(), versionOf(*r.signIn)));
            ok.output = exchangesText(*r.signIn, {}) + QLatin1Char('\n');
            out.append(ok);
        }
    }

    // --- verify.version: one for the cluster -------------------------------------------------
    {
        QHash<QString, QStringList> nodesOfVersion;
        for (const QString &node : in.nodes) {
            if (versionOfNode.contains(node))
                nodesOfVersion[versionOfNode.value(node)].append(node);
        }
        QStringList evidence;
        for (const QString &node : in.nodes)
            evidence.append(QStringLiteral("%1: %2").arg(
                node, versionOfNode.value(node, QStringLiteral("(no answer)"))));
        if (nodesOfVersion.isEmpty()) {
            CheckResult bad = make(kVersion, in.firstNode, Verdict::Fail,
                                   Tr::tr("No node answered its version: the versions cannot be "
                                          "compared (see verify.node-sign-in)."),
                                   Tr::tr("Make every node's server answer a sign-in, then "
                                          "verify again."));
            bad.output = evidence.join(QLatin1Char('\n')) + QLatin1Char('\n');
            out.append(bad);
        } else if (nodesOfVersion.size() == 1) {
            CheckResult ok = make(kVersion, QString(), Verdict::Pass,
                                  Tr::tr("Every node that answered runs version %1 (%2 of %3).")
                                      .arg(nodesOfVersion.cbegin().key())
                                      .arg(versionOfNode.size())
                                      .arg(in.nodes.size()));
            ok.output = evidence.join(QLatin1Char('\n')) + QLatin1Char('\n');
            out.append(ok);
        } else {
            // The version most nodes run (ties: the first node's) is the cluster's.
            QString main = versionOfNode.value(in.firstNode);
            for (auto it = nodesOfVersion.cbegin(); it != nodesOfVersion.cend(); ++it) {
                if (it.value().size() > nodesOfVersion.value(main).size())
                    main = it.key();
            }
            QStringList odd;
            for (const QString &node : in.nodes) {
                if (versionOfNode.contains(node) && versionOfNode.value(node) != main)
                    odd.append(QStringLiteral("%1 (%2)").arg(node, versionOfNode.value(node)));
            }
            QString oddNode;
            for (const QString &node : in.nodes) {
                if (versionOfNode.contains(node) && versionOfNode.value(node) != main) {
                    oddNode = node;
                    break;
                }
            }
            CheckResult bad =
                make(kVersion, oddNode, Verdict::Fail,
                     Tr::tr("The nodes run different versions: %1 against %2 on the others.")
                         .arg(odd.join(QStringLiteral(", ")), main),
                     Tr::tr("Install the same package (version %1) on %2 and restart it; all "
                            "nodes of a cluster must run the same version.")
                         .arg(main, oddNode));
            bad.output = evidence.join(QLatin1Char('\n')) + QLatin1Char('\n');
            out.append(bad);
        }
    }

    // --- verify.lb-sign-in and verify.lb-spread ---------------------------------------------
    const QString lbHost = QUrl(in.loadBalancerUrl).host();
    if (in.loadBalancerUrl.isEmpty()) {
        out.append(make(kLbSignIn, QString(), Verdict::Skipped,
                        Tr::tr("The profile names no load balancer URL: the sign-in through it "
                               "is not verified.")));
        for (const QString &node : in.nodes)
            out.append(make(kLbSpread, node, Verdict::Skipped,
                            Tr::tr("%1: no load balancer URL in the profile.").arg(node)));
        return out;
    }
    QList<SignInResult> samples;
    for (const QString &node : in.nodes)
        samples.append(readings.value(node).throughLoadBalancer);
    int requests = 0;
    bool headerSeen = false;
    QHash<QString, int> answers;             // node -> requests it answered
    QHash<QString, int> passedOver;          // node -> requests it was tried for and did not answer
    QHash<QString, QStringList> misroutedTo; // node -> upstreams of its address, not its port
    QStringList unknownUpstreams;
    QStringList triedFirst; // upstreams that did not answer before another one did
    QStringList evidence;
    int failed = 0;
    bool consequenceOnly = true;
    const SignInResult *firstFailure = nullptr;
    QString failureNode;
    for (const SignInResult &s : samples) {
        evidence.append(exchangesText(s, in.upstreamHeader));
        evidence.append(QString());
        for (const HttpExchange &e : s.exchanges) {
            if (e.httpStatus <= 0)
                continue;
            ++requests;
            if (e.capturedHeader.isEmpty())
                continue;
            headerSeen = true;
            const QStringList tried = e.capturedHeader.split(QLatin1Char(','));
            for (int i = 0; i + 1 < tried.size(); ++i) {
                const QString upstream = tried.at(i).trimmed();
                if (!triedFirst.contains(upstream))
                    triedFirst.append(upstream);
                const QString node = nodeOfUpstream(upstream, addressesOf);
                if (node.isEmpty())
                    continue;
                if (!misrouted(upstream, in.httpPort))
                    ++passedOver[node];
                else if (!misroutedTo[node].contains(upstream))
                    misroutedTo[node].append(upstream);
            }
            const QString upstream = answeringUpstream(e.capturedHeader);
            const QString node = nodeOfUpstream(upstream, addressesOf);
            if (!node.isEmpty() && misrouted(upstream, in.httpPort)) {
                if (!misroutedTo[node].contains(upstream))
                    misroutedTo[node].append(upstream);
            } else if (node.isEmpty() || !in.nodes.contains(node)) {
                if (!unknownUpstreams.contains(upstream))
                    unknownUpstreams.append(upstream);
            } else {
                ++answers[node];
            }
        }
        const bool statusBad = !in.statusPath.isEmpty() && s.isOk() && s.statusHttp != 200;
        if (!s.isOk() || statusBad) {
            ++failed;
            // Unhealthy answers (500; nginx's 502 once every node answered 500), not a load
            // balancer that cannot be reached or a server that is gone.
            const int code = statusBad ? s.statusHttp : s.httpStatus;
            if (code != 500 && code != 502)
                consequenceOnly = false;
            if (!firstFailure) {
                firstFailure = &s;
                if (!s.exchanges.isEmpty())
                    failureNode = nodeOfUpstream(
                        answeringUpstream(s.exchanges.last().capturedHeader), addressesOf);
            }
        }
    }
    const QString raw = evidence.join(QLatin1Char('\n'));
    if (samples.isEmpty()) {
        out.append(make(kLbSignIn, lbHost, Verdict::Fail,
                        Tr::tr("No sign-in through the load balancer %1 was made: the readings "
                               "did not run.")
                            .arg(in.loadBalancerUrl),
                        Tr::tr("Verify again once the nodes can be read.")));
    } else if (failed > 0 && !outside.isEmpty() && consequenceOnly) {
        CheckResult consequence =
            make(kLbSignIn, QString(), Verdict::Warn,
                 Tr::tr("%1 of %2 sign-ins through the load balancer %3 failed, because the nodes "
                        "report themselves unhealthy while the cluster misses %4.")
                     .arg(failed)
                     .arg(samples.size())
                     .arg(in.loadBalancerUrl, outsideText),
                 Tr::tr("Correct %1 (see its verify.members and verify.port); the load balancer "
                        "serves again once the cluster is whole.")
                     .arg(outsideText));
        consequence.output = raw;
        out.append(consequence);
    } else if (failed > 0) {
        const SignInResult &f = *firstFailure;
        const QString why =
            !f.isOk()
                ? f.error.message
                : Tr::tr("its health answer was HTTP %1 %2").arg(f.statusHttp).arg(f.statusText);
        CheckResult bad =
            make(kLbSignIn, failureNode.isEmpty() ? lbHost : failureNode, Verdict::Fail,
                 Tr::tr("%1 of %2 sign-ins through the load balancer %3 failed%4: %5")
                     .arg(failed)
                     .arg(samples.size())
                     .arg(in.loadBalancerUrl,
                          failureNode.isEmpty() ? QString()
                                                : Tr::tr(" (answered by %1)").arg(failureNode),
                          why),
                 !f.isOk() && !f.error.fix.isEmpty()
                     ? f.error.fix
                     : Tr::tr("Check the load balancer's pool: every server in it must be a ready "
                              "Octane node on its HTTP port; see verify.status of %1.")
                           .arg(failureNode.isEmpty() ? Tr::tr("each node") : failureNode),
                 f.error.details);
        bad.output = raw;
        out.append(bad);
    } else {
        QString note;
        if (!unknownUpstreams.isEmpty())
            note = Tr::tr(" Some answers came from %1, which is not a node of the profile.")
                       .arg(unknownUpstreams.join(QStringLiteral(", ")));
        if (!triedFirst.isEmpty())
            note += Tr::tr(" The load balancer first tried %1, which did not answer, then "
                           "another server.")
                        .arg(triedFirst.join(QStringLiteral(", ")));
        CheckResult ok =
            make(kLbSignIn, QString(), note.isEmpty() ? Verdict::Pass : Verdict::Warn,
                 Tr::tr("%1 sign-ins through the load balancer %2, each on a new connection, all "
                        "succeeded (sign-in, version%3).%4")
                     .arg(samples.size())
                     .arg(in.loadBalancerUrl,
                          in.statusPath.isEmpty() ? QString() : Tr::tr(", health"), note),
                 note.isEmpty() ? QString()
                                : Tr::tr("Remove the servers that are not Octane nodes (or that do "
                                         "not answer) from the load balancer's pool."));
        ok.output = raw;
        out.append(ok);
    }

    QStringList seenText;
    for (const QString &node : in.nodes) {
        if (answers.value(node) > 0)
            seenText.append(QStringLiteral("%1 x%2").arg(node).arg(answers.value(node)));
    }
    const QString spreadText =
        seenText.isEmpty() ? Tr::tr("none") : seenText.join(QStringLiteral(", "));
    const bool single = answers.size() == 1 && in.nodes.size() > 1;
    for (const QString &node : in.nodes) {
        CheckResult r;
        if (!headerSeen) {
            r = make(
                kLbSpread, node, Verdict::Warn,
                Tr::tr("%1: which node answered through the load balancer cannot be seen "
                       "(no %2 header in %3 answers); the per-node checks stand for it.")
                    .arg(node, in.upstreamHeader.isEmpty() ? Tr::tr("upstream") : in.upstreamHeader)
                    .arg(requests),
                Tr::tr("Let the load balancer name the upstream (nginx: add_header "
                       "X-Upstream-Addr $upstream_addr always;) or set the profile's "
                       "upstream header to the one yours adds."));
        } else if (!misroutedTo.value(node).isEmpty()) {
            r = make(kLbSpread, node, Verdict::Fail,
                     Tr::tr("%1: the load balancer sends its share to %2, where no Octane server "
                            "answers (its HTTP port is %3).")
                         .arg(node, misroutedTo.value(node).join(QStringLiteral(", ")))
                         .arg(in.httpPort),
                     Tr::tr("Correct %1's server line in the load balancer's pool to port %2, "
                            "reload the load balancer and verify again.")
                         .arg(node)
                         .arg(in.httpPort));
        } else if (answers.value(node) == 0 && passedOver.value(node) > 0) {
            r = make(kLbSpread, node, Verdict::Warn,
                     Tr::tr("%1: the load balancer tried it %2 times, but it never answered "
                            "well enough to be used (see its verify.status).")
                         .arg(node)
                         .arg(passedOver.value(node)),
                     Tr::tr("Make %1's server healthy (see its verify.status and "
                            "verify.members); the load balancer is not at fault.")
                         .arg(node));
        } else if (answers.value(node) == 0) {
            r = make(kLbSpread, node, Verdict::Fail,
                     Tr::tr("%1: never answered through the load balancer in %2 requests "
                            "(answers came from %3).")
                         .arg(node)
                         .arg(requests)
                         .arg(spreadText),
                     Tr::tr("Add %1 to the load balancer's pool, on its HTTP port (nginx: a "
                            "server line in the upstream block), reload the load balancer and "
                            "verify again.")
                         .arg(node));
        } else if (single) {
            r = make(kLbSpread, node, Verdict::Warn,
                     Tr::tr("%1: answered all %2 requests through the load balancer: it looks "
                            "sticky or single-backend.")
                         .arg(node)
                         .arg(requests),
                     Tr::tr("The procedure recommends round robin (stateless) across every "
                            "node: remove the session affinity and list every node in the "
                            "pool."));
        } else {
            r = make(kLbSpread, node, Verdict::Pass,
                     Tr::tr("%1: answered %2 of %3 requests through the load balancer.")
                         .arg(node)
                         .arg(answers.value(node))
                         .arg(requests));
        }
        r.output = Tr::tr("answers by node: %1\n").arg(spreadText);
        out.append(r);
    }
    return out;
}

} // namespace Ocw::Core
