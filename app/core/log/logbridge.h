#pragma once

#include <QObject>

namespace Ocw::Core {

// App-lifetime object that hands log lines to whoever shows them (the wizard's log pane).
// The spdlog sink calls post() from any thread; lineLogged() is queued to the bridge's thread.
class LogBridge : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void post(const QString &line);

Q_SIGNALS:
    void lineLogged(const QString &line);
};

} // namespace Ocw::Core
