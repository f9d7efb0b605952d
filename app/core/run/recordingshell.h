#pragma once

#include "../ssh/remoteshell.h"

#include <QStringList>

#include <functional>

namespace Ocw::Core {

// A RemoteShell in front of another that writes down every command sent through it (never its
// stdin), as the plan shows it: NodeRunner gives each step's result exactly the commands that
// ran, whoever sent them (the step, the uploader, the privilege probe), and the dry-run test
// compares them with the plan.
class RecordingShell : public RemoteShell
{
public:
    explicit RecordingShell(RemoteShell &inner)
        : m_inner(inner)
    {
    }

    // Maps a command as sent to its planned form (Step::plannedForm of the running step).
    void setPlannedForm(std::function<QString(const QString &)> plannedForm)
    {
        m_plannedForm = std::move(plannedForm);
    }
    QStringList takeCommands();

    Expected<ExecResult> exec(const ExecRequest &request) override;
    Expected<ExecResult> execStreaming(const ExecRequest &request,
                                       const StreamInput &input) override;
    QString nodeName() const override { return m_inner.nodeName(); }
    CancelToken cancelToken() const override { return m_inner.cancelToken(); }
    bool isUsable() const override { return m_inner.isUsable(); }

private:
    void record(const QString &command);

    RemoteShell &m_inner;
    std::function<QString(const QString &)> m_plannedForm;
    QStringList m_commands;
};

} // namespace Ocw::Core
