#include "runrecord.h"

#include "../base/tr.h"
#include "../plan/phaseplan.h"
#include "../ssh/fileuploader.h"

#include <QJsonArray>

#include <algorithm>

namespace Ocw::Core {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1) + QStringLiteral(" s");
}

} // namespace

void RunRecord::record(const Phase &phase)
{
    for (Phase &p : m_phases) {
        if (p.id == phase.id) {
            p = phase;
            return;
        }
    }
    m_phases.append(phase);
}

const RunRecord::Phase *RunRecord::phase(const QString &id) const
{
    for (const Phase &p : m_phases) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QStringList RunRecord::changingSteps(const PhasePlan &plan)
{
    QStringList ids;
    for (const PhaseRound &round : plan.rounds) {
        for (const std::shared_ptr<const Step> &step : round.steps) {
            if (step->changesNode() && !ids.contains(step->id()))
                ids.append(step->id());
        }
    }
    return ids;
}

QList<RunRecord::NodeSummary>
RunRecord::nodeSummaries(const ClusterProfile &profile,
                         const QHash<QString, QString> &nodeUrls) const
{
    // The versions the nodes answered: the verification's evidence, "node: version" per line.
    QHash<QString, QString> versionOf;
    if (const Phase *verify = phase(QStringLiteral("verify"))) {
        for (const CheckResult &r : verify->results) {
            if (r.checkId != QLatin1String("verify.version"))
                continue;
            for (const QString &line : r.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                const int colon = line.indexOf(QStringLiteral(": "));
                if (colon > 0 && !line.mid(colon + 2).startsWith(QLatin1Char('(')))
                    versionOf.insert(line.left(colon), line.mid(colon + 2));
            }
        }
    }
    QList<NodeSummary> out;
    for (const Node &n : profile.nodes) {
        NodeSummary s;
        s.node = n.host;
        s.first = n.host == profile.firstNodeHost();
        s.version = versionOf.value(n.host);
        s.url = nodeUrls.value(n.host);
        for (const Phase &p : m_phases) {
            for (const CheckResult &r : p.results) {
                if (r.node != n.host)
                    continue;
                s.bytesSent += r.bytesSent;
                if (r.verdict == Verdict::Fail)
                    ++s.failures;
                if (r.verdict == Verdict::Pass && p.changingSteps.contains(r.checkId)) {
                    // Under the node's name already: its name at the start is said once.
                    const QString prefix = n.host + QStringLiteral(": ");
                    s.changes.append(r.message.startsWith(prefix) ? r.message.mid(prefix.size())
                                                                  : r.message);
                }
            }
        }
        out.append(s);
    }
    return out;
}

QString RunRecord::verdictText() const
{
    const Phase *verify = phase(QStringLiteral("verify"));
    if (!verify)
        return Tr::tr("The cluster was not verified in this session.");
    if (verify->cancelled)
        return Tr::tr("The verification was cancelled: the cluster is not verified.");
    QStringList failedNodes;
    for (const CheckResult &r : verify->results) {
        if (r.verdict == Verdict::Fail && !failedNodes.contains(r.node))
            failedNodes.append(r.node);
    }
    if (!failedNodes.isEmpty())
        return Tr::tr("The cluster is not verified: verifications failed on %1.")
            .arg(failedNodes.join(QStringLiteral(", ")));
    return Tr::tr("The cluster is verified: one cluster of every node, healthy over the "
                  "readiness window, served through the load balancer.");
}

CheckReport RunRecord::report(const ClusterProfile &profile) const
{
    CheckReport report;
    report.profile = profile;
    for (const Phase &p : m_phases) {
        if (!report.startedAt.isValid() || p.startedAt < report.startedAt)
            report.startedAt = p.startedAt;
        report.durationMs += p.durationMs;
        report.cancelled = report.cancelled || p.cancelled;
        report.results += p.results;
    }
    return report;
}

QJsonObject RunRecord::toJson(const ClusterProfile &profile,
                              const QHash<QString, QString> &nodeUrls) const
{
    QJsonObject json = report(profile).toJson();
    QJsonArray phases;
    for (const Phase &p : m_phases) {
        phases.append(QJsonObject{
            {QStringLiteral("id"), p.id},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("startedAt"), p.startedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("durationMs"), p.durationMs},
            {QStringLiteral("cancelled"), p.cancelled},
            {QStringLiteral("results"), int(p.results.size())},
        });
    }
    json.insert(QStringLiteral("phases"), phases);
    QJsonArray nodes;
    for (const NodeSummary &s : nodeSummaries(profile, nodeUrls)) {
        nodes.append(QJsonObject{
            {QStringLiteral("node"), s.node},
            {QStringLiteral("first"), s.first},
            {QStringLiteral("version"), s.version},
            {QStringLiteral("bytesSent"), s.bytesSent},
            {QStringLiteral("changes"), QJsonArray::fromStringList(s.changes)},
            {QStringLiteral("failures"), s.failures},
            {QStringLiteral("url"), s.url},
        });
    }
    QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
    summary.insert(QStringLiteral("nodes"), nodes);
    summary.insert(QStringLiteral("verdict"), verdictText());
    summary.insert(QStringLiteral("loadBalancerUrl"), profile.loadBalancerUrl);
    json.insert(QStringLiteral("summary"), summary);
    return json;
}

