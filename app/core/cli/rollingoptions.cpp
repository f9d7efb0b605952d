#include "rollingoptions.h"

#include "../base/tr.h"

namespace Ocw::Core {

RollingOptions::RollingOptions()
    : m_rolling(QStringLiteral("rolling"),
                QStringLiteral("Restart the nodes one batch at a time, each back in the cluster "
                               "and served before the next (all at once would stop Octane)."))
    , m_batch(QStringLiteral("batch"),
              QStringLiteral("At most N nodes down at once (default 1; checked before every "
                             "stop)."),
              QStringLiteral("N"))
    , m_only(QStringLiteral("only"),
             QStringLiteral("Restart these nodes only (comma-separated), in this order, e.g. the "
                            "rest of a roll that stopped."),
             QStringLiteral("NODES"))
    , m_readyTimeout(QStringLiteral("ready-timeout"),
                     QStringLiteral("Seconds each node may take from its start to back in the "
                                    "cluster (default: the profile's readyTimeout)."),
                     QStringLiteral("S"))
{
}

QList<QCommandLineOption> RollingOptions::options() const
{
    return {m_rolling, m_batch, m_only, m_readyTimeout};
}

Expected<RollingOptions::Values> RollingOptions::read(const QCommandLineParser &parser,
                                                      const ClusterProfile &profile) const
{
    auto bad = [](const QString &message) { return makeError(ErrorCode::InvalidInput, message); };
    Values v;
    v.rolling = parser.isSet(m_rolling);
    bool ok = true;
    if (parser.isSet(m_batch))
        v.batch = parser.value(m_batch).toInt(&ok);
    if (!ok || v.batch < 1 || v.batch > 64)
        return bad(
            Tr::tr("--batch: \"%1\" is not a number from 1 to 64").arg(parser.value(m_batch)));
    if (parser.isSet(m_readyTimeout)) {
        v.readyTimeoutS = parser.value(m_readyTimeout).toInt(&ok);
        if (!ok || v.readyTimeoutS < 1)
            return bad(Tr::tr("--ready-timeout: \"%1\" is not a number of seconds")
                           .arg(parser.value(m_readyTimeout)));
    }
    for (const QString &node : parser.value(m_only).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (profile.indexOfNode(node.trimmed()) < 0)
            return bad(Tr::tr("--only: \"%1\" is not a node of the profile").arg(node));
        v.order.append(node.trimmed());
    }
    if (v.batch >= int(profile.nodes.size()) && profile.nodes.size() > 1)
        return bad(Tr::tr("--batch %1: the profile has %2 nodes; a batch of all of them would "
                          "stop Octane")
                       .arg(v.batch)
                       .arg(profile.nodes.size()));
    if (!v.rolling &&
        (parser.isSet(m_batch) || parser.isSet(m_only) || parser.isSet(m_readyTimeout)))
        return bad(Tr::tr("--batch, --only and --ready-timeout need --rolling"));
    return v;
}

} // namespace Ocw::Core
