#pragma once

#include "../base/expected.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Ocw::Core {

struct SupportedOs
{
    QString id; // ID= of /etc/os-release
    QString name;
    QStringList versions; // major versions
};

// The thresholds the checks apply, read from the release definition
// (resources/releases/<release>.json, "requirements"), not hard-coded in the checks.
struct Requirements
{
    QList<SupportedOs> supportedOs;
    int minCpuCores = 4;
    qint64 minMemoryMiB = 7600;
    qint64 minInstallDiskMiB = 10240;
    qint64 minOpenFiles = 65536;
    QList<int> httpPorts{8080, 8443};
    int clusterPort = 5701;
    qint64 maxClockSkewMs = 2000;

    static Expected<Requirements> fromReleaseJson(const QJsonObject &release);
    // Loads `:/releases/<release>.json` (built in) or, when `release` is a path, that file.
    static Expected<Requirements> forRelease(const QString &release);
};

} // namespace Ocw::Core
