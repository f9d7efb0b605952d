#include "checkresult.h"

#include "checkcatalogue.h"

#include <QJsonArray>

namespace Ocw::Core {

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pending:
        return QStringLiteral("pending");
    case Verdict::Running:
        return QStringLiteral("running");
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::Warn:
        return QStringLiteral("warn");
    case Verdict::Fail:
        return QStringLiteral("fail");
    case Verdict::Skipped:
        return QStringLiteral("skipped");
    }
    return QString();
}

bool isFinal(Verdict verdict)
{
    return verdict != Verdict::Pending && verdict != Verdict::Running;
}

CheckResult CheckResult::make(const QString &checkId, const QString &node, Verdict verdict,
                              const QString &message, const QString &fix, const QString &output)
{
    CheckResult r;
    r.checkId = checkId;
    r.node = node;
    r.verdict = verdict;
    r.message = message;
    r.fix = fix;
    r.output = output;
    const CheckDefinition *def = CheckCatalogue::find(checkId);
    r.blocking = def ? def->blocking : true;
    return r;
}

QString CheckResult::cellKey() const
{
    return checkId + QLatin1Char('|') + node + QLatin1Char('|') + toNode;
}

QJsonObject CheckResult::toJson() const
{
    QJsonObject o{
        {QStringLiteral("check"), checkId},     {QStringLiteral("verdict"), verdictName(verdict)},
        {QStringLiteral("message"), message},   {QStringLiteral("fix"), fix},
        {QStringLiteral("blocking"), blocking}, {QStringLiteral("durationMs"), durationMs}};
    if (isPair()) {
        o.insert(QStringLiteral("from"), node);
        o.insert(QStringLiteral("to"), toNode);
    } else {
        o.insert(QStringLiteral("node"), node);
    }
    QString transcript;
    for (const QString &c : commands)
        transcript += QStringLiteral("$ ") + c + QLatin1Char('\n');
    transcript += output;
    o.insert(QStringLiteral("details"), transcript);
    o.insert(QStringLiteral("commands"), QJsonArray::fromStringList(commands));
    o.insert(QStringLiteral("output"), output);
    if (bytesSent > 0)
        o.insert(QStringLiteral("bytesSent"), bytesSent);
    if (!code.isEmpty())
        o.insert(QStringLiteral("code"), code);
    if (!details.isEmpty())
        o.insert(QStringLiteral("errorDetails"), details);
    return o;
}

} // namespace Ocw::Core
