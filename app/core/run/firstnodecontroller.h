#pragma once

#include "../base/canceltoken.h"
#include "../checks/checkresult.h"
#include "../plan/firstnodejob.h"
#include "../ssh/sshtarget.h"
#include "remoteconnector.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace Ocw::Core {

// The First node page's run: the first-node PhasePlan on a PhaseController (the one engine,
// as the command line runs it), with the page's signals. Opens the first node through the
// connector (the real one verifies the host key; tests pass fakes). Lives on the GUI thread
// and never waits on the network. One run at a time.
class FirstNodeController : public QObject
{
    Q_OBJECT
public:
    explicit FirstNodeController(QObject *parent = nullptr);
    ~FirstNodeController() override;

    void start(const FirstNodeJob::Inputs &inputs, const SshTarget &target,
               std::shared_ptr<RemoteConnector> connector);
    void cancel();
    bool isRunning() const;
    QList<CheckResult> results() const { return m_results; }
    bool succeeded() const;

Q_SIGNALS:
    // A step reached its verdict (ssh.connect and ssh.hostkey first).
    void stepFinished(const Ocw::Core::CheckResult &result);
    // Progress text of a step; stepId "log" carries one new line of the server log.
    void progressed(const QString &stepId, const QString &text);
    // TLS refused the server's certificate at sign-in (comes before that step's result): the
    // page shows it and may trust that one certificate for this profile, then run again.
    void certificateRefused(const Ocw::Core::CertificateInfo &certificate, const QString &host);
    // Last signal of a run, on every path.
    void finished(bool cancelled);

private:
    class PhaseController *m_phase;
    QList<CheckResult> m_results;
};

} // namespace Ocw::Core
