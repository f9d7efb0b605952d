#pragma once

#include <QPointer>
#include <QWizard>

class QApplication;
class QMessageBox;

namespace Ocw::Wizard {

class ChecksPage;
class FirstNodePage;
class NodesPage;
class OtherNodesPage;
class SummaryPage;
class ReconfigurePage;
class SecurePage;
class VerifyPage;
class WizardContext;

// The wizard window: one page per step of the cluster procedure (DESIGN.md, "The flow"): Nodes,
// Checks, First node, Other nodes, Verify, then Summary as the last page (Finish reads
// "Close"; a one-node profile goes from First node to Verify). Pages share the
// WizardContext, which the caller owns and which must outlive the wizard. GUI thread.
class InstallWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        NodesPageId,
        ChecksPageId,
        FirstNodePageId,
        OtherNodesPageId,
        SecurePageId,
        VerifyPageId,
        SummaryPageId,
        ReconfigurePageId // off the installation's path: "Change the configuration" on Nodes
    };

    explicit InstallWizard(WizardContext *context, QWidget *parent = nullptr);

    NodesPage *nodesPage() const { return m_nodesPage; }
    ChecksPage *checksPage() const { return m_checksPage; }
    FirstNodePage *firstNodePage() const { return m_firstNodePage; }
    OtherNodesPage *otherNodesPage() const { return m_otherNodesPage; }
    SecurePage *securePage() const { return m_securePage; }
    ReconfigurePage *reconfigurePage() const { return m_reconfigurePage; }
    // From the Nodes page to "Change the configuration" (after its host key step), not on to
    // the checks.
    void requestReconfigure() { m_reconfigure = true; }
    VerifyPage *verifyPage() const { return m_verifyPage; }
    SummaryPage *summaryPage() const { return m_summaryPage; }

    int nextId() const override;

    // Cancel/close while checks run: cancel them, let them clean up the nodes, then close.
    // While the first node installs: ask first; on yes cancel the run, then close.
    void reject() override;

private:
    WizardContext *m_context = nullptr;
    NodesPage *m_nodesPage = nullptr;
    ChecksPage *m_checksPage = nullptr;
    FirstNodePage *m_firstNodePage = nullptr;
    OtherNodesPage *m_otherNodesPage = nullptr;
    SecurePage *m_securePage = nullptr;
    ReconfigurePage *m_reconfigurePage = nullptr;
    bool m_reconfigure = false;
    VerifyPage *m_verifyPage = nullptr;
    SummaryPage *m_summaryPage = nullptr;
    bool m_closing = false;
    QPointer<QMessageBox> m_askStop; // "Stop the installation?" while it is open

    void setBackAllowed(bool allowed);
    void cancelInstallAndClose();
    bool isInstalling() const;
};

// The wizard as the app runs it: builds the core objects (secret store, log bridge, the
// context with `--profile FILE` preloaded from app.arguments()), shows the wizard and runs the
// event loop. Returns app.exec().
int runWizard(QApplication &app);

} // namespace Ocw::Wizard
