#include "validateconfstep.h"

#include "../../base/tr.h"
#include "../confrenderer.h"
#include "../steprun.h"

namespace Ocw::Core {

QString ValidateConfStep::name() const
{
    return StepId::Validate;
}

QString ValidateConfStep::title() const
{
    return Tr::tr("Settings check");
}

QString ValidateConfStep::statusText() const
{
    return Tr::tr("Checking the octane.conf settings…");
}

QString ValidateConfStep::description(const PhaseInputs &, const NodeState &) const
{
    return Tr::tr("Checks the octane.conf settings against the release's rules before anything "
                  "is written anywhere.");
}

bool ValidateConfStep::changesNode() const
{
    return false;
}

QString ValidateConfStep::doneWhen() const
{
    return Tr::tr("always runs (it reads nothing on the node)");
}

QList<PlannedCommand> ValidateConfStep::plannedCommands(const PhaseInputs &,
                                                        const NodeState &) const
{
    return {};
}

QString ValidateConfStep::afterCancel(const PhaseInputs &, const NodeState &) const
{
    return Tr::tr("Nothing was changed.");
}

CheckResult ValidateConfStep::run(StepRun &run) const
{
    const ConfRenderer renderer(run.in.profile, run.in.release);
    const Expected<ConfRenderer::Output> preview =
        renderer.render(QByteArray(), run.in.confSecrets);
    if (!preview)
        return run.fail(preview.error().message);
    if (!preview->issues.isEmpty()) {
        QStringList lines;
        for (const FieldIssue &i : preview->issues)
            lines.append(QStringLiteral("%1: %2").arg(i.field, i.message));
        return run.fail(Tr::tr("octane.conf is not valid; nothing was changed on %1: %2")
                            .arg(run.nodeName(), lines.join(QStringLiteral("; "))),
                        Tr::tr("Correct the settings named above (the server refuses to start "
                               "with them)."));
    }
    return run.pass(Tr::tr("octane.conf settings are valid for %1.").arg(run.nodeName()));
}

} // namespace Ocw::Core
