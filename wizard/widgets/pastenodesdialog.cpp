#include "pastenodesdialog.h"

#include "core/model/nodelistparser.h"
#include "errorpanel.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ocw::Wizard {

PasteNodesDialog::PasteNodesDialog(QWidget *parent)
    : QDialog(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_preview(new QLabel(this))
    , m_error(new ErrorPanel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Paste a node list"));
    resize(560, 420);
    auto *intro =
        new QLabel(tr("One or more nodes per line, separated by blanks, commas or semicolons. "
                      "Each is <code>[user@]host[:port]</code>; patterns such as "
                      "<code>octane[1-3].corp</code> or <code>10.0.0.[5-7]</code> expand "
                      "to several nodes; <code>#</code> starts a comment. A CSV text whose "
                      "first line names the columns (host, address, port, user, auth, "
                      "keyFile) works too."),
                   this);
    intro->setWordWrap(true);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setPlaceholderText(QStringLiteral("octane[1-3].corp\nadmin@10.0.0.7:2222"));
    m_preview->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add nodes"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &PasteNodesDialog::reparse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    reparse();
}

void PasteNodesDialog::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

QString PasteNodesDialog::text() const
{
    return m_edit->toPlainText();
}

void PasteNodesDialog::reparse()
{
    m_nodes.clear();
    const QString text = m_edit->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_preview->setText(QString());
        m_error->clear();
    } else {
        const Core::Expected<QList<Core::Node>> parsed = Core::NodeListParser::parse(text);
        if (parsed) {
            m_nodes = *parsed;
            m_error->clear();
            QStringList hosts;
            for (const Core::Node &n : std::as_const(m_nodes))
                hosts.append(n.host);
            const int shown = 8;
            QString list = QStringList(hosts.mid(0, shown)).join(QLatin1String(", "));
            if (hosts.size() > shown)
                list += tr(" and %n more", nullptr, int(hosts.size()) - shown);
            m_preview->setText(tr("To be added (%1): %2").arg(m_nodes.size()).arg(list));
        } else {
            m_preview->setText(QString());
            m_error->setError(parsed.error());
        }
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_nodes.isEmpty());
}

} // namespace Ocw::Wizard
