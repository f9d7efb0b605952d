#pragma once

#include <QStringList>

namespace Ocw::Core {

// `octane-cluster-wizard verify --profile FILE [--json FILE|-] [--report FILE.html]
// [--secrets-stdin] [--samples N] [--known-hosts FILE]`: step 8 of the procedure on an installed
// cluster, the same plan as the wizard's Verify page (PhasePlan::verify): every node read at
// once over the readiness window, then the verdicts verify.* (one per node where they concern
// a node). Changes nothing. Exit 0 verified, 1 a verification failed, 2 bad input,
// 3 interrupted.
class VerifyCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace Ocw::Core
