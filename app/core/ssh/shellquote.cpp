#include "shellquote.h"

namespace Ocw::Core {

static bool isSafeChar(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
        return true;
    switch (u) {
    case '_':
    case '@':
    case '%':
    case '+':
    case '=':
    case ':':
    case ',':
    case '.':
    case '/':
    case '-':
        return true;
    default:
        return false;
    }
}

QString ShellQuote::quote(const QString &arg)
{
    if (arg.isEmpty())
        return QStringLiteral("''");
    bool safe = true;
    for (QChar c : arg) {
        if (!isSafeChar(c)) {
            safe = false;
            break;
        }
    }
    if (safe)
        return arg;
    QString out;
    out.reserve(arg.size() + 8);
    out += QLatin1Char('\'');
    for (QChar c : arg) {
        if (c == QLatin1Char('\''))
            out += QLatin1String("'\\''");
        else
            out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

QString ShellQuote::join(const QStringList &args)
{
    QStringList quoted;
    quoted.reserve(args.size());
    for (const QString &arg : args)
        quoted.append(quote(arg));
    return quoted.join(QLatin1Char(' '));
}

QStringList ShellQuote::split(const QString &line)
{
    QStringList words;
    QString word;
    bool inWord = false, quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('\''))
                quoted = false;
            else
                word += c;
        } else if (c == QLatin1Char('\'')) {
            quoted = inWord = true;
        } else if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            word += line.at(++i);
            inWord = true;
        } else if (c == QLatin1Char(' ')) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words.append(word);
    return words;
}

} // namespace Ocw::Core
