#include "profilevalidator.h"

#include "../base/displaytext.h"
#include "../base/tr.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace Ocw::Core {

bool ProfileValidator::isValidHostName(const QString &name)
{
    // RFC 1123: labels of 1-63 letters, digits and hyphens, not starting or ending with a
    // hyphen; 253 characters at most; a trailing dot (FQDN) is allowed.
    static const QRegularExpression label(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    QString n = name;
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    if (n.isEmpty() || n.size() > 253)
        return false;
    const QStringList labels = n.split(QLatin1Char('.'));
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch())
            return false;
    }
    // An all-numeric dotted name is a (bad) IPv4 address, not a host name.
    static const QRegularExpression numeric(QStringLiteral("^[0-9.]+$"));
    return !numeric.match(n).hasMatch();
}

bool ProfileValidator::isIpAddress(const QString &text)
{
    QHostAddress address;
    return address.setAddress(text);
}

bool ProfileValidator::isLoopbackName(const QString &host)
{
    const QString h = host.trimmed().toLower();
    if (h == QLatin1String("localhost") || h.startsWith(QLatin1String("localhost.")) ||
        h == QLatin1String("ip6-localhost") || h == QLatin1String("ip6-loopback")) {
        return true;
    }
    QHostAddress address;
    return address.setAddress(h) && address.isLoopback();
}

QString ProfileValidator::checkHost(const QString &host)
{
    const QString h = host.trimmed();
    if (h.isEmpty())
        return Tr::tr("Enter a host name or an IP address.");
    const QString shown = DisplayText::escaped(h);
    if (shown != h)
        return Tr::tr("\"%1\" contains a line break or another control character.").arg(shown);
    if (h != host)
        return Tr::tr("Remove the blanks around the host.");
    if (isIpAddress(h) || isValidHostName(h))
        return QString();
    static const QRegularExpression numeric(QStringLiteral("^[0-9.]+$"));
    if (numeric.match(h).hasMatch())
        return Tr::tr("\"%1\" is not a valid IPv4 address.").arg(h);
    if (h.contains(QLatin1Char(':')))
        return Tr::tr("\"%1\" is not a valid IPv6 address.").arg(h);
    if (h.contains(QLatin1Char('_')))
        return Tr::tr("\"%1\": host names may not contain \"_\" (RFC 1123).").arg(h);
    return Tr::tr("\"%1\" is not a valid host name: use letters, digits, \"-\" and \".\"; "
                  "no label may start or end with \"-\".")
        .arg(h);
}

QString ProfileValidator::lookupName(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h.size() > 1 && h.endsWith(QLatin1Char('.')))
        h.chop(1);
    QHostAddress address;
    if (address.setAddress(h)) {
        bool v4 = false;
        const quint32 ip = address.toIPv4Address(&v4);
        return v4 ? QHostAddress(ip).toString() : address.toString();
    }
    return h;
}

