#pragma once

#include "core/checks/checkresult.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace Ocw::Wizard {

// The First node page's action row: Install, "Cancel installation" (shown while a run goes on),
// and the status line, with the last run's verdict icon while the line is that run's outcome.
// Widgets only. GUI thread.
class InstallActionBar : public QWidget
{
    Q_OBJECT
public:
    explicit InstallActionBar(QWidget *parent = nullptr);

    QPushButton *installButton() const { return m_installButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    // The line, and the icon of `outcome` beside it (none: no icon).
    void setStatus(const QString &text, std::optional<Core::Verdict> outcome = std::nullopt);
    QString statusText() const;

private:
    QPushButton *m_installButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Ocw::Wizard
