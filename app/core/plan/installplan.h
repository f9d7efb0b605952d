#pragma once

#include "planstep.h"

#include <QJsonObject>
#include <QList>

namespace Ocw::Core {

class FirstNodeCommands;

// The steps an installation phase would run, per node, in order: what `plan` prints and what
// the install page previews. Changes nothing.
class InstallPlan
{
public:
    QList<PlanStep> steps;

    // The first-node phase: repository variable, upload, install, octane.conf, start, log,
    // sign-in. `confText` is the file as it would be written, secrets masked.
    static InstallPlan firstNode(const FirstNodeCommands &commands, const QString &packagePath,
                                 qint64 packageBytes, const QString &packageSha256,
                                 const QString &signInUrl);

    QString toText() const;
    QJsonObject toJson() const;
};

} // namespace Ocw::Core
