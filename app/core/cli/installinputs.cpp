#include "installinputs.h"

#include "standardinput.h"

#include "../base/tr.h"
#include "../model/profilevalidator.h"
#include "../plan/nodecommands.h"
#include "../run/nodeaddresslookup.h"
#include "../secrets/secretnames.h"
#include "../secrets/secretresolver.h"
#include "../secrets/secretstore.h"
#include "../secure/keystorematerial.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

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

Expected<Done> InstallInputs::loadSecure(const CancelToken &cancel)
{
    const SecureSettings &secure = profile.secure;
    const SecureSpec &spec = release.secure();
    if (spec.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1: the release %2 describes no secure deployment")
                             .arg(profilePath, release.id()));
    const QString name = SecretNames::forConf(spec.keystorePasswordKey);
    QString password = secrets.value(name);
    if (password.isEmpty()) {
        SecretStore keychain;
        const Expected<QString> v =
            keychain.readBlocking(SecretNames::scopeFor(profile, profilePath), name, 3000);
        password = v ? *v : QString();
    }
    if (password.isEmpty())
        return makeError(ErrorCode::MissingSecret,
                         Tr::tr("missing secret \"%1\" (the keystore's password): store it in "
                                "the keychain, or give it on stdin as %1=... with "
                                "--secrets-stdin")
                             .arg(name));
    SecretStore store;
    const QString scope = SecretNames::scopeFor(profile, profilePath);
    // A self-signed keystore is made once per profile and kept in the keychain (it holds the
    // private key): a re-run finds every node with it already, and the trusted fingerprint
    // stays the same.
    const QString selfSignedName = QStringLiteral("secure:self-signed-keystore");
    Expected<KeystoreMaterial> keystore = [&]() -> Expected<KeystoreMaterial> {
        if (!secure.isSelfSigned())
            return KeystoreMaterial::load(secure.keystore, password);
        const Expected<QString> kept = store.readBlocking(scope, selfSignedName, 3000);
        if (kept && !kept->isEmpty()) {
            const Expected<KeystoreMaterial> again = KeystoreMaterial::fromBytes(
                QByteArray::fromBase64(kept->toLatin1()), password, Tr::tr("the kept keystore"));
            if (again)
                return again; // else (another password now): a new one
        }
        // One certificate for every name the cluster is reached by (the checks trust its
        // fingerprint, nothing else).
        const Expected<KeystoreMaterial> made = KeystoreMaterial::selfSigned(
            KeystoreMaterial::namesFor(profile), password, 825, cancel);
        if (made)
            store.writeBlocking(scope, selfSignedName, QString::fromLatin1(made->bytes.toBase64()),
                                3000); // no keychain: this run only (a re-run makes a new one)
        return made;
    }();
    if (!keystore) {
        Error e = keystore.error();
        e.message = Tr::tr("%1: secure.keystore: %2").arg(profilePath, e.message);
        return e;
    }
    keystoreBytes = keystore->bytes;
    keystoreFingerprint = keystore->sha256Fingerprint;
    confSecrets.insert(spec.keystorePasswordKey, password);
    if (!secure.vendorKey.isEmpty()) {
        QFile key(secure.vendorKey);
        if (!key.open(QIODevice::ReadOnly) || key.size() > 1 << 20)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("%1: secure.vendorKey: cannot read %2: %3")
                                 .arg(profilePath, secure.vendorKey, key.errorString()));
        vendorKeyBytes = key.readAll();
        if (!vendorKeyBytes.contains("BEGIN PGP PUBLIC KEY BLOCK"))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("%1: secure.vendorKey: %2 is not an armored PGP public key")
                                 .arg(profilePath, secure.vendorKey));
    }
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
    in.keystoreBytes = keystoreBytes;
    in.keystoreFingerprint = keystoreFingerprint;
    in.vendorKeyBytes = vendorKeyBytes;
    if (profile.secure.present && !release.secure().isEmpty())
        in.confEdits =
            ConfEdit::forSecureDeployment(profile.secure, release.secure(),
                                          NodeCommands(profile, release, QString()).keystoreFile());
    return in;
}

} // namespace Ocw::Core
