#include "hazelcastlog.h"

#include <QRegularExpression>

namespace Ocw::Core {

namespace {

// "Members {size:3, ver:5} [" (3.9+) or "Members [3] {" (<= 3.8), anywhere in a line.
const QRegularExpression &blockStart()
{
    static const QRegularExpression re(
        QStringLiteral(R"(Members \{size:(\d+), ver:(\d+)\} \[\s*$|Members \[(\d+)\] \{\s*$)"));
    return re;
}

const QRegularExpression &memberLine()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*Member \[([^\]]+)\]:(\d+)(?: - ([0-9A-Za-z-]+))?((?: (?:this|lite))*)\s*$)"));
    return re;
}

} // namespace

HazelcastLog HazelcastLog::parse(const QString &text)
{
    static const QRegularExpression picked(QStringLiteral(R"(Picked \[([^\]]+)\]:(\d+),)"));
    static const QRegularExpression couldNot(
        QStringLiteral(R"(Could not connect to: /([^\s:]+:\d+)\.)"));
    static const QRegularExpression removing(
        QStringLiteral(R"(Removing Member \[([^\]]+)\]:(\d+))"));

    HazelcastLog log;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QRegularExpressionMatch start = blockStart().match(line);
        if (start.hasMatch()) {
            HazelcastLog::parseBlock(lines, i, start, &log);
            continue;
        }
        QRegularExpressionMatch m = picked.match(line);
        if (m.hasMatch()) {
            log.pickedAddress = m.captured(1);
            log.pickedPort = m.captured(2).toInt();
            continue;
        }
        m = couldNot.match(line);
        if (m.hasMatch()) {
            log.unreachable.removeAll(m.captured(1));
            log.unreachable.prepend(m.captured(1));
            continue;
        }
        m = removing.match(line);
        if (m.hasMatch()) {
            log.removedMembers.append(m.captured(1) + QLatin1Char(':') + m.captured(2));
            continue;
        }
        if (line.contains(QLatin1String(" FATAL ")))
            log.fatalLine = line.trimmed();
        if (line.contains(QLatin1String("Cluster is unhealthy")))
            log.unhealthyLine = line.trimmed();
        else if (line.contains(QLatin1String("Cluster is healthy")))
            log.unhealthyLine.clear();
    }
    return log;
}

void HazelcastLog::parseBlock(const QStringList &lines, int &i,
                              const QRegularExpressionMatch &start, HazelcastLog *log)
{
    const bool modern = !start.captured(1).isEmpty();
    QList<HazelcastMember> members;
    QStringList block{lines.at(i).mid(start.capturedStart(0))};
    int j = i + 1;
    for (; j < lines.size(); ++j) {
        const QString trimmed = lines.at(j).trimmed();
        if (trimmed == (modern ? QLatin1String("]") : QLatin1String("}"))) {
            block.append(trimmed);
            break;
        }
        const QRegularExpressionMatch m = memberLine().match(lines.at(j));
        if (!m.hasMatch())
            return; // cut short (a log being written, or another line in between): not a block
        HazelcastMember member;
        member.address = m.captured(1);
        member.port = m.captured(2).toInt();
        member.uuid = m.captured(3);
        member.self = m.captured(4).contains(QLatin1String("this"));
        member.lite = m.captured(4).contains(QLatin1String("lite"));
        members.append(member);
        block.append(lines.at(j));
    }
    if (j >= lines.size())
        return; // no closing line yet
    log->hasMembers = true;
    log->members = members;
    log->size = (modern ? start.captured(1) : start.captured(3)).toInt();
    log->version = modern ? start.captured(2).toInt() : 0;
    log->block = block.join(QLatin1Char('\n'));
    i = j;
}

QStringList HazelcastLog::memberAddresses() const
{
    QStringList list;
    for (const HazelcastMember &m : members)
        list.append(QStringLiteral("%1:%2").arg(m.address).arg(m.port));
    return list;
}

const HazelcastMember *HazelcastLog::self() const
{
    for (const HazelcastMember &m : members) {
        if (m.self)
            return &m;
    }
    return nullptr;
}

} // namespace Ocw::Core