QList<FieldIssue> ProfileValidator::validate(const ClusterProfile &profile)
{
    QList<FieldIssue> issues;
    auto add = [&issues](const QString &field, const QString &message) {
        issues.append(FieldIssue{field, message});
    };

    if (profile.nodes.isEmpty())
        add(QStringLiteral("nodes"), Tr::tr("Add at least one node."));
    if (profile.nodes.size() > ClusterProfile::MaxNodes) {
        // Refused before anything else is looked at: a run over such a list would only bury
        // the real nodes under unreachable ones.
        add(QStringLiteral("nodes"),
            Tr::tr("%1 nodes are listed; at most %2 are supported. Remove the nodes that are not "
                   "part of this cluster.")
                .arg(profile.nodes.size())
                .arg(ClusterProfile::MaxNodes));
        return issues;
    }

    QMap<QString, int> seen;
    QMap<QString, int> seenEndpoint; // "address:port" -> node index
    for (int i = 0; i < profile.nodes.size(); ++i) {
        const Node &n = profile.nodes.at(i);
        const QString path = QStringLiteral("nodes[%1]").arg(i);
        const QString hostProblem = checkHost(n.host);
        if (!hostProblem.isEmpty()) {
            add(path + QStringLiteral(".host"), hostProblem);
        } else {
            const QString key = lookupName(n.host);
            if (seen.contains(key)) {
                add(path + QStringLiteral(".host"),
                    Tr::tr("\"%1\" is already node %2.").arg(n.host).arg(seen.value(key) + 1));
            } else {
                seen.insert(key, i);
                // The same address (and SSH port) twice is one machine listed twice, whatever
                // the names say.
                const QString endpoint = lookupName(n.connectHost()) + QLatin1Char(' ') +
                                         QString::number(profile.sshTargetFor(n).port);
                const auto other = seenEndpoint.constFind(endpoint);
                if (other != seenEndpoint.cend() && checkHost(n.address).isEmpty()) {
                    const Node &o = profile.nodes.at(*other);
                    const QString field = path + (n.address.isEmpty() ? QStringLiteral(".host")
                                                                      : QStringLiteral(".address"));
                    const QString otherField = QStringLiteral("nodes[%1]").arg(*other) +
                                               (o.address.isEmpty() ? QStringLiteral(".host")
                                                                    : QStringLiteral(".address"));
                    add(field, Tr::tr("%1 is also the address of %2 (%3): the same machine "
                                      "twice. Give %4 its own address, or remove it.")
                                   .arg(n.connectHost(), otherField, o.host, n.host));
                } else if (other == seenEndpoint.cend()) {
                    seenEndpoint.insert(endpoint, i);
                }
            }
            if (profile.isClustered() && isLoopbackName(n.host)) {
                add(path + QStringLiteral(".host"),
                    Tr::tr(
                        "\"%1\" is a loopback name: the other nodes cannot reach this node by it.")
                        .arg(n.host));
            }
        }
        if (!n.address.isEmpty()) {
            const QString addressProblem = checkHost(n.address);
            if (!addressProblem.isEmpty())
                add(path + QStringLiteral(".address"), addressProblem);
        }
        if (profile.sshTargetFor(n).user.isEmpty())
            add(path + QStringLiteral(".user"), Tr::tr("Enter the SSH user for %1.").arg(n.host));
        const SshTarget target = profile.sshTargetFor(n);
        if (target.auth == AuthMethod::KeyFile && target.keyFile.isEmpty())
            add(path + QStringLiteral(".keyFile"),
                Tr::tr("Choose the private key file for %1.").arg(n.host));
        else if (target.auth == AuthMethod::KeyFile && !QFileInfo(target.keyFile).isReadable())
            add(path + QStringLiteral(".keyFile"),
                Tr::tr("The key file %1 cannot be read.").arg(target.keyFile));
    }

    if (!profile.firstNode.isEmpty() && profile.indexOfNode(profile.firstNode) < 0)
        add(QStringLiteral("firstNode"),
            Tr::tr("\"%1\" is not one of the nodes.").arg(profile.firstNode));

    if (profile.ssh.port == 0)
        add(QStringLiteral("ssh.port"), Tr::tr("Enter a port from 1 to 65535."));

    const QString dbProblem = checkHost(profile.database.host);
    if (profile.database.host.isEmpty()) {
        add(QStringLiteral("database.host"),
            Tr::tr("Enter the database server every node connects to."));
    } else if (!dbProblem.isEmpty()) {
        add(QStringLiteral("database.host"), dbProblem);
    } else if (profile.isClustered() && isLoopbackName(profile.database.host)) {
        add(QStringLiteral("database.host"),
            Tr::tr("\"%1\" is a loopback name: in a cluster every node must reach the database "
                   "server by a name that means the same machine on all of them.")
                .arg(profile.database.host));
    }
    if (profile.database.port == 0)
        add(QStringLiteral("database.port"), Tr::tr("Enter a port from 1 to 65535."));

    if (profile.repositoryDir.isEmpty()) {
        add(QStringLiteral("repositoryDir"),
            Tr::tr("Enter the shared repository path (OCTANE_REPOSITORY_DIR)."));
    } else if (!profile.repositoryDir.startsWith(QLatin1Char('/'))) {
        add(QStringLiteral("repositoryDir"),
            Tr::tr("The repository path must be absolute, e.g. /mnt/octane-repo."));
    } else if (profile.repositoryDir.contains(QLatin1Char('\n'))) {
        add(QStringLiteral("repositoryDir"),
            Tr::tr("The repository path may not contain a line break."));
    }

    if (!profile.loadBalancerUrl.isEmpty()) {
        static const QRegularExpression url(
            QStringLiteral("^https?://[^/\\s:]+(:\\d{1,5})?(/\\S*)?$"));
        if (!url.match(profile.loadBalancerUrl).hasMatch())
            add(QStringLiteral("loadBalancerUrl"),
                Tr::tr("Enter a URL such as http://octane-lb.corp:8080."));
    }
    if (profile.installUser.isEmpty())
        add(QStringLiteral("installUser"), Tr::tr("Enter the install user (usually octane)."));
    return issues;
}

QList<FieldIssue>
ProfileValidator::duplicateAddresses(const ClusterProfile &profile,
                                     const QMap<QString, QList<QHostAddress>> &resolved)
{
    QList<FieldIssue> issues;
    QMap<QString, int> owner;
    for (int i = 0; i < profile.nodes.size(); ++i) {
        const QString host = profile.nodes.at(i).host;
        QSet<QString> mine;
        for (const QHostAddress &a : resolved.value(host)) {
            // ::ffff:127.0.0.11 and 127.0.0.11 are the same machine.
            bool ok = false;
            const quint32 v4 = a.toIPv4Address(&ok);
            mine.insert(ok ? QHostAddress(v4).toString() : a.toString());
        }
        for (const QString &a : std::as_const(mine)) {
            if (owner.contains(a) && owner.value(a) != i) {
                const auto fieldOf = [&profile](int index) {
                    return QStringLiteral("nodes[%1].").arg(index) +
                           (profile.nodes.at(index).address.isEmpty() ? QStringLiteral("host")
                                                                      : QStringLiteral("address"));
                };
                const int o = owner.value(a);
                issues.append(FieldIssue{
                    fieldOf(i),
                    Tr::tr("%1 leads to %2, like %3 (%4): the same machine twice. Give %5 its "
                           "own address, or remove it.")
                        .arg(profile.nodes.at(i).connectHost(), a, fieldOf(o),
                             profile.nodes.at(o).connectHost(), host)});
                break;
            }
            owner.insert(a, i);
        }
    }
    return issues;
}

} // namespace Ocw::Core
