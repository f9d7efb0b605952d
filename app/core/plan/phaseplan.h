#pragma once

#include "installplan.h"
#include "nodestate.h"
#include "phaseinputs.h"
#include "step.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Ocw::Core {

class CheckBoard;
class VerifyBoard;

// A set of nodes that run the same steps, in parallel (bounded by the plan's concurrency);
// the next round starts when every node of this one is done (a barrier).
struct PhaseRound
{
    QStringList nodes;
    QList<std::shared_ptr<const Step>> steps;
    // A failure on any node of this round stops the rounds after it (except `always` ones).
    // False: the other nodes go on, and only the failed node's later rounds are skipped.
    bool failureStopsPhase = true;
    bool always = false; // runs even after a failure or a cancel (clean-up)
    // False: the steps need no login (e.g. the host-key scan, which connects without
    // authenticating): no session is opened for the round, and a command fails at once.
    bool needsSession = true;
    // Workers for this round; 0: the plan's concurrency. The verification's readings run on
    // every node at once: they only read, and each holds its worker for the whole window.
    int concurrency = 0;
};

// The steps an installation phase runs, per node, with its policy: what `plan` prints, what a
// page's "What will happen" shows, and what PhaseController runs — the same objects.
class PhasePlan
{
public:
    QString phase; // PhaseId, or "all"
    QList<PhaseRound> rounds;
    int concurrency = 8;
    PackageDelivery delivery = PackageDelivery::Upload; // as this plan delivers the package
    QStringList serialSteps; // run one node at a time (start + ready with "one at a time")

    // Steps 2 and 4 of the procedure on the first node: settings check, privilege, repository
    // variable, package delivery, verification, installation, octane.conf, start, ready,
    // sign-in.
    static PhasePlan firstNode(const PhaseInputs &in);
    // Steps 5 and 6: on the first node, the preconditions (and the package staged in the
    // share); on every other node, in parallel: privilege, repository variable, package
    // delivery, verification, installation, start, ready. Never a configuration file, never a
    // script.
    static PhasePlan otherNodes(const PhaseInputs &in, bool startOneAtATime = false);
    // Every install phase this build has, in order; staging in the share, when chosen, serves
    // the first node too.
    static PhasePlan all(const PhaseInputs &in, bool startOneAtATime = false);

    // Step 8: every node's readings at once over the readiness window (read only), then, after
    // the barrier, the verdicts on the workstation. `board` carries the readings between them.
    static PhasePlan verify(const PhaseInputs &in, const std::shared_ptr<VerifyBoard> &board);
    // Appends verify's rounds to `plan` (install --phase all ends verified).
    static void appendVerify(PhasePlan *plan, const PhaseInputs &in,
                             const std::shared_ptr<VerifyBoard> &board);

    // Step 9's restart, one batch at a time (PhaseInputs::rollingBatch nodes, default 1): each
    // node checks the whole cluster again before its stop (never more than the batch down at
    // once), stops, starts, is followed to its ready line, and is back in the cluster and
    // answering through the load balancer in consecutive healthy readings before the next
    // batch goes. A failure stops the roll: the nodes not yet restarted still serve.
    static PhasePlan rollingRestart(const PhaseInputs &in, const QStringList &order = {});

    // Steps 3 and 7, the secure deployment (the profile's "secure" object): on the first node
    // the keystore, the shared octane.conf's HTTPS settings (PhaseInputs::confEdits), web.xml,
    // the permissions, a restart and the HTTPS check; then each other node the same without
    // octane.conf, one at a time (the others keep serving).
    static PhasePlan secure(const PhaseInputs &in);

    // Step 9's later change: on the first node, <repository>/conf/octane.conf edited as
    // PhaseInputs::confEdits say (validated, backed up, atomic); with `rolling` (and not
    // PhaseInputs::previewOnly), the rolling restart after it, so that every node reads it. A
    // re-run after a roll that stopped finds the file already changed and rolls again.
    static PhasePlan reconfigure(const PhaseInputs &in, bool rolling,
                                 const QStringList &order = {});

    // The plan of a phase by its name: "first-node", "other-nodes" or "all"; nullopt for any
    // other name.
    static std::optional<PhasePlan> forPhase(const QString &name, const PhaseInputs &in,
                                             bool startOneAtATime = false);
    static QStringList phaseNames(); // in the order `all` runs them, then "all"

    // The pre-flight checks on `board`'s nodes: the node checks; after a barrier, the
    // preparation of the cross-node tests; the port mesh; and the clean-up on every path.
    // No failure stops the others: every node is checked.
    static PhasePlan checks(const std::shared_ptr<CheckBoard> &board, int concurrency);
    enum ChecksRound { ChecksNodeRound = 0, ChecksCrossRound, ChecksMeshRound, ChecksCleanupRound };

    // The nodes of the plan, first appearance order.
    QStringList nodes() const;
    // The fresh state of a node before any step ran (what the dry run assumes).
    static NodeState initialState(const PhaseInputs &in, const QString &node);

    // The dry run: every node's steps with their commands and files. `stateFor` gives the
    // state to describe a node with (default: initialState).
    using StateProvider = std::function<NodeState(const QString &node)>;
    InstallPlan dryRun(const PhaseInputs &in, const StateProvider &stateFor = {}) const;
};

} // namespace Ocw::Core
