#pragma once

#include "../base/expected.h"
#include "../plan/phaseinputs.h"
#include "../plan/phaseplan.h"
#include "installinputs.h"

#include <QString>
#include <QStringList>

namespace Ocw::Core {

class InterruptWatcher;

// What the verbs that run a plan on the nodes (install, verify) share once their inputs are
// read: the run on PhaseController (the wizard's engine, its SSH work in the controller's
// workers) with one human line per result, then the JSON and HTML reports and the exit code
// (0 done, 1 a blocking failure, 2 a report that could not be written, 3 interrupted).
class HeadlessRun
{
public:
    struct Request
    {
        QString verb;       // for the error lines: "install", "verify"
        QString jsonPath;   // empty: no JSON; "-": the standard output
        QString reportPath; // empty: no HTML report
        QStringList knownHostsFiles;
        QStringList only; // run the install steps on these nodes only (empty: all)
        bool printBytesSent = false;
        QStringList printOutputOf; // step ids whose output (a diff, secrets masked) is printed
    };

    // Before the keychain and any node: a report that cannot be written is found out now, not
    // after the run.
    static Expected<Done> checkOutputs(const QString &jsonPath, const QString &reportPath);

    static int execute(const Request &request, const InstallInputs &in, const PhasePlan &plan,
                       const PhaseInputs &inputs, InterruptWatcher &interrupts);
};

} // namespace Ocw::Core
