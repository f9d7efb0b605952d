#include "installinputs.h"

#include "standardinput.h"

#include "../base/tr.h"
#include "../model/profilevalidator.h"
#include "../run/nodeaddresslookup.h"
#include "../secrets/secretnames.h"
#include "../secrets/secretresolver.h"
#include "../secrets/secretstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace Ocw::Core {

Expected<InstallInputs> InstallInputs::load(const QString &profilePath, const QString &packagePath,
                                            bool packageRequired)
{
    InstallInputs in;
    in.profilePath = profilePath;
    Expected<ClusterProfile> profile = ClusterProfile::load(profilePath);
    if (!profile)
        return profile.error();
    in.profile = *profile;
    QList<FieldIssue> issues = ProfileValidator::validate(in.profile);
    if (issues.isEmpty())
        issues =
            NodeAddressLookup::duplicateMachines(in.profile, NodeAddressLookup::DefaultDeadlineMs);
    if (!issues.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1: %2: %3")
                             .arg(profilePath, issues.first().field, issues.first().message));
    Expected<ReleaseDefinition> release = ReleaseDefinition::load(in.profile.release);
    if (!release)
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("%1: release: %2").arg(profilePath, release.error().message));
    in.release = *release;
    for (const QString &secretKey : in.release.secretKeyPaths()) {
        if (in.profile.octaneConf.contains(secretKey)) {
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("%1: octaneConf.%2: a secret may not be stored in the profile; "
                                    "give it as conf:%2 "
                                    "in the keychain or on stdin")
                                 .arg(profilePath, secretKey));
        }
    }
    if (packagePath.isEmpty() && !packageRequired)
        return in; // verify: the cluster is installed, nothing is sent
    if (packagePath.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("--package FILE is required"));
    QFile package(packagePath);
    if (!package.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("cannot read the package %1: %2").arg(packagePath, package.errorString()));
    if (!in.release.packageKindFor(QFileInfo(packagePath).fileName())) {
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("the package %1 is not of a kind the release %2 installs (rpm, tar.gz)")
                .arg(packagePath, in.release.id()));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&package);
    in.packagePath = QFileInfo(packagePath).absoluteFilePath();
    in.packageBytes = package.size();
    in.packageSha256 = QString::fromLatin1(hash.result().toHex());
    return in;
}

Expected<Done> InstallInputs::loadSecrets(bool fromStdin, const CancelToken &cancel,
                                          const QStringList &nodes,
                                          const std::optional<QStringList> &confKeys)
{
    if (fromStdin)
        secrets = SecretResolver::parseLines(StandardInput::readAll(cancel));
    SecretStore store;
    const QString scope = SecretNames::scopeFor(profile, profilePath);
    bool keychainDown = false;
    auto fetch = [&](const QString &name) -> QString {
        if (secrets.contains(name))
            return secrets.value(name);
        if (keychainDown)
            return QString();
        const Expected<QString> v = store.readBlocking(scope, name, 3000);
        if (!v && v.error().code == ErrorCode::Keychain)
            keychainDown = true;
        return v ? *v : QString();
    };
    // Only the nodes the phase logs in to: the first-node phase needs nothing of the others.
    const QStringList wanted = nodes.isEmpty() ? QStringList{profile.firstNodeHost()} : nodes;
    for (const SecretNeed &need : SecretResolver::needs(profile)) {
        if (!wanted.contains(need.node))
            continue;
        if (!fetch(need.nodeKey()).isEmpty()) {
            secrets.insert(need.nodeKey(), fetch(need.nodeKey()));
            continue;
        }
        const QString shared = fetch(need.name);
        if (shared.isEmpty())
            return makeError(ErrorCode::MissingSecret,
                             Tr::tr("missing secret \"%1\" (%2): store it in the keychain, or give "
                                    "it on stdin as %1=... with --secrets-stdin")
                                 .arg(need.name, need.description));
        secrets.insert(need.name, shared);
    }
    for (const QString &key : release.secretKeyPaths()) {
        if (confKeys && !confKeys->contains(key))
            continue;
        const ConfKey *confKey = release.confKey(key);
        const QString name = SecretNames::forConf(key);
        const QString value = fetch(name);
        if (value.isEmpty() && confKey && confKey->isRequired(profile.isClustered())) {
            return makeError(
                ErrorCode::MissingSecret,
                Tr::tr("missing secret \"%1\" (octane.conf setting %2): store it in the keychain, "
                       "or give it on stdin as %1=... with --secrets-stdin")
                    .arg(name, key));
        }
        if (!value.isEmpty())
            confSecrets.insert(key, value);
    }
    // The sudo password: a node's own, else the shared one (SecretResolver::sudoPasswords).
    for (const QString &node : wanted) {
        const QString name = SecretNames::forNode(SecretNames::sudoPassword(), node);
        const QString own = fetch(name);
        if (!own.isEmpty())
            secrets.insert(name, own);
    }
    const QString shared = fetch(SecretNames::sudoPassword());
    if (!shared.isEmpty())
        secrets.insert(SecretNames::sudoPassword(), shared);
    return Done{};
}

PhaseInputs InstallInputs::phaseInputs() const
{
    PhaseInputs in;
    in.profile = profile;
    in.release = release;
    in.packagePath = packagePath;
    in.packageBytes = packageBytes;
    in.packageSha256 = packageSha256;
    in.confSecrets = confSecrets;
    in.readyTimeoutS = profile.readyTimeoutS;
    // Each node's own sudo password, else the shared one, else its SSH password.
    in.sudoPasswords = SecretResolver::sudoPasswords(profile, secrets);
    return in;
}

} // namespace Ocw::Core
