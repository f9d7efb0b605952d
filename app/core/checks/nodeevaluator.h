#pragma once

#include "checkresult.h"
#include "probescript.h"
#include "requirements.h"

#include <QStringList>

namespace Ocw::Core {

// Pure parsers of what a node printed, each turning one probe section into a verdict, a
// message naming the node, and a fix. Unit-tested on output captured from real nodes.
class NodeEvaluator
{
public:
    static CheckResult osRelease(const QString &node, const ProbeSection &s, const Requirements &r);
    static CheckResult cpuCores(const QString &node, const ProbeSection &s, const Requirements &r);
    static CheckResult memoryTotal(const QString &node, const ProbeSection &s,
                                   const Requirements &r);
    static CheckResult diskInstall(const QString &node, const ProbeSection &s,
                                   const Requirements &r, const QString &installDir);
    static CheckResult repoMounted(const QString &node, const ProbeSection &s, const QString &repo,
                                   bool *exists);
    static CheckResult repoEnv(const QString &node, const ProbeSection &s, const QString &repo,
                               const QString &installUser, QString *value);
    static CheckResult repoWritable(const QString &node, const ProbeSection &s, const QString &repo,
                                    const QString &installUser);
    static CheckResult dbReachable(const QString &node, const ProbeSection &s,
                                   const QString &dbHost, quint16 dbPort);
    static CheckResult portsFree(const QString &node, const ProbeSection &s, const Requirements &r,
                                 const QStringList &ownAddresses);
    static CheckResult openFiles(const QString &node, const ProbeSection &s, const Requirements &r,
                                 const QString &installUser);
    static CheckResult timeSync(const QString &node, const ProbeSection &s);

    // "name addr addr" lines -> name -> addresses (IPv4-mapped IPv6 folded to IPv4).
    static QMap<QString, QStringList> parseResolution(const QString &output);
    static QString normalizeAddress(const QString &address);

    static CheckResult result(const QString &checkId, const QString &node, Verdict verdict,
                              const QString &message, const QString &fix, const ProbeSection &s);
};

} // namespace Ocw::Core
