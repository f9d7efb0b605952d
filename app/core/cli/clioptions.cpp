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

} // namespace Ocw::Core
