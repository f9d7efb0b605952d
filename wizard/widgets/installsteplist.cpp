#include "installsteplist.h"

#include "verdictstyle.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ocw::Wizard {

using Core::Verdict;

// One step: icon, title (with the duration once done), message, fix, details expander.
class InstallStepRow : public QWidget
{
public:
    InstallStepRow(const QString &id, const QString &title, QWidget *parent)
        : QWidget(parent)
        , m_id(id)
        , m_title(title)
        , m_icon(new QLabel(this))
        , m_titleLabel(new QLabel(this))
        , m_message(new QLabel(this))
        , m_fix(new QLabel(this))
        , m_detailsButton(new QToolButton(this))
        , m_details(new QPlainTextEdit(this))
    {
        setObjectName(QStringLiteral("step:") + id);
        m_icon->setFixedSize(20, 20);
        m_icon->setAlignment(Qt::AlignTop);
        m_titleLabel->setTextFormat(Qt::PlainText);
        QFont bold = m_titleLabel->font();
        bold.setBold(true);
        m_titleLabel->setFont(bold);
        for (QLabel *l : {m_message, m_fix}) {
            l->setWordWrap(true);
            l->setTextFormat(Qt::PlainText);
            l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        }
        m_detailsButton->setText(InstallStepList::tr("Details"));
        m_detailsButton->setCheckable(true);
        m_detailsButton->setAutoRaise(true);
        m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_detailsButton->setArrowType(Qt::RightArrow);
        m_details->setReadOnly(true);
        m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_details->setMaximumHeight(180);
        m_details->setVisible(false);
        QObject::connect(m_detailsButton, &QToolButton::toggled, this,
                         [this](bool on) { setExpanded(on); });

        auto *text = new QVBoxLayout;
        text->setSpacing(2);
        text->addWidget(m_titleLabel);
        text->addWidget(m_message);
        text->addWidget(m_fix);
        text->addWidget(m_detailsButton, 0, Qt::AlignLeft);
        text->addWidget(m_details);
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(4, 4, 4, 4);
        layout->addWidget(m_icon, 0, Qt::AlignTop);
        layout->addLayout(text, 1);
        setPending();
    }

    QString id() const { return m_id; }
    Verdict verdict() const { return m_verdict; }

    void setPending()
    {
        m_verdict = Verdict::Pending;
        m_titleLabel->setText(m_title);
        showMessage(InstallStepList::tr("Waiting."), QString(), QString());
        setIcon(0);
    }

    void setRunning(const QString &text, int phase)
    {
        m_verdict = Verdict::Running;
        m_titleLabel->setText(m_title);
        showMessage(text, QString(), QString());
        setIcon(phase);
    }

    void setResult(const Core::CheckResult &r)
    {
        m_verdict = r.verdict;
        m_titleLabel->setText(
            r.durationMs > 0 ? InstallStepList::tr("%1 · %2 s")
                                   .arg(m_title, QString::number(r.durationMs / 1000.0, 'f', 1))
                             : m_title);
        QString details;
        QStringList commands = r.commands;
        commands.removeAll(QString());
        if (!commands.isEmpty()) {
            details += InstallStepList::tr("Commands run:") + QLatin1Char('\n');
            for (const QString &c : std::as_const(commands))
                details += QStringLiteral("$ ") + c + QLatin1Char('\n');
        }
        if (!r.output.isEmpty()) {
            if (!details.isEmpty())
                details += QLatin1Char('\n');
            details += InstallStepList::tr("Output:") + QLatin1Char('\n') + r.output;
        }
        showMessage(r.message, r.fix, details);
        setIcon(0);
    }

    void tick(int phase)
    {
        if (m_verdict == Verdict::Running)
            setIcon(phase);
    }

    QString rowText() const
    {
        QString text = m_titleLabel->text() + QLatin1Char('\n') + m_message->text();
        if (!m_fix->text().isEmpty())
            text += QLatin1Char('\n') + m_fix->text();
        return text;
    }
    QString detailsText() const { return m_details->toPlainText(); }
    bool isExpanded() const { return m_detailsButton->isChecked(); }

    void setExpanded(bool on)
    {
        if (m_detailsButton->isChecked() != on)
            m_detailsButton->setChecked(on); // re-enters through toggled()
        m_detailsButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_details->setVisible(on && !m_details->toPlainText().isEmpty());
    }

private:
    void showMessage(const QString &message, const QString &fix, const QString &details)
    {
        m_message->setText(message);
        m_message->setVisible(!message.isEmpty());
        m_fix->setText(fix.isEmpty() ? QString() : InstallStepList::tr("Fix: %1").arg(fix));
        m_fix->setVisible(!fix.isEmpty());
        m_details->setPlainText(details);
        m_detailsButton->setVisible(!details.isEmpty());
        setExpanded(isExpanded());
        QPalette pal = m_message->palette();
        pal.setColor(QPalette::WindowText, m_verdict == Verdict::Pending
                                               ? QColor(0x75, 0x75, 0x75)
                                               : palette().color(QPalette::WindowText));
        m_message->setPalette(pal);
        setAccessibleName(rowText());
    }

