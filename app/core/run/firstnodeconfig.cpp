#include "firstnodeconfig.h"

#include "../base/tr.h"
#include "../checks/checkcatalogue.h"
#include "../plan/confrenderer.h"
#include "../plan/installplan.h"
#include "../secrets/secretnames.h"
#include "../secrets/secretresolver.h"
#include "../ssh/fileuploader.h"

#include <QFileInfo>
#include <QLocale>
#include <QSet>

namespace Ocw::Core {

namespace {

QString keychainKey(const QString &scope, const QString &name)
{
    return scope + QLatin1Char('/') + name;
}

// Steps that may change the node; the summary of a cancelled run names those that finished.
bool changesTheNode(const QString &stepId)
{
    static const QStringList ids{
        QStringLiteral("first-node.repository-env"), QStringLiteral("first-node.upload"),
        QStringLiteral("first-node.install"), QStringLiteral("first-node.octane-conf"),
        QStringLiteral("first-node.start")};
    return ids.contains(stepId);
}

} // namespace

// --- the release definition --------------------------------------------------------------------

bool FirstNodeConfig::needsReleaseLoad() const
{
    return !m_release || m_releaseSource != m_base.release;
}

Expected<Done> FirstNodeConfig::loadRelease()
{
    const Expected<ReleaseDefinition> loaded = ReleaseDefinition::load(m_base.release);
    m_releaseSource = m_base.release;
    // The form is rebuilt for the new definition: what it held belonged to the old one.
    m_confValues.reset();
    m_confSecrets.clear();
    if (!loaded) {
        m_release.reset();
        return loaded.error();
    }
    m_release = *loaded;
    return Done{};
}

QString FirstNodeConfig::releaseText() const
{
    if (!m_release)
        return Tr::tr("Release definition: none loaded (%1).").arg(m_releaseSource);
    const bool builtIn = !m_releaseSource.contains(QLatin1Char('/'));
    return builtIn ? Tr::tr("Release definition: %1 (built in, %2).")
                         .arg(m_release->title(), m_release->id())
                   : Tr::tr("Release definition: %1 (%2, from %3).")
                         .arg(m_release->title(), m_release->id(), m_releaseSource);
}

Expected<FirstNodeConfig::Commit> FirstNodeConfig::setReleaseSource(const QString &idOrPath,
                                                                    const QString &scope)
{
    const Expected<ReleaseDefinition> loaded = ReleaseDefinition::load(idOrPath);
    if (!loaded)
        return loaded.error();
    Commit committed = commit(scope);
    ClusterProfile profile = this->profile();
    if (m_release) {
        for (const ConfKey &key : m_release->confKeys()) {
            if (!loaded->confKey(key.path))
                profile.octaneConf.remove(key.path);
        }
    }
    profile.release = idOrPath;
    m_base = profile;
    // Taken as loaded now, also when the same file was edited since it was last loaded.
    m_release = *loaded;
    m_releaseSource = idOrPath;
    m_confValues.reset();
    m_confSecrets.clear();
    committed.profile = profile;
    return committed;
}

// --- the inputs and the keychain ---------------------------------------------------------------

QStringList FirstNodeConfig::secretKeyPaths() const
{
    return m_release ? m_release->secretKeyPaths() : QStringList();
}

ClusterProfile FirstNodeConfig::profile() const
{
    ClusterProfile p = m_base;
    if (m_release && m_confValues) {
        // Keys this release does not know stay; its keys (secrets included) are replaced.
        for (const ConfKey &key : m_release->confKeys())
            p.octaneConf.remove(key.path);
        for (auto it = m_confValues->constBegin(); it != m_confValues->constEnd(); ++it)
            p.octaneConf.insert(it.key(), it.value());
    }
    if (m_scheme)
        p.serverScheme = *m_scheme;
    if (m_readyTimeoutS)
        p.readyTimeoutS = *m_readyTimeoutS;
    return p;
}

QHash<QString, QString> FirstNodeConfig::secretsInMemory() const
{
    QHash<QString, QString> known;
    for (const QString &path : secretKeyPaths()) {
        const QString value = m_secrets.value(SecretNames::forConf(path));
        if (!value.isEmpty())
            known.insert(path, value);
    }
    return known;
}

QStringList FirstNodeConfig::secretNamesToRead() const
{
    QStringList names;
    for (const QString &path : secretKeyPaths()) {
        const QString name = SecretNames::forConf(path);
        if (m_secrets.value(name).isEmpty())
            names.append(name);
    }
    return names;
}

QString FirstNodeConfig::takeStoredSecret(const QString &scope, const QString &name,
                                          const QString &value)
{
    if (value.isEmpty())
        return QString();
    m_keychainCopy.insert(keychainKey(scope, name), value);
    const QString path = SecretNames::confKeyOf(name);
    // A value typed meanwhile wins.
    if (!secretKeyPaths().contains(path) || !m_confSecrets.value(path).isEmpty())
        return QString();
    m_confSecrets.insert(path, value);
    return path;
}

FirstNodeConfig::Commit FirstNodeConfig::commit(const QString &scope)
{
    Commit c;
    if (!m_release)
        return c;
    const ClusterProfile p = profile();
    if (p.octaneConf != m_base.octaneConf || p.serverScheme != m_base.serverScheme ||
        p.readyTimeoutS != m_base.readyTimeoutS) {
        c.profile = p;
        m_base = p;
    }
    for (const QString &path : secretKeyPaths()) {
        const QString name = SecretNames::forConf(path);
        const QString value = m_confSecrets.value(path);
        c.run.insert(name, value);
        if (value.isEmpty())
            m_secrets.remove(name);
        else
            m_secrets.insert(name, value);
        const QString key = keychainKey(scope, name);
        if (value.isEmpty()) {
            // Emptied by the user: gone from the keychain too, or the next start fills it in.
            if (m_keychainCopy.remove(key) > 0)
                c.remove.append(name);
            continue;
        }
        if (m_keychainCopy.value(key) == value)
            continue;
        m_keychainCopy.insert(key, value);
        c.write.insert(name, value);
    }
    return c;
}

// --- validation and the preview ----------------------------------------------------------------

Expected<Done> FirstNodeConfig::revalidate()
{
    if (!m_release) {
        m_issues = {{QString(), Tr::tr("The release definition did not load.")}};
        m_preview.clear();
        return Done{};
    }
    const Expected<ConfRenderer::Output> out =
        ConfRenderer(profile(), *m_release).render(QByteArray(), m_confSecrets);
    if (!out) {
        m_issues = {{QString(), out.error().message}};
        m_preview.clear();
        return out.error();
    }
    m_issues = out->issues;
    m_preview = out->redactedText;
    return Done{};
}

int FirstNodeConfig::issueCount() const
{
    QSet<QString> fields;
    for (const FieldIssue &issue : m_issues)
        fields.insert(issue.field);
    return int(fields.size());
}

// --- the package -------------------------------------------------------------------------------

QString FirstNodeConfig::packageIssue() const
{
    if (m_packagePath.isEmpty() || !m_release)
        return QString();
    const QFileInfo file(m_packagePath);
    if (!m_release->packageKindFor(file.fileName())) {
        QStringList suffixes;
        for (const PackageKind &kind : m_release->packageKinds())
            suffixes += kind.fileSuffixes;
        return Tr::tr("%1 is not a package this release installs (%2).")
            .arg(file.fileName(), suffixes.join(QStringLiteral(", ")));
    }
    if (!file.isFile())
        return Tr::tr("There is no file %1.").arg(m_packagePath);
    return QString();
}

QString FirstNodeConfig::packageToHash() const
{
    if (m_packagePath.isEmpty() || !m_release || !packageIssue().isEmpty())
        return QString();
    return m_packagePath;
}

QStringList FirstNodeConfig::packageFilePatterns() const
{
    QStringList patterns;
    if (m_release) {
        for (const PackageKind &kind : m_release->packageKinds()) {
            for (const QString &suffix : kind.fileSuffixes)
                patterns.append(QLatin1Char('*') + suffix);
        }
    }
    return patterns;
}

void FirstNodeConfig::setHashedPackage(const QString &path, qint64 bytes, const QString &sha256)
{
    m_hashedPath = path;
    m_hashedBytes = path.isEmpty() ? 0 : bytes;
    m_hashedSha256 = path.isEmpty() ? QString() : sha256;
}

bool FirstNodeConfig::hasPackage() const
{
    return !m_hashedSha256.isEmpty() && m_hashedPath == m_packagePath;
}

QString FirstNodeConfig::packageText() const
{
    if (m_hashedSha256.isEmpty())
        return QString();
    return Tr::tr("%1 (%2 bytes) · SHA-256 %3")
        .arg(FileUploader::formatBytes(m_hashedBytes), QLocale().toString(m_hashedBytes),
             m_hashedSha256);
}

// --- what blocks the install -------------------------------------------------------------------

QString FirstNodeConfig::blocker() const
{
    if (!m_release)
        return Tr::tr("The release definition did not load (see below).");
    if (!m_issues.isEmpty())
        return issueCount() == 1
                   ? Tr::tr("1 setting to correct, marked in the form.")
                   : Tr::tr("%1 settings to correct, marked in the form.").arg(issueCount());
    if (m_packagePath.isEmpty())
        return Tr::tr("Choose the package to install.");
    if (m_packageReading)
        return Tr::tr("Reading the package…");
    if (m_comparing || !hasPackage() || firstNode().isEmpty())
        return Tr::tr("Choose another package (see above).");
    return QString();
}

QString FirstNodeConfig::statusText() const
{
    const QString blocked = blocker();
    if (!blocked.isEmpty())
        return blocked;
    if (!m_runSummary.isEmpty())
        return m_runSummary;
    return Tr::tr("Ready to install on %1.").arg(firstNode());
}

// --- the plan ----------------------------------------------------------------------------------

FirstNodeJob::Inputs FirstNodeConfig::jobInputs() const
{
    FirstNodeJob::Inputs in;
    in.profile = profile();
    if (m_release)
        in.release = *m_release;
    in.packagePath = m_hashedPath;
    in.confSecrets = m_confSecrets;
    in.sudoPassword = SecretResolver::sudoPasswords(in.profile, m_secrets).value(firstNode());
    in.setRepositoryEnv = m_setRepositoryEnv;
    in.readyTimeoutS = in.profile.readyTimeoutS;
    return in;
}

PhaseInputs FirstNodeConfig::inputs() const
{
    PhaseInputs in = FirstNodeJob::phaseInputs(jobInputs());
    in.packageBytes = m_hashedBytes;
    in.packageSha256 = m_hashedSha256;
    return in;
}

PhasePlan FirstNodeConfig::plan() const
{
    return PhasePlan::firstNode(inputs());
}

QString FirstNodeConfig::dryRunText() const
{
    if (!m_release || m_hashedSha256.isEmpty())
        return QString();
    const PhaseInputs in = inputs();
    return plan().dryRun(in).toText();
}

QString FirstNodeConfig::planNote() const
{
    const QString node = firstNode();
    if (!m_release)
        return QString();
    if (m_hashedSha256.isEmpty())
        return Tr::tr("Choose the package (below) to see the exact commands that will run on %1. "
                      "Nothing changes before you press Install.")
            .arg(node);
    const RepositoryEnv &env = m_release->repositoryEnv();
    const QString consent =
        m_setRepositoryEnv
            ? Tr::tr("%1: added to %2 on %3 if it is missing (you agreed).")
                  .arg(env.variable, env.file, node)
            : Tr::tr("%1: only checked; the installation stops if it is missing (tick the box "
                     "below to let the wizard add it).")
                  .arg(env.variable);
    return Tr::tr("Nothing has changed yet. Install runs these steps on %1, in this order, and "
                  "stops at the first failure. Secrets travel on stdin, never on a command line.")
               .arg(node) +
           QLatin1Char('\n') + consent;
}

QString FirstNodeConfig::repositoryEnvText() const
{
    if (!m_release)
        return QString();
    return Tr::tr("Set %1 on the node if it is missing").arg(m_release->repositoryEnv().variable);
}

QString FirstNodeConfig::repositoryEnvToolTip() const
{
    if (!m_release)
        return QString();
    const RepositoryEnv &env = m_release->repositoryEnv();
    return Tr::tr("Adds the line %1 to %2 on %3 when the variable is not set there. Without it "
                  "the installation stops at that step; nothing is added unless you tick this.")
        .arg(env.line(m_base.repositoryDir), env.file, firstNode());
}

QList<std::pair<QString, QString>> FirstNodeConfig::schemeChoices() const
{
    const int http = m_release ? m_release->port(QStringLiteral("http")) : 0;
    const int https = m_release ? m_release->port(QStringLiteral("https")) : 0;
    return {{Tr::tr("HTTP (port %1)").arg(http ? http : 8080), QStringLiteral("http")},
            {Tr::tr("HTTPS (port %1)").arg(https ? https : 8443), QStringLiteral("https")}};
}

// --- the run -----------------------------------------------------------------------------------

Expected<SshTarget> FirstNodeConfig::firstNodeTarget() const
{
    const ClusterProfile p = profile();
    const QString node = p.firstNodeHost();
    for (const SshTarget &t : SecretResolver::targets(p, m_secrets)) {
        if (t.nodeName == node)
            return t;
    }
    return makeError(ErrorCode::InvalidInput,
                     Tr::tr("The first node %1 is not in the node list.").arg(node), QString(),
                     Tr::tr("Choose the first node on the Nodes page."));
}

NodeConfComparison FirstNodeConfig::comparison() const
{
    const ClusterProfile p = profile();
    return NodeConfComparison(p, m_release.value_or(ReleaseDefinition()), m_confSecrets,
                              SecretResolver::sudoPasswords(p, m_secrets).value(firstNode()));
}

QString FirstNodeConfig::comparisonText(const ConfComparison &result)
{
    if (!result.isOk())
        return result.error.fix.isEmpty()
                   ? result.error.message
                   : Tr::tr("%1 Fix: %2").arg(result.error.message, result.error.fix);
    if (!result.exists)
        return Tr::tr("%1 has no %2 yet: Install writes the whole file shown above.")
            .arg(result.node, result.confFile);
    if (result.identical)
        return Tr::tr("%1 on %2 already says all of this: Install will not rewrite it.")
            .arg(result.confFile, result.node);
    const QString keys = result.changedKeys.join(QStringLiteral(", "));
    return result.changedKeys.size() == 1
               ? Tr::tr("Install will change 1 setting in %1 on %2 (after a backup): %3.")
                     .arg(result.confFile, result.node, keys)
               : Tr::tr("Install will change %1 settings in %2 on %3 (after a backup): %4.")
                     .arg(result.changedKeys.size())
                     .arg(result.confFile, result.node, keys);
}

QList<std::pair<QString, QString>> FirstNodeConfig::startRun()
{
    m_runSteps.clear();
    for (const QString &id : {QStringLiteral("ssh.hostkey"), QStringLiteral("ssh.connect")}) {
        const CheckDefinition *def = CheckCatalogue::find(id);
        m_runSteps.append({id, def ? def->title : id});
    }
    const PhaseInputs in = inputs();
    for (const PlanStep &s : plan().dryRun(in).steps)
        m_runSteps.append({s.id, s.title});
    m_ranOn = firstNode();
    m_runSummary.clear();
    m_runVerdict = Verdict::Running;
    return m_runSteps;
}

QString FirstNodeConfig::stepTitle(const QString &id) const
{
    for (const auto &[stepId, title] : m_runSteps) {
        if (stepId == id)
            return title;
    }
    return QString();
}

void FirstNodeConfig::finishRun(const QList<CheckResult> &results, bool succeeded, bool cancelled)
{
    const QString node = firstNode();
    m_runVerdict = succeeded ? Verdict::Pass : cancelled ? Verdict::Skipped : Verdict::Fail;
    if (succeeded) {
        m_runSummary = Tr::tr("Octane runs on %1. %2")
                           .arg(node, results.isEmpty() ? QString() : results.last().message);
        return;
    }
    if (cancelled) {
        QStringList done;
        for (const CheckResult &r : results) {
            if (r.verdict == Verdict::Pass && changesTheNode(r.checkId))
                done.append(stepTitle(r.checkId));
        }
        m_runSummary = done.isEmpty()
                           ? Tr::tr("Cancelled; nothing was changed on %1.").arg(node)
                           : Tr::tr("Cancelled. Finished on %1 before that: %2. Install again "
                                    "continues; finished steps are recognised, not redone.")
                                 .arg(node, done.join(QStringLiteral(", ")));
        return;
    }
    QString why = Tr::tr("the run ended without a result.");
    QString step;
    for (const CheckResult &r : results) {
        if (r.verdict == Verdict::Fail) {
            why = r.message;
            step = stepTitle(r.checkId);
            break;
        }
    }
    m_runSummary = step.isEmpty() ? Tr::tr("Stopped: %1").arg(why)
                                  : Tr::tr("Stopped at %1: %2").arg(step, why);
}

void FirstNodeConfig::forgetRunOnOtherNode()
{
    if (firstNode() != m_ranOn)
        m_runSummary.clear(); // it spoke of another node
}

} // namespace Ocw::Core
