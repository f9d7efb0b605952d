#pragma once

#include "../base/expected.h"
#include "../checks/checkresult.h"
#include "../checks/nodefacts.h"
#include "../model/clusterprofile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace Ocw::Core {

// A check run as a report an administrator can send: JSON (machine-readable, the contract of
// `check --json`) and a standalone HTML page. Holds no secrets: the profile has none and
// results carry only command text and output. Plain value; any thread.
class CheckReport
{
public:
    ClusterProfile profile;
    QList<CheckResult> results;
    QList<NodeFacts> facts;
    QDateTime startedAt;
    qint64 durationMs = 0;
    bool cancelled = false;

    int count(Verdict verdict) const;
    int blockingFailures() const;
    // 0: no blocking failure; 1: a blocking check failed; 3: interrupted.
    int exitCode() const;

    QJsonObject toJson() const;
    QString toHtml() const;

    static Expected<Done> writeFile(const QString &path, const QByteArray &data);
};

} // namespace Ocw::Core