    void setIcon(int phase)
    {
        const qreal dpr = devicePixelRatioF();
        QPixmap pixmap(QSize(18, 18) * dpr);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        VerdictStyle::paintIcon(&painter, QRectF(0, 0, 18, 18), m_verdict, phase);
        painter.end();
        m_icon->setPixmap(pixmap);
        m_icon->setToolTip(VerdictStyle::text(m_verdict));
    }

    QString m_id;
    QString m_title;
    Verdict m_verdict = Verdict::Pending;
    QLabel *m_icon;
    QLabel *m_titleLabel;
    QLabel *m_message;
    QLabel *m_fix;
    QToolButton *m_detailsButton;
    QPlainTextEdit *m_details;
};

InstallStepList::InstallStepList(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_spinner(new QTimer(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_layout->addStretch(1);
    m_spinner->setInterval(120);
    connect(m_spinner, &QTimer::timeout, this, [this] {
        m_phase = (m_phase + 1) % VerdictStyle::SpinnerPhases;
        for (InstallStepRow *r : std::as_const(m_rows))
            r->tick(m_phase);
    });
}

InstallStepList::~InstallStepList() = default;

void InstallStepList::setSteps(const QList<Step> &steps)
{
    qDeleteAll(m_rows);
    m_rows.clear();
    for (const Step &s : steps)
        addRow(s.id, s.title);
    updateSpinner();
}

InstallStepRow *InstallStepList::addRow(const QString &id, const QString &title)
{
    auto *r = new InstallStepRow(id, title, this);
    m_layout->insertWidget(m_layout->count() - 1, r); // above the stretch
    m_rows.append(r);
    return r;
}

InstallStepRow *InstallStepList::row(const QString &id) const
{
    for (InstallStepRow *r : m_rows) {
        if (r->id() == id)
            return r;
    }
    return nullptr;
}

void InstallStepList::setRunning(const QString &id, const QString &text)
{
    InstallStepRow *r = row(id);
    if (!r)
        r = addRow(id, id);
    r->setRunning(text, m_phase);
    updateSpinner();
}

void InstallStepList::setResult(const Core::CheckResult &result)
{
    InstallStepRow *r = row(result.checkId);
    if (!r)
        r = addRow(result.checkId, result.checkId);
    r->setResult(result);
    // A failure opens its details: the commands and output say what went wrong.
    if (result.verdict == Verdict::Fail)
        r->setExpanded(true);
    updateSpinner();
}

void InstallStepList::finishRun()
{
    for (InstallStepRow *r : std::as_const(m_rows)) {
        if (r->verdict() == Verdict::Running) {
            Core::CheckResult stopped;
            stopped.checkId = r->id();
            stopped.verdict = Verdict::Skipped;
            stopped.message = tr("Did not finish.");
            r->setResult(stopped);
        }
    }
    updateSpinner();
}

void InstallStepList::updateSpinner()
{
    const bool running = std::any_of(m_rows.cbegin(), m_rows.cend(), [](InstallStepRow *r) {
        return r->verdict() == Verdict::Running;
    });
    if (running && !m_spinner->isActive())
        m_spinner->start();
    else if (!running)
        m_spinner->stop();
}

QStringList InstallStepList::stepIds() const
{
    QStringList ids;
    for (InstallStepRow *r : m_rows)
        ids.append(r->id());
    return ids;
}

Verdict InstallStepList::verdict(const QString &id) const
{
    InstallStepRow *r = row(id);
    return r ? r->verdict() : Verdict::Pending;
}

QString InstallStepList::rowText(const QString &id) const
{
    InstallStepRow *r = row(id);
    return r ? r->rowText() : QString();
}

QString InstallStepList::detailsText(const QString &id) const
{
    InstallStepRow *r = row(id);
    return r ? r->detailsText() : QString();
}

bool InstallStepList::isDetailsExpanded(const QString &id) const
{
    InstallStepRow *r = row(id);
    return r && r->isExpanded();
}

void InstallStepList::setDetailsExpanded(const QString &id, bool expanded)
{
    if (InstallStepRow *r = row(id))
        r->setExpanded(expanded);
}

QString InstallStepList::plainText() const
{
    QStringList parts;
    for (InstallStepRow *r : m_rows)
        parts.append(VerdictStyle::symbol(r->verdict()) + QLatin1Char(' ') + r->rowText());
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace Ocw::Wizard
