#include "clioptions.h"

namespace Ocw::Core {

QCommandLineOption CliOptions::profile()
{
    return {QStringLiteral("profile"), QStringLiteral("Cluster profile (JSON)."),
            QStringLiteral("FILE")};
}

QCommandLineOption CliOptions::package()
{
    return {QStringLiteral("package"), QStringLiteral("Octane package (.rpm, .tar.gz)."),
            QStringLiteral("FILE")};
}

QCommandLineOption CliOptions::json()
{
    return {QStringLiteral("json"),
            QStringLiteral("Write the JSON report to FILE, or - for stdout."),
            QStringLiteral("FILE")};
}

QCommandLineOption CliOptions::report()
{
    return {QStringLiteral("report"), QStringLiteral("Write the HTML report to FILE."),
            QStringLiteral("FILE")};
}

QCommandLineOption CliOptions::secretsStdin()
{
    return {QStringLiteral("secrets-stdin"),
            QStringLiteral("Read missing secrets from stdin (name=value lines).")};
}

QCommandLineOption CliOptions::knownHosts()
{
    return {QStringLiteral("known-hosts"), QStringLiteral("An extra known_hosts file."),
            QStringLiteral("FILE")};
}

QCommandLineOption CliOptions::help()
{
    return {QStringList{QStringLiteral("h"), QStringLiteral("help")},
            QStringLiteral("Show this help.")};
}

QCommandLineOption CliOptions::phase()
{
    return QCommandLineOption(QStringLiteral("phase"),
                              QStringLiteral("first-node, other-nodes, or all (every install "
                                             "phase, in order)."),
                              QStringLiteral("PHASE"));
}

QCommandLineOption CliOptions::delivery()
{
    return QCommandLineOption(
        QStringLiteral("delivery"),
        QStringLiteral("How the package reaches the nodes: share (default: sent once into the "
                       "shared repository, every node copies it from there; uploads per node "
                       "when the share has no room) or upload (from here to each node)."),
        QStringLiteral("HOW"));
}

QCommandLineOption CliOptions::oneAtATime()
{
    return QCommandLineOption(
        QStringLiteral("start-one-at-a-time"),
        QStringLiteral("Start the other nodes one after the other (each ready before the next), "
                       "not in parallel."));
}

bool CliOptions::parseDelivery(const QCommandLineParser &parser, const QCommandLineOption &option,
                               PackageDelivery *delivery)
{
    const QString value = parser.value(option);
    if (!parser.isSet(option) || value == QLatin1String("share")) {
        *delivery = PackageDelivery::ShareStage;
        return true;
    }
    if (value == QLatin1String("upload")) {
        *delivery = PackageDelivery::Upload;
        return true;
    }
    return false;
}

} // namespace Ocw::Core
