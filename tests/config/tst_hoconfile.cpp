#include "confsamples.h"

#include "core/config/hoconfile.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace Ocw::Core;

// Golden files are rewritten only on purpose: OCW_UPDATE_GOLDEN=1 writes the actual output
// into tests/config/data/ and the row passes; review the diff before committing.
class TestHoconFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void values_data();
    void values();
    void includes();
    void goldenEdits_data();
    void goldenEdits();
    void generatedFile_data();
    void generatedFile();
    void set_data();
    void set();
    void setRefuses_data();
    void setRefuses();
    void remove_data();
    void remove();
    void parseErrors_data();
    void parseErrors();
    void redaction();

private:
    static QByteArray readData(const QString &name);
    static void compareGolden(const QByteArray &actual, const QString &goldenName);
};

static QString dataDir()
{
    return QStringLiteral(OCW_SOURCE_DIR "/tests/config/data");
}

QByteArray TestHoconFile::readData(const QString &name)
{
    QFile f(dataDir() + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}

void TestHoconFile::compareGolden(const QByteArray &actual, const QString &goldenName)
{
    const QString path = dataDir() + QLatin1Char('/') + goldenName;
    if (qEnvironmentVariableIntValue("OCW_UPDATE_GOLDEN") == 1) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(actual);
        qWarning("updated golden file %s", qPrintable(goldenName));
        return;
    }
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(goldenName));
    const QByteArray golden = f.readAll();
    if (actual != golden) {
        qWarning("actual:\n%s", actual.constData());
        QFAIL(qPrintable(QStringLiteral("output differs from %1 (OCW_UPDATE_GOLDEN=1 rewrites it)")
                             .arg(goldenName)));
    }
}

void TestHoconFile::roundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QStringList files = QDir(dataDir()).entryList(
        {QStringLiteral("*.conf"), QStringLiteral("*.golden")}, QDir::Files);
    QVERIFY(files.size() >= 6);
    for (const QString &name : files) {
        const QByteArray bytes = readData(name);
        QTest::newRow(qPrintable(name)) << bytes;
        QByteArray crlf = bytes;
        crlf.replace("\n", "\r\n");
        QTest::newRow(qPrintable(name + QStringLiteral("-crlf"))) << crlf;
    }
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF# settings\na = 1\n");
    QTest::newRow("no-final-newline") << QByteArray("a = 1\nb { c = [1,2] }");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only-comments") << QByteArray("# a\n\n   // b\n\t\n");
    QTest::newRow("json-root") << QByteArray("{\n  \"a\": 1,\n  \"b\": {\"c\": [true, null]}\n}\n");
    QTest::newRow("tabs-and-odd-spacing")
        << QByteArray("a\t=\t1\n   b   :   \"x\"   ,   c=2\n\tc2 {d=3}\n");
    QTest::newRow("unicode") << QByteArray(
        "name = \"Z\xC3\xBCrich\"\nkey = Z\xC3\xBCrich  # \xE2\x9C\x93\n");
}

void TestHoconFile::roundTrip()
{
    QFETCH(QByteArray, bytes);
    const Expected<HoconFile> file = HoconFile::parse(bytes);
    QVERIFY2(file, qPrintable(file.error().message));
    QCOMPARE(file->toBytes(), bytes);
}

