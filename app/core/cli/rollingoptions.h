#pragma once

#include "../base/expected.h"
#include "../model/clusterprofile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QStringList>

namespace Ocw::Core {

// The rolling restart's options, shared by `restart` and `reconfigure` so that they read and
// check the same: --rolling, --batch N, --only NODES, --ready-timeout S.
class RollingOptions
{
public:
    struct Values
    {
        bool rolling = false;
        int batch = 1;
        QStringList order;     // --only: these nodes, in this order (empty: all)
        int readyTimeoutS = 0; // 0: the profile's
    };

    RollingOptions();
    QList<QCommandLineOption> options() const;
    // The values, checked against the profile (a batch of every node would stop Octane); the
    // error is one line naming the option.
    Expected<Values> read(const QCommandLineParser &parser, const ClusterProfile &profile) const;

private:
    QCommandLineOption m_rolling;
    QCommandLineOption m_batch;
    QCommandLineOption m_only;
    QCommandLineOption m_readyTimeout;
};

} // namespace Ocw::Core
