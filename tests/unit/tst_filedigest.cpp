#include "core/base/filedigest.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

using namespace Ocw::Core;

// FileDigest is the one SHA-256 of local files (the First node page's package, the uploader's
// check beside the upload): right digest, progress, a stop within one read, errors that name
// the file, and the pool's variant with its callback.
class TestFileDigest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("package.rpm"));
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray piece(1024 * 1024, Qt::Uninitialized);
        for (int i = 0; i < piece.size(); ++i)
            piece[i] = char(i * 7 + 3);
        for (int i = 0; i < 5; ++i) {
            m_content += piece;
            piece[i] = char(i); // every MiB differs
        }
        m_content += QByteArray("tail");
        QCOMPARE(f.write(m_content), qint64(m_content.size()));
    }

    void digestMatchesTheReference()
    {
        const FileDigest::Result r = FileDigest::compute(m_path, {});
        QVERIFY(r.ok());
        QCOMPARE(r.bytes, qint64(m_content.size()));
        QCOMPARE(r.sha256Hex,
                 QCryptographicHash::hash(m_content, QCryptographicHash::Sha256).toHex());
    }

    void stopTakesEffectWithinOneRead()
    {
        int asked = 0;
        const FileDigest::Result r = FileDigest::compute(m_path, [&asked] { return ++asked > 2; });
        QCOMPARE(r.error.code, ErrorCode::Cancelled);
        QCOMPARE(r.bytes, qint64(2 * 1024 * 1024)); // two pieces read, then the stop
        QVERIFY(r.sha256Hex.isEmpty());
        QVERIFY2(r.error.message.contains(m_path), qPrintable(r.error.message));
    }

    void missingFileNamesItself()
    {
        const QString missing = m_dir.filePath(QStringLiteral("nope.rpm"));
        const FileDigest::Result r = FileDigest::compute(missing, {});
        QCOMPARE(r.error.code, ErrorCode::Io);
        QVERIFY2(r.error.message.startsWith(QStringLiteral("Cannot read ") + missing),
                 qPrintable(r.error.message));
        QVERIFY(!r.error.details.isEmpty()); // the reason, on its own
    }

    void poolVariantCallsBackThenFulfils()
    {
        std::atomic<bool> called{false};
        QByteArray seen;
        auto future = FileDigest::start(m_path, {}, {}, [&](const FileDigest::Result &r) {
            seen = r.sha256Hex;
            called = true;
        });
        const FileDigest::Result r = future.get();
        QVERIFY(called.load());
        QCOMPARE(seen, r.sha256Hex);
        QCOMPARE(r.sha256Hex,
                 QCryptographicHash::hash(m_content, QCryptographicHash::Sha256).toHex());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_content;
};

QTEST_GUILESS_MAIN(TestFileDigest)
#include "tst_filedigest.moc"
