#include "clusterreadstep.h"

#include "../../base/tr.h"
#include "../../cluster/verifyboard.h"
#include "../../config/hazelcastxml.h"
#include "../../config/hoconfile.h"
#include "../../http/signinwait.h"
#include "../steprun.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QThread>
#include <QUrl>

namespace Ocw::Core {

namespace {

QList<QByteArray> trustedFor(const PhaseInputs &in, const QString &host)
{
    QList<QByteArray> trusted;
    for (const QString &fingerprint : in.profile.trustedFingerprintsFor(host))
        trusted.append(fingerprint.toLatin1());
    return trusted;
}

QString firstLine(const QByteArray &text)
{
    return QString::fromUtf8(text).trimmed().section(QLatin1Char('\n'), 0, 0);
}

int clusterPortOf(const PhaseInputs &in)
{
    const int port = in.release.port(QStringLiteral("cluster"));
    return port > 0 ? port : 5701;
}

// The node list of octane.conf as the file gives it: a HOCON list, or one comma-separated
// string.
QStringList nodeListOf(const HoconFile &conf, const QString &key)
{
    const QVariant value = conf.value(key);
    QStringList nodes;
    if (value.metaType().id() == QMetaType::QString) {
        for (const QString &n : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            nodes.append(n.trimmed());
    } else {
        for (const QVariant &v : value.toList())
            nodes.append(v.toString().trimmed());
    }
    nodes.removeAll(QString());
    return nodes;
}

} // namespace

ClusterReadStep::ClusterReadStep(QString phase, std::shared_ptr<VerifyBoard> board)
    : Step(std::move(phase))
    , m_board(std::move(board))
{
}

QString ClusterReadStep::name() const
{
    return StepId::ClusterReadings;
}

QString ClusterReadStep::title() const
{
    return Tr::tr("Cluster readings");
}

QString ClusterReadStep::statusText() const
{
    return Tr::tr("Reading the cluster…");
}

QString ClusterReadStep::description(const PhaseInputs &in, const NodeState &) const
{
    return Tr::tr("Reads, %1 times over %2 s: the server's health, the cluster lines of its log "
                  "and its share of the sign-ins through the load balancer; once: the "
                  "repository's node list, hazelcast.xml and a sign-in on the node. Changes "
                  "nothing.")
        .arg(qMax(1, in.profile.verify.healthReadings))
        .arg(in.profile.verify.healthWindowS);
}

bool ClusterReadStep::changesNode() const
{
    return false;
}

QString ClusterReadStep::doneWhen() const
{
    return Tr::tr("always runs (it only reads)");
}

QList<PlannedCommand> ClusterReadStep::plannedCommands(const PhaseInputs &in,
                                                       const NodeState &node) const
{
    const NodeCommands &c = node.commands;
    const QString url = c.serverUrl().toString();
    QList<PlannedCommand> planned{
        {c.readRepositoryConf().text, Tr::tr("only the node list is kept")},
        {NodeCommands::resolveNames({QStringLiteral("<octane.conf nodes>")}).text, {}},
        {QStringLiteral("POST %1/authentication/sign_in, GET %1/admin/server/version").arg(url),
         Tr::tr("from the workstation")},
    };
    if (!in.release.statusPath().isEmpty())
        planned.append({QStringLiteral("GET %1%2").arg(url, in.release.statusPath()),
                        Tr::tr("from the workstation, at each reading"), false, true});
    planned.append({c.readClusterLog().text, Tr::tr("at each reading"), false, true});
    if (!in.profile.loadBalancerUrl.isEmpty())
        planned.append(
            {QStringLiteral("POST %1/authentication/sign_in …").arg(in.profile.loadBalancerUrl),
             Tr::tr("from the workstation, %1 times, each on a new connection")
                 .arg(LoadBalancerSignInsPerNode),
             false, true});
    planned.append({c.readHazelcastXml().text, Tr::tr("only its members are kept")});
    planned.append({c.portListeners(clusterPortOf(in)).text,
                    Tr::tr("only when Hazelcast bound another port"), true});
    return planned;
}

QString ClusterReadStep::afterCancel(const PhaseInputs &, const NodeState &node) const
{
    return Tr::tr("Nothing was changed on %1: the verification only reads.")
        .arg(node.commands.node());
}

QString ClusterReadStep::portHolder(const QString &listeners, int port, const QStringList &own)
{
    static const QRegularExpression users(QStringLiteral(R"re(\("([^"]+)",pid=(\d+))re"));
    QHash<QString, QString> processOf; // pid -> "user: args"
    QStringList holders;
    const QStringList lines = listeners.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        if (!f.isEmpty() && f.first().toInt() > 0 && f.size() >= 3) // a ps line
            processOf.insert(f.first(), f.at(1) + QLatin1Char('\t') + f.mid(2).join(' '));
    }
    for (const QString &line : lines) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        if (f.size() < 4 || f.first() != QLatin1String("LISTEN"))
            continue;
        const QString local = f.at(3);
        const int colon = local.lastIndexOf(QLatin1Char(':'));
        if (colon < 0 || local.mid(colon + 1).toInt() != port)
            continue;
        QString host = local.left(colon);
        host.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        const bool wildcard = host == QLatin1String("*") || host == QLatin1String("0.0.0.0") ||
                              host == QLatin1String("::");
        if (!wildcard && !own.isEmpty() && !own.contains(host))
            continue; // another address's listener (several nodes on one host)
        auto it = users.globalMatch(line);
        bool any = false;
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            any = true;
            const QString process = processOf.value(m.captured(2));
            const QString user = process.section(QLatin1Char('\t'), 0, 0);
            // Its program, not its arguments: they can be a whole script, or hold a secret.
            const QString program = process.section(QLatin1Char('\t'), 1).section(' ', 0, 0);
            const QString who =
                process.isEmpty()
                    ? Tr::tr("%1 (pid %2) on %3").arg(m.captured(1), m.captured(2), local)
                    : Tr::tr("%1 (pid %2, user %3, program %4) on %5")
                          .arg(m.captured(1), m.captured(2), user, program, local);
            if (!holders.contains(who))
                holders.append(who);
        }
        if (!any)
            holders.append(Tr::tr("a process this user cannot see, on %1").arg(local));
    }
    return holders.join(QStringLiteral("; "));
}

CheckResult ClusterReadStep::run(StepRun &run) const
{
    const QString node = run.nodeName();
    const NodeCommands &c = run.commands();
    const PhaseInputs &in = run.in;
    const int readings = qMax(1, in.profile.verify.healthReadings);
    const qint64 intervalMs =
        readings > 1 ? qint64(in.profile.verify.healthWindowS) * 1000 / (readings - 1) : 0;
    const QString statusPath = in.release.statusPath();
    const QString user =
        in.profile.octaneConf.value(in.release.keyPath(ConfRole::SiteAdminUser)).toString();
    const QString password = in.confSecrets.value(in.release.keyPath(ConfRole::SiteAdminPassword));
    const QUrl nodeUrl = c.serverUrl();
    const QUrl lbUrl(in.profile.loadBalancerUrl);
    const CancelToken cancel = run.cancelToken();

    NodeReadings r;
    auto store = [this, &node, &r] { m_board->update(node, [&r](NodeReadings &n) { n = r; }); };
    auto broken = [&](const Error &e) {
        r.readError = e.message;
        store();
        return run.fail(e);
    };
    auto cancelled = [&] {
        r.readError = Tr::tr("cancelled");
        store();
        return run.skipped(
            Tr::tr("%1: cancelled while reading the cluster; nothing was changed.").arg(node));
    };

    // Once: the repository's node list (never the file: it holds passwords).
    Expected<ExecResult> conf = run.exec(c.readRepositoryConf());
    if (!conf)
        return broken(conf.error());
    if (conf->exitStatus == 3) {
        r.confError = Tr::tr("%1 does not exist").arg(c.repositoryConfFile());
    } else if (conf->exitStatus != 0) {
        r.confError = Tr::tr("reading %1 failed (exit %2): %3")
                          .arg(c.repositoryConfFile())
                          .arg(conf->exitStatus)
                          .arg(firstLine(conf->stdErr));
    } else {
        HoconPosition at;
        const Expected<HoconFile> parsed =
            HoconFile::parse(conf->stdOut, c.repositoryConfFile(), &at);
        conf->stdOut.fill('\0');
        if (!parsed) {
            // Not the parser's message: it may quote the text around the error.
            r.confError =
                Tr::tr("%1 is not valid HOCON (line %2)").arg(c.repositoryConfFile()).arg(at.line);
        } else {
            r.confNodes = nodeListOf(*parsed, in.release.nodeListKey());
            r.confRead = true;
        }
    }

    // How this node resolves the names of octane.conf and of the profile.
    QStringList names = r.confNodes;
    for (const Node &n : in.profile.nodes) {
        if (!names.contains(n.host))
            names.append(n.host);
    }
    Expected<ExecResult> resolved = run.exec(NodeCommands::resolveNames(names));
    if (!resolved)
        return broken(resolved.error());
    for (const QString &line : QString::fromUtf8(resolved->stdOut).split(QLatin1Char('\n'))) {
        const QStringList f = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.size() < 2 || !names.contains(f.first()))
            continue;
        QStringList addresses;
        for (const QString &a : f.mid(1)) {
            if (!addresses.contains(a))
                addresses.append(a);
        }
        r.resolved.insert(f.first(), addresses);
    }

