#pragma once

#include "../config/confedit.h"
#include "../model/clusterprofile.h"
#include "../model/releasedefinition.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <memory>

namespace Ocw::Core {

// How the package reaches the nodes (shown in the plan, chosen per run).
enum class PackageDelivery {
    Upload,     // from the workstation to each node
    ShareStage, // once into the shared repository; every node copies it from there
};

QString packageDeliveryName(PackageDelivery delivery); // "upload", "share"

// What the share-upload step tells the nodes of the later rounds (written before the barrier
// that starts them, so it is read after).
struct ShareStaging
{
    std::atomic<bool> staged{false};         // the package is in the share, verified
    std::atomic<bool> probed{false};         // every node was asked whether it is installed
    std::atomic<int> nodesNeedingPackage{0}; // of those, the ones without Octane
};

// What every node of a phase runs with: the same for all nodes, read-only while it runs.
struct PhaseInputs
{
    ClusterProfile profile;
    ReleaseDefinition release;
    QString packagePath;
    qint64 packageBytes = 0;
    QString packageSha256;                 // of the local file; empty: the upload step learns it
    QHash<QString, QString> confSecrets;   // octane.conf key path -> secret value
    QHash<QString, QString> sudoPasswords; // node -> sudo password (empty: none)
    bool setRepositoryEnv = false;         // the user agreed to set OCTANE_REPOSITORY_DIR
    PackageDelivery delivery = PackageDelivery::Upload;
    int readyTimeoutS = 600;
    int commandTimeoutMs = 120000;
    int logPollMs = 250;       // how often the log is read while waiting for the ready line
    int rollingBatch = 1;      // restart: at most this many nodes down at once
    QList<ConfEdit> confEdits; // reconfigure: the settings to change in the repository's file
    bool previewOnly = false;  // reconfigure --dry-run: read, validate and diff; write nothing
    // The secure deployment: the keystore every node gets (holds the private key: memory only),
    // its certificate's fingerprint (what the HTTPS checks trust), the vendor's signing key.
    QByteArray keystoreBytes;
    QString keystoreFingerprint;
    QByteArray vendorKeyBytes;
    std::shared_ptr<ShareStaging> share = std::make_shared<ShareStaging>();
    // Set when the edit step rewrote the shared octane.conf (read by the secure deployment's
    // stop: a node none of whose files changed is restarted only for a changed shared file).
    std::shared_ptr<std::atomic<bool>> sharedConfChanged =
        std::make_shared<std::atomic<bool>>(false);
};

} // namespace Ocw::Core
