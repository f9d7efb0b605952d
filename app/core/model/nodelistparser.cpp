#include "nodelistparser.h"

#include "../base/tr.h"
#include "nodepattern.h"

#include <QFile>
#include <QRegularExpression>

namespace Ocw::Core {

namespace {

Error lineError(int line, const QString &what)
{
    return makeError(ErrorCode::InvalidInput, Tr::tr("Line %1: %2").arg(line).arg(what));
}

bool isIpv6Bracket(const QString &token, int open, int close)
{
    return token.mid(open + 1, close - open - 1).contains(QLatin1Char(':'));
}

// `[user@]host[:port]` where host may be `[v6]`, a bare IPv6 address, or a pattern.
Expected<QList<Node>> parseEntry(const QString &entry, int line)
{
    QString rest = entry;
    Node proto;
    const int at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        proto.user = rest.left(at);
        rest = rest.mid(at + 1);
        if (proto.user.isEmpty())
            return lineError(line, Tr::tr("\"%1\" has an empty user before \"@\"").arg(entry));
    }
    QString host = rest;
    QString portText;
    if (rest.startsWith(QLatin1Char('[')) && rest.indexOf(QLatin1Char(']')) > 0 &&
        isIpv6Bracket(rest, 0, rest.indexOf(QLatin1Char(']')))) {
        const int close = rest.indexOf(QLatin1Char(']'));
        host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (after.startsWith(QLatin1Char(':')))
            portText = after.mid(1);
        else if (!after.isEmpty())
            return lineError(line,
                             Tr::tr("\"%1\": unexpected text after the IPv6 address").arg(entry));
    } else if (rest.count(QLatin1Char(':')) == 1) {
        host = rest.section(QLatin1Char(':'), 0, 0);
        portText = rest.section(QLatin1Char(':'), 1);
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return lineError(line, Tr::tr("\"%1\": the port \"%2\" is not a number from 1 to 65535")
                                       .arg(entry, portText));
        proto.port = quint16(port);
    }
    if (host.isEmpty())
        return lineError(line, Tr::tr("\"%1\" has no host").arg(entry));

    QList<Node> nodes;
    if (NodePattern::isPattern(host)) {
        const Expected<QStringList> hosts = NodePattern::expand(host);
        if (!hosts)
            return lineError(line, hosts.error().message);
        for (const QString &h : *hosts) {
            Node n = proto;
            n.host = h;
            nodes.append(n);
        }
    } else {
        proto.host = host;
        nodes.append(proto);
    }
    return nodes;
}

Expected<QList<Node>> parseCsv(const QStringList &lines)
{
    static const QRegularExpression sep(QStringLiteral("[,;\\t]"));
    const QStringList header = lines.first().split(sep);
    QStringList columns;
    for (const QString &h : header)
        columns.append(h.trimmed().toLower());
    const int hostCol = columns.indexOf(QStringLiteral("host"));

    QList<Node> nodes;
    for (int i = 1; i < lines.size(); ++i) {
        const QString text = lines.at(i).trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cells = lines.at(i).split(sep);
        Node proto;
        QString host;
        for (int c = 0; c < columns.size() && c < cells.size(); ++c) {
            const QString value = cells.at(c).trimmed();
            const QString &col = columns.at(c);
            if (value.isEmpty())
                continue;
            if (c == hostCol) {
                host = value;
            } else if (col == QLatin1String("address")) {
                proto.address = value;
            } else if (col == QLatin1String("port")) {
                bool ok = false;
                const int port = value.toInt(&ok);
                if (!ok || port < 1 || port > 65535)
                    return lineError(
                        i + 1,
                        Tr::tr("the port \"%1\" is not a number from 1 to 65535").arg(value));
                proto.port = quint16(port);
            } else if (col == QLatin1String("user")) {
                proto.user = value;
            } else if (col == QLatin1String("auth")) {
                AuthMethod m;
                if (!parseAuthMethod(value, &m))
                    return lineError(
                        i + 1,
                        Tr::tr("\"%1\" is not one of key, password, keyboard-interactive, agent")
                            .arg(value));
                proto.auth = m;
            } else if (col == QLatin1String("keyfile")) {
                proto.keyFile = value;
            } else {
                return lineError(
                    1,
                    Tr::tr(
                        "unknown column \"%1\" (known: host, address, port, user, auth, keyFile)")
                        .arg(header.at(c).trimmed()));
            }
        }
        if (host.isEmpty())
            return lineError(i + 1, Tr::tr("the host column is empty"));
        const Expected<QList<Node>> expanded = parseEntry(host, i + 1);
        if (!expanded)
            return expanded.error();
        for (Node n : *expanded) {
            const quint16 port = n.port;
            const QString hostName = n.host;
            n = proto;
            n.host = hostName;
            if (port)
                n.port = port;
            nodes.append(n);
        }
    }
    return nodes;
}

} // namespace

Expected<QList<Node>> NodeListParser::parse(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &l : lines)
        l.remove(QLatin1Char('\r'));
    int firstLine = 0;
    while (firstLine < lines.size() && lines.at(firstLine).trimmed().isEmpty())
        ++firstLine;
    lines = lines.mid(firstLine);
    if (lines.isEmpty())
        return QList<Node>{};

    static const QRegularExpression headerProbe(QStringLiteral("^\\s*host\\s*([,;\\t]|$)"),
                                                QRegularExpression::CaseInsensitiveOption);
    if (headerProbe.match(lines.first()).hasMatch())
        return parseCsv(lines);

    static const QRegularExpression sep(QStringLiteral("[\\s,;]+"));
    QList<Node> nodes;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        const int hash = line.indexOf(QLatin1Char('#'));
        if (hash >= 0)
            line.truncate(hash);
        // Commas inside a pattern group (`n[1,3]`) must not split the entry.
        QString protectedLine;
        int depth = 0;
        for (QChar ch : line) {
            if (ch == QLatin1Char('['))
                ++depth;
            else if (ch == QLatin1Char(']'))
                depth = qMax(0, depth - 1);
            protectedLine += (depth > 0 && ch == QLatin1Char(',')) ? QChar(0x1F) : ch;
        }
        for (QString entry : protectedLine.split(sep, Qt::SkipEmptyParts)) {
            entry.replace(QChar(0x1F), QLatin1Char(','));
            const Expected<QList<Node>> parsed = parseEntry(entry, firstLine + i + 1);
            if (!parsed)
                return parsed.error();
            nodes.append(*parsed);
        }
    }
    return nodes;
}

Expected<QList<Node>> NodeListParser::parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return makeError(ErrorCode::Io, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    Expected<QList<Node>> nodes = parse(QString::fromUtf8(file.readAll()));
    if (!nodes) {
        Error e = nodes.error();
        e.message = path + QStringLiteral(": ") + e.message;
        return e;
    }
    return nodes;
}

} // namespace Ocw::Core
