#include "verifypackagestep.h"

#include "../../base/tr.h"
#include "../steprun.h"

namespace Ocw::Core {

QString VerifyPackageStep::name() const
{
    return StepId::Verify;
}

QString VerifyPackageStep::title() const
{
    return Tr::tr("Package verification");
}

QString VerifyPackageStep::statusText() const
{
    return Tr::tr("Verifying the package's signature…");
}

QString VerifyPackageStep::description(const PhaseInputs &, const NodeState &node) const
{
    return node.commands.verifyPackage().isEmpty()
               ? Tr::tr("This kind of package has no signature to check; its SHA-256 was "
                        "verified.")
               : Tr::tr("Runs the release's package verification: a bad digest or signature "
                        "stops the installation, an unsigned package is a warning.");
}

bool VerifyPackageStep::changesNode() const
{
    return false;
}

QString VerifyPackageStep::doneWhen() const
{
    return Tr::tr("always runs (it only reads)");
}

QList<PlannedCommand> VerifyPackageStep::plannedCommands(const PhaseInputs &,
                                                         const NodeState &node) const
{
    const RemoteCommand verify = node.commands.verifyPackage();
    if (verify.isEmpty())
        return {};
    return {{verify.text, Tr::tr("unless installed already"), true}};
}

QString VerifyPackageStep::afterCancel(const PhaseInputs &, const NodeState &) const
{
    return Tr::tr("Nothing was changed.");
}

CheckResult VerifyPackageStep::run(StepRun &run) const
{
    const RemoteCommand verify = run.commands().verifyPackage();
    const QString package = run.commands().packageFileName();
    if (run.node.alreadyInstalled)
        return run.pass(Tr::tr("%1: Octane is installed already; there is no package to verify.")
                            .arg(run.nodeName()));
    if (verify.isEmpty())
        return run.pass(Tr::tr("%1: %2 has no signature to check (SHA-256 verified).")
                            .arg(run.nodeName(), package));
    const Expected<ExecResult> checked = run.exec(verify);
    if (!checked)
        return run.fail(checked.error());
    // rpm 4: "<file>: digests signatures OK" when signed and the key is imported, "<file>:
    // digests OK" when it carries no signature, "NOT OK" (exit 1) for a bad digest, a bad
    // signature or a missing key (NOKEY).
    const QString said = QString::fromUtf8(checked->stdOut + checked->stdErr).trimmed();
    const QString verdict = said.section(QLatin1String(": "), -1);
    if (checked->exitStatus != 0 || said.contains(QLatin1String("NOT OK"))) {
        const bool noKey = said.contains(QLatin1String("NOKEY")) ||
                           said.contains(QLatin1String("SIGNATURES NOT OK"));
        return run.fail(
            Tr::tr("%1: %2 failed its verification (%3): it is not installed.")
                .arg(run.nodeName(), package, verdict.isEmpty() ? said : verdict),
            noKey ? Tr::tr("Import the vendor's signing key on %1 (rpm --import KEY), or use "
                           "the package as the vendor published it.")
                        .arg(run.nodeName())
                  : Tr::tr("The package is damaged or was altered: download it again from the "
                           "vendor."));
    }
    if (!verdict.contains(QLatin1String("signature"), Qt::CaseInsensitive)) {
        // The secure deployment's vendor key: only the vendor's signed package is installed.
        if (!run.in.profile.secure.vendorKey.isEmpty())
            return run.fail(Tr::tr("%1: %2 is not signed (%3), and the profile's secure "
                                   "deployment requires the vendor's signature: it is not "
                                   "installed.")
                                .arg(run.nodeName(), package, verdict),
                            Tr::tr("Use the package as the vendor published it (signed with "
                                   "the key %1).")
                                .arg(run.in.profile.secure.vendorKey));
        return run.warn(Tr::tr("%1: %2 is not signed (%3): only its SHA-256 against your copy "
                               "was verified.")
                            .arg(run.nodeName(), package, verdict),
                        Tr::tr("Use the package as the vendor published it (signed), and import "
                               "the vendor's key with rpm --import."));
    }
    return run.pass(Tr::tr("%1: %2: %3.").arg(run.nodeName(), package, verdict));
}

} // namespace Ocw::Core
