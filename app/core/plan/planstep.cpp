#include "planstep.h"

#include <QJsonArray>

namespace Ocw::Core {

QJsonObject PlanStep::toJson() const
{
    QJsonArray fileArray;
    for (const PlannedFile &f : files) {
        fileArray.append(QJsonObject{{QStringLiteral("path"), f.path},
                                     {QStringLiteral("owner"), f.owner},
                                     {QStringLiteral("mode"), f.mode},
                                     {QStringLiteral("description"), f.description}});
    }
    return QJsonObject{{QStringLiteral("step"), id},
                       {QStringLiteral("node"), node},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("commands"), QJsonArray::fromStringList(commands)},
                       {QStringLiteral("files"), fileArray}};
}

} // namespace Ocw::Core
