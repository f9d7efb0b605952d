#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTableView;
class QTimer;

namespace Ocw::Core {
class NodeStatusModel;
} // namespace Ocw::Core

namespace Ocw::Wizard {

class CheckDetailsPane;
class CheckGridDelegate;

// The live grid of a phase over a NodeStatusModel, as the Other nodes and Verify pages show it:
// steps down and nodes across (the titles stay readable and the details fit beside it), a
// spinner in the running cells, the overall progress bar and each node's latest line under it.
// GUI thread.
class StepGrid : public QWidget
{
    Q_OBJECT
public:
    explicit StepGrid(Core::NodeStatusModel *model, QWidget *parent = nullptr);

    void setRunning(bool running); // the spinner
    void setProgress(double fraction, const QString &format);
    void setNodeLines(const QString &text);
    QString nodeLines() const;

    bool selectCell(const QString &node, const QString &stepId);
    // The selected cell: its node, step id and the step's title; empty when none.
    QString currentNode() const;
    QString currentStep() const;
    QString currentTitle() const;
    // Shows the selected cell in `details` (its result, or none yet); returns its node, empty
    // when no cell is selected.
    QString showCurrentIn(CheckDetailsPane *details) const;

    QTableView *view() const { return m_view; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    void currentCellChanged();

private:
    int currentSourceColumn() const;

    Core::NodeStatusModel *m_model;
    QTableView *m_view = nullptr;
    CheckGridDelegate *m_delegate = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_nodeLines = nullptr;
    QTimer *m_spinner = nullptr;
};

} // namespace Ocw::Wizard
