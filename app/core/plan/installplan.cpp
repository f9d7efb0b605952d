#include "installplan.h"

#include "../base/tr.h"

#include <QJsonArray>

namespace Ocw::Core {

QString InstallPlan::toText() const
{
    QString text;
    QString lastNode;
    for (const PlanStep &s : steps) {
        if (s.node != lastNode) {
            text += Tr::tr("On %1:").arg(s.node) + QLatin1Char('\n');
            lastNode = s.node;
        }
        text += QStringLiteral("  %1 (%2)\n    %3\n").arg(s.title, s.id, s.description);
        if (!s.changesNode)
            text += QStringLiteral("    ") + Tr::tr("(changes nothing on the node)") +
                    QLatin1Char('\n');
        for (const PlannedCommand &c : s.commands)
            text += QStringLiteral("    $ ") + c.display() + QLatin1Char('\n');
        for (const PlannedFile &f : s.files)
            text +=
                QStringLiteral("    writes %1 (%2%3) - %4\n")
                    .arg(f.path, f.mode, f.owner.isEmpty() ? QString() : QLatin1Char(' ') + f.owner,
                         f.description);
    }
    return text;
}

QJsonObject InstallPlan::toJson() const
{
    QJsonArray array;
    for (const PlanStep &s : steps)
        array.append(s.toJson());
    return QJsonObject{{QStringLiteral("steps"), array}};
}

} // namespace Ocw::Core
