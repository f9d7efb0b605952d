#pragma once

#include <QString>

namespace Ocw::Core {

// Every phase and step id, declared once: results carry "<phase>.<step>" (e.g.
// "other-nodes.install"), and the pages, the command line and the tests take them from here.
namespace PhaseId {
inline const QString FirstNode = QStringLiteral("first-node");
inline const QString OtherNodes = QStringLiteral("other-nodes");
inline const QString Checks = QStringLiteral("checks");           // the pre-flight checks' stages
inline const QString HostKeys = QStringLiteral("host-keys");      // the scan before any login
inline const QString Verify = QStringLiteral("verify");           // step 8: the cluster verified
inline const QString Restart = QStringLiteral("restart");         // step 9: the rolling restart
inline const QString Reconfigure = QStringLiteral("reconfigure"); // step 9: the shared octane.conf
inline const QString Secure = QStringLiteral("secure"); // steps 3 and 7: the secure deployment
} // namespace PhaseId

namespace StepId {
inline const QString Validate = QStringLiteral("validate");
inline const QString Privilege = QStringLiteral("privilege");
inline const QString RepositoryEnv = QStringLiteral("repository-env");
inline const QString Installed = QStringLiteral("installed");
inline const QString RepositoryConf = QStringLiteral("repository-conf");
inline const QString ShareUpload = QStringLiteral("share-upload");
inline const QString Upload = QStringLiteral("upload");
inline const QString FetchFromShare = QStringLiteral("fetch");
inline const QString Verify = QStringLiteral("verify");
inline const QString Install = QStringLiteral("install");
inline const QString OctaneConf = QStringLiteral("octane-conf");
inline const QString Start = QStringLiteral("start");
inline const QString Ready = QStringLiteral("ready");
inline const QString SignIn = QStringLiteral("sign-in");
inline const QString ShareCleanup = QStringLiteral("share-cleanup");
inline const QString CompareConf = QStringLiteral("compare-conf");
inline const QString NodeChecks = QStringLiteral("node-checks");
inline const QString CrossPrepare = QStringLiteral("cross-prepare");
inline const QString Mesh = QStringLiteral("mesh");
inline const QString CheckCleanup = QStringLiteral("cleanup");
inline const QString HostKeyScan = QStringLiteral("scan");
inline const QString ClusterReadings = QStringLiteral("readings"); // verify: what each node says
inline const QString VerifySummary = QStringLiteral("summary");    // verify: the verdicts
inline const QString ClusterGate = QStringLiteral("cluster-gate"); // restart: safe to stop?
inline const QString Stop = QStringLiteral("stop");
inline const QString Rejoin = QStringLiteral("rejoin");      // restart: back in the cluster, served
inline const QString EditConf = QStringLiteral("edit-conf"); // reconfigure: the repository's file
inline const QString Keystore = QStringLiteral("keystore");  // secure: the node's keystore
inline const QString ForceHttps = QStringLiteral("force-https");  // secure: web.xml CONFIDENTIAL
inline const QString Permissions = QStringLiteral("permissions"); // secure: 0600, install user
inline const QString VendorKey = QStringLiteral("vendor-key");    // secure: rpm --import
inline const QString Https = QStringLiteral("https");             // secure: HTTPS answered, pinned

inline QString qualified(const QString &phase, const QString &step)
{
    return phase + QLatin1Char('.') + step;
}
} // namespace StepId

} // namespace Ocw::Core
