#include "step.h"

namespace Ocw::Core {

PlanStep Step::describe(const PhaseInputs &in, const NodeState &node) const
{
    PlanStep s;
    s.id = id();
    s.node = node.commands.node();
    s.title = title();
    s.statusText = statusText();
    s.description = description(in, node);
    s.commands = plannedCommands(in, node);
    s.files = plannedFiles(in, node);
    s.changesNode = changesNode();
    s.doneWhen = doneWhen();
    s.afterCancel = afterCancel(in, node);
    return s;
}

} // namespace Ocw::Core
