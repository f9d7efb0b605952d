#include "core/plan/phaseplan.h"
#include "core/plan/stepid.h"

#include <QtTest>

using namespace Ocw::Core;

namespace {

PhaseInputs inputs(int nodes, int batch)
{
    PhaseInputs in;
    in.profile.release = QStringLiteral("octane-current");
    for (int i = 1; i <= nodes; ++i) {
        Node n;
        n.host = QStringLiteral("octane%1.lab").arg(i);
        in.profile.nodes.append(n);
    }
    in.profile.firstNode = QStringLiteral("octane1.lab");
    in.profile.loadBalancerUrl = QStringLiteral("http://lb.lab:8080");
    const Expected<ReleaseDefinition> release =
        ReleaseDefinition::load(QStringLiteral("octane-current"));
    if (release)
        in.release = *release;
    in.rollingBatch = batch;
    return in;
}

QString id(const QString &step)
{
    return StepId::qualified(PhaseId::Restart, step);
}

} // namespace

class TestRollingPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneNodeAtATimeFirstNodeLast()
    {
        const PhasePlan plan = PhasePlan::rollingRestart(inputs(3, 1));
        QCOMPARE(plan.phase, PhaseId::Restart);
        QCOMPARE(plan.rounds.size(), 3);
        QCOMPARE(plan.nodes(),
                 (QStringList{QStringLiteral("octane2.lab"), QStringLiteral("octane3.lab"),
                              QStringLiteral("octane1.lab")}));
        for (const PhaseRound &round : plan.rounds) {
            QCOMPARE(round.nodes.size(), 1);
            QVERIFY(round.failureStopsPhase); // a failure stops the roll
            QStringList ids;
            for (const auto &step : round.steps)
                ids.append(step->id());
            // The whole cluster is read before the stop, the node is back before the next.
            QCOMPARE(ids,
                     (QStringList{id(StepId::Privilege), id(StepId::ClusterGate), id(StepId::Stop),
                                  id(StepId::Start), id(StepId::Ready), id(StepId::Rejoin)}));
        }
    }

    void batchesTakeTheRemainderLast()
    {
        const PhasePlan plan = PhasePlan::rollingRestart(inputs(5, 2));
        QCOMPARE(plan.rounds.size(), 3);
        QCOMPARE(plan.rounds[0].nodes.size(), 2);
        QCOMPARE(plan.rounds[2].nodes, QStringList{QStringLiteral("octane1.lab")});
        QCOMPARE(plan.concurrency, 2);
    }

    void givenOrderIsKept()
    {
        const QStringList order{QStringLiteral("octane3.lab"), QStringLiteral("octane1.lab")};
        QCOMPARE(PhasePlan::rollingRestart(inputs(3, 1), order).nodes(), order);
    }

    void dryRunShowsTheStopAndTheReadings()
    {
        const PhaseInputs in = inputs(3, 1);
        const QString text = PhasePlan::rollingRestart(in).dryRun(in).toText();
        QVERIFY2(text.contains(QLatin1String("systemctl stop octane")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("systemctl start octane")));
        QVERIFY(text.contains(QLatin1String("/admin/server/status")));
        QVERIFY(text.contains(QLatin1String("http://lb.lab:8080")));
    }

    // reconfigure: the shared file first, on the first node alone, then the roll.
    void reconfigureEditsTheSharedFileThenRolls()
    {
        PhaseInputs in = inputs(3, 1);
        in.profile.repositoryDir = QStringLiteral("/srv/octane-repo");
        in.profile.installUser = QStringLiteral("octane");
        in.confEdits = {*ConfEdit::parse(QStringLiteral("elastic.port=9301"), in.release)};
        const PhasePlan plan = PhasePlan::reconfigure(in, /*rolling=*/true);
        QCOMPARE(plan.phase, PhaseId::Reconfigure);
        QCOMPARE(plan.rounds.size(), 4);
        QCOMPARE(plan.rounds[0].nodes, QStringList{QStringLiteral("octane1.lab")});
        QVERIFY(plan.rounds[0].failureStopsPhase); // a refused change never rolls
        QCOMPARE(plan.rounds[0].steps.last()->id(),
                 StepId::qualified(PhaseId::Reconfigure, StepId::EditConf));
        QCOMPARE(plan.rounds[1].nodes, QStringList{QStringLiteral("octane2.lab")});
        QCOMPARE(plan.rounds[3].nodes, QStringList{QStringLiteral("octane1.lab")});
        const QString text = plan.dryRun(in).toText();
        QVERIFY2(text.contains(QLatin1String("/srv/octane-repo/conf/octane.conf")),
                 qPrintable(text));
        // Named only to say it is never touched.
        QCOMPARE(text.count(QLatin1String("octane.conf.new")),
                 text.count(QLatin1String("never octane.conf.new")));
        QVERIFY(text.contains(QLatin1String("mktemp")));
        QVERIFY(text.contains(QLatin1String(".<timestamp>.bak")));
        QVERIFY(text.contains(QLatin1String("-u octane")));

        // Without --rolling, or with --dry-run: the file only (a dry run writes nothing).
        QCOMPARE(PhasePlan::reconfigure(in, false).rounds.size(), 1);
        in.previewOnly = true;
        const PhasePlan preview = PhasePlan::reconfigure(in, true);
        QCOMPARE(preview.rounds.size(), 1);
        const QString previewText = preview.dryRun(in).toText();
        QVERIFY2(!previewText.contains(QLatin1String("mktemp")), qPrintable(previewText));
        QVERIFY(!previewText.contains(QLatin1String(".bak")));
    }
};

QTEST_GUILESS_MAIN(TestRollingPlan)
#include "tst_rollingplan.moc"