void TestHoconFile::values_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    const auto S = int(HoconKind::String), N = int(HoconKind::Number), L = int(HoconKind::List),
               Sub = int(HoconKind::Substitution), M = int(HoconKind::Missing),
               O = int(HoconKind::Object), B = int(HoconKind::Boolean);
    QTest::newRow("unquoted-enum") << "db-type" << S << QVariant("ORACLE") << 6 << 11;
    QTest::newRow("quoted-with-slashes-then-comment")
        << "connection-string" << S << QVariant("jdbc:oracle:thin:@//olddb.corp:1521/OCTANE") << 7
        << 21;
    QTest::newRow("no-spaces") << "db-admin-user" << S << QVariant("system") << 8 << 15;
    QTest::newRow("colon-odd-spacing") << "schema-name" << S << QVariant("octane_site") << 10 << 19;
    QTest::newRow("substitution") << "schema-password" << Sub
                                  << QVariant("${?OCTANE_SCHEMA_PASSWORD}") << 11 << 19;
    QTest::newRow("triple-quoted")
        << "sso-init-string" << S << QVariant("multi\nline \"value\" here") << 20 << 19;
    QTest::newRow("dotted-unknown-key")
        << "custom.tuning.max-threads" << N << QVariant(qint64(64)) << 22 << 29;
    QTest::newRow("unquoted-list")
        << "custom.tuning.flags" << L << QVariant(QVariantList{"fast", "safe"}) << 23 << 23;
    QTest::newRow("one-line-object") << "elastic.port" << N << QVariant(qint64(9300)) << 25 << 35;
    QTest::newRow("multi-line-list")
        << "cluster.nodes" << L << QVariant(QVariantList{"octane1.lab", "octane2.lab"}) << 28 << 13;
    QTest::newRow("in-block-after-comment")
        << "cluster.distributed-password" << S << QVariant("Dist-Secret9") << 33 << 28;
    QTest::newRow("tab-indented-colon")
        << "server.https-port" << N << QVariant(qint64(8443)) << 38 << 14;
    QTest::newRow("later-value-wins")
        << "server.http-port" << N << QVariant(qint64(8081)) << 41 << 20;
    QTest::newRow("boolean") << "server.compression" << B << QVariant(true) << 42 << 22;
    QTest::newRow("missing") << "elastic.ssl" << M << QVariant() << 0 << 0;
    QTest::newRow("object") << "elastic" << O
                            << QVariant(QVariantMap{{"host", "es.lab"},
                                                    {"port", qint64(9300)},
                                                    {"cluster-name", "octane-es"}})
                            << 0 << 0;
}

void TestHoconFile::values()
{
    QFETCH(QString, path);
    QFETCH(int, kind);
    QFETCH(QVariant, value);
    QFETCH(int, line);
    QFETCH(int, column);
    const Expected<HoconFile> file =
        HoconFile::parse(readData(QStringLiteral("customer-octane.conf")));
    QVERIFY2(file, qPrintable(file.error().message));
    const HoconValue v = file->entry(path);
    QCOMPARE(int(v.kind), kind);
    QCOMPARE(v.data, value);
    QCOMPARE(v.line, line);
    QCOMPARE(v.column, column);
    QCOMPARE(file->contains(path), kind != int(HoconKind::Missing));
}

void TestHoconFile::includes()
{
    const Expected<HoconFile> file =
        HoconFile::parse(readData(QStringLiteral("customer-octane.conf")));
    QVERIFY(file);
    QCOMPARE(file->includes(),
             (QStringList{"include \"optional-settings.conf\"",
                          "include required(file(\"/opt/octane/conf/license.conf\"))"}));
    QVERIFY(file->keys().contains(QStringLiteral("proxy.host")));
    QVERIFY(!file->keys().contains(QStringLiteral("include")));
}

void TestHoconFile::goldenEdits_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QVariantList>("values");
    QTest::addColumn<QString>("golden");
    QTest::addColumn<bool>("crlf");

    const QStringList threeNodes{"octane1.lab", "octane2.lab", "octane3.lab"};
    // Rewrites in place: a quoted string followed by a comment, a multi-line list, an unquoted
    // enum with an aligned comment.
    QTest::newRow("customer-rewrite")
        << "customer-octane.conf" << QStringList{"connection-string", "cluster.nodes", "db-type"}
        << QVariantList{"jdbc:oracle:thin:@//db.lab:1521/OCTANE", threeNodes, "MSSQL"}
        << "customer-octane.rewrite.golden" << false;
    QTest::newRow("customer-rewrite-crlf")
        << "customer-octane.conf" << QStringList{"connection-string", "cluster.nodes", "db-type"}
        << QVariantList{"jdbc:oracle:thin:@//db.lab:1521/OCTANE", threeNodes, "MSSQL"}
        << "customer-octane.rewrite.golden" << true;
    // Additions: into a one-line object, into a multi-line block, a new block at the end.
    QTest::newRow("customer-add") << "customer-octane.conf"
                                  << QStringList{"elastic.ssl", "cluster.member-port",
                                                 "monitoring.jmx.port"}
                                  << QVariantList{false, 5701, 9010} << "customer-octane.add.golden"
                                  << false;
    // An older, partial file: blocks missing, a dotted sibling, an existing block.
    QTest::newRow("partial-fill") << "partial-octane.conf"
                                  << QStringList{"cluster.nodes", "elastic.cluster-name",
                                                 "server.https-port"}
                                  << QVariantList{threeNodes, "octane-es", 8443}
                                  << "partial-octane.fill.golden" << false;
    // The renamed release: same operations, other keys.
    QTest::newRow("renamed-site") << "renamed-site.conf"
                                  << QStringList{"database.url", "hazelcast.members",
                                                 "web.ports.tls"}
                                  << QVariantList{"jdbc:oracle:thin:@//db.lab:1522/O2", threeNodes,
                                                  9443}
                                  << "renamed-site.edit.golden" << false;
}

