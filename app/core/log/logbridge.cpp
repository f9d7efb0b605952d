#include "logbridge.h"

#include <QMetaObject>

namespace Ocw::Core {

void LogBridge::post(const QString &line)
{
    QMetaObject::invokeMethod(
        this, [this, line] { Q_EMIT lineLogged(line); }, Qt::QueuedConnection);
}

} // namespace Ocw::Core
