#include "firstnodetabs.h"

#include "installsteplist.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

namespace Ocw::Wizard {

namespace {

QPlainTextEdit *monospaceView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

void setTextKeepingScroll(QPlainTextEdit *view, const QString &text)
{
    if (view->toPlainText() == text)
        return;
    const int v = view->verticalScrollBar()->value();
    const int h = view->horizontalScrollBar()->value();
    view->setPlainText(text);
    view->verticalScrollBar()->setValue(v);
    view->horizontalScrollBar()->setValue(h);
}

} // namespace

FirstNodeTabs::FirstNodeTabs(QWidget *parent)
    : QTabWidget(parent)
{
    auto *previewTab = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewTab);
    auto *previewNote = new QLabel(
        tr("The file as written on a node without one, secrets masked. Where a file exists, the "
           "installation changes only the settings that differ, after a backup."),
        previewTab);
    previewNote->setWordWrap(true);
    m_preview = monospaceView(previewTab);
    m_preview->setObjectName(QStringLiteral("preview"));
    previewLayout->addWidget(previewNote);
    previewLayout->addWidget(m_preview, 2);
    m_compareButton = new QPushButton(previewTab);
    m_compareButton->setObjectName(QStringLiteral("compareWithNode"));
    m_compareButton->setToolTip(tr("Reads octane.conf on the node (read only, as root through "
                                   "sudo) and shows what Install would change in it."));
    m_compareNote = new QLabel(previewTab);
    m_compareNote->setWordWrap(true);
    m_compareNote->setTextFormat(Qt::PlainText);
    m_compareNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(m_compareButton, 0, Qt::AlignTop);
    compareRow->addWidget(m_compareNote, 1);
    previewLayout->addLayout(compareRow);
    m_nodeDiff = monospaceView(previewTab);
    m_nodeDiff->setObjectName(QStringLiteral("nodeDiff"));
    m_nodeDiff->setVisible(false);
    previewLayout->addWidget(m_nodeDiff, 1);
    addTab(previewTab, tr("Preview octane.conf"));

    auto *planTab = new QWidget(this);
    auto *planLayout = new QVBoxLayout(planTab);
    m_planNote = new QLabel(planTab);
    m_planNote->setWordWrap(true);
    m_planNote->setTextFormat(Qt::PlainText);
    m_plan = monospaceView(planTab);
    m_plan->setObjectName(QStringLiteral("plan"));
    planLayout->addWidget(m_planNote);
    planLayout->addWidget(m_plan, 1);
    addTab(planTab, tr("What will happen"));

    m_runTab = new QWidget(this);
    auto *runLayout = new QVBoxLayout(m_runTab);
    m_steps = new InstallStepList;
    auto *stepScroll = new QScrollArea(m_runTab);
    stepScroll->setWidget(m_steps);
    stepScroll->setWidgetResizable(true);
    stepScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *logBox = new QWidget(m_runTab);
    auto *logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(new QLabel(tr("Server log (last %1 lines)").arg(LogLines), logBox));
    m_log = monospaceView(logBox);
    m_log->setObjectName(QStringLiteral("log"));
    m_log->setMaximumBlockCount(LogLines);
    logLayout->addWidget(m_log, 1);
    auto *runSplitter = new QSplitter(Qt::Vertical, m_runTab);
    runSplitter->addWidget(stepScroll);
    runSplitter->addWidget(logBox);
    runSplitter->setChildrenCollapsible(false);
    runSplitter->setSizes({600, 250}); // proportions: the steps first, the log below
    runLayout->addWidget(runSplitter, 1);
    addTab(m_runTab, tr("Installation"));
}

void FirstNodeTabs::setPreview(const QString &text)
{
    if (text.isEmpty())
        m_preview->clear();
    else
        setTextKeepingScroll(m_preview, text);
}

QString FirstNodeTabs::previewText() const
{
    return m_preview->toPlainText();
}

void FirstNodeTabs::setPlan(const QString &note, const QString &text)
{
    m_planNote->setText(note);
    if (text.isEmpty())
        m_plan->clear();
    else
        setTextKeepingScroll(m_plan, text);
}

QString FirstNodeTabs::planText() const
{
    return m_planNote->text() + QLatin1Char('\n') + m_plan->toPlainText();
}

void FirstNodeTabs::setComparison(const QString &note, const QString &diff)
{
    m_compareNote->setText(note);
    m_nodeDiff->setPlainText(diff);
    m_nodeDiff->setVisible(!diff.isEmpty());
}

QString FirstNodeTabs::comparisonText() const
{
    return m_compareNote->text() + QLatin1Char('\n') + m_nodeDiff->toPlainText();
}

void FirstNodeTabs::showRun()
{
    setCurrentWidget(m_runTab);
}

void FirstNodeTabs::appendLogLine(const QString &line)
{
    QScrollBar *bar = m_log->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    m_log->appendPlainText(line);
    if (atEnd)
        bar->setValue(bar->maximum());
}

void FirstNodeTabs::clearLog()
{
    m_log->clear();
}

QString FirstNodeTabs::logText() const
{
    return m_log->toPlainText();
}

} // namespace Ocw::Wizard
