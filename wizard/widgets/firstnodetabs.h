#pragma once

#include <QTabWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Ocw::Wizard {

class InstallStepList;

// The First node page's right-hand side: "Preview octane.conf" (the file with secrets masked,
// and the comparison with the node's own), "What will happen" (the plan) and "Installation" (the
// step list over the server log's tail). Views only: the page fills them. GUI thread.
class FirstNodeTabs : public QTabWidget
{
    Q_OBJECT
public:
    static constexpr int LogLines = 200;

    explicit FirstNodeTabs(QWidget *parent = nullptr);

    // The texts change with every keystroke: replacing one keeps the reader's place.
    void setPreview(const QString &text);
    QString previewText() const;
    void setPlan(const QString &note, const QString &text);
    QString planText() const; // the note, then the plan

    QPushButton *compareButton() const { return m_compareButton; }
    // The comparison's note, and the diff (hidden when empty).
    void setComparison(const QString &note, const QString &diff = QString());
    QString comparisonText() const; // the note, then the diff

    InstallStepList *stepList() const { return m_steps; }
    void showRun();
    // Follows the end unless the user scrolled up to read.
    void appendLogLine(const QString &line);
    void clearLog();
    QString logText() const;

private:
    QPlainTextEdit *m_preview = nullptr;
    QPushButton *m_compareButton = nullptr;
    QLabel *m_compareNote = nullptr;
    QPlainTextEdit *m_nodeDiff = nullptr;
    QLabel *m_planNote = nullptr;
    QPlainTextEdit *m_plan = nullptr;
    QWidget *m_runTab = nullptr;
    InstallStepList *m_steps = nullptr;
    QPlainTextEdit *m_log = nullptr;
};

} // namespace Ocw::Wizard
