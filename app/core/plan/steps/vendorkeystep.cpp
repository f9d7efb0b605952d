#include "vendorkeystep.h"

#include "../../base/tr.h"
#include "../steprun.h"

namespace Ocw::Core {

QString VendorKeyStep::name() const
{
    return StepId::VendorKey;
}

QString VendorKeyStep::title() const
{
    return Tr::tr("Vendor signing key");
}

QString VendorKeyStep::statusText() const
{
    return Tr::tr("Importing the vendor's signing key…");
}

QString VendorKeyStep::description(const PhaseInputs &in, const NodeState &) const
{
    return Tr::tr("Imports %1 into the node's rpm keyring, so that rpm --checksig refuses a "
                  "package without the vendor's good signature.")
        .arg(in.profile.secure.vendorKey);
}

bool VendorKeyStep::changesNode() const
{
    return true;
}

QString VendorKeyStep::doneWhen() const
{
    return Tr::tr("always runs (importing a key rpm already has changes nothing)");
}

QList<PlannedCommand> VendorKeyStep::plannedCommands(const PhaseInputs &,
                                                     const NodeState &node) const
{
    return {{node.commands.importVendorKey().text, Tr::tr("the key on stdin")}};
}

QList<PlannedFile> VendorKeyStep::plannedFiles(const PhaseInputs &, const NodeState &) const
{
    return {};
}

QString VendorKeyStep::afterCancel(const PhaseInputs &, const NodeState &) const
{
    return Tr::tr("The key is in rpm's keyring or not; run again to be sure.");
}

CheckResult VendorKeyStep::run(StepRun &run) const
{
    const QString node = run.nodeName();
    if (run.in.vendorKeyBytes.isEmpty())
        return run.fail(Tr::tr("%1: no vendor key was read on this workstation.").arg(node));
    const Expected<ExecResult> r =
        run.exec(run.commands().importVendorKey(), run.in.vendorKeyBytes);
    if (!r)
        return run.fail(r.error());
    if (r->exitStatus != 0)
        return run.fail(
            Tr::tr("%1: rpm did not import %2: %3")
                .arg(node, run.in.profile.secure.vendorKey, QString::fromUtf8(r->stdErr).trimmed()),
            Tr::tr("Give the vendor's armored public key (a .asc file)."));
    return run.pass(Tr::tr("%1: %2 is in rpm's keyring; packages are checked against it.")
                        .arg(node, run.in.profile.secure.vendorKey));
}

} // namespace Ocw::Core