void TestHoconFile::goldenEdits()
{
    QFETCH(QString, input);
    QFETCH(QStringList, paths);
    QFETCH(QVariantList, values);
    QFETCH(QString, golden);
    QFETCH(bool, crlf);
    QByteArray bytes = readData(input);
    if (crlf)
        bytes.replace("\n", "\r\n");
    Expected<HoconFile> file = HoconFile::parse(bytes);
    QVERIFY2(file, qPrintable(file.error().message));
    const HoconFile before = *file;
    for (int k = 0; k < paths.size(); ++k) {
        const Expected<Done> done = file->set(paths.at(k), values.at(k));
        QVERIFY2(done, qPrintable(done.error().message + QLatin1Char(' ') + done.error().details));
        QCOMPARE(file->value(paths.at(k)).toString(), values.at(k).toString());
    }
    // Every other value is untouched.
    for (const QString &key : before.keys()) {
        if (!paths.contains(key))
            QCOMPARE(file->entry(key).data, before.entry(key).data);
    }
    QByteArray actual = file->toBytes();
    if (crlf) {
        QVERIFY(!actual.replace("\r\n", "").contains('\n'));
        actual = file->toBytes();
        actual.replace("\r\n", "\n");
        QFile g(dataDir() + QLatin1Char('/') + golden);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(actual, g.readAll());
        return;
    }
    compareGolden(actual, golden);
}

void TestHoconFile::generatedFile_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("golden");
    QTest::newRow("current") << "current"
                             << "generated-octane-current.conf.golden";
    QTest::newRow("renamed") << "renamed"
                             << "generated-test-renamed.conf.golden";
}

void TestHoconFile::generatedFile()
{
    // A new file written key by key from the schema gets one block per object, in schema order.
    QFETCH(QString, which);
    QFETCH(QString, golden);
    const ReleaseDefinition d = ConfSamples::definition(which);
    const HoconFile file = ConfSamples::sampleFile(d);
    for (const ConfKey &key : d.confKeys())
        QCOMPARE(file.value(key.path),
                 ConfSamples::sampleValue(key).metaType().id() == QMetaType::QStringList
                     ? QVariant(ConfSamples::sampleValue(key).toList())
                     : ConfSamples::sampleValue(key));
    compareGolden(file.toBytes(), golden);
}

