#include "core/config/confdiff.h"
#include "core/config/hoconfile.h"

#include <QFile>
#include <QtTest>

using namespace Ocw::Core;

class TestConfDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unified_data();
    void unified();
    void hunkLineNumbers();
    void goldenPreview();
    void redactedPreview();
};

// Expected outputs are those of GNU `diff -u --label a/octane.conf --label b/octane.conf`.
void TestConfDiff::unified_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected");
    const QString header = QStringLiteral("--- a/octane.conf\n+++ b/octane.conf\n");
    QTest::newRow("equal") << "a\nb\n"
                           << "a\nb\n"
                           << "";
    QTest::newRow("both-empty") << ""
                                << ""
                                << "";
    QTest::newRow("one-line-changed")
        << "a\nb\nc\nd\ne\nf\ng\nh\ni\n"
        << "a\nb\nc\nd\nE\nf\ng\nh\ni\n"
        << header + "@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n";
    QTest::newRow("insert-at-start") << "a\nb\n"
                                     << "x\na\nb\n"
                                     << header + "@@ -1,2 +1,3 @@\n+x\n a\n b\n";
    QTest::newRow("delete-at-end") << "a\nb\nc\n"
                                   << "a\nb\n"
                                   << header + "@@ -1,3 +1,2 @@\n a\n b\n-c\n";
    QTest::newRow("final-newline-added")
        << "a\nb"
        << "a\nb\n"
        << header + "@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n";
    QTest::newRow("two-hunks") << "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n"
                               << "1\nX\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\nY\n16\n"
                               << header + "@@ -1,5 +1,5 @@\n 1\n-2\n+X\n 3\n 4\n 5\n@@ -12,5 "
                                           "+12,5 @@\n 12\n 13\n 14\n-15\n+Y\n 16\n";
    QTest::newRow("close-changes-one-hunk")
        << "1\n2\n3\n4\n5\n6\n7\n8\n9\n"
        << "1\nX\n3\n4\n5\n6\n7\nY\n9\n"
        << header + "@@ -1,9 +1,9 @@\n 1\n-2\n+X\n 3\n 4\n 5\n 6\n 7\n-8\n+Y\n 9\n";
    QTest::newRow("from-empty") << ""
                                << "a\n"
                                << header + "@@ -0,0 +1 @@\n+a\n";
    QTest::newRow("to-empty") << "a\n"
                              << "" << header + "@@ -1 +0,0 @@\n-a\n";
}

void TestConfDiff::unified()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    QCOMPARE(ConfDiff::unified(before, after), expected);
}

void TestConfDiff::hunkLineNumbers()
{
    const QList<DiffHunk> hunks =
        ConfDiff::hunks(QStringLiteral("a\nb\nc\n"), QStringLiteral("a\nB\nc\nd\n"), 0);
    QCOMPARE(hunks.size(), 2);
    QCOMPARE(hunks.at(0).lines.size(), 2);
    QCOMPARE(hunks.at(0).lines.at(0).kind, DiffLine::Kind::Removed);
    QCOMPARE(hunks.at(0).lines.at(0).oldLine, 2);
    QCOMPARE(hunks.at(0).lines.at(1).kind, DiffLine::Kind::Added);
    QCOMPARE(hunks.at(0).lines.at(1).newLine, 2);
    QCOMPARE(hunks.at(1).lines.at(0).text, QStringLiteral("d"));
    QCOMPARE(hunks.at(1).lines.at(0).newLine, 4);
    QCOMPARE(hunks.at(1).oldStart, 3); // diff -u: the line before an empty range
    QCOMPARE(hunks.at(1).oldCount, 0);
}

static QString readText(const QString &name)
{
    QFile f(QStringLiteral(OCW_SOURCE_DIR "/tests/config/data/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(name));
    return QString::fromUtf8(f.readAll());
}

void TestConfDiff::goldenPreview()
{
    // Checked once against GNU diff -u; a golden file like the others.
    QCOMPARE(ConfDiff::unified(readText(QStringLiteral("customer-octane.conf")),
                               readText(QStringLiteral("customer-octane.rewrite.golden"))),
             readText(QStringLiteral("customer-octane.rewrite.diff")));
}

void TestConfDiff::redactedPreview()
{
    const Expected<HoconFile> before =
        HoconFile::parse(readText(QStringLiteral("customer-octane.conf")).toUtf8());
    QVERIFY(before);
    HoconFile after = *before;
    QVERIFY(after.set(QStringLiteral("db-admin-password"), QStringLiteral("New-Secret-77")));
    QVERIFY(after.set(QStringLiteral("db-type"), QStringLiteral("MSSQL")));
    const QStringList secrets{"db-admin-password", "schema-password", "site-admin-password",
                              "cluster.distributed-password"};
    const QString diff = ConfDiff::redactedUnified(*before, after, secrets);
    QVERIFY(!diff.contains(QStringLiteral("Old-Secret1")));
    QVERIFY(!diff.contains(QStringLiteral("New-Secret-77")));
    QVERIFY(diff.contains(QStringLiteral("-db-admin-password = \"********\"     # secret\n")));
    QVERIFY2(
        diff.contains(QStringLiteral("+db-admin-password = \"******** (changed)\"   # secret\n")),
        qPrintable(diff));
    QVERIFY(diff.contains(QStringLiteral("+db-type = MSSQL ")));
    // An unchanged secret makes no line of the diff.
    QVERIFY(!diff.contains(QStringLiteral("site-admin-password")));
    QVERIFY(diff.startsWith(QStringLiteral("--- a/octane.conf\n+++ b/octane.conf\n")));
}

QTEST_GUILESS_MAIN(TestConfDiff)
#include "tst_confdiff.moc"
