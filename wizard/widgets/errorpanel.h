#pragma once

#include "core/base/error.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace Ocw::Wizard {

// Renders a core error where it happened: the translated message, the fix hint, and the
// untranslated details behind a "Details" expander. Hidden while there is no error. Pages use
// it instead of message boxes. GUI thread.
class ErrorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ErrorPanel(QWidget *parent = nullptr);

    void setError(const Core::Error &error);
    void setError(const QString &message, const QString &fix = QString(),
                  const QString &details = QString());
    void clear();

    bool hasError() const { return !m_message.isEmpty(); }
    QString message() const { return m_message; }
    QString fix() const { return m_fix; }
    QString details() const { return m_details; }
    bool isDetailsExpanded() const;
    void setDetailsExpanded(bool expanded);

private:
    QLabel *m_icon = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_fixLabel = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QPlainTextEdit *m_detailsView = nullptr;
    QString m_message;
    QString m_fix;
    QString m_details;
};

} // namespace Ocw::Wizard
