#include "planstep.h"

#include <QJsonArray>

namespace Ocw::Core {

QStringList PlanStep::commandLines() const
{
    QStringList lines;
    for (const PlannedCommand &c : commands)
        lines.append(c.display());
    return lines;
}

QJsonObject PlanStep::toJson() const
{
    QJsonArray fileArray;
    for (const PlannedFile &f : files) {
        fileArray.append(QJsonObject{{QStringLiteral("path"), f.path},
                                     {QStringLiteral("owner"), f.owner},
                                     {QStringLiteral("mode"), f.mode},
                                     {QStringLiteral("description"), f.description}});
    }
    QJsonArray detail;
    for (const PlannedCommand &c : commands) {
        QJsonObject o{{QStringLiteral("command"), c.text}};
        if (!c.note.isEmpty())
            o.insert(QStringLiteral("note"), c.note);
        if (c.conditional)
            o.insert(QStringLiteral("conditional"), true);
        if (c.repeated)
            o.insert(QStringLiteral("repeated"), true);
        detail.append(o);
    }
    return QJsonObject{{QStringLiteral("step"), id},
                       {QStringLiteral("node"), node},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("commands"), QJsonArray::fromStringList(commandLines())},
                       {QStringLiteral("commandDetails"), detail},
                       {QStringLiteral("changesNode"), changesNode},
                       {QStringLiteral("doneWhen"), doneWhen},
                       {QStringLiteral("afterCancel"), afterCancel},
                       {QStringLiteral("files"), fileArray}};
}

} // namespace Ocw::Core
