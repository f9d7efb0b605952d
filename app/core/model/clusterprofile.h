#pragma once

#include "../base/expected.h"
#include "node.h"
#include "securesettings.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Ocw::Core {

// Connection settings shared by every node unless a node overrides them.
struct SshDefaults
{
    QString user;
    quint16 port = 22;
    AuthMethod auth = AuthMethod::KeyFile;
    QString keyFile;
    QString knownHostsFile; // optional extra known_hosts file (OpenSSH format)
};

struct DatabaseServer
{
    QString host;
    quint16 port = 1521;
};

// A server certificate the user chose to trust for this profile after seeing it (a
// self-signed or privately issued certificate of a node's Octane server).
struct TrustedCertificate
{
    QString host;   // the node (or load balancer) host it was seen on
    QString sha256; // "AB:CD:…": 32 bytes, upper-case hex with colons, as openssl prints it

    // "ab cd…", "abcd…", "AB:CD:…" → "AB:CD:…"; empty when it is not a SHA-256 fingerprint.
    static QString normalizeFingerprint(const QString &text);
};

// The whole installation as the user described it: nodes, shared settings, the database
// server, the repository. Saved as versioned JSON without any secret (see README, "Profile
// format"). A plain value type; the GUI thread owns the live copy, workers get copies.
// How the cluster is verified after the installation (step 8): which response header of the
// load balancer names the node that answered, and how many consecutive healthy readings, over
// at least how long, make a node healthy (never a single snapshot).
struct VerifySettings
{
    QString upstreamHeader = QStringLiteral("X-Upstream-Addr"); // empty: not read
    int healthReadings = 3;
    int healthWindowS = 10;
    // The rolling restart's readings of a restarted node span this window (healthReadings of
    // them, 0.5 s apart by default): shorter than the verification's, because the gate before
    // every stop reads the whole cluster again, and every second here is a second longer with
    // a node fewer. Raise it for a cluster whose members drop out some seconds after joining.
    int rejoinWindowS = 1;

    bool isDefault() const
    {
        return upstreamHeader == QLatin1String("X-Upstream-Addr") && healthReadings == 3 &&
               healthWindowS == 10 && rejoinWindowS == 1;
    }
};

class ClusterProfile
{
public:
    static constexpr int CurrentVersion = 1;
    // Far above any Octane cluster; bounds the 5701 mesh (n x (n-1) pairs) and the run's size.
    static constexpr int MaxNodes = 128;

    QString name;
    QString release = QStringLiteral("octane-current");
    SshDefaults ssh;
    QList<Node> nodes;
    QString firstNode; // host of the first node; empty: the first in the list
    DatabaseServer database;
    QString repositoryDir;
    QString installUser = QStringLiteral("octane");
    QString installDir = QStringLiteral("/opt/octane");
    QString loadBalancerUrl;
    // How the wizard talks to each node's Octane server to sign in: "http" (the release's
    // http port) or "https" (its https port; the certificate must be valid or trusted below).
    QString serverScheme = QStringLiteral("http");
    QList<TrustedCertificate> trustedCertificates;
    // How long to follow a starting server's log for its ready line before giving up.
    int readyTimeoutS = 600;
    int concurrency = 8;
    VerifySettings verify;
    SecureSettings secure; // the secure deployment (steps 3 and 7); no secret
    // octane.conf settings that are not secret, by HOCON key path ("db-type",
    // "elastic.host"). Secret keys never go here: they live in the keychain as "conf:<key>".
    QJsonObject octaneConf;

    // The fingerprints trusted for `host` (normalized).
    QStringList trustedFingerprintsFor(const QString &host) const;
    // Adds (host, fingerprint) unless it is there; false for a malformed fingerprint.
    bool trustCertificate(const QString &host, const QString &sha256);

    // The node the first-node steps run on.
    QString firstNodeHost() const;
    bool isClustered() const { return nodes.size() > 1; }
    int indexOfNode(const QString &host) const;

    // The effective SSH settings for one node (shared settings merged with its overrides).
    // Secrets are not part of a profile: the caller fills password/passphrase.
    SshTarget sshTargetFor(const Node &node) const;

    QJsonObject toJson() const;
    // Strict: unknown versions, wrong types and bad values give one message naming the field.
    static Expected<ClusterProfile> fromJson(const QJsonObject &json);

    static Expected<ClusterProfile> load(const QString &path);
    // Written atomically (temporary file and rename).
    Expected<Done> save(const QString &path) const;
};

} // namespace Ocw::Core
