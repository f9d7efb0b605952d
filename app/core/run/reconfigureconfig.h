#pragma once

#include "../base/expected.h"
#include "../checks/checkresult.h"
#include "../config/confedit.h"
#include "../model/clusterprofile.h"
#include "../model/releasedefinition.h"
#include "../plan/phaseinputs.h"
#include "../plan/phaseplan.h"
#include "../ssh/sshtarget.h"

#include <QHash>
#include <optional>

namespace Ocw::Core {

// What the "Change the configuration" page shows and starts, without widgets: the same plans
// as `reconfigure` and `restart --rolling`. Reading the shared octane.conf is a dry run of the
// edit (PhaseInputs::previewOnly, no change) whose output is the file with its secrets masked;
// the form's values come from it, the changes become ConfEdits checked against the schema, and
// after a stopped roll the rest is planned again: this node again (retry), or the nodes after
// it (skip). GUI thread, plain value.
class ReconfigureConfig
{
public:
    void setProfile(const ClusterProfile &profile) { m_profile = profile; }
    void setRelease(const std::optional<ReleaseDefinition> &release) { m_release = release; }
    void setSecrets(const QHash<QString, QString> &secrets) { m_secrets = secrets; }

    QString blocker() const;
    // The keys the form offers: the schema's, without secrets and without the node list and the
    // repository (they follow the profile).
    QList<ConfKey> editableKeys() const;
    // The editable keys' values in `redactedFile` (the read's output), as text.
    QHash<QString, QString> valuesOf(const QString &redactedFile) const;

    // Reads the shared file, changes nothing.
    PhasePlan readPlan() const;
    // `changes`: key path -> new value text; checked against the schema.
    Expected<QList<ConfEdit>> edits(const QHash<QString, QString> &changes) const;
    PhasePlan applyPlan(const QList<ConfEdit> &edits, bool preview) const;
    // The roll alone, over `order` (retry: the failed node first; skip: the nodes after it).
    PhasePlan restartPlan(const QStringList &order) const;
    // The roll's nodes in order (the other nodes, the first node last).
    QStringList rollOrder() const;
    PhaseInputs inputs(const QList<ConfEdit> &edits = {}, bool preview = false) const;
    QHash<QString, SshTarget> targets() const;

    // After a roll that stopped at `failedNode`: the nodes still to restart after it.
    QStringList nodesAfter(const QString &failedNode) const;

private:
    ClusterProfile m_profile;
    std::optional<ReleaseDefinition> m_release;
    QHash<QString, QString> m_secrets;
};

} // namespace Ocw::Core
