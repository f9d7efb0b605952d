#pragma once

#include <QStringList>

namespace Ocw::Core {

// `octane-cluster-wizard restart --profile FILE --rolling [--batch N] [--only NODES]
// [--json FILE|-] [--report FILE.html] [--secrets-stdin] [--known-hosts FILE]`: step 9's
// restart, one batch at a time (PhasePlan::rollingRestart): before every stop the whole
// cluster is read again, then the node is stopped, started, followed to its ready line and
// waited for until it is back in the cluster and answering through the load balancer. The
// first failure stops the roll. Exit codes as `install`.
class RestartCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace Ocw::Core
