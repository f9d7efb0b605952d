#pragma once

#include <QCommandLineOption>

namespace Ocw::Core {

// The options several verbs share (check, install, plan), declared once so that their names,
// value names and help read the same everywhere. The verbs' own options stay with them.
struct CliOptions
{
    static QCommandLineOption profile();      // --profile FILE
    static QCommandLineOption package();      // --package FILE
    static QCommandLineOption json();         // --json FILE|-
    static QCommandLineOption report();       // --report FILE
    static QCommandLineOption secretsStdin(); // --secrets-stdin
    static QCommandLineOption knownHosts();   // --known-hosts FILE
    static QCommandLineOption help();         // -h, --help
};

} // namespace Ocw::Core
