#include "hazelcastxml.h"

#include "../base/tr.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

namespace Ocw::Core {

namespace {

// "host", "host:5701", "[::1]:5701", "::1" -> the host part.
QString hostPart(const QString &text)
{
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('['))) {
        const int close = int(t.indexOf(QLatin1Char(']')));
        return close > 0 ? t.mid(1, close - 1) : t;
    }
    if (t.count(QLatin1Char(':')) == 1)
        return t.left(t.indexOf(QLatin1Char(':')));
    return t;
}

QString normalName(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    return h;
}

// An IPv4 pattern: last octet a range ("10.0.0.1-5") or "*" in any octet.
bool ipv4PatternMatches(const QString &pattern, const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 value = address.toIPv4Address(&isV4);
    if (!isV4)
        return false;
    const QStringList parts = pattern.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (int k = 0; k < 4; ++k) {
        const int octet = int((value >> (8 * (3 - k))) & 0xff);
        const QString &p = parts.at(k);
        if (p == QLatin1String("*"))
            continue;
        const int dash = int(p.indexOf(QLatin1Char('-')));
        bool ok1 = false, ok2 = true;
        const int low = (dash < 0 ? p : p.left(dash)).toInt(&ok1);
        const int high = dash < 0 ? low : p.mid(dash + 1).toInt(&ok2);
        if (!ok1 || !ok2 || octet < low || octet > high)
            return false;
    }
    return true;
}

bool isIpv4Pattern(const QString &host)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,3}|\\*)(\\.(\\d{1,3}(-\\d{1,3})?|\\*)){3}$"));
    return re.match(host).hasMatch() &&
           (host.contains(QLatin1Char('-')) || host.contains(QLatin1Char('*')));
}

QList<QHostAddress> addressesOf(const QString &host,
                                const QHash<QString, QList<QHostAddress>> &resolved)
{
    QHostAddress literal;
    if (literal.setAddress(host))
        return {literal};
    for (auto it = resolved.constBegin(); it != resolved.constEnd(); ++it) {
        if (normalName(it.key()) == normalName(host))
            return it.value();
    }
    return {};
}

} // namespace

Expected<HazelcastJoin> HazelcastXml::parse(const QByteArray &xml, const QString &fileName)
{
    const QString name = fileName.isEmpty() ? QStringLiteral("hazelcast.xml") : fileName;
    HazelcastJoin join;
    QXmlStreamReader reader(xml);
    QStringList stack;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QString element = reader.name().toString();
            const QString parent = stack.isEmpty() ? QString() : stack.last();
            const bool enabled =
                reader.attributes().value(QLatin1String("enabled")) == QLatin1String("true");
            if (element == QLatin1String("tcp-ip") && parent == QLatin1String("join"))
                join.tcpIpEnabled = enabled;
            else if (element == QLatin1String("multicast") && parent == QLatin1String("join"))
                join.multicastEnabled = enabled;
            stack.append(element);
            // Members of the tcp-ip join only (directly or inside <member-list>).
            const bool inTcpIp = stack.contains(QLatin1String("tcp-ip"));
            if (inTcpIp &&
                (element == QLatin1String("member") || element == QLatin1String("members"))) {
                const QString text = reader.readElementText(QXmlStreamReader::SkipChildElements);
                stack.removeLast();
                for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    if (!item.trimmed().isEmpty())
                        join.members.append(item.trimmed());
                }
            } else if (element == QLatin1String("port") && parent == QLatin1String("network")) {
                join.port = reader.readElementText().trimmed().toInt();
                stack.removeLast();
            }
        } else if (reader.isEndElement()) {
            if (!stack.isEmpty())
                stack.removeLast();
        }
    }
    if (reader.hasError()) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1, line %2, column %3: not valid XML: %4.")
                             .arg(name)
                             .arg(reader.lineNumber())
                             .arg(reader.columnNumber())
                             .arg(reader.errorString()));
    }
    return join;
}

bool HazelcastXml::covers(const QString &member, const QString &node,
                          const QHash<QString, QList<QHostAddress>> &resolved)
{
    const QString m = hostPart(member), n = hostPart(node);
    if (m.isEmpty() || n.isEmpty())
        return false;
    if (normalName(m) == normalName(n))
        return true;
    const QList<QHostAddress> nodeAddresses = addressesOf(n, resolved);
    if (isIpv4Pattern(m)) {
        for (const QHostAddress &a : nodeAddresses) {
            if (ipv4PatternMatches(m, a))
                return true;
        }
        return false;
    }
    const QList<QHostAddress> memberAddresses = addressesOf(m, resolved);
    for (const QHostAddress &a : memberAddresses) {
        for (const QHostAddress &b : nodeAddresses) {
            if (a.isEqual(b, QHostAddress::TolerantConversion))
                return true;
        }
    }
    return false;
}

MemberComparison HazelcastXml::compare(const QStringList &members, const QStringList &nodes,
                                       const QHash<QString, QList<QHostAddress>> &resolved)
{
    MemberComparison out;
    for (const QString &node : nodes) {
        const bool found = std::any_of(members.begin(), members.end(),
                                       [&](const QString &m) { return covers(m, node, resolved); });
        if (!found)
            out.missing.append(node);
    }
    for (const QString &member : members) {
        const bool used = std::any_of(nodes.begin(), nodes.end(), [&](const QString &n) {
            return covers(member, n, resolved);
        });
        if (!used)
            out.extra.append(member);
    }
    return out;
}

QString HazelcastXml::describe(const MemberComparison &comparison, const QString &node)
{
    const QString sep = QStringLiteral(", ");
    if (comparison.isEqual())
        return Tr::tr("On %1 the members of hazelcast.xml equal the nodes of octane.conf.")
            .arg(node);
    if (comparison.extra.isEmpty()) {
        return Tr::tr("On %1 hazelcast.xml lacks %2, listed in octane.conf.")
            .arg(node, comparison.missing.join(sep));
    }
    if (comparison.missing.isEmpty()) {
        return Tr::tr("On %1 hazelcast.xml lists %2, which octane.conf does not name.")
            .arg(node, comparison.extra.join(sep));
    }
    return Tr::tr("On %1 hazelcast.xml lacks %2, listed in octane.conf, and lists %3, which "
                  "octane.conf does not name.")
        .arg(node, comparison.missing.join(sep), comparison.extra.join(sep));
}

} // namespace Ocw::Core
