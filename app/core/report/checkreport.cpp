#include "checkreport.h"

#include "../base/outputfile.h"
#include "../base/tr.h"
#include "../checks/checkcatalogue.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Ocw::Core {

int CheckReport::count(Verdict verdict) const
{
    return int(std::count_if(results.cbegin(), results.cend(),
                             [verdict](const CheckResult &r) { return r.verdict == verdict; }));
}

int CheckReport::blockingFailures() const
{
    return int(std::count_if(results.cbegin(), results.cend(),
                             [](const CheckResult &r) { return r.isBlockingFailure(); }));
}

int CheckReport::exitCode() const
{
    if (cancelled)
        return 3;
    return blockingFailures() > 0 ? 1 : 0;
}

QJsonObject CheckReport::toJson() const
{
    QJsonArray nodes;
    for (const Node &n : profile.nodes) {
        QJsonObject o{{QStringLiteral("host"), n.host},
                      {QStringLiteral("first"), n.host == profile.firstNodeHost()}};
        for (const NodeFacts &f : facts) {
            if (f.node == n.host) {
                o.insert(QStringLiteral("reachable"), f.reachable);
                o.insert(QStringLiteral("privilege"), privilegeModeName(f.privilege.mode));
                if (!f.repoEnvValue.isEmpty())
                    o.insert(QStringLiteral("repositoryDir"), f.repoEnvValue);
            }
        }
        nodes.append(o);
    }
    QJsonArray checks;
    for (const CheckDefinition &d : CheckCatalogue::all()) {
        checks.append(QJsonObject{{QStringLiteral("id"), d.id},
                                  {QStringLiteral("title"), d.title},
                                  {QStringLiteral("scope"), d.scope == CheckScope::Pair
                                                                ? QStringLiteral("pair")
                                                                : QStringLiteral("node")},
                                  {QStringLiteral("blocking"), d.blocking}});
    }
    QJsonArray resultArray;
    QJsonObject sentPerNode;
    qint64 sentTotal = 0;
    for (const CheckResult &r : results) {
        resultArray.append(r.toJson());
        if (r.bytesSent > 0) {
            sentPerNode.insert(r.node, qint64(sentPerNode.value(r.node).toDouble()) + r.bytesSent);
            sentTotal += r.bytesSent;
        }
    }
    return QJsonObject{
        // From the workstation to the nodes (package uploads), per node and in total.
        {QStringLiteral("bytesSent"), QJsonObject{{QStringLiteral("total"), sentTotal},
                                                  {QStringLiteral("perNode"), sentPerNode}}},
        {QStringLiteral("tool"), QStringLiteral("octane-cluster-wizard")},
        {QStringLiteral("version"), QCoreApplication::applicationVersion()},
        {QStringLiteral("profile"), profile.name},
        {QStringLiteral("release"), profile.release},
        {QStringLiteral("startedAt"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("durationMs"), durationMs},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("nodes"), nodes},
        {QStringLiteral("checks"), checks},
        {QStringLiteral("results"), resultArray},
        {QStringLiteral("summary"),
         QJsonObject{{QStringLiteral("pass"), count(Verdict::Pass)},
                     {QStringLiteral("warn"), count(Verdict::Warn)},
                     {QStringLiteral("fail"), count(Verdict::Fail)},
                     {QStringLiteral("skipped"), count(Verdict::Skipped)},
                     {QStringLiteral("blockingFailures"), blockingFailures()}}},
        {QStringLiteral("exitCode"), exitCode()},
    };
}

