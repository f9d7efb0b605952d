#pragma once

#include "../base/expected.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace Ocw::Core {

// Passwords and passphrases: in the OS keychain (QtKeychain: Secret Service on Linux), never in
// profiles, logs or command lines. When no keychain works (no session bus, no libsecret, a
// locked keyring) the store says so (keychainError()) and keeps secrets in memory for this run
// only; it never falls back to an insecure file. GUI thread (QtKeychain jobs are async).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(const QString &service = QStringLiteral("octane-cluster-wizard"),
                         QObject *parent = nullptr);

    using ReadCallback = std::function<void(const Expected<QString> &)>;
    using WriteCallback = std::function<void(const Expected<Done> &)>;

    // Secret names: "ssh-password", "key-passphrase", "sudo-password", each optionally
    // "@<node>" for one node. `scope` separates profiles (the profile's name).
    void read(const QString &scope, const QString &name, ReadCallback done);
    void write(const QString &scope, const QString &name, const QString &value, WriteCallback done);
    void remove(const QString &scope, const QString &name);

    // For the headless command: waits (with a deadline) for the keychain's answer.
    Expected<QString> readBlocking(const QString &scope, const QString &name, int timeoutMs = 5000);
    Expected<Done> writeBlocking(const QString &scope, const QString &name, const QString &value,
                                 int timeoutMs = 5000);

    // Memory-only secrets (this run), e.g. from --secrets-stdin or after a keychain failure.
    void setInMemory(const QString &scope, const QString &name, const QString &value);
    bool hasInMemory(const QString &scope, const QString &name) const;

    // What a page says when the keychain could not be read: `error`, and that what is typed
    // lives in memory for this run only.
    static QString memoryOnlyNote(const QString &error);

    bool isKeychainWorking() const { return m_keychainError.isEmpty(); }
    QString keychainError() const { return m_keychainError; }

private:
    QString key(const QString &scope, const QString &name) const;

    QString m_service;
    QHash<QString, QString> m_memory;
    QString m_keychainError;
};

} // namespace Ocw::Core
