#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Ocw::Core {

enum class Verdict { Pending, Running, Pass, Warn, Fail, Skipped };

QString verdictName(Verdict verdict); // "pass", "warn", "fail", "skipped", "pending", "running"
bool isFinal(Verdict verdict);

// The outcome of one check on one node (or one ordered pair of nodes for pair checks):
// verdict, a one-sentence message naming the node, a fix hint, the exact commands that ran
// and their raw output. A plain value passed through queued signals.
struct CheckResult
{
    QString checkId;
    QString node;   // node scope; for pair checks the source node ("from")
    QString toNode; // pair scope only: the target node ("to")
    Verdict verdict = Verdict::Pending;
    QString message;
    QString fix;
    QString code;    // the ErrorCode's name when an error caused a failure, e.g. "Timeout"
    QString details; // untranslated technical details of that error
    QStringList commands;
    QString output;
    qint64 durationMs = 0;
    qint64 bytesSent = 0; // from the workstation to the node by this step (uploads)
    bool blocking = true;

    // A node-scope result; `blocking` comes from the catalogue.
    static CheckResult make(const QString &checkId, const QString &node, Verdict verdict,
                            const QString &message, const QString &fix = {},
                            const QString &output = {});

    bool isPair() const { return !toNode.isEmpty(); }
    bool isBlockingFailure() const { return blocking && verdict == Verdict::Fail; }
    // Key of the cell in the node x check grid; pair checks report per target node ("to").
    QString cellKey() const;
    QJsonObject toJson() const;
};

} // namespace Ocw::Core

Q_DECLARE_METATYPE(Ocw::Core::CheckResult)