void TestHoconFile::set_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("quoted-stays-quoted")
        << QByteArray("a = \"x\"\n") << "a" << QVariant("y") << QByteArray("a = \"y\"\n");
    QTest::newRow("unquoted-stays-unquoted")
        << QByteArray("a = x\n") << "a" << QVariant("y") << QByteArray("a = y\n");
    QTest::newRow("unquoted-needs-quotes")
        << QByteArray("a = x\n") << "a" << QVariant("y z@w") << QByteArray("a = \"y z@w\"\n");
    QTest::newRow("escapes") << QByteArray("a = \"x\"\n") << "a" << QVariant("q\"\\\n")
                             << QByteArray("a = \"q\\\"\\\\\\n\"\n");
    QTest::newRow("triple-stays-triple")
        << QByteArray("a = \"\"\"x\"\"\"\n") << "a" << QVariant("y\nz")
        << QByteArray("a = \"\"\"y\nz\"\"\"\n");
    QTest::newRow("number") << QByteArray("a = 1 // one\n") << "a" << QVariant(22)
                            << QByteArray("a = 22 // one\n");
    QTest::newRow("aligned-comment-keeps-column")
        << QByteArray("a = ORACLE     # c\n") << "a" << QVariant("MSSQL")
        << QByteArray("a = MSSQL      # c\n");
    QTest::newRow("aligned-comment-longer-value")
        << QByteArray("a = X  # c\n") << "a" << QVariant("LONGER")
        << QByteArray("a = LONGER # c\n");
    QTest::newRow("last-duplicate-wins")
        << QByteArray("a = 1\na = 2\n") << "a" << QVariant(3) << QByteArray("a = 1\na = 3\n");
    QTest::newRow("empty-file-new-block")
        << QByteArray() << "a.b" << QVariant(1) << QByteArray("a {\n  b = 1\n}\n");
    QTest::newRow("no-final-newline")
        << QByteArray("a = 1") << "b" << QVariant(2) << QByteArray("a = 1\nb = 2\n");
    QTest::newRow("after-dotted-sibling") << QByteArray("x.a = 1\ny = 2\n") << "x.b" << QVariant(3)
                                          << QByteArray("x.a = 1\nx.b = 3\ny = 2\n");
    QTest::newRow("sibling-separator-style")
        << QByteArray("s {\n    a: 1\n}\n") << "s.b" << QVariant(2)
        << QByteArray("s {\n    a: 1\n    b: 2\n}\n");
    QTest::newRow("empty-one-line-block")
        << QByteArray("a {}\n") << "a.b" << QVariant(1) << QByteArray("a { b = 1 }\n");
    QTest::newRow("empty-multi-line-block")
        << QByteArray("a {\n}\n") << "a.b" << QVariant(1) << QByteArray("a {\n  b = 1\n}\n");
    QTest::newRow("nested-block") << QByteArray("a {\n  b {\n    c = 1\n  }\n}\n") << "a.b.d"
                                  << QVariant(2)
                                  << QByteArray("a {\n  b {\n    c = 1\n    d = 2\n  }\n}\n");
    QTest::newRow("closing-brace-on-value-line")
        << QByteArray("a {\n  b = 1 }\n") << "a.c" << QVariant(2)
        << QByteArray("a {\n  b = 1\n  c = 2 }\n");
    QTest::newRow("comma-separated-line") << QByteArray("a = 1, b = 2\n") << "a2" << QVariant(3)
                                          << QByteArray("a = 1, b = 2\na2 = 3\n");
    QTest::newRow("sibling-before-next-field-on-line")
        << QByteArray("x.a = 1, y = 2\n") << "x.b" << QVariant(3)
        << QByteArray("x.a = 1, x.b = 3, y = 2\n");
    QTest::newRow("crlf-insert") << QByteArray("a {\r\n  b = 1\r\n}\r\n") << "a.c" << QVariant(2)
                                 << QByteArray("a {\r\n  b = 1\r\n  c = 2\r\n}\r\n");
    QTest::newRow("quoted-key") << QByteArray("x = 1\n") << "\"a.b\"" << QVariant(2)
                                << QByteArray("x = 1\n\"a.b\" = 2\n");
    QTest::newRow("append-lines-become-one")
        << QByteArray("a = [1]\na += 2\nb = 0\n") << "a" << QVariant(QVariantList{3})
        << QByteArray("b = 0\na = [3]\n");
    QTest::newRow("list-one-line-padded")
        << QByteArray("n = [ \"a\" ]\n") << "n" << QVariant(QStringList{"a", "b"})
        << QByteArray("n = [ \"a\", \"b\" ]\n");
    QTest::newRow("list-multi-line-no-commas")
        << QByteArray("n = [\n  a\n  b\n]\n") << "n" << QVariant(QStringList{"c", "d"})
        << QByteArray("n = [\n  c\n  d\n]\n");
    QTest::newRow("list-multi-line-trailing-comma")
        << QByteArray("n = [\n    \"a\",\n]\n") << "n" << QVariant(QStringList{"b", "c"})
        << QByteArray("n = [\n    \"b\",\n    \"c\",\n]\n");
    QTest::newRow("substitution-replaced")
        << QByteArray("p = ${?PW}\n") << "p" << QVariant("x") << QByteArray("p = \"x\"\n");
    QTest::newRow("shadowed-block") << QByteArray("a { b = 1 }\na = 5\n") << "a.c" << QVariant(2)
                                    << QByteArray("a { b = 1 }\na = 5\na.c = 2\n");
    QTest::newRow("null") << QByteArray("a = 1\n") << "a" << QVariant::fromValue(nullptr)
                          << QByteArray("a = null\n");
    QTest::newRow("bool") << QByteArray("a = yes\n") << "a" << QVariant(false)
                          << QByteArray("a = false\n");
    QTest::newRow("json-root") << QByteArray("{\n  \"a\": 1\n}\n") << "b" << QVariant(2)
                               << QByteArray("{\n  \"a\": 1\n  b: 2\n}\n");
}

