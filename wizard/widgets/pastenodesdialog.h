#pragma once

#include "core/model/node.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace Ocw::Wizard {

class ErrorPanel;

// "Paste list…": a text box for one or more nodes per line (patterns such as
// `octane[1-3].corp`, `user@host:port`, or CSV with a header line), parsed as you type by
// NodeListParser with a preview of what will be added. GUI thread.
class PasteNodesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PasteNodesDialog(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    // The parsed nodes (empty while the text does not parse).
    QList<Core::Node> nodes() const { return m_nodes; }

private:
    void reparse();

    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_preview = nullptr;
    ErrorPanel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<Core::Node> m_nodes;
};

} // namespace Ocw::Wizard
