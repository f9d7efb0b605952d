// `reconfigure --set`: every value checked against the release's schema before any node is
// touched, secrets never taken from a command line, and only changed values rewritten.
#include "core/config/confedit.h"
#include "core/config/hoconfile.h"

#include <QtTest>

using namespace Ocw::Core;

class TestConfEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const Expected<ReleaseDefinition> release =
            ReleaseDefinition::load(QStringLiteral("octane-current"));
        QVERIFY(release);
        m_release = *release;
    }

    void valuesTakeTheKeysType()
    {
        Expected<ConfEdit> e = ConfEdit::parse(QStringLiteral("elastic.port=9301"), m_release);
        QVERIFY2(e, qPrintable(e ? QString() : e.error().message));
        QCOMPARE(e->path, QStringLiteral("elastic.port"));
        QCOMPARE(e->value.typeId(), QMetaType::Int);
        QCOMPARE(e->value.toInt(), 9301);
        e = ConfEdit::parse(QStringLiteral("elastic.cluster-name=es two"), m_release);
        QVERIFY(e);
        QCOMPARE(e->value.toString(), QStringLiteral("es two"));
        QVERIFY(!e->secret);
    }

    void badValuesAreRefusedNamingTheKey_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("said");
        QTest::newRow("unknown key") << "elastic.prot=9300"
                                     << "not a setting";
        QTest::newRow("no value") << "elastic.port"
                                  << "give a value";
        QTest::newRow("not a number") << "elastic.port=abc"
                                      << "not a whole number";
        QTest::newRow("out of range") << "elastic.port=70000"
                                      << "1 to 65535";
        QTest::newRow("enum") << "db-type=POSTGRES"
                              << "is not allowed";
        QTest::newRow("node list") << "cluster.nodes=a,b"
                                   << "follows the profile";
        QTest::newRow("repository") << "repository-folder=/x"
                                    << "follows the profile";
        QTest::newRow("secret with a value") << "site-admin-password=Secret123"
                                             << "secret";
    }

    void badValuesAreRefusedNamingTheKey()
    {
        QFETCH(QString, argument);
        QFETCH(QString, said);
        const Expected<ConfEdit> e = ConfEdit::parse(argument, m_release);
        QVERIFY(!e);
        QVERIFY2(e.error().message.contains(said), qPrintable(e.error().message));
        QVERIFY2(e.error().message.contains(argument.section(QLatin1Char('='), 0, 0)),
                 qPrintable(e.error().message));
        // The value of a secret never reaches a message.
        QVERIFY(!e.error().message.contains(QLatin1String("Secret123")));
        QVERIFY(!e.error().fix.contains(QLatin1String("Secret123")));
    }

    void aSecretIsNamedWithoutItsValue()
    {
        const Expected<ConfEdit> e =
            ConfEdit::parse(QStringLiteral("site-admin-password"), m_release);
        QVERIFY(e);
        QVERIFY(e->secret);
        QVERIFY(!e->value.isValid());
    }

    void onlyChangedValuesAreRewritten()
    {
        const QByteArray text = "# site settings\n"
                                "elastic {\n"
                                "  host = \"es.lab\"\n"
                                "  port = 9300\n"
                                "  cluster-name = \"octane-es\"\n"
                                "}\n";
        const Expected<HoconFile> parsed = HoconFile::parse(text);
        QVERIFY(parsed);
        HoconFile file = *parsed;
        const QList<ConfEdit> edits{
            *ConfEdit::parse(QStringLiteral("elastic.port=9300"), m_release),
            *ConfEdit::parse(QStringLiteral("elastic.cluster-name=octane-es-2"), m_release)};
        const Expected<QStringList> changed = ConfEdit::apply(edits, &file);
        QVERIFY(changed);
        QCOMPARE(*changed, QStringList{QStringLiteral("elastic.cluster-name")});
        QCOMPARE(file.value(QStringLiteral("elastic.cluster-name")).toString(),
                 QStringLiteral("octane-es-2"));
        // The comment and the layout stay; only the one value's text changed.
        QVERIFY(file.text().startsWith(QLatin1String("# site settings\nelastic {\n")));
        QVERIFY(file.text().contains(QLatin1String("port = 9300\n")));
        const Expected<QStringList> again = ConfEdit::apply(edits, &file);
        QVERIFY(again);
        QVERIFY(again->isEmpty());
    }

private:
    ReleaseDefinition m_release;
};

QTEST_GUILESS_MAIN(TestConfEdit)
#include "tst_confedit.moc"