void TestHoconFile::set()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, path);
    QFETCH(QVariant, value);
    QFETCH(QByteArray, expected);
    Expected<HoconFile> file = HoconFile::parse(input);
    QVERIFY2(file, qPrintable(file.error().message));
    const Expected<Done> done = file->set(path, value);
    QVERIFY2(done, qPrintable(done.error().message + QLatin1Char(' ') + done.error().details));
    QCOMPARE(file->toBytes(), expected);
    const QVariant read = file->value(path);
    if (value.metaType().id() == QMetaType::QStringList)
        QCOMPARE(read, QVariant(value.toList()));
    else if (value.metaType().id() == QMetaType::Int)
        QCOMPARE(read, QVariant(qint64(value.toInt())));
    else
        QCOMPARE(read, value);
}

void TestHoconFile::setRefuses_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("object-path") << "elastic" << QVariant("x");
    QTest::newRow("empty-segment") << "a..b" << QVariant("x");
    QTest::newRow("unterminated-quote") << "\"a" << QVariant("x");
    QTest::newRow("map-value") << "x" << QVariant(QVariantMap{{"a", 1}});
    QTest::newRow("invalid-variant") << "x" << QVariant();
}

void TestHoconFile::setRefuses()
{
    QFETCH(QString, path);
    QFETCH(QVariant, value);
    Expected<HoconFile> file = HoconFile::parse(readData(QStringLiteral("customer-octane.conf")));
    QVERIFY(file);
    const QByteArray before = file->toBytes();
    const Expected<Done> done = file->set(path, value);
    QVERIFY(!done);
    QCOMPARE(done.error().code, ErrorCode::InvalidInput);
    QCOMPARE(file->toBytes(), before);
}

void TestHoconFile::remove_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("removed");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("line-with-comment") << QByteArray("# keep\na = 1 # gone\nb = 2\n") << "a" << true
                                       << QByteArray("# keep\nb = 2\n");
    QTest::newRow("one-line-object-last")
        << QByteArray("e { h = 1, p = 2 }\n") << "e.p" << true << QByteArray("e { h = 1 }\n");
    QTest::newRow("one-line-object-first")
        << QByteArray("e { h = 1, p = 2 }\n") << "e.h" << true << QByteArray("e { p = 2 }\n");
    QTest::newRow("one-line-object-only")
        << QByteArray("e { h = 1 }\n") << "e.h" << true << QByteArray("e { }\n");
    QTest::newRow("whole-block") << QByteArray("a = 1\nc {\n  x = 1\n}\nb = 2\n") << "c" << true
                                 << QByteArray("a = 1\nb = 2\n");
    QTest::newRow("block-and-dotted")
        << QByteArray("c.x = 1\nc { y = 2 }\nd = 3\n") << "c" << true << QByteArray("d = 3\n");
    QTest::newRow("every-duplicate")
        << QByteArray("a = 1\nb = 0\na = 2\n") << "a" << true << QByteArray("b = 0\n");
    QTest::newRow("multi-line-list")
        << QByteArray("n = [\n  1,\n  2\n]\nz = 0\n") << "n" << true << QByteArray("z = 0\n");
    QTest::newRow("first-of-comma-line")
        << QByteArray("a = 1, b = 2\n") << "a" << true << QByteArray("b = 2\n");
    QTest::newRow("missing") << QByteArray("a = 1\n") << "b" << false << QByteArray("a = 1\n");
    QTest::newRow("crlf") << QByteArray("a = 1\r\nb = 2\r\n") << "a" << true
                          << QByteArray("b = 2\r\n");
}

void TestHoconFile::remove()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, path);
    QFETCH(bool, removed);
    QFETCH(QByteArray, expected);
    Expected<HoconFile> file = HoconFile::parse(input);
    QVERIFY(file);
    const Expected<bool> r = file->remove(path);
    QVERIFY(r);
    QCOMPARE(*r, removed);
    QCOMPARE(file->toBytes(), expected);
    QVERIFY(!file->contains(path));
}

