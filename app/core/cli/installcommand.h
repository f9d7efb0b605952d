#pragma once

#include <QStringList>

namespace Ocw::Core {

// `octane-cluster-wizard install --profile FILE --package FILE --phase first-node
// [--json FILE|-] [--report FILE.html] [--secrets-stdin] [--set-repository-env]
// [--ready-timeout SECONDS] [--known-hosts FILE]`: the first-node phase for real, the same
// FirstNodeJob as the wizard. Exit codes and JSON shape as `check` (one result per step).
class InstallCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace Ocw::Core
