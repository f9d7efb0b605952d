// The secure deployment's inputs and plan, without a lab: the profile's "secure" object read
// and refused field by field, the keystore opened (or made) on the workstation with its
// password, and the steps each node runs, in order (the first node with the shared
// octane.conf, the others one at a time; in `all`, between the deploy and the start).
#include "core/model/clusterprofile.h"
#include "core/plan/phaseplan.h"
#include "core/plan/stepid.h"
#include "core/secure/keystorematerial.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Ocw::Core;

namespace {

PhaseInputs inputs(bool forceHttps, const QString &vendorKey = {})
{
    PhaseInputs in;
    in.profile.release = QStringLiteral("octane-current");
    for (int i = 1; i <= 3; ++i) {
        Node n;
        n.host = QStringLiteral("octane%1.lab").arg(i);
        in.profile.nodes.append(n);
    }
    in.profile.firstNode = QStringLiteral("octane1.lab");
    in.profile.installUser = QStringLiteral("octane");
    in.profile.installDir = QStringLiteral("/opt/octane");
    in.profile.repositoryDir = QStringLiteral("/srv/octane-repo");
    in.profile.secure.present = true;
    in.profile.secure.enabled = true;
    in.profile.secure.keystore = SecureSettings::SelfSigned;
    in.profile.secure.forceHttps = forceHttps;
    in.profile.secure.vendorKey = vendorKey;
    const Expected<ReleaseDefinition> release =
        ReleaseDefinition::load(QStringLiteral("octane-current"));
    if (release)
        in.release = *release;
    return in;
}

QStringList stepNames(const PhaseRound &round)
{
    QStringList names;
    for (const auto &step : round.steps)
        names.append(step->name());
    return names;
}

} // namespace

class TestSecurePlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profileReadsTheSecureObject()
    {
        const Expected<SecureSettings> s = SecureSettings::fromJson(
            QJsonObject{{QStringLiteral("enabled"), true},
                        {QStringLiteral("keystore"), QStringLiteral("/etc/pki/octane.p12")},
                        {QStringLiteral("httpsPort"), 9443},
                        {QStringLiteral("forceHttps"), true},
                        {QStringLiteral("tlsMinimum"), QStringLiteral("TLSv1.3")}});
        QVERIFY(s);
        QVERIFY(s->present && s->enabled && s->forceHttps && s->permissions);
        QCOMPARE(s->httpsPort, 9443);
        QCOMPARE(s->tlsMinimum, QStringLiteral("TLSv1.3"));
        QVERIFY(!s->isSelfSigned());
        // Written back as read (no secret in it).
        const Expected<SecureSettings> again = SecureSettings::fromJson(s->toJson());
        QVERIFY(again);
        QCOMPARE(again->keystore, s->keystore);
        QVERIFY(!SecureSettings::fromJson(QJsonValue()).value().present);
    }

    void profileRefusesBadSecureFields_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("no keystore") << QByteArray("{}") << "secure.keystore";
        QTest::newRow("relative keystore")
            << QByteArray(R"({"keystore": "ks.p12"})") << "secure.keystore";
        QTest::newRow("old TLS") << QByteArray(
                                        R"({"keystore": "self-signed", "tlsMinimum": "TLSv1"})")
                                 << "secure.tlsMinimum";
        QTest::newRow("port") << QByteArray(R"({"keystore": "self-signed", "httpsPort": 0})")
                              << "secure.httpsPort";
        QTest::newRow("unknown") << QByteArray(R"({"keystore": "self-signed", "password": "x"})")
                                 << "secure.password";
        QTest::newRow("not bool") << QByteArray(
                                         R"({"keystore": "self-signed", "forceHttps": "yes"})")
                                  << "secure.forceHttps";
    }

    void profileRefusesBadSecureFields()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const Expected<SecureSettings> s =
            SecureSettings::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QLatin1Char('"') + field + QLatin1Char('"')),
                 qPrintable(s.error().message));
    }

    void selfSignedKeystoreOpensOnlyWithItsPassword()
    {
        const Expected<KeystoreMaterial> made = KeystoreMaterial::selfSigned(
            {QStringLiteral("octane1.lab"), QStringLiteral("127.0.0.4")}, QStringLiteral("Pw-1"),
            30);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        QCOMPARE(made->sha256Fingerprint.size(), 95); // 32 bytes as AB:CD:…
        QVERIFY(made->names.contains(QStringLiteral("octane1.lab")));
        QVERIFY(made->names.contains(QStringLiteral("127.0.0.4")));
        QVERIFY(
            KeystoreMaterial::fromBytes(made->bytes, QStringLiteral("Pw-1"), QStringLiteral("x")));
        const Expected<KeystoreMaterial> wrong = KeystoreMaterial::fromBytes(
            made->bytes, QStringLiteral("Pw-2"), QStringLiteral("ks.p12"));
        QVERIFY(!wrong);
        QVERIFY(wrong.error().message.contains(QLatin1String("ks.p12")));
        QVERIFY(!wrong.error().message.contains(QLatin1String("Pw-2")));
        QVERIFY(!KeystoreMaterial::fromBytes("not a keystore", QStringLiteral("Pw-1"),
                                             QStringLiteral("x")));
    }

    void firstNodeThenEachOtherNodeAlone()
    {
        const PhaseInputs in = inputs(true);
        const PhasePlan plan = PhasePlan::secure(in);
        QCOMPARE(plan.phase, PhaseId::Secure);
        QCOMPARE(plan.rounds.size(), 3);
        QCOMPARE(plan.rounds[0].nodes, QStringList{QStringLiteral("octane1.lab")});
        QCOMPARE(stepNames(plan.rounds[0]),
                 (QStringList{StepId::Privilege, StepId::Keystore, StepId::EditConf,
                              StepId::ForceHttps, StepId::Permissions, StepId::Stop, StepId::Start,
                              StepId::Ready, StepId::Https}));
        for (int i = 1; i < 3; ++i) {
            QCOMPARE(plan.rounds[i].nodes.size(), 1);
            QVERIFY(plan.rounds[i].failureStopsPhase);
            // The other nodes never write octane.conf: they read the shared one.
            QVERIFY(!stepNames(plan.rounds[i]).contains(StepId::EditConf));
            QVERIFY(stepNames(plan.rounds[i]).contains(StepId::Keystore));
        }
        // Without forced HTTPS, web.xml is left alone.
        QVERIFY(
            !stepNames(PhasePlan::secure(inputs(false)).rounds[0]).contains(StepId::ForceHttps));
    }

    void allPutsTheKeystoreBeforeTheOtherNodesStart()
    {
        const PhasePlan plan = PhasePlan::all(inputs(false, QStringLiteral("/keys/vendor.asc")));
        bool step3 = false;
        for (const PhaseRound &round : plan.rounds) {
            const QStringList names = stepNames(round);
            if (names.contains(StepId::Verify))
                QCOMPARE(names.indexOf(StepId::VendorKey), names.indexOf(StepId::Verify) - 1);
            if (names.contains(StepId::EditConf))
                step3 = true;
            if (round.nodes.contains(QStringLiteral("octane2.lab")) &&
                names.contains(StepId::Start)) {
                QVERIFY(names.indexOf(StepId::Keystore) < names.indexOf(StepId::Start));
                QCOMPARE(names.last(), StepId::Https);
            }
        }
        QVERIFY(step3);
        // The dry run names the files and never a secret.
        PhaseInputs in = inputs(true);
        in.confSecrets.insert(QStringLiteral("server.keystore-password"), QStringLiteral("Pw-1"));
        const QString text = PhasePlan::secure(in).dryRun(in).toText();
        QVERIFY2(text.contains(QLatin1String("/opt/octane/conf/keystore.p12")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("/opt/octane/webapps/root/WEB-INF/web.xml")));
        QVERIFY(!text.contains(QLatin1String("Pw-1")));
    }
};

QTEST_GUILESS_MAIN(TestSecurePlan)
#include "tst_secureplan.moc"
