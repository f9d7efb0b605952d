#pragma once

#include "../base/expected.h"
#include "../model/clusterprofile.h"
#include "../model/profilevalidator.h"
#include "../model/releasedefinition.h"

#include <QHash>
#include <QVariant>

namespace Ocw::Core {

// The octane.conf to write on the first node: the file already there (or an empty one), with
// only the settings that differ changed — the user's values from the profile (non-secret) and
// the secrets (memory only), the cluster node list and the repository taken from the profile.
// Validated as the server would before anything is written. Pure, any thread.
class ConfRenderer
{
public:
    struct Output
    {
        QString text;            // the file to write (holds secrets)
        QString redactedText;    // the same with secrets masked, for previews and plans
        QStringList changedKeys; // only these were rewritten
        QList<FieldIssue> issues;
        bool identical = false; // the file on the node already says all of it
    };

    ConfRenderer(ClusterProfile profile, ReleaseDefinition release);

    // `existing`: the node's current octane.conf (empty: none). `secrets`: key path -> value.
    Expected<Output> render(const QByteArray &existing,
                            const QHash<QString, QString> &secrets) const;

    // Values the profile and the secrets give, by key path (before comparing with a file).
    QHash<QString, QVariant> desiredValues(const QHash<QString, QString> &secrets) const;

private:
    ClusterProfile m_profile;
    ReleaseDefinition m_release;
};

} // namespace Ocw::Core
