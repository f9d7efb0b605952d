#include "recordingshell.h"

namespace Ocw::Core {

QStringList RecordingShell::takeCommands()
{
    QStringList taken;
    taken.swap(m_commands);
    return taken;
}

void RecordingShell::record(const QString &command)
{
    const QString planned = m_plannedForm ? m_plannedForm(command) : command;
    // A poll repeats one command: it is listed once per run of repeats, as the plan lists it.
    if (m_commands.isEmpty() || m_commands.last() != planned)
        m_commands.append(planned);
}

Expected<ExecResult> RecordingShell::exec(const ExecRequest &request)
{
    record(request.command);
    return m_inner.exec(request);
}

Expected<ExecResult> RecordingShell::execStreaming(const ExecRequest &request,
                                                   const StreamInput &input)
{
    record(request.command);
    return m_inner.execStreaming(request, input);
}

} // namespace Ocw::Core