QString CheckReport::toHtml() const
{
    // Results that are not checks of the catalogue are installation steps.
    QStringList stepIds;
    for (const CheckResult &r : results) {
        if (!CheckCatalogue::find(r.checkId) && !stepIds.contains(r.checkId))
            stepIds.append(r.checkId);
    }
    const bool installs = !stepIds.isEmpty();
    const QString title = installs ? Tr::tr("Octane cluster installation report")
                                   : Tr::tr("Octane cluster pre-flight report");
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    auto badge = [](Verdict v) {
        switch (v) {
        case Verdict::Pass:
            return QStringLiteral("<span class=pass>&#10004; pass</span>");
        case Verdict::Warn:
            return QStringLiteral("<span class=warn>&#9888; warning</span>");
        case Verdict::Fail:
            return QStringLiteral("<span class=fail>&#10008; FAIL</span>");
        case Verdict::Skipped:
            return QStringLiteral("<span class=skip>&#8212; skipped</span>");
        default:
            return QStringLiteral("<span class=skip>&#8230; not run</span>");
        }
    };
    QString html;
    html += QStringLiteral(
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title><style>"
                "body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse}"
                "td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}"
                ".pass{color:#1a7f37}.warn{color:#9a6700}.fail{color:#cf222e;font-weight:bold}."
                "skip{color:#666}"
                "pre{background:#f6f8fa;padding:6px;white-space:pre-wrap;max-width:100em}"
                "</style></head><body>")
                .arg(esc(title));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(title));
    html += QStringLiteral("<p>%1: <b>%2</b> &middot; %3 &middot; %4</p>")
                .arg(esc(Tr::tr("Profile")), esc(profile.name),
                     esc(startedAt.toUTC().toString(Qt::ISODate)),
                     esc(Tr::tr("%1 ms").arg(durationMs)));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(Tr::tr("%1 passed, %2 warnings, %3 failed (%4 blocking), %5 skipped%6")
                             .arg(count(Verdict::Pass))
                             .arg(count(Verdict::Warn))
                             .arg(count(Verdict::Fail))
                             .arg(blockingFailures())
                             .arg(count(Verdict::Skipped))
                             .arg(cancelled ? Tr::tr(" - interrupted") : QString())));
    qint64 sent = 0;
    for (const CheckResult &r : results)
        sent += r.bytesSent;
    if (installs)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(Tr::tr("Sent from the workstation: %1 bytes.").arg(sent)));
    // Grid: checks x nodes, then the installation's steps in the order they ran.
    html += QStringLiteral("<table><tr><th>%1</th>").arg(esc(Tr::tr("Check")));
    for (const Node &n : profile.nodes)
        html += QStringLiteral("<th>%1</th>").arg(esc(n.host));
    html += QStringLiteral("</tr>");
    for (const CheckDefinition &d : CheckCatalogue::all()) {
        html += QStringLiteral("<tr><td>%1<br><small>%2%3</small></td>")
                    .arg(esc(d.title), esc(d.id),
                         d.blocking ? QString() : esc(Tr::tr(", warning only")));
        for (const Node &n : profile.nodes) {
            Verdict worst = Verdict::Pending;
            for (const CheckResult &r : results) {
                const QString rowNode = r.isPair() ? r.toNode : r.node;
                if (r.checkId != d.id || rowNode != n.host)
                    continue;
                if (worst == Verdict::Pending || r.verdict == Verdict::Fail ||
                    (r.verdict == Verdict::Warn && worst != Verdict::Fail))
                    worst = r.verdict;
            }
            html += QStringLiteral("<td>%1</td>").arg(badge(worst));
        }
        html += QStringLiteral("</tr>");
    }
    for (const QString &step : std::as_const(stepIds)) {
        html += QStringLiteral("<tr><td>%1</td>").arg(esc(step));
        for (const Node &n : profile.nodes) {
            Verdict v = Verdict::Pending;
            for (const CheckResult &r : results) {
                if (r.checkId == step && r.node == n.host)
                    v = r.verdict;
            }
            html += QStringLiteral("<td>%1</td>").arg(v == Verdict::Pending ? QString() : badge(v));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><h2>%1</h2>").arg(esc(Tr::tr("Details")));
    for (const CheckResult &r : results) {
        const QString where =
            r.isPair() ? r.node + QStringLiteral(" &rarr; ") + esc(r.toNode) : esc(r.node);
        html += QStringLiteral("<h3>%1 &middot; %2 &middot; %3</h3><p>%4</p>")
                    .arg(esc(r.checkId), where, badge(r.verdict), esc(r.message));
        if (!r.fix.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(Tr::tr("Fix:")), esc(r.fix));
        if (!r.commands.isEmpty() || !r.output.isEmpty()) {
            QString text;
            for (const QString &c : r.commands)
                text += QStringLiteral("$ ") + c + QLatin1Char('\n');
            text += r.output;
            html += QStringLiteral("<details><summary>%1</summary><pre>%2</pre></details>")
                        .arg(esc(Tr::tr("Commands and output")), esc(text));
        }
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

Expected<Done> CheckReport::writeFile(const QString &path, const QByteArray &data)
{
    return OutputFile::write(path, data);
}

} // namespace Ocw::Core
