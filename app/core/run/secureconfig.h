#pragma once

#include "../base/canceltoken.h"
#include "../base/expected.h"
#include "../checks/checkresult.h"
#include "../model/clusterprofile.h"
#include "../model/releasedefinition.h"
#include "../plan/phaseinputs.h"
#include "../plan/phaseplan.h"
#include "../secure/keystorematerial.h"
#include "../ssh/sshtarget.h"

#include <QHash>
#include <optional>

namespace Ocw::Core {

class NodeStatusModel;

// What the Secure deployment page shows and starts, without widgets: the profile's "secure"
// settings as the page edits them, the keystore's password (a session secret,
// conf:server.keystore-password), the same plan as `install --phase secure`
// (PhasePlan::secure), its preview (every file and command per node) and the sentence after a
// run. The keystore is opened or made once per settings and kept in memory only. GUI thread.
class SecureConfig
{
public:
    void setProfile(const ClusterProfile &profile);
    void setRelease(const std::optional<ReleaseDefinition> &release) { m_release = release; }
    void setSecrets(const QHash<QString, QString> &secrets) { m_secrets = secrets; }
    void setSettings(const SecureSettings &settings);

    const SecureSettings &settings() const { return m_settings; }
    // The profile with these settings (what the page saves).
    ClusterProfile profileWithSettings() const;
    static QString passwordSecretName(const ReleaseDefinition &release);

    // Why it cannot start now (no nodes, no release, no password, a keystore file missing),
    // empty when it can.
    QString blocker() const;
    // The preview: every node's steps with their files and commands (no keystore needed).
    QString dryRunText() const;
    PhasePlan plan() const;
    // The inputs of a run: the keystore opened with the password (or a self-signed one made
    // for the nodes and the load balancer), a wrong password or file is the error.
    Expected<PhaseInputs> inputs(const CancelToken &cancel = {});
    QHash<QString, SshTarget> targets() const;

    static QString summary(const QList<CheckResult> &results, bool cancelled);

private:
    PhaseInputs baseInputs() const;

    ClusterProfile m_profile;
    std::optional<ReleaseDefinition> m_release;
    QHash<QString, QString> m_secrets;
    SecureSettings m_settings;
    std::optional<KeystoreMaterial> m_material; // for m_materialKey
    QString m_materialKey;
};

} // namespace Ocw::Core
