#include "checkdetailspane.h"

#include "core/checks/checkcatalogue.h"
#include "verdictstyle.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Ocw::Wizard {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString pre(const QString &text)
{
    return QStringLiteral("<pre style=\"background:#f4f4f4; white-space:pre-wrap;\">%1</pre>")
        .arg(esc(text));
}

} // namespace

CheckDetailsPane::CheckDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_body(new QTextBrowser(this))
{
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    m_body->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);
    clear();
}

void CheckDetailsPane::clear()
{
    m_checkId.clear();
    m_node.clear();
    m_title->setText(tr("Details"));
    m_body->setHtml(QStringLiteral("<p style=\"color:#666\">%1</p>")
                        .arg(esc(tr("Select a cell of the grid to see what was checked, the "
                                    "commands that ran and their output."))));
}

QString CheckDetailsPane::plainText() const
{
    return m_title->text() + QLatin1Char('\n') + m_body->toPlainText();
}

void CheckDetailsPane::showCell(const QString &checkId, const QString &node,
                                const QList<Core::CheckResult> &results, const QString &stepTitle)
{
    m_checkId = checkId;
    m_node = node;
    const Core::CheckDefinition *def = Core::CheckCatalogue::find(checkId);
    const QString title = def ? def->title : (stepTitle.isEmpty() ? checkId : stepTitle);
    m_title->setText(tr("%1 — %2").arg(title, node));

    QString html;
    if (def) {
        html += QStringLiteral(
                    "<p style=\"color:#555\">%1 <span style=\"color:#888\">(%2; %3)</span></p>")
                    .arg(esc(def->description), esc(def->id),
                         esc(def->blocking ? tr("blocks the installation when it fails")
                                           : tr("a warning only")));
    }
    if (results.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Not checked yet.")));
    for (const Core::CheckResult &r : results) {
        if (results.size() > 1 || r.isPair())
            html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("%1 → %2").arg(r.node, r.toNode)));
        html += QStringLiteral("<p><span style=\"color:%1; font-weight:bold\">%2 %3</span>%4</p>")
                    .arg(VerdictStyle::color(r.verdict).name(),
                         esc(VerdictStyle::symbol(r.verdict)), esc(VerdictStyle::text(r.verdict)),
                         r.durationMs > 0 ? esc(tr(" · %1 ms").arg(r.durationMs)) : QString());
        if (!r.message.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(r.message));
        if (!r.fix.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Fix:")), esc(r.fix));
        QStringList commands = r.commands;
        commands.removeAll(QString());
        if (!commands.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Commands run"))) +
                    pre(commands.join(QLatin1Char('\n')));
        if (!r.output.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Raw output"))) + pre(r.output);
    }
    m_body->setHtml(html);
}

} // namespace Ocw::Wizard
