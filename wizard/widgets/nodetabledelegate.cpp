#include "nodetabledelegate.h"

#include "core/ssh/sshtarget.h"
#include "models/nodetablemodel.h"

#include <QComboBox>

namespace Ocw::Wizard {

QWidget *NodeTableDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    if (index.column() != NodeTableModel::AuthColumn)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->addItem(tr("shared"), QString());
    for (Core::AuthMethod m : {Core::AuthMethod::KeyFile, Core::AuthMethod::Password,
                               Core::AuthMethod::KeyboardInteractive, Core::AuthMethod::Agent}) {
        combo->addItem(Core::authMethodName(m), Core::authMethodName(m));
    }
    // Commit as soon as a method is picked, not only when focus leaves.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<NodeTableDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void NodeTableDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int i = combo->findData(index.data(Qt::EditRole).toString());
        combo->setCurrentIndex(i < 0 ? 0 : i);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void NodeTableDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData().toString(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Ocw::Wizard
