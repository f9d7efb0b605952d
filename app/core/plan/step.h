#pragma once

#include "../checks/checkresult.h"
#include "nodestate.h"
#include "phaseinputs.h"
#include "planstep.h"
#include "stepid.h"

#include <QList>
#include <QString>

namespace Ocw::Core {

class StepRun;

// One step of an installation phase on one node, as ONE object that both describes itself
// (the dry run: the exact commands and files, whether it changes the node, how a second run
// sees it is done, what a cancel during it leaves) and runs. Stateless and shared by every
// node of a plan: what a run learns lives in NodeState. Subclasses: one per step, under steps/.
class Step
{
public:
    explicit Step(QString phase)
        : m_phase(std::move(phase))
    {
    }
    virtual ~Step() = default;

    QString phase() const { return m_phase; }
    QString id() const { return StepId::qualified(m_phase, name()); }

    virtual QString name() const = 0;       // a StepId
    virtual QString title() const = 0;      // noun phrase: "Package installation"
    virtual QString statusText() const = 0; // present progressive: "Installing the package…"
    virtual QString description(const PhaseInputs &in, const NodeState &node) const = 0;
    virtual int weight() const { return 1; } // share of the node's progress bar
    virtual bool changesNode() const = 0;
    virtual QString doneWhen() const = 0;
    virtual QList<PlannedCommand> plannedCommands(const PhaseInputs &in,
                                                  const NodeState &node) const = 0;
    virtual QList<PlannedFile> plannedFiles(const PhaseInputs &, const NodeState &) const
    {
        return {};
    }
    virtual QString afterCancel(const PhaseInputs &in, const NodeState &node) const = 0;

    // Runs the step; the result's commands, duration and cancel note are filled in by the
    // runner. Every wait has a deadline and honours run.cancelled().
    virtual CheckResult run(StepRun &run) const = 0;

    // A command as it ran -> as the plan shows it: runtime values (a log offset, a digest
    // known only after sending) replaced by the plan's <placeholders>.
    virtual QString plannedForm(const QString &command, const NodeState &) const { return command; }

    PlanStep describe(const PhaseInputs &in, const NodeState &node) const;

private:
    QString m_phase;
};

} // namespace Ocw::Core
