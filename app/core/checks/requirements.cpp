#include "requirements.h"

#include "../base/tr.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Ocw::Core {

namespace {

// Requirement values are objects {"value": ..., "confirmed": ...}; a bare value is accepted.
QJsonValue valueOf(const QJsonObject &requirements, const QString &key)
{
    const QJsonValue v = requirements.value(key);
    return v.isObject() ? v.toObject().value(QStringLiteral("value")) : v;
}

} // namespace

Expected<Requirements> Requirements::fromReleaseJson(const QJsonObject &release)
{
    Requirements r;
    const QJsonObject req = release.value(QStringLiteral("requirements")).toObject();
    if (req.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The release definition has no \"requirements\"."));

    for (const QJsonValue &os : req.value(QStringLiteral("supportedOs")).toArray()) {
        const QJsonObject o = os.toObject();
        SupportedOs s{o.value(QStringLiteral("id")).toString(),
                      o.value(QStringLiteral("name")).toString(),
                      {}};
        for (const QJsonValue &v : o.value(QStringLiteral("versions")).toArray())
            s.versions.append(v.toString());
        if (s.id.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("requirements.supportedOs: an entry has no \"id\"."));
        r.supportedOs.append(s);
    }
    auto readInt = [&req](const char *key, qint64 *out) {
        const QJsonValue v = valueOf(req, QString::fromLatin1(key));
        if (v.isDouble())
            *out = qint64(v.toDouble());
    };
    qint64 cores = r.minCpuCores, clusterPort = r.clusterPort;
    readInt("minCpuCores", &cores);
    readInt("minMemoryMiB", &r.minMemoryMiB);
    readInt("minInstallDiskMiB", &r.minInstallDiskMiB);
    readInt("minOpenFiles", &r.minOpenFiles);
    readInt("clusterPort", &clusterPort);
    readInt("maxClockSkewMs", &r.maxClockSkewMs);
    r.minCpuCores = int(cores);
    r.clusterPort = int(clusterPort);
    const QJsonArray ports = valueOf(req, QStringLiteral("httpPorts")).toArray();
    if (!ports.isEmpty()) {
        r.httpPorts.clear();
        for (const QJsonValue &p : ports)
            r.httpPorts.append(p.toInt());
    }
    return r;
}

Expected<Requirements> Requirements::forRelease(const QString &release)
{
    const bool isPath =
        release.contains(QLatin1Char('/')) || release.endsWith(QLatin1String(".json"));
    const QString path = isPath ? release : QStringLiteral(":/releases/%1.json").arg(release);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("Unknown release \"%1\": no release definition %2.").arg(release, path),
            file.errorString(),
            Tr::tr("Use \"octane-current\" or the path of a release definition file."));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The release definition %1 is not valid JSON: %2")
                             .arg(path, parseError.errorString()));
    }
    return fromReleaseJson(doc.object());
}

} // namespace Ocw::Core
