#include "core/run/packagehashcontroller.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Ocw::Core;

// PackageHashController against real files: the digest and size match QCryptographicHash over
// the same bytes, progress comes while a large file is read, and cancel, a newer start(),
// clear() and the destructor each stop the worker quickly. The large files are sparse (no disk
// space used) and so big that hashing them to the end would take minutes: a test that waited
// for the end would time out.
class TestPackageHashController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, qint64 bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        QByteArray data(int(bytes), Qt::Uninitialized);
        for (qint64 i = 0; i < bytes; ++i)
            data[int(i)] = char(i * 31 % 251);
        f.write(data);
        return path;
    }

    QString sparseFile(const QString &name, qint64 bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || !f.resize(bytes))
            return QString();
        return path;
    }

    static QString sha256Of(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return QString();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&f);
        return QString::fromLatin1(hash.result().toHex());
    }

    static constexpr qint64 kHuge = qint64(64) << 30; // 64 GiB, sparse

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void hashesFile_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("empty") << qint64(0);
        QTest::newRow("small") << qint64(1000);
        QTest::newRow("one-buffer-exactly") << qint64(1 << 20);
        QTest::newRow("several-buffers") << qint64(3 * (1 << 20) + 17);
    }

    void hashesFile()
    {
        QFETCH(qint64, bytes);
        const QString path =
            writeFile(QStringLiteral("%1.rpm").arg(QTest::currentDataTag()), bytes);
        QVERIFY(!path.isEmpty());
        PackageHashController hasher;
        QSignalSpy finished(&hasher, &PackageHashController::finished);
        hasher.start(path);
        QVERIFY(hasher.isRunning());
        QVERIFY(!hasher.hasResult());
        QCOMPARE(hasher.path(), path);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!hasher.isRunning());
        QVERIFY(hasher.hasResult());
        QCOMPARE(hasher.bytes(), bytes);
        QCOMPARE(hasher.sha256(), sha256Of(path));
        QCOMPARE(hasher.sha256().size(), 64);
        QCOMPARE(hasher.sha256(), hasher.sha256().toLower());
        QVERIFY(!hasher.error().isError());
    }

    void missingFileIsAnError()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing.rpm"));
        PackageHashController hasher;
        QSignalSpy finished(&hasher, &PackageHashController::finished);
        hasher.start(path);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!hasher.isRunning());
        QVERIFY(!hasher.hasResult());
        QCOMPARE(hasher.error().code, ErrorCode::Io);
        QVERIFY2(hasher.error().message.contains(path), qPrintable(hasher.error().message));
        QVERIFY(!hasher.error().fix.isEmpty());
    }

    // About ten reports a second, each with the bytes read so far of the file's size.
    void reportsProgress()
    {
        const QString path = sparseFile(QStringLiteral("progress.rpm"), kHuge);
        QVERIFY(!path.isEmpty());
        PackageHashController hasher;
        QSignalSpy progressed(&hasher, &PackageHashController::progressed);
        QSignalSpy finished(&hasher, &PackageHashController::finished);
        hasher.start(path);
        QTRY_VERIFY_WITH_TIMEOUT(progressed.size() >= 3, 5000);
        qint64 last = 0;
        for (const QList<QVariant> &report : std::as_const(progressed)) {
            const qint64 done = report.at(0).toLongLong();
            QCOMPARE(report.at(1).toLongLong(), kHuge);
            QVERIFY(done > last);
            QVERIFY(done < kHuge);
            QCOMPARE(done % (1 << 20), 0); // whole 1 MiB reads
            last = done;
        }
        QVERIFY(hasher.isRunning());
        QCOMPARE(finished.size(), 0);
        hasher.cancel();
        QVERIFY(finished.wait(5000));
    }

    void cancelStopsQuickly()
    {
        const QString path = sparseFile(QStringLiteral("cancel.rpm"), kHuge);
        QVERIFY(!path.isEmpty());
        PackageHashController hasher;
        QSignalSpy progressed(&hasher, &PackageHashController::progressed);
        QSignalSpy finished(&hasher, &PackageHashController::finished);
        hasher.start(path);
        QVERIFY(progressed.wait(5000)); // reading for real
        QElapsedTimer timer;
        timer.start();
        hasher.cancel();
        QVERIFY(finished.wait(5000));
        QVERIFY2(timer.elapsed() < 1000, "cancel took longer than one read should");
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!hasher.isRunning());
        QVERIFY(!hasher.hasResult());
        QCOMPARE(hasher.error().code, ErrorCode::Cancelled);
        QVERIFY(hasher.error().message.contains(path));
    }

    // A newer start() abandons the running one: only the newer one reports.
    void startAbandonsPrevious()
    {
        const QString huge = sparseFile(QStringLiteral("abandoned.rpm"), kHuge);
        const QString small = writeFile(QStringLiteral("chosen.rpm"), 5000);
        QVERIFY(!huge.isEmpty() && !small.isEmpty());
        PackageHashController hasher;
        QSignalSpy progressed(&hasher, &PackageHashController::progressed);
        QSignalSpy finished(&hasher, &PackageHashController::finished);
        hasher.start(huge);
        QVERIFY(progressed.wait(5000));
        hasher.start(small);
        QCOMPARE(hasher.path(), small);
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.wait(300)); // the abandoned computation never reports
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(hasher.bytes(), qint64(5000));
        QCOMPARE(hasher.sha256(), sha256Of(small));
    }

    void clearForgetsEverything()
    {
        const QString small = writeFile(QStringLiteral("cleared.rpm"), 100);
        const QString huge = sparseFile(QStringLiteral("cleared-huge.rpm"), kHuge);
        PackageHashController hasher;
        QSignalSpy finished(&hasher, &PackageHashController::finished);
        hasher.start(small);
        QVERIFY(finished.wait(10000));
        QVERIFY(hasher.hasResult());
        hasher.clear();
        QVERIFY(!hasher.hasResult());
        QVERIFY(hasher.path().isEmpty());
        QVERIFY(hasher.sha256().isEmpty());
        QCOMPARE(hasher.bytes(), qint64(0));

        finished.clear();
        hasher.start(huge);
        hasher.clear();
        QVERIFY(!hasher.isRunning());
        QVERIFY(!finished.wait(300));
    }

    // Closing the wizard while a large package is read: the destructor stops the worker and
    // waits for it, without reading the file to its end.
    void destructorStopsWorker()
    {
        const QString huge = sparseFile(QStringLiteral("destroyed.rpm"), kHuge);
        auto hasher = std::make_unique<PackageHashController>();
        QSignalSpy progressed(hasher.get(), &PackageHashController::progressed);
        hasher->start(huge);
        QVERIFY(progressed.wait(5000));
        hasher->start(huge); // one abandoned worker and one current
        QElapsedTimer timer;
        timer.start();
        hasher.reset();
        QVERIFY2(timer.elapsed() < 1000, "the destructor waited for a whole file");
    }
};

QTEST_GUILESS_MAIN(TestPackageHashController)
#include "tst_packagehashcontroller.moc"
