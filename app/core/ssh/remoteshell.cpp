#include "remoteshell.h"

#include "../base/tr.h"

namespace Ocw::Core {

Expected<ExecResult> RemoteShell::execStreaming(const ExecRequest &request, const StreamInput &)
{
    return makeError(ErrorCode::Unsupported,
                     Tr::tr("%1: this connection cannot stream a file to the command.")
                         .arg(nodeName().isEmpty() ? QStringLiteral("node") : nodeName()),
                     request.command);
}

} // namespace Ocw::Core
