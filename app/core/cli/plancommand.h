#pragma once

#include <QStringList>

namespace Ocw::Core {

// `octane-cluster-wizard plan --profile FILE --package FILE [--phase P] [--json FILE|-]`: prints
// every command and every file an installation phase would run or write, per node. Changes nothing
// and connects to nothing. Exit 0, or 2 for bad input.
class PlanCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace Ocw::Core