    // Once: a sign-in directly on the node.
    run.recordRequest(QStringLiteral("POST %1/authentication/sign_in").arg(nodeUrl.toString()));
    run.recordRequest(QStringLiteral("GET %1/admin/server/version").arg(nodeUrl.toString()));
    {
        SignInClient client;
        client.setTimeout(15000);
        client.setTrustedCertificates(trustedFor(in, node));
        const std::optional<SignInResult> answer = SignInWait::run(
            client, [&] { client.signIn(nodeUrl, user, password); }, cancel);
        if (!answer)
            return cancelled();
        r.signIn = *answer;
    }

    // The readings: health, the log's cluster lines, this node's share of the load balancer.
    if (!statusPath.isEmpty())
        run.recordRequest(
            QStringLiteral("GET %1%2   # x%3").arg(nodeUrl.toString(), statusPath).arg(readings));
    if (lbUrl.isValid() && !lbUrl.isEmpty())
        run.recordRequest(QStringLiteral("POST %1/authentication/sign_in, GET version%2   # x%3, "
                                         "each on a new connection")
                              .arg(lbUrl.toString(), statusPath.isEmpty()
                                                         ? QString()
                                                         : QStringLiteral(", GET ") + statusPath)
                              .arg(LoadBalancerSignInsPerNode));
    QElapsedTimer clock;
    clock.start();
    int lbDone = 0;
    for (int i = 0; i < readings; ++i) {
        const qint64 due = i * intervalMs;
        while (!run.cancelled() && clock.elapsed() < due)
            QThread::msleep(ulong(qBound(qint64(1), due - clock.elapsed(), qint64(50))));
        if (run.cancelled())
            return cancelled();
        run.progress(Tr::tr("Reading %1 of %2…").arg(i + 1).arg(readings));

        HealthReading h;
        h.atMs = clock.elapsed();
        SignInClient health;
        health.setTimeout(10000);
        health.setTrustedCertificates(trustedFor(in, node));
        const std::optional<SignInResult> answer = SignInWait::run(
            health,
            [&] {
                if (statusPath.isEmpty())
                    health.signIn(nodeUrl, user, password);
                else
                    health.readStatus(nodeUrl, statusPath);
            },
            cancel);
        if (!answer)
            return cancelled();
        if (statusPath.isEmpty()) {
            h.httpStatus = answer->httpStatus;
            h.healthy = answer->isOk();
            h.text = answer->isOk() ? Tr::tr("signed in") : answer->error.message;
        } else {
            h.httpStatus = answer->statusHttp;
            h.healthy = answer->statusHttp == 200;
            h.text = answer->statusHttp > 0 ? answer->statusText : answer->statusError.message;
        }
        r.health.append(h);

        Expected<ExecResult> log = run.exec(c.readClusterLog());
        if (!log)
            return broken(log.error());
        if (log->exitStatus == 0) {
            r.membership.logRead = true;
            r.membership.logError.clear();
            r.membership.log = HazelcastLog::parse(QString::fromUtf8(log->stdOut));
            r.memberCounts.append(r.membership.log.hasMembers ? int(r.membership.log.members.size())
                                                              : 0);
        } else {
            r.membership.logRead = false;
            r.membership.logError =
                log->exitStatus == 3
                    ? Tr::tr("it does not exist")
                    : Tr::tr("exit %1: %2").arg(log->exitStatus).arg(firstLine(log->stdErr));
            r.memberCounts.append(0);
        }

        // K = 3 sign-ins per node in all, spread over the readings.
        const int lbDue = (i + 1) * LoadBalancerSignInsPerNode / readings;
        while (lbUrl.isValid() && !lbUrl.isEmpty() && lbDone < lbDue) {
            SignInClient viaLb; // its own connection: a new one for each sign-in
            viaLb.setTimeout(15000);
            viaLb.setCapturedHeader(in.profile.verify.upstreamHeader.toLatin1());
            viaLb.setStatusPath(statusPath);
            viaLb.setTrustedCertificates(trustedFor(in, lbUrl.host()));
            const std::optional<SignInResult> lb = SignInWait::run(
                viaLb, [&] { viaLb.signIn(lbUrl, user, password); }, cancel);
            if (!lb)
                return cancelled();
            r.throughLoadBalancer.append(*lb);
            ++lbDone;
        }
    }

