#pragma once

#include "core/checks/checkresult.h"

#include <QList>
#include <QString>
#include <QWidget>

class QTimer;
class QVBoxLayout;

namespace Ocw::Wizard {

class InstallStepRow;

// The steps of an installation as they run, one row each: the verdict icon (a spinner while
// the step runs), its title, the progress text or the result's message, the fix hint, and the
// exact commands and their output behind a "Details" expander. Steps are known in advance
// (the plan) and filled in as results arrive; a result for an unknown step adds a row.
// GUI thread.
class InstallStepList : public QWidget
{
    Q_OBJECT
public:
    struct Step
    {
        QString id;
        QString title;
    };

    explicit InstallStepList(QWidget *parent = nullptr);
    ~InstallStepList() override;

    // Replaces the rows: every step waiting.
    void setSteps(const QList<Step> &steps);
    // `id` runs now, saying `text` (e.g. upload progress).
    void setRunning(const QString &id, const QString &text);
    void setResult(const Core::CheckResult &result);
    // The run ended: a step still marked running did not finish.
    void finishRun();

    QStringList stepIds() const;
    Core::Verdict verdict(const QString &id) const;
    QString rowText(const QString &id) const; // title, message and fix as shown
    QString detailsText(const QString &id) const;
    bool isDetailsExpanded(const QString &id) const;
    void setDetailsExpanded(const QString &id, bool expanded);
    QString plainText() const;

private:
    InstallStepRow *row(const QString &id) const;
    InstallStepRow *addRow(const QString &id, const QString &title);
    void updateSpinner();

    QList<InstallStepRow *> m_rows;
    QVBoxLayout *m_layout = nullptr;
    QTimer *m_spinner = nullptr;
    int m_phase = 0;
};

} // namespace Ocw::Wizard
