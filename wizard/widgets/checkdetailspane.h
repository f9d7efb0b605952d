#pragma once

#include "core/checks/checkresult.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace Ocw::Wizard {

// The details of the selected grid cell: the check's title and description, then per result
// (one, or for the pair check every source → this node) the verdict, message, fix hint, the
// exact commands that ran and their raw output. GUI thread.
class CheckDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit CheckDetailsPane(QWidget *parent = nullptr);

    // `title`: for an id outside the check catalogue (an install step), its title.
    void showCell(const QString &checkId, const QString &node,
                  const QList<Core::CheckResult> &results, const QString &title = {});
    void clear();

    QString checkId() const { return m_checkId; }
    QString node() const { return m_node; }
    QString plainText() const;

private:
    QString m_checkId;
    QString m_node;
    QLabel *m_title = nullptr;
    QTextBrowser *m_body = nullptr;
};

} // namespace Ocw::Wizard
