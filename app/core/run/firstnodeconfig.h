#pragma once

#include "../base/expected.h"
#include "../checks/checkresult.h"
#include "../model/clusterprofile.h"
#include "../model/profilevalidator.h"
#include "../model/releasedefinition.h"
#include "../plan/firstnodejob.h"
#include "../plan/nodeconfcomparison.h"
#include "../plan/phaseinputs.h"
#include "../plan/phaseplan.h"
#include "../ssh/sshtarget.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <utility>

namespace Ocw::Core {

// What the First node page edits, shows and starts, without widgets (the page is its face): the
// release definition in use and switching it; the octane.conf values (non-secret ones for the
// profile's octaneConf, secrets by SecretNames::forConf() for this run's memory and the
// keychain: what to read, write and delete); their issues and the preview with secrets masked;
// the sign-in scheme and the ready timeout; the package and its digest; what still blocks the
// install; the run's inputs, plan and dry run; the first node's SSH target; the summary after a
// run. GUI thread, plain value.
class FirstNodeConfig
{
public:
    // The profile as the wizard holds it, and this run's secrets (by SecretNames).
    void setProfile(const ClusterProfile &profile) { m_base = profile; }
    void setSecrets(const QHash<QString, QString> &secrets) { m_secrets = secrets; }
    QString firstNode() const { return m_base.firstNodeHost(); }

    // The release definition in use and what it was loaded from (an id or a file's path).
    const std::optional<ReleaseDefinition> &release() const { return m_release; }
    QString releaseSource() const { return m_releaseSource; }
    // Whether the profile names another definition than the one in use (or none is in use).
    bool needsReleaseLoad() const;
    // Loads the profile's definition; on failure none is in use and the error says why.
    Expected<Done> loadRelease();
    // "Release definition: <title> (built in, <id>)." and the like.
    QString releaseText() const;

    // The page's inputs: the form's non-secret values and its secrets (by key path), the
    // sign-in scheme, the ready timeout, the consent to set the repository variable.
    void setConfValues(const QJsonObject &values) { m_confValues = values; }
    void setConfSecrets(const QHash<QString, QString> &secrets) { m_confSecrets = secrets; }
    QHash<QString, QString> confSecrets() const { return m_confSecrets; }
    void setServerScheme(const QString &scheme) { m_scheme = scheme; }
    void setReadyTimeout(int seconds) { m_readyTimeoutS = seconds; }
    void setRepositoryEnvConsent(bool agreed) { m_setRepositoryEnv = agreed; }
    // The profile with the inputs laid over it: the form's values replace the definition's keys
    // (keys it does not know stay), secrets never in it.
    ClusterProfile profile() const;

    // The keychain: the secrets of the definition this run knows already (key path -> value),
    // the names to read for the others, and a value read under scope/name: the key path whose
    // field it fills (empty: none).
    QHash<QString, QString> secretsInMemory() const;
    QStringList secretNamesToRead() const;
    QString takeStoredSecret(const QString &scope, const QString &name, const QString &value);
    // What committing the inputs does: the profile to hand on (none when unchanged), this run's
    // secret values (empty: remove), what to write to the keychain and what to delete from it
    // (a value emptied that the keychain holds).
    struct Commit
    {
        std::optional<ClusterProfile> profile;
        QHash<QString, QString> run;
        QHash<QString, QString> write;
        QStringList remove;
    };
    Commit commit(const QString &scope);
    // Uses the definition `idOrPath` (a built-in id or a .json file). On failure nothing changes
    // and the error says why. Otherwise the inputs are committed under the old definition (the
    // keys both know keep what was typed), then the profile names the new one and loses the old
    // definition's keys the new one does not know (they would be written into the new
    // release's octaneConf; keys no definition knows stay). The commit always has the profile.
    Expected<Commit> setReleaseSource(const QString &idOrPath, const QString &scope);

    // Renders octane.conf for a node without one: the issues, the masked preview. The error
    // when it could not be rendered at all.
    Expected<Done> revalidate();
    QList<FieldIssue> issues() const { return m_issues; }
    int issueCount() const; // fields with an issue
    QString previewText() const { return m_preview; }

    // The package path as typed; what is wrong with it before it is read (empty: nothing, or
    // nothing to read); the path to read for the digest now (empty: none).
    void setPackagePath(const QString &path) { m_packagePath = path.trimmed(); }
    QString packagePath() const { return m_packagePath; }
    QString packageIssue() const;
    QString packageToHash() const;
    QStringList packageFilePatterns() const; // "*.rpm", ... for a file dialog
    // The digest of a file (empty path: none), and whether one is being read.
    void setHashedPackage(const QString &path, qint64 bytes, const QString &sha256);
    void setPackageReading(bool reading) { m_packageReading = reading; }
    bool hasPackage() const; // the digest is of the path typed
    QString packageText() const;

    // A comparison reads the node: its answer would describe the file before the run.
    void setComparing(bool comparing) { m_comparing = comparing; }
    // Why Install cannot start now (one sentence with what to do), empty when it can.
    QString blocker() const;
    // The status line outside a run: the blocker, else the last run's outcome, else ready.
    QString statusText() const;

    // The run's inputs, its plan and dry run, and what "What will happen" says about it.
    PhaseInputs inputs() const;
    PhasePlan plan() const;
    QString dryRunText() const;
    QString planNote() const;
    FirstNodeJob::Inputs jobInputs() const;
    QString repositoryEnvText() const;
    QString repositoryEnvToolTip() const;
    QList<std::pair<QString, QString>> schemeChoices() const; // (text, scheme)

    // The first node's SSH target, or why there is none (the error names the fix).
    Expected<SshTarget> firstNodeTarget() const;
    // Reading the node's octane.conf, and what its result says.
    NodeConfComparison comparison() const;
    static QString comparisonText(const ConfComparison &result);

    // A run: its rows (connection, then the plan's steps in the order the job runs them), and
    // what it ended with. The summary speaks of the node it ran on only.
    QList<std::pair<QString, QString>> startRun();
    void finishRun(const QList<CheckResult> &results, bool succeeded, bool cancelled);
    void forgetRunOnOtherNode();
    QString ranOn() const { return m_ranOn; }
    QString runSummary() const { return m_runSummary; }
    Verdict runVerdict() const { return m_runVerdict; }

private:
    QStringList secretKeyPaths() const;
    QString stepTitle(const QString &id) const;

    ClusterProfile m_base;
    QHash<QString, QString> m_secrets;
    std::optional<ReleaseDefinition> m_release;
    QString m_releaseSource;
    std::optional<QJsonObject> m_confValues; // unset: none for this definition yet
    QHash<QString, QString> m_confSecrets;
    std::optional<QString> m_scheme; // unset: the profile's
    std::optional<int> m_readyTimeoutS;
    bool m_setRepositoryEnv = false;
    QHash<QString, QString> m_keychainCopy; // "scope/name" -> value known to be in the keychain
    QList<FieldIssue> m_issues;
    QString m_preview;
    QString m_packagePath;
    QString m_hashedPath;
    qint64 m_hashedBytes = 0;
    QString m_hashedSha256;
    bool m_packageReading = false;
    bool m_comparing = false;
    QList<std::pair<QString, QString>> m_runSteps;
    QString m_ranOn;
    QString m_runSummary;
    Verdict m_runVerdict = Verdict::Pending;
};

} // namespace Ocw::Core
