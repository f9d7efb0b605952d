#pragma once

#include "core/base/expected.h"

#include <QHash>
#include <QString>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace Ocw::Wizard {

class WizardContext;

// The end of the run: what was installed where (version, times, bytes sent, what changed on
// each node), whether the cluster is verified, the links (the load balancer, each node's
// server), and "Export report": one HTML and one JSON report of the whole session (checks,
// first node, other nodes, verify) for support. A face over Core::RunRecord.
class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SummaryPage(WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;

    // Writes FILE.html and FILE.json (the same base name), each atomically. Tests call this;
    // the button asks for the file first.
    Core::Expected<Core::Done> exportReport(const QString &htmlPath);
    QString summaryText() const;
    QString statusText() const;
    QPushButton *exportButton() const { return m_exportButton; }

private:
    void refresh();
    void chooseAndExport();
    QHash<QString, QString> nodeUrls() const;

    WizardContext *m_context;
    QTextBrowser *m_body = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_exportButton = nullptr;
};

} // namespace Ocw::Wizard
