#pragma once

#include <QHash>
#include <QStringList>

#include <functional>

class QObject;

namespace Ocw::Core {
class SecretStore;
} // namespace Ocw::Core

namespace Ocw::Wizard {

// The pages' side of the keychain, for what their config objects decide: reads names under a
// scope and hands each value found back; writes and deletes what a commit says. Answers come on
// the GUI thread and are dropped once `guard` is gone; `note` gets the sentence to show when a
// write failed or the keychain cannot be used (what is typed then lives in memory only). A null
// store does nothing. GUI thread, stateless.
class KeychainSync
{
public:
    using Found = std::function<void(const QString &name, const QString &value)>;
    using Note = std::function<void(const QString &text)>;

    static void read(Core::SecretStore *store, const QString &scope, const QStringList &names,
                     QObject *guard, const Found &found, const Note &note);
    static void commit(Core::SecretStore *store, const QString &scope,
                       const QHash<QString, QString> &write, const QStringList &remove,
                       QObject *guard, const Note &note);
};

} // namespace Ocw::Wizard
