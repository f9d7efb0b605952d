#pragma once

#include "../plan/phaseinputs.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

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
    static QCommandLineOption phase();        // --phase first-node|other-nodes|all
    static QCommandLineOption delivery();     // --delivery upload|share
    static QCommandLineOption oneAtATime();   // --start-one-at-a-time

    // --delivery's value, or its default: staged once in the shared repository when the phase
    // reaches other nodes (the staging step falls back to uploads when the share has no room).
    // False: not a delivery name.
    static bool parseDelivery(const QCommandLineParser &parser, const QCommandLineOption &option,
                              PackageDelivery *delivery);
};

} // namespace Ocw::Core
