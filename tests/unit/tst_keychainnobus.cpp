#include "core/secrets/secretstore.h"

#include <QtTest>

using namespace Ocw::Core;

// Without any session bus the store says what is missing (no insecure fallback) and keeps the
// secret in memory for this run only.
class TestKeychainNoBus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noBusIsExplainedAndMemoryStillWorks();
};

void TestKeychainNoBus::noBusIsExplainedAndMemoryStillWorks()
{
    // Its own process: a bus connection, once made, is cached for the process's life.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/ocw-test-bus");
    SecretStore store(QStringLiteral("ocw-test-nobus"));
    const Expected<Done> written = store.writeBlocking(
        QStringLiteral("lab"), QStringLiteral("ssh-password"), QStringLiteral("x"));
    QVERIFY(!written.hasValue());
    QCOMPARE(written.error().code, ErrorCode::Keychain);
    QVERIFY2(written.error().message.contains(QStringLiteral("memory for this run only")),
             qPrintable(written.error().message));
    QVERIFY(!store.isKeychainWorking());
    const Expected<QString> fromMemory =
        store.readBlocking(QStringLiteral("lab"), QStringLiteral("ssh-password"));
    QVERIFY(fromMemory.hasValue());
    QCOMPARE(*fromMemory, QStringLiteral("x"));
}

QTEST_GUILESS_MAIN(TestKeychainNoBus)
#include "tst_keychainnobus.moc"
