#include "summarypage.h"

#include "core/base/outputfile.h"
#include "core/plan/phaseplan.h"
#include "core/report/checkreport.h"
#include "core/report/runrecord.h"
#include "core/ssh/fileuploader.h"
#include "wizardcontext.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Ocw::Wizard {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

SummaryPage::SummaryPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
{
    setTitle(tr("Summary"));
    setFinalPage(true);
    m_body = new QTextBrowser(this);
    m_body->setObjectName(QStringLiteral("summary"));
    m_body->setOpenExternalLinks(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_exportButton = new QPushButton(tr("&Export report…"), this);
    m_exportButton->setToolTip(tr("One HTML and one JSON report of this whole session (checks, "
                                  "first node, other nodes, verification), without any secret: "
                                  "for your records or for support."));
    connect(m_exportButton, &QPushButton::clicked, this, &SummaryPage::chooseAndExport);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_body, 1);
    layout->addLayout(buttons);
    connect(m_context, &WizardContext::phaseRecorded, this, &SummaryPage::refresh);
}

void SummaryPage::initializePage()
{
    setSubTitle(tr("What this session did on each node, and where the cluster answers."));
    refresh();
}

QHash<QString, QString> SummaryPage::nodeUrls() const
{
    QHash<QString, QString> urls;
    const std::optional<Core::ReleaseDefinition> release = m_context->release();
    if (!release)
        return urls;
    Core::PhaseInputs in;
    in.profile = m_context->profile();
    in.release = *release;
    for (const Core::Node &n : in.profile.nodes)
        urls.insert(n.host,
                    Core::PhasePlan::initialState(in, n.host).commands.serverUrl().toString());
    return urls;
}

void SummaryPage::refresh()
{
    const Core::RunRecord &record = m_context->runRecord();
    const Core::ClusterProfile &profile = m_context->profile();
    const QHash<QString, QString> urls = nodeUrls();
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(esc(record.verdictText()));
    if (!profile.loadBalancerUrl.isEmpty())
        html +=
            QStringLiteral("<p>%1 <a href=\"%2\">%2</a></p>")
                .arg(esc(tr("Octane, through the load balancer:")), esc(profile.loadBalancerUrl));
    html += QStringLiteral("<h3>%1</h3><table cellpadding=\"4\"><tr><th align=\"left\">%2</th>"
                           "<th align=\"left\">%3</th><th align=\"left\">%4</th>"
                           "<th align=\"left\">%5</th><th align=\"left\">%6</th></tr>")
                .arg(esc(tr("Nodes")), esc(tr("Node")), esc(tr("Version")), esc(tr("Sent")),
                     esc(tr("What changed there")), esc(tr("Server")));
    for (const Core::RunRecord::NodeSummary &s : record.nodeSummaries(profile, urls)) {
        QStringList changes;
        for (const QString &c : s.changes)
            changes.append(esc(c));
        html +=
            QStringLiteral("<tr><td>%1%2</td><td>%3</td><td>%4</td><td>%5</td>"
                           "<td><a href=\"%6\">%6</a></td></tr>")
                .arg(esc(s.node), s.first ? esc(tr(" (first)")) : QString(),
                     esc(s.version.isEmpty() ? tr("not read") : s.version),
                     esc(Core::FileUploader::formatBytes(s.bytesSent)),
                     changes.isEmpty() ? esc(tr("nothing")) : changes.join(QStringLiteral("<br>")),
                     esc(s.url));
    }
    html += QStringLiteral("</table><h3>%1</h3><table cellpadding=\"4\">").arg(esc(tr("Phases")));
    for (const Core::RunRecord::Phase &p : record.phases()) {
        int failed = 0;
        for (const Core::CheckResult &r : p.results)
            failed += r.verdict == Core::Verdict::Fail;
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                .arg(esc(p.title),
                     esc(p.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))),
                     esc(tr("%1 s").arg(QString::number(double(p.durationMs) / 1000.0, 'f', 1))),
                     esc(p.cancelled  ? tr("cancelled")
                         : failed > 0 ? tr("%n failure(s)", nullptr, failed)
                                      : tr("no failure")));
    }
    html += QStringLiteral("</table>");
    m_body->setHtml(html);
    m_exportButton->setEnabled(!record.isEmpty());
}

Core::Expected<Core::Done> SummaryPage::exportReport(const QString &htmlPath)
{
    const Core::RunRecord &record = m_context->runRecord();
    const Core::ClusterProfile &profile = m_context->profile();
    const QHash<QString, QString> urls = nodeUrls();
    QString base = htmlPath;
    if (base.endsWith(QLatin1String(".html"), Qt::CaseInsensitive))
        base.chop(5);
    const QString html = base + QStringLiteral(".html");
    const QString json = base + QStringLiteral(".json");
    for (const QString &path : {html, json}) {
        const Core::Expected<Core::Done> writable = Core::OutputFile::checkWritable(path);
        if (!writable) {
            m_status->setText(Core::OutputFile::oneLine(writable.error()));
            return writable;
        }
    }
    Core::Expected<Core::Done> written =
        Core::CheckReport::writeFile(html, record.toHtml(profile, urls).toUtf8());
    if (written)
        written = Core::CheckReport::writeFile(
            json, QJsonDocument(record.toJson(profile, urls)).toJson(QJsonDocument::Indented));
    m_status->setText(written
                          ? tr("Report written: %1 and %2")
                                .arg(QDir::toNativeSeparators(html), QDir::toNativeSeparators(json))
                          : Core::OutputFile::oneLine(written.error()));
    return written;
}

void SummaryPage::chooseAndExport()
{
    const QString suggested = QDir::home().filePath(QStringLiteral("%1-report.html")
                                                        .arg(m_context->profile().name.isEmpty()
                                                                 ? QStringLiteral("octane-cluster")
                                                                 : m_context->profile().name));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), suggested,
                                                      tr("HTML report (*.html)"));
    if (!path.isEmpty())
        exportReport(path);
}

QString SummaryPage::summaryText() const
{
    return m_body->toPlainText();
}

QString SummaryPage::statusText() const
{
    return m_status->text();
}

} // namespace Ocw::Wizard