QString RunRecord::toHtml(const ClusterProfile &profile,
                          const QHash<QString, QString> &nodeUrls) const
{
    QString top =
        QStringLiteral("<h2>%1</h2><p>%2</p>").arg(esc(Tr::tr("Summary")), esc(verdictText()));
    if (!profile.loadBalancerUrl.isEmpty())
        top += QStringLiteral("<p>%1 <a href=\"%2\">%2</a></p>")
                   .arg(esc(Tr::tr("Load balancer:")), esc(profile.loadBalancerUrl));
    top += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
               .arg(esc(Tr::tr("Phase")), esc(Tr::tr("Started")), esc(Tr::tr("Duration")),
                    esc(Tr::tr("Results")));
    for (const Phase &p : m_phases)
        top += QStringLiteral("<tr><td>%1%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                   .arg(esc(p.title), p.cancelled ? esc(Tr::tr(" (cancelled)")) : QString(),
                        esc(p.startedAt.toUTC().toString(Qt::ISODate)), esc(seconds(p.durationMs)))
                   .arg(p.results.size());
    top += QStringLiteral("</table><table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                          "<th>%5</th></tr>")
               .arg(esc(Tr::tr("Node")), esc(Tr::tr("Version")), esc(Tr::tr("Sent")),
                    esc(Tr::tr("What changed there")), esc(Tr::tr("Server")));
    for (const NodeSummary &s : nodeSummaries(profile, nodeUrls)) {
        QStringList changes;
        for (const QString &c : s.changes)
            changes.append(esc(c));
        top += QStringLiteral("<tr><td>%1%2</td><td>%3</td><td>%4</td><td>%5</td>"
                              "<td><a href=\"%6\">%6</a></td></tr>")
                   .arg(esc(s.node), s.first ? esc(Tr::tr(" (first)")) : QString(),
                        esc(s.version.isEmpty() ? Tr::tr("not read") : s.version),
                        esc(FileUploader::formatBytes(s.bytesSent)),
                        changes.isEmpty() ? esc(Tr::tr("nothing"))
                                          : changes.join(QStringLiteral("<br>")),
                        esc(s.url));
    }
    top += QStringLiteral("</table>");
    QString html = report(profile).toHtml();
    const int body = html.indexOf(QStringLiteral("<body>"));
    if (body >= 0) {
        // After the report's heading, so the document still opens with its title.
        const int heading = html.indexOf(QStringLiteral("</h1>"), body);
        const int at = heading >= 0 ? heading + 5 : body + 6;
        html.insert(at, top);
    }
    return html;
}

} // namespace Ocw::Core
