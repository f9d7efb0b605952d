#include "core/secrets/secretstore.h"

#include <QtTest>

using namespace Ocw::Core;

// The real keychain (gnome-keyring through Secret Service), as installer/test.sh starts it:
// a write is read back, a missing entry is "not found". (Without a bus: tst_keychainnobus.)
class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripThroughGnomeKeyring();
};

void TestKeychain::roundTripThroughGnomeKeyring()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a session bus with an unlocked gnome-keyring (installer/test.sh starts one)");
    SecretStore store(QStringLiteral("ocw-test-%1").arg(QCoreApplication::applicationPid()));
    const QString value =
        QStringLiteral("p@ss 'w\"rd' ü %1").arg(QDateTime::currentMSecsSinceEpoch());
    const Expected<Done> written = store.writeBlocking(
        QStringLiteral("lab"), QStringLiteral("ssh-password@octane1.lab"), value);
    QVERIFY2(written.hasValue(), qPrintable(written.error().message));
    // A fresh store (no memory copy) must get it from the keychain itself.
    SecretStore reader(QStringLiteral("ocw-test-%1").arg(QCoreApplication::applicationPid()));
    const Expected<QString> read =
        reader.readBlocking(QStringLiteral("lab"), QStringLiteral("ssh-password@octane1.lab"));
    QVERIFY2(read.hasValue(), qPrintable(read.error().message));
    QCOMPARE(*read, value);
    const Expected<QString> missing =
        reader.readBlocking(QStringLiteral("lab"), QStringLiteral("no-such-secret"));
    QVERIFY(!missing.hasValue());
    QCOMPARE(missing.error().code, ErrorCode::MissingSecret);
    reader.remove(QStringLiteral("lab"), QStringLiteral("ssh-password@octane1.lab"));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
