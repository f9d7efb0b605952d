#pragma once

// Shared helpers of the tests that run against the local lab (tests/lab/labctl), started by
// the ctest fixture `lab_up` in $OCW_LAB_STATE.

#include "core/model/clusterprofile.h"
#include "core/secrets/secretresolver.h"

#include <QFile>
#include <QProcess>
#include <QString>

namespace LabFixture {

inline QString stateDir()
{
    const QString env = qEnvironmentVariable("OCW_LAB_STATE");
    return env.isEmpty() ? QStringLiteral(OCW_LAB_STATE) : env;
}

inline QString profilePath()
{
    return stateDir() + QStringLiteral("/profile.json");
}

inline Ocw::Core::ClusterProfile profile()
{
    const Ocw::Core::Expected<Ocw::Core::ClusterProfile> p =
        Ocw::Core::ClusterProfile::load(profilePath());
    return p ? *p : Ocw::Core::ClusterProfile();
}

inline QHash<QString, QString> secrets()
{
    QFile f(stateDir() + QStringLiteral("/secrets.env"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return Ocw::Core::SecretResolver::parseLines(f.readAll());
}

// `labctl fault on|off NAME@NODE`; returns labctl's exit code.
inline int fault(const QString &onOff, const QString &spec)
{
    return QProcess::execute(QStringLiteral(OCW_LABCTL), {QStringLiteral("fault"), onOff, spec,
                                                          QStringLiteral("--state"), stateDir()});
}

} // namespace LabFixture
