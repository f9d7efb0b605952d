#pragma once

#include <QWidget>

class QLabel;

namespace Ocw::Wizard {

// The inline message under an input field: an error icon and the validator's sentence, shown
// only while there is an issue (not colour alone: icon and text). GUI thread.
class IssueLabel : public QWidget
{
    Q_OBJECT
public:
    explicit IssueLabel(QWidget *parent = nullptr);

    // Empty text hides the label.
    void setText(const QString &text);
    QString text() const;

    // `field` in a vertical box with this label under it, for form layouts.
    static QWidget *wrap(QWidget *field, IssueLabel *label, QWidget *parent = nullptr);

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace Ocw::Wizard
