#include "nodetablebox.h"

#include "issuelabel.h"
#include "models/nodetablemodel.h"
#include "nodetabledelegate.h"
#include "pastenodesdialog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Ocw::Wizard {

NodeTableBox::NodeTableBox(NodeTableModel *model, QWidget *parent)
    : QGroupBox(tr("Nodes"), parent)
    , m_model(model)
{
    auto *addButton = new QPushButton(tr("&Add"), this);
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_upButton = new QPushButton(tr("Up"), this);
    m_downButton = new QPushButton(tr("Down"), this);
    m_upButton->setToolTip(tr("Move the selected node up"));
    m_downButton->setToolTip(tr("Move the selected node down"));
    auto *pasteButton = new QPushButton(tr("Paste &list…"), this);
    pasteButton->setToolTip(tr("Add nodes from a pasted list: patterns such as octane[1-3].corp, "
                               "user@host:port, or CSV with a header line."));
    auto *importButton = new QPushButton(tr("&Import file…"), this);
    importButton->setToolTip(tr("Add nodes from a text or CSV file."));
    connect(addButton, &QPushButton::clicked, this, &NodeTableBox::addNode);
    connect(m_removeButton, &QPushButton::clicked, this, &NodeTableBox::removeSelectedNodes);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveSelectedNode(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveSelectedNode(+1); });
    connect(pasteButton, &QPushButton::clicked, this, &NodeTableBox::onPasteClicked);
    connect(importButton, &QPushButton::clicked, this, &NodeTableBox::onImportClicked);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(addButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_upButton);
    buttons->addWidget(m_downButton);
    buttons->addStretch(1);
    buttons->addWidget(pasteButton);
    buttons->addWidget(importButton);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new NodeTableDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(NodeTableModel::HostColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(NodeTableModel::AddressColumn, 95);
    m_table->setColumnWidth(NodeTableModel::PortColumn, 55);
    m_table->setColumnWidth(NodeTableModel::UserColumn, 90);
    m_table->setColumnWidth(NodeTableModel::AuthColumn, 100);
    m_table->setColumnWidth(NodeTableModel::KeyFileColumn, 110);
    header->setMinimumSectionSize(50);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool any = m_table->selectionModel()->hasSelection();
        m_removeButton->setEnabled(any);
        m_upButton->setEnabled(any);
        m_downButton->setEnabled(any);
    });
    m_removeButton->setEnabled(false);
    m_upButton->setEnabled(false);
    m_downButton->setEnabled(false);

    auto *tableIssue = new IssueLabel(this);
    m_issueLabels.insert(QStringLiteral("nodes"), tableIssue);

    m_firstNode = new QComboBox(this);
    m_firstNode->setObjectName(QStringLiteral("firstNode"));
    m_firstNode->setToolTip(
        tr("The node the installation starts on (the first node of the procedure)."));
    m_firstNode->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_firstNode, &QComboBox::currentIndexChanged, this, &NodeTableBox::firstNodeChanged);
    auto *firstIssue = new IssueLabel(this);
    m_issueLabels.insert(QStringLiteral("firstNode"), firstIssue);
    auto *firstRow = new QHBoxLayout;
    auto *firstLabel = new QLabel(tr("&First node:"), this);
    firstLabel->setBuddy(m_firstNode);
    firstRow->addWidget(firstLabel);
    firstRow->addWidget(m_firstNode);
    firstRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(tableIssue);
    layout->addLayout(firstRow);
    layout->addWidget(firstIssue);
}

void NodeTableBox::addNode()
{
    const int row = m_model->insertEmptyNode(m_model->rowCount());
    const QModelIndex index = m_model->index(row, NodeTableModel::HostColumn);
    m_table->setCurrentIndex(index);
    m_table->edit(index);
}

void NodeTableBox::removeSelectedNodes()
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows.append(i.row());
    m_model->removeNodes(rows);
}

void NodeTableBox::moveSelectedNode(int delta)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    if (m_model->moveNode(current.row(), delta)) {
        const QModelIndex moved = m_model->index(current.row() + delta, current.column());
        m_table->selectionModel()->setCurrentIndex(moved, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    }
}

void NodeTableBox::onPasteClicked()
{
    auto *dialog = new PasteNodesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { Q_EMIT pasteAccepted(dialog->text()); });
    dialog->open();
}

void NodeTableBox::onImportClicked()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import nodes"), QString(), tr("Node lists (*.txt *.csv *.list);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT importChosen(path);
}

} // namespace Ocw::Wizard
