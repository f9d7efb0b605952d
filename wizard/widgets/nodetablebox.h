#pragma once

#include <QGroupBox>
#include <QHash>

class QComboBox;
class QPushButton;
class QTableView;

namespace Ocw::Wizard {

class IssueLabel;
class NodeTableModel;

// The Nodes page's "Nodes" box: the node table over a NodeTableModel it does not own, Add,
// Remove, Up and Down on the selection, "Paste list…" and "Import file…" (their dialogs; the
// page adds what they give), the table's issues and the "First node" choice under it. Widgets
// only. GUI thread.
class NodeTableBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit NodeTableBox(NodeTableModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QComboBox *firstNodeChoice() const { return m_firstNode; }
    // The issue labels by field: "nodes" (the table) and "firstNode".
    QHash<QString, IssueLabel *> issueLabels() const { return m_issueLabels; }

    void addNode();
    void removeSelectedNodes();
    void moveSelectedNode(int delta);

Q_SIGNALS:
    // The paste dialog was accepted with `text` / a file was chosen to import.
    void pasteAccepted(const QString &text);
    void importChosen(const QString &path);
    void firstNodeChanged();

private:
    void onPasteClicked();
    void onImportClicked();

    NodeTableModel *m_model;
    QTableView *m_table = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    QComboBox *m_firstNode = nullptr;
    QHash<QString, IssueLabel *> m_issueLabels;
};

} // namespace Ocw::Wizard
