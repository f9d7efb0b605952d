#include "secretstore.h"

#include "../base/tr.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace Ocw::Core {

namespace {

QString explain(QKeychain::Error code, const QString &text)
{
    switch (code) {
    case QKeychain::NoBackendAvailable:
        return Tr::tr("No keychain is available (no Secret Service on the session bus).");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Tr::tr("The keychain refused access (wrong unlock password or denied).");
    case QKeychain::NotImplemented:
        return Tr::tr("The keychain does not support this operation.");
    default:
        return Tr::tr("The keychain failed: %1 (is gnome-keyring running and unlocked?)").arg(text);
    }
}

} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

QString SecretStore::key(const QString &scope, const QString &name) const
{
    return scope + QLatin1Char('/') + name;
}

void SecretStore::setInMemory(const QString &scope, const QString &name, const QString &value)
{
    m_memory.insert(key(scope, name), value);
}

bool SecretStore::hasInMemory(const QString &scope, const QString &name) const
{
    return m_memory.contains(key(scope, name));
}

void SecretStore::read(const QString &scope, const QString &name, ReadCallback done)
{
    const QString k = key(scope, name);
    if (m_memory.contains(k)) {
        done(m_memory.value(k));
        return;
    }
    // No parent: a job must outlive a store destroyed while it runs (libsecret calls back
    // later); the connection's context (this) drops the callback then.
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(k);
    connect(job, &QKeychain::Job::finished, this, [this, job, name, done] {
        if (job->error() == QKeychain::NoError) {
            done(job->textData());
            return;
        }
        if (job->error() == QKeychain::EntryNotFound) {
            done(makeError(ErrorCode::MissingSecret,
                           Tr::tr("The secret \"%1\" is not in the keychain.").arg(name)));
            return;
        }
        m_keychainError = explain(job->error(), job->errorString());
        done(makeError(ErrorCode::Keychain, m_keychainError, job->errorString()));
    });
    job->start();
}

void SecretStore::write(const QString &scope, const QString &name, const QString &value,
                        WriteCallback done)
{
    const QString k = key(scope, name);
    // Kept in memory too: the run goes on even when the keychain cannot store it.
    m_memory.insert(k, value);
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(k);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [this, job, done] {
        if (job->error() == QKeychain::NoError) {
            done(Done{});
            return;
        }
        m_keychainError = explain(job->error(), job->errorString());
        done(makeError(ErrorCode::Keychain,
                       m_keychainError + QLatin1Char(' ') +
                           Tr::tr("The secret is kept in memory for this run only."),
                       job->errorString()));
    });
    job->start();
}

void SecretStore::remove(const QString &scope, const QString &name)
{
    const QString k = key(scope, name);
    m_memory.remove(k);
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(k);
    job->start();
}

Expected<QString> SecretStore::readBlocking(const QString &scope, const QString &name,
                                            int timeoutMs)
{
    std::optional<Expected<QString>> answer;
    QEventLoop loop;
    read(scope, name, [&answer, &loop](const Expected<QString> &value) {
        answer = value;
        loop.quit();
    });
    if (!answer) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!answer)
        return makeError(ErrorCode::Keychain,
                         Tr::tr("The keychain did not answer within %1 ms.").arg(timeoutMs));
    return *answer;
}

Expected<Done> SecretStore::writeBlocking(const QString &scope, const QString &name,
                                          const QString &value, int timeoutMs)
{
    std::optional<Expected<Done>> answer;
    QEventLoop loop;
    write(scope, name, value, [&answer, &loop](const Expected<Done> &r) {
        answer = r;
        loop.quit();
    });
    if (!answer) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!answer)
        return makeError(ErrorCode::Keychain,
                         Tr::tr("The keychain did not answer within %1 ms.").arg(timeoutMs));
    return *answer;
}

QString SecretStore::memoryOnlyNote(const QString &error)
{
    return Tr::tr("%1 Passwords you enter are kept in memory for this run only.").arg(error);
}

} // namespace Ocw::Core
