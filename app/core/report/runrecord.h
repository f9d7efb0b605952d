#pragma once

#include "../checks/checkresult.h"
#include "../model/clusterprofile.h"
#include "checkreport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Ocw::Core {

class PhasePlan;

// What this wizard session did, phase by phase (checks, first node, other nodes, verify): the
// Summary page's content and its "Export report", one HTML and JSON report of the whole run an
// administrator can send to support. The results carry no secret (CheckResult never does).
// GUI thread, plain value.
class RunRecord
{
public:
    struct Phase
    {
        QString id;    // "checks", PhaseId::FirstNode, PhaseId::OtherNodes, PhaseId::Verify
        QString title; // as its page calls it
        QDateTime startedAt;
        qint64 durationMs = 0;
        bool cancelled = false;
        QList<CheckResult> results;
        QStringList changingSteps; // the step ids of its plan that change a node
    };

    // A phase run again replaces its earlier record.
    void record(const Phase &phase);
    const QList<Phase> &phases() const { return m_phases; }
    const Phase *phase(const QString &id) const;
    bool isEmpty() const { return m_phases.isEmpty(); }

    // The step ids of `plan` that change a node (Step::changesNode).
    static QStringList changingSteps(const PhasePlan &plan);

    // Per node, what this session did there, for the Summary page and the report.
    struct NodeSummary
    {
        QString node;
        bool first = false;
        QString version; // as the node answered the verification's sign-in, or empty
        qint64 bytesSent = 0;
        QStringList changes; // the messages of the steps that changed the node, in order
        int failures = 0;
        QString url; // its server, as the wizard signed in to it
    };
    QList<NodeSummary> nodeSummaries(const ClusterProfile &profile,
                                     const QHash<QString, QString> &nodeUrls) const;
    // Verified, not verified or not run, in one sentence.
    QString verdictText() const;

    // Every result of every phase, in the order they ran.
    CheckReport report(const ClusterProfile &profile) const;
    // The report's JSON with "phases" (id, title, start, duration, cancelled, result count) and
    // "summary.nodes" (the node summaries).
    QJsonObject toJson(const ClusterProfile &profile,
                       const QHash<QString, QString> &nodeUrls) const;
    // The report's HTML with the summary (phases, nodes, links) on top.
    QString toHtml(const ClusterProfile &profile, const QHash<QString, QString> &nodeUrls) const;

private:
    QList<Phase> m_phases;
};

} // namespace Ocw::Core
