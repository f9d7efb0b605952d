#include "hoconoracle.h"

#include "core/config/hoconfile.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Ocw::Core;

// Cross-checks HoconFile against an independent HOCON parser on every configuration file of
// the test data, golden files included: same keys, same values.
class TestHoconOracle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameValues_data();
    void sameValues();
};

static QJsonValue pruned(const QJsonValue &v)
{
    // Keys whose optional substitution is unset leave empty objects behind in the oracle's tree.
    if (!v.isObject())
        return v;
    QJsonObject out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue child = pruned(it.value());
        if (!(child.isObject() && child.toObject().isEmpty()))
            out.insert(it.key(), child);
    }
    return out;
}

static void insert(QJsonObject *o, const QStringList &path, const QJsonValue &v)
{
    if (path.size() == 1) {
        o->insert(path.first(), v);
        return;
    }
    QJsonObject child = o->value(path.first()).toObject();
    insert(&child, path.mid(1), v);
    o->insert(path.first(), child);
}

void TestHoconOracle::sameValues_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(OCW_SOURCE_DIR "/tests/config/data"));
    for (const QString &name :
         dir.entryList({QStringLiteral("*.conf"), QStringLiteral("*.golden")}, QDir::Files))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestHoconOracle::sameValues()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    // A required include that does not exist here would stop the oracle.
    QByteArray text;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (!line.startsWith("include required("))
            text += line + '\n';
    }
    std::string error;
    const std::string json = oracleJson(text.toStdString(), &error);
    QVERIFY2(error.empty(), error.c_str());
    const QJsonObject expected =
        pruned(QJsonDocument::fromJson(QByteArray::fromStdString(json)).object()).toObject();

    const Expected<HoconFile> parsed = HoconFile::parse(text);
    QVERIFY2(parsed, qPrintable(parsed.error().message));
    QJsonObject actual;
    for (const QString &key : parsed->keys()) {
        const HoconValue v = parsed->entry(key);
        if (v.kind != HoconKind::Substitution)
            insert(&actual, *HoconFile::splitPath(key), QJsonValue::fromVariant(v.data));
    }
    QCOMPARE(QJsonDocument(actual).toJson(), QJsonDocument(expected).toJson());
}

QTEST_GUILESS_MAIN(TestHoconOracle)
#include "tst_hoconoracle.moc"
