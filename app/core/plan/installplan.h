#pragma once

#include "planstep.h"

#include <QJsonObject>
#include <QList>

namespace Ocw::Core {

// The dry run of a phase: the steps it would run, per node, in order (PhasePlan::dryRun), as
// `plan` prints them and the pages preview them. Changes nothing.
class InstallPlan
{
public:
    QList<PlanStep> steps;

    QString toText() const;
    QJsonObject toJson() const;
};

} // namespace Ocw::Core
