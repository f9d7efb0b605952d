#include "keychainsync.h"

#include "core/secrets/secretstore.h"

#include <QPointer>

namespace Ocw::Wizard {

void KeychainSync::read(Core::SecretStore *store, const QString &scope, const QStringList &names,
                        QObject *guard, const Found &found, const Note &note)
{
    if (!store)
        return;
    const QPointer<QObject> alive(guard);
    for (const QString &name : names) {
        store->read(scope, name, [alive, name, found, note](const Core::Expected<QString> &value) {
            if (!alive)
                return;
            if (value && !value->isEmpty())
                found(name, *value);
            else if (!value && value.error().code == Core::ErrorCode::Keychain)
                note(Core::SecretStore::memoryOnlyNote(value.error().message));
        });
    }
}

void KeychainSync::commit(Core::SecretStore *store, const QString &scope,
                          const QHash<QString, QString> &write, const QStringList &remove,
                          QObject *guard, const Note &note)
{
    if (!store)
        return;
    for (const QString &name : remove)
        store->remove(scope, name);
    const QPointer<QObject> alive(guard);
    for (auto it = write.cbegin(); it != write.cend(); ++it) {
        store->write(scope, it.key(), it.value(),
                     [alive, note](const Core::Expected<Core::Done> &written) {
                         if (alive && !written)
                             note(written.error().message);
                     });
    }
}

} // namespace Ocw::Wizard
