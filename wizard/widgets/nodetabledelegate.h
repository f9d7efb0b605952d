#pragma once

#include <QStyledItemDelegate>

namespace Ocw::Wizard {

// Editors for the node table: a combo box for the auth column ("shared" plus the four
// methods), plain line edits elsewhere. GUI thread.
class NodeTableDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace Ocw::Wizard
