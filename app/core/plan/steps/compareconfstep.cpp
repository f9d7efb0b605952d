#include "compareconfstep.h"

#include "../../base/tr.h"
#include "../steprun.h"

namespace Ocw::Core {

CompareConfStep::CompareConfStep(NodeConfComparison comparison, std::shared_ptr<ConfComparison> out)
    : Step(PhaseId::FirstNode)
    , m_comparison(std::move(comparison))
    , m_out(std::move(out))
{
}

QString CompareConfStep::name() const
{
    return StepId::CompareConf;
}

QString CompareConfStep::title() const
{
    return Tr::tr("octane.conf comparison");
}

QString CompareConfStep::statusText() const
{
    return Tr::tr("Reading octane.conf on the node…");
}

QString CompareConfStep::description(const PhaseInputs &, const NodeState &) const
{
    return Tr::tr("Reads the node's octane.conf (read only) and shows, secrets masked, what the "
                  "install would change.");
}

bool CompareConfStep::changesNode() const
{
    return false;
}

QString CompareConfStep::doneWhen() const
{
    return Tr::tr("always runs (it only reads)");
}

QList<PlannedCommand> CompareConfStep::plannedCommands(const PhaseInputs &,
                                                       const NodeState &node) const
{
    return {{PrivilegeProbe::detectCommand(), QString()},
            {node.commands.readConf().text, Tr::tr("output holds secrets: never kept")}};
}

QString CompareConfStep::afterCancel(const PhaseInputs &, const NodeState &) const
{
    return Tr::tr("Nothing was changed.");
}

CheckResult CompareConfStep::run(StepRun &run) const
{
    *m_out = m_comparison.run(run.shell());
    if (!m_out->isOk()) {
        CheckResult r = run.fail(m_out->error);
        r.details.clear(); // the comparison drops anything of the file already; never rely on it
        return r;
    }
    return run.pass(
        m_out->identical
            ? Tr::tr("%1: %2 already has these settings.").arg(run.nodeName(), m_out->confFile)
            : Tr::tr("%1: %2 would change %3 settings.")
                  .arg(run.nodeName(), m_out->confFile)
                  .arg(m_out->changedKeys.size()));
}

} // namespace Ocw::Core