void TestHoconFile::parseErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("unclosed-brace") << QByteArray("a {\n b = 1\n") << 1 << 3 << "never closed";
    QTest::newRow("extra-brace") << QByteArray("a = 1\n}\n") << 2 << 1 << "without a matching";
    QTest::newRow("unclosed-string")
        << QByteArray("# c\na = \"abc\nb = 1\n") << 2 << 5 << "not closed";
    QTest::newRow("missing-separator")
        << QByteArray("a 1\n") << 1 << 4 << "expected '=', ':' or '{'";
    QTest::newRow("two-fields-on-a-line")
        << QByteArray("a = 1 b = 2\n") << 1 << 9 << "unexpected '='";
    QTest::newRow("double-comma") << QByteArray("a = [1,,2]\n") << 1 << 8 << "unexpected ','";
    QTest::newRow("unquoted-email")
        << QByteArray("site-admin-user = admin@example.com\n") << 1 << 24 << "unexpected '@'";
    QTest::newRow("unquoted-url") << QByteArray("x = 1\nproxy = http://p:8080\n") << 2 << 13
                                  << "unexpected ':'";
    QTest::newRow("bad-escape") << QByteArray("a = \"\\q\"\n") << 1 << 6 << "unknown escape";
    QTest::newRow("key-ends-with-dot")
        << QByteArray("a. = 1\n") << 1 << 3 << "must not end with '.'";
    QTest::newRow("empty-key-segment") << QByteArray("a..b = 1\n") << 1 << 3 << "empty name";
    QTest::newRow("unclosed-array") << QByteArray("a = [1,\n2\n") << 1 << 5 << "never closed";
    QTest::newRow("unclosed-triple") << QByteArray("a = \"\"\"abc\n") << 1 << 5 << "never closed";
    QTest::newRow("value-missing-at-end") << QByteArray("a =\n") << 2 << 1 << "expected a value";
    QTest::newRow("value-is-comment") << QByteArray("a = # none\n") << 1 << 5 << "expected a value";
    QTest::newRow("unclosed-substitution") << QByteArray("a = ${X\n") << 1 << 5 << "not closed";
    QTest::newRow("comma-at-start") << QByteArray("a = 1\n, b = 2\n") << 2 << 1 << "unexpected ','";
    QTest::newRow("crlf-line-count")
        << QByteArray("a = 1\r\nb = [\r\n") << 2 << 5 << "never closed";
    QTest::newRow("columns-count-characters")
        << QByteArray("name = \"Z\xC3\xBCrich\" x: 1\n") << 1 << 18 << "unexpected ':'";
    QTest::newRow("not-utf8") << QByteArray("a = 1\nb = \"\xFF\"\n") << 2 << 6 << "not UTF-8";
    QTest::newRow("after-root-braces")
        << QByteArray("{ a = 1 }\nb = 2\n") << 2 << 1 << "nothing may follow";
    QTest::newRow("include-without-name")
        << QByteArray("include required(x)\n") << 1 << 18 << "quoted file name";
}

void TestHoconFile::parseErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    HoconPosition at;
    const Expected<HoconFile> file = HoconFile::parse(input, QStringLiteral("site.conf"), &at);
    QVERIFY(!file);
    QCOMPARE(file.error().code, ErrorCode::InvalidInput);
    QCOMPARE(at.line, line);
    QCOMPARE(at.column, column);
    QVERIFY2(file.error().message.contains(message), qPrintable(file.error().message));
    QVERIFY2(file.error().message.startsWith(
                 QStringLiteral("site.conf, line %1, column %2: ").arg(line).arg(column)),
             qPrintable(file.error().message));
}

void TestHoconFile::redaction()
{
    const Expected<HoconFile> file =
        HoconFile::parse(readData(QStringLiteral("customer-octane.conf")));
    QVERIFY(file);
    const QStringList secrets{"db-admin-password", "schema-password", "site-admin-password",
                              "cluster.distributed-password"};
    const QString text = file->redactedText(secrets);
    for (const char *secret : {"Old-Secret1", "Adm1n-Secret", "Dist-Secret9"})
        QVERIFY2(!text.contains(QLatin1String(secret)), secret);
    QVERIFY(text.contains(QStringLiteral("db-admin-password = \"********\"     # secret")));
    // A substitution is a variable's name, not a secret.
    QVERIFY(text.contains(QStringLiteral("schema-password = ${?OCTANE_SCHEMA_PASSWORD}")));
    // Everything else is as it was.
    const Expected<HoconFile> reparsed = HoconFile::parse(text.toUtf8());
    QVERIFY(reparsed);
    QCOMPARE(reparsed->value(QStringLiteral("connection-string")),
             file->value(QStringLiteral("connection-string")));
}

QTEST_GUILESS_MAIN(TestHoconFile)
#include "tst_hoconfile.moc"
