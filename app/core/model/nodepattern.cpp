#include "nodepattern.h"

#include "../base/tr.h"

#include <QRegularExpression>

namespace Ocw::Core {

namespace {

Error patternError(const QString &pattern, const QString &what)
{
    return makeError(ErrorCode::InvalidInput, Tr::tr("Host pattern \"%1\": %2").arg(pattern, what));
}

// One bracket group, e.g. "01-03,7" -> {"01","02","03","7"}.
Expected<QStringList> expandGroup(const QString &pattern, const QString &group)
{
    static const QRegularExpression item(QStringLiteral("^(\\d+)(?:-(\\d+))?$"));
    QStringList values;
    for (const QString &part : group.split(QLatin1Char(','))) {
        const QRegularExpressionMatch m = item.match(part.trimmed());
        if (!m.hasMatch())
            return patternError(pattern,
                                Tr::tr("\"%1\" is not a number or a range like 1-3").arg(part));
        const QString from = m.captured(1);
        const QString to = m.captured(2).isEmpty() ? from : m.captured(2);
        bool ok1 = false, ok2 = false;
        const qlonglong a = from.toLongLong(&ok1);
        const qlonglong b = to.toLongLong(&ok2);
        if (!ok1 || !ok2 || b < a)
            return patternError(pattern, Tr::tr("the range %1-%2 runs backwards").arg(from, to));
        if (b - a >= NodePattern::MaxExpansion)
            return patternError(
                pattern, Tr::tr("expands to more than %1 hosts").arg(NodePattern::MaxExpansion));
        // A leading zero asks for fixed width: web[01-10] -> web01..web10.
        const int width =
            from.startsWith(QLatin1Char('0')) && from.size() > 1 ? int(from.size()) : 0;
        for (qlonglong v = a; v <= b; ++v)
            values.append(QStringLiteral("%1").arg(v, width, 10, QLatin1Char('0')));
    }
    return values;
}

} // namespace

bool NodePattern::isPattern(const QString &text)
{
    return text.contains(QLatin1Char('['));
}

Expected<QStringList> NodePattern::expand(const QString &pattern)
{
    QStringList results{QString()};
    int pos = 0;
    while (pos < pattern.size()) {
        const int open = pattern.indexOf(QLatin1Char('['), pos);
        if (open < 0) {
            const QString tail = pattern.mid(pos);
            if (tail.contains(QLatin1Char(']')))
                return patternError(pattern, Tr::tr("a \"]\" has no matching \"[\""));
            for (QString &r : results)
                r += tail;
            break;
        }
        const QString literal = pattern.mid(pos, open - pos);
        if (literal.contains(QLatin1Char(']')))
            return patternError(pattern, Tr::tr("a \"]\" has no matching \"[\""));
        const int close = pattern.indexOf(QLatin1Char(']'), open);
        if (close < 0)
            return patternError(pattern, Tr::tr("a \"[\" is not closed"));
        const Expected<QStringList> values =
            expandGroup(pattern, pattern.mid(open + 1, close - open - 1));
        if (!values)
            return values.error();
        if (qlonglong(results.size()) * values->size() > MaxExpansion)
            return patternError(pattern, Tr::tr("expands to more than %1 hosts").arg(MaxExpansion));
        QStringList next;
        for (const QString &r : std::as_const(results)) {
            for (const QString &v : *values)
                next.append(r + literal + v);
        }
        results = next;
        pos = close + 1;
    }
    if (results.size() == 1 && results.first().isEmpty())
        return patternError(pattern, Tr::tr("is empty"));
    return results;
}

} // namespace Ocw::Core
