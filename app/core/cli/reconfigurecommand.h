#pragma once

#include <QStringList>

namespace Ocw::Core {

// `octane-cluster-wizard reconfigure --profile FILE [--set KEY=VALUE]... [--dry-run]
// [--rolling [--batch N] [--only NODES] [--ready-timeout S]] [--json FILE|-] [--report FILE]
// [--secrets-stdin] [--known-hosts FILE]`: step 9's later change. The --set values are checked
// against the release's schema on the workstation, then <repository>/conf/octane.conf is read
// (never octane.conf.new), changed, validated as a whole, diffed (secrets masked), backed up
// and replaced atomically (install user, 0600) by PhasePlan::reconfigure; with --rolling the
// nodes then restart one batch at a time to read it. Exit codes as `install`.
class ReconfigureCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace Ocw::Core
