#include "secureconfig.h"

#include "../base/tr.h"
#include "../plan/nodecommands.h"
#include "../plan/stepid.h"
#include "../secrets/secretnames.h"
#include "../secrets/secretresolver.h"

#include <QFileInfo>
#include <QUrl>

namespace Ocw::Core {

void SecureConfig::setProfile(const ClusterProfile &profile)
{
    m_profile = profile;
    if (profile.secure.present && !m_settings.present)
        m_settings = profile.secure;
}

void SecureConfig::setSettings(const SecureSettings &settings)
{
    m_settings = settings;
    m_settings.present = true;
}

ClusterProfile SecureConfig::profileWithSettings() const
{
    ClusterProfile p = m_profile;
    p.secure = m_settings;
    p.secure.present = true;
    if (p.secure.keystore.isEmpty())
        p.secure.keystore = SecureSettings::SelfSigned;
    return p;
}

QString SecureConfig::passwordSecretName(const ReleaseDefinition &release)
{
    return SecretNames::forConf(release.secure().keystorePasswordKey);
}

QString SecureConfig::blocker() const
{
    if (m_profile.nodes.isEmpty())
        return Tr::tr("The profile has no nodes: enter them on the Nodes page.");
    if (!m_release || m_release->secure().isEmpty())
        return Tr::tr("The release \"%1\" describes no secure deployment.").arg(m_profile.release);
    if (m_settings.keystore.isEmpty())
        return Tr::tr("Choose a keystore (.p12), or a self-signed one for a test cluster.");
    if (!m_settings.isSelfSigned() && !QFileInfo(m_settings.keystore).isReadable())
        return Tr::tr("The keystore %1 cannot be read on this workstation.")
            .arg(m_settings.keystore);
    if (!m_settings.vendorKey.isEmpty() && !QFileInfo(m_settings.vendorKey).isReadable())
        return Tr::tr("The vendor key %1 cannot be read on this workstation.")
            .arg(m_settings.vendorKey);
    if (m_secrets.value(passwordSecretName(*m_release)).isEmpty())
        return Tr::tr("Enter the keystore's password.");
    return {};
}

PhaseInputs SecureConfig::baseInputs() const
{
    PhaseInputs in;
    in.profile = profileWithSettings();
    if (m_release) {
        in.release = *m_release;
        const QString keystore = NodeCommands(in.profile, in.release, QString()).keystoreFile();
        in.confEdits =
            ConfEdit::forSecureDeployment(in.profile.secure, m_release->secure(), keystore);
        const QString password = m_secrets.value(passwordSecretName(*m_release));
        if (!password.isEmpty())
            in.confSecrets.insert(m_release->secure().keystorePasswordKey, password);
    }
    in.readyTimeoutS = m_profile.readyTimeoutS;
    in.sudoPasswords = SecretResolver::sudoPasswords(m_profile, m_secrets);
    return in;
}

QString SecureConfig::dryRunText() const
{
    const PhaseInputs in = baseInputs();
    return PhasePlan::secure(in).dryRun(in).toText();
}

PhasePlan SecureConfig::plan() const
{
    return PhasePlan::secure(baseInputs());
}

Expected<PhaseInputs> SecureConfig::inputs(const CancelToken &cancel)
{
    const QString problem = blocker();
    if (!problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    PhaseInputs in = baseInputs();
    const QString password = m_secrets.value(passwordSecretName(*m_release));
    // The same keystore for the same choice and password: a second run finds it on the nodes.
    const QString key = m_settings.keystore + QLatin1Char('\n') + password;
    if (!m_material || key != m_materialKey) {
        Expected<KeystoreMaterial> material = [&]() -> Expected<KeystoreMaterial> {
            if (!m_settings.isSelfSigned())
                return KeystoreMaterial::load(m_settings.keystore, password);
            return KeystoreMaterial::selfSigned(KeystoreMaterial::namesFor(m_profile), password,
                                                825, cancel);
        }();
        if (!material)
            return material.error();
        m_material = *material;
        m_materialKey = key;
    }
    in.keystoreBytes = m_material->bytes;
    in.keystoreFingerprint = m_material->sha256Fingerprint;
    if (!m_settings.vendorKey.isEmpty()) {
        QFile file(m_settings.vendorKey);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(
                ErrorCode::InvalidInput,
                Tr::tr("cannot read %1: %2").arg(m_settings.vendorKey, file.errorString()));
        in.vendorKeyBytes = file.read(1 << 20);
    }
    return in;
}

QHash<QString, SshTarget> SecureConfig::targets() const
{
    QHash<QString, SshTarget> targets;
    for (const SshTarget &t : SecretResolver::targets(m_profile, m_secrets))
        targets.insert(t.nodeName, t);
    return targets;
}

QString SecureConfig::summary(const QList<CheckResult> &results, bool cancelled)
{
    QStringList failed;
    int secured = 0;
    for (const CheckResult &r : results) {
        if (r.verdict == Verdict::Fail && !failed.contains(r.node))
            failed.append(r.node);
        if (r.checkId == StepId::qualified(PhaseId::Secure, StepId::Https) &&
            r.verdict != Verdict::Fail && r.verdict != Verdict::Skipped)
            ++secured;
    }
    if (cancelled)
        return Tr::tr("Cancelled: %n node(s) serve HTTPS from the keystore; the others were not "
                      "changed after the node that was running.",
                      nullptr, secured);
    if (!failed.isEmpty())
        return Tr::tr("The secure deployment stopped at %1: select its red cell for the cause "
                      "and the fix; the nodes after it were not touched.")
            .arg(failed.join(QStringLiteral(", ")));
    return Tr::tr("%n node(s) serve HTTPS from the keystore, one after the other restarted; "
                  "every file it replaced has a backup next to it.",
                  nullptr, secured);
}

} // namespace Ocw::Core