    // At the end: hazelcast.xml (only its members), and what holds the cluster port when
    // Hazelcast did not get it.
    Expected<ExecResult> xml = run.exec(c.readHazelcastXml());
    if (!xml)
        return broken(xml.error());
    if (xml->exitStatus == 0) {
        const Expected<HazelcastJoin> join = HazelcastXml::parse(xml->stdOut, c.hazelcastFile());
        xml->stdOut.fill('\0');
        if (join) {
            r.membership.hazelcastXmlRead = true;
            r.membership.hazelcastXmlMembers = join->members;
        }
    }
    const int clusterPort = clusterPortOf(in);
    const HazelcastLog &hz = r.membership.log;
    const int picked = hz.pickedPort > 0 ? hz.pickedPort : (hz.self() ? hz.self()->port : 0);
    if (picked > 0 && picked != clusterPort) {
        Expected<ExecResult> listeners = run.exec(c.portListeners(clusterPort));
        if (!listeners)
            return broken(listeners.error());
        QStringList own = r.resolved.value(node);
        if (!hz.pickedAddress.isEmpty())
            own.append(hz.pickedAddress);
        r.membership.portHolder =
            portHolder(QString::fromUtf8(listeners->stdOut), clusterPort, own);
    }
    r.read = true;
    store();
    return run.pass(Tr::tr("%1: %2 readings over %3 s; %4 sign-ins through the load balancer.")
                        .arg(node)
                        .arg(r.health.size())
                        .arg(QString::number(
                            double(r.health.last().atMs - r.health.first().atMs) / 1000.0, 'f', 1))
                        .arg(r.throughLoadBalancer.size()));
}

} // namespace Ocw::Core
