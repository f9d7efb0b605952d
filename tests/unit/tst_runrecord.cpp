#include "core/report/runrecord.h"
#include "core/run/nodestatusmodel.h"
#include "core/run/verifyconfig.h"
#include "core/secrets/secretnames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Ocw::Core;

namespace {

ClusterProfile profile()
{
    ClusterProfile p;
    p.name = QStringLiteral("lab");
    p.release = QStringLiteral("octane-current");
    for (int i = 1; i <= 3; ++i) {
        Node n;
        n.host = QStringLiteral("octane%1.lab").arg(i);
        p.nodes.append(n);
    }
    p.loadBalancerUrl = QStringLiteral("http://lb.lab:8080");
    return p;
}

CheckResult result(const QString &id, const QString &node, Verdict verdict, const QString &message,
                   qint64 bytes = 0)
{
    CheckResult r = CheckResult::make(id, node, verdict, message);
    r.bytesSent = bytes;
    return r;
}

RunRecord::Phase phase(const QString &id, const QList<CheckResult> &results,
                       const QStringList &changing = {})
{
    RunRecord::Phase p;
    p.id = id;
    p.title = id;
    p.startedAt = QDateTime::currentDateTimeUtc();
    p.durationMs = 1500;
    p.results = results;
    p.changingSteps = changing;
    return p;
}

} // namespace

class TestRunRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summarisesEveryNodeFromEveryPhase()
    {
        RunRecord record;
        record.record(
            phase(QStringLiteral("first-node"),
                  {result(QStringLiteral("first-node.upload"), QStringLiteral("octane1.lab"),
                          Verdict::Pass, QStringLiteral("uploaded"), 1000),
                   result(QStringLiteral("first-node.ready"), QStringLiteral("octane1.lab"),
                          Verdict::Pass, QStringLiteral("ready"))},
                  {QStringLiteral("first-node.upload")}));
        record.record(
            phase(QStringLiteral("other-nodes"),
                  {result(QStringLiteral("other-nodes.install"), QStringLiteral("octane2.lab"),
                          Verdict::Pass, QStringLiteral("installed on octane2.lab")),
                   result(QStringLiteral("other-nodes.install"), QStringLiteral("octane3.lab"),
                          Verdict::Fail, QStringLiteral("rpm failed"))},
                  {QStringLiteral("other-nodes.install")}));
        CheckResult version = result(QStringLiteral("verify.version"), QString(), Verdict::Pass,
                                     QStringLiteral("same"));
        version.output = QStringLiteral("octane1.lab: 16.2.100\noctane2.lab: 16.2.100\n"
                                        "octane3.lab: (no answer)\n");
        record.record(phase(QStringLiteral("verify"), {version}));
        const QHash<QString, QString> urls{
            {QStringLiteral("octane1.lab"), QStringLiteral("http://octane1.lab:8080")}};
        const QList<RunRecord::NodeSummary> nodes = record.nodeSummaries(profile(), urls);
        QCOMPARE(nodes.size(), 3);
        QVERIFY(nodes[0].first);
        QCOMPARE(nodes[0].bytesSent, 1000);
        QCOMPARE(nodes[0].changes, QStringList{QStringLiteral("uploaded")});
        QCOMPARE(nodes[0].version, QStringLiteral("16.2.100"));
        QCOMPARE(nodes[0].url, QStringLiteral("http://octane1.lab:8080"));
        QCOMPARE(nodes[1].changes, QStringList{QStringLiteral("installed on octane2.lab")});
        // "node: " at the start of a message is not repeated under the node.
        RunRecord named;
        named.record(
            phase(QStringLiteral("other-nodes"),
                  {result(QStringLiteral("other-nodes.start"), QStringLiteral("octane2.lab"),
                          Verdict::Pass, QStringLiteral("octane2.lab: Octane started."))},
                  {QStringLiteral("other-nodes.start")}));
        QCOMPARE(named.nodeSummaries(profile(), {}).value(1).changes,
                 QStringList{QStringLiteral("Octane started.")});
        QCOMPARE(nodes[2].version, QString()); // "(no answer)" is not a version
        QCOMPARE(nodes[2].failures, 1);
        QVERIFY(nodes[2].changes.isEmpty()); // a failed step changed nothing it could vouch for
        QVERIFY(record.verdictText().startsWith(QLatin1String("The cluster is verified")));

        const QJsonObject json = record.toJson(profile(), urls);
        QCOMPARE(json.value(QStringLiteral("phases")).toArray().size(), 3);
        QCOMPARE(json.value(QStringLiteral("results")).toArray().size(), 5);
        QCOMPARE(json.value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("nodes"))
                     .toArray()
                     .size(),
                 3);
        const QString html = record.toHtml(profile(), urls);
        QVERIFY(html.contains(QLatin1String("http://lb.lab:8080")));
        QVERIFY(html.indexOf(QLatin1String("Summary")) < html.indexOf(QLatin1String("rpm failed")));
    }

    void aRerunReplacesItsPhase()
    {
        RunRecord record;
        record.record(phase(QStringLiteral("verify"),
                            {result(QStringLiteral("verify.members"), QStringLiteral("octane2.lab"),
                                    Verdict::Fail, QStringLiteral("outside"))}));
        QVERIFY(record.verdictText().contains(QLatin1String("octane2.lab")));
        record.record(phase(QStringLiteral("verify"),
                            {result(QStringLiteral("verify.members"), QStringLiteral("octane2.lab"),
                                    Verdict::Pass, QStringLiteral("member"))}));
        QCOMPARE(record.phases().size(), 1);
        QVERIFY(record.verdictText().startsWith(QLatin1String("The cluster is verified")));
    }

    void verifyConfigNeedsOnlyTheSiteAdminPassword()
    {
        const Expected<ReleaseDefinition> release =
            ReleaseDefinition::load(QStringLiteral("octane-current"));
        QVERIFY(release.hasValue());
        VerifyConfig config;
        config.setProfile(profile());
        config.setRelease(*release);
        QVERIFY(config.blocker().contains(QLatin1String("site admin")));
        const QString siteAdmin = release->keyPath(ConfRole::SiteAdminPassword);
        const QString dbAdmin = release->keyPath(ConfRole::DbAdminPassword);
        config.setSecrets({{SecretNames::forConf(siteAdmin), QStringLiteral("s3cret")},
                           {SecretNames::forConf(dbAdmin), QStringLiteral("db-s3cret")}});
        QCOMPARE(config.blocker(), QString());
        const PhaseInputs in = config.inputs();
        QCOMPARE(in.confSecrets.value(siteAdmin), QStringLiteral("s3cret"));
        QVERIFY(!in.confSecrets.contains(dbAdmin)); // the database's is never read
    }

    void clusterWideVerdictsGoToTheClusterRow()
    {
        const Expected<ReleaseDefinition> release =
            ReleaseDefinition::load(QStringLiteral("octane-current"));
        QVERIFY(release.hasValue());
        VerifyConfig config;
        config.setProfile(profile());
        config.setRelease(*release);
        NodeStatusModel model;
        config.prepareGrid(&model, config.plan(nullptr));
        QVERIFY(model.nodes().contains(VerifyConfig::clusterRow()));
        QVERIFY(model.stepIds().contains(QStringLiteral("verify.lb-spread")));
        CheckResult lb = result(QStringLiteral("verify.lb-sign-in"), QStringLiteral("lb.lab"),
                                Verdict::Fail, QStringLiteral("9 of 9 failed"));
        model.update(VerifyConfig::gridCell(lb));
        QCOMPARE(model.verdict(VerifyConfig::clusterRow(), QStringLiteral("verify.lb-sign-in")),
                 Verdict::Fail);
        CheckResult members =
            result(QStringLiteral("verify.members"), QStringLiteral("octane2.lab"), Verdict::Warn,
                   QStringLiteral("outside"));
        model.update(VerifyConfig::gridCell(members));
        QCOMPARE(model.verdict(QStringLiteral("octane2.lab"), QStringLiteral("verify.members")),
                 Verdict::Warn);
        QVERIFY(VerifyConfig::summary({members}, false).contains(QLatin1String("warning")));
        QVERIFY(VerifyConfig::summary({lb}, false).contains(QLatin1String("lb.lab")));
    }
};

QTEST_GUILESS_MAIN(TestRunRecord)
#include "tst_runrecord.moc"
