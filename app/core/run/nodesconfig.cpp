#include "nodesconfig.h"

#include "../base/tr.h"
#include "../model/nodelistparser.h"
#include "../secrets/secretnames.h"
#include "../secrets/secretresolver.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace Ocw::Core {

namespace {

bool isPasswordLogin(AuthMethod m)
{
    return m == AuthMethod::Password || m == AuthMethod::KeyboardInteractive;
}

QString keychainKey(const QString &scope, const QString &name)
{
    return scope + QLatin1Char('/') + name;
}

} // namespace

quint16 NodesConfig::parsePort(const QString &text)
{
    bool ok = false;
    const uint port = text.trimmed().toUInt(&ok);
    return ok && port >= 1 && port <= 65535 ? quint16(port) : quint16(0);
}

QString NodesConfig::secretScope() const
{
    return SecretNames::scopeFor(m_profile, m_profilePath);
}

QStringList NodesConfig::nodeHosts() const
{
    QStringList hosts;
    for (const Node &n : m_profile.nodes) {
        if (!n.host.trimmed().isEmpty() && !hosts.contains(n.host))
            hosts.append(n.host);
    }
    return hosts;
}

bool NodesConfig::usesPassword() const
{
    for (const Node &n : m_profile.nodes) {
        if (isPasswordLogin(n.auth.value_or(m_profile.ssh.auth)))
            return true;
    }
    return false;
}

bool NodesConfig::usesKeyFile() const
{
    for (const Node &n : m_profile.nodes) {
        if (n.auth.value_or(m_profile.ssh.auth) == AuthMethod::KeyFile)
            return true;
    }
    return false;
}

QList<std::pair<QString, QString>> NodesConfig::firstNodeChoices(const QString &selected) const
{
    QList<std::pair<QString, QString>> choices;
    const QString first =
        m_profile.nodes.isEmpty() ? QString() : m_profile.nodes.first().host.trimmed();
    choices.append({first.isEmpty() ? Tr::tr("The first in the list")
                                    : Tr::tr("The first in the list (%1)").arg(first),
                    QString()});
    QStringList seen;
    for (const Node &n : m_profile.nodes) {
        const QString host = n.host.trimmed();
        if (host.isEmpty() || seen.contains(host, Qt::CaseInsensitive))
            continue;
        seen.append(host);
        choices.append({host, host});
    }
    if (!selected.isEmpty() && !seen.contains(selected))
        choices.append({Tr::tr("%1 (not in the list)").arg(selected), selected});
    return choices;
}

QStringList NodesConfig::startLookups()
{
    QStringList names;
    for (const Node &n : m_profile.nodes) {
        const QString name = n.connectHost().trimmed();
        if (name.isEmpty() || !ProfileValidator::checkHost(name).isEmpty() ||
            m_resolved.contains(name) || m_pendingLookups.contains(name)) {
            continue;
        }
        m_pendingLookups.insert(name);
        names.append(name);
    }
    return names;
}

void NodesConfig::setResolved(const QString &name, const QList<QHostAddress> &addresses)
{
    m_pendingLookups.remove(name);
    m_resolved.insert(name, addresses);
}

void NodesConfig::revalidate(const QList<FieldIssue> &inputIssues)
{
    const ClusterProfile &p = m_profile;
    QList<FieldIssue> found = inputIssues;
    found += ProfileValidator::validate(p);

    QMap<QString, QList<QHostAddress>> resolved;
    for (const Node &n : p.nodes) {
        const auto it = m_resolved.constFind(n.connectHost().trimmed());
        if (it != m_resolved.cend())
            resolved.insert(n.host, *it);
    }
    found += ProfileValidator::duplicateAddresses(p, resolved);

    // Key files must be readable by the wizard (it logs in with them).
    for (int i = 0; i < p.nodes.size(); ++i) {
        const SshTarget t = p.sshTargetFor(p.nodes.at(i));
        if (t.auth != AuthMethod::KeyFile || t.keyFile.isEmpty() ||
            QFileInfo(t.keyFile).isReadable())
            continue;
        found.append({QStringLiteral("nodes[%1].keyFile").arg(i),
                      Tr::tr("The key file %1 does not exist or cannot be read.").arg(t.keyFile)});
    }

    // SecretResolver::needs() without its warning for key files not chosen yet; a node with
    // its own value does not need the shared one.
    bool needPassword = false;
    bool needPassphrase = false;
    for (const Node &n : p.nodes) {
        const SshTarget t = p.sshTargetFor(n);
        auto hasOwn = [this, &n](const QString &name) {
            return !m_nodeSecrets.value(SecretNames::forNode(name, n.host)).isEmpty();
        };
        needPassword =
            needPassword || (isPasswordLogin(t.auth) && !hasOwn(SecretNames::sshPassword()));
        needPassphrase = needPassphrase || (t.auth == AuthMethod::KeyFile && !t.keyFile.isEmpty() &&
                                            !hasOwn(SecretNames::keyPassphrase()) &&
                                            SecretResolver::isKeyFileEncrypted(t.keyFile));
    }
    if (needPassword && sharedSecret(SecretNames::sshPassword()).isEmpty())
        found.append(
            {QStringLiteral("ssh.password"),
             Tr::tr("Enter the SSH password (kept in the keychain, never in the profile).")});
    if (needPassphrase && sharedSecret(SecretNames::keyPassphrase()).isEmpty())
        found.append({QStringLiteral("ssh.passphrase"),
                      Tr::tr("The key file is encrypted: enter its passphrase.")});

    m_issues.clear();
    for (const FieldIssue &i : std::as_const(found)) {
        bool dup = false;
        for (const FieldIssue &j : std::as_const(m_issues))
            dup = dup || (i.field == j.field && i.message == j.message);
        if (!dup)
            m_issues.append(i);
    }
}

QHash<QString, QStringList>
NodesConfig::issueLines(const std::function<QString(const QString &field)> &columnTitle) const
{
    // Per field: node cells that fall back to a shared setting point at that setting.
    static const QRegularExpression nodePath(QStringLiteral("^nodes\\[(\\d+)\\]\\.(\\w+)$"));
    QHash<QString, QStringList> byField;
    QStringList tableLines;
    auto addTo = [&byField](const QString &field, const QString &message) {
        QStringList &list = byField[field];
        if (!list.contains(message))
            list.append(message);
    };
    // The validator names other entries as the profile does ("nodes[0].host"); the table says
    // rows.
    const auto inRowTerms = [&columnTitle](QString message) {
        static const QRegularExpression ref(QStringLiteral("nodes\\[(\\d+)\\]\\.(\\w+)"));
        QRegularExpressionMatch r;
        while ((r = ref.match(message)).hasMatch()) {
            message.replace(r.capturedStart(), r.capturedLength(),
                            Tr::tr("row %1's %2")
                                .arg(r.captured(1).toInt() + 1)
                                .arg(columnTitle(r.captured(2)).toLower()));
        }
        return message;
    };
    for (const FieldIssue &issue : m_issues) {
        const QRegularExpressionMatch m = nodePath.match(issue.field);
        if (!m.hasMatch()) {
            if (issue.field == QLatin1String("nodes"))
                tableLines.append(issue.message);
            else
                addTo(issue.field, issue.message);
            continue;
        }
        const int row = m.captured(1).toInt();
        const QString column = m.captured(2);
        const Node node = m_profile.nodes.value(row);
        if (column == QLatin1String("user") && node.user.isEmpty()) {
            addTo(QStringLiteral("ssh.user"), Tr::tr("Enter the SSH user the nodes log in as."));
            continue;
        }
        if (column == QLatin1String("keyFile") && node.keyFile.isEmpty()) {
            addTo(QStringLiteral("ssh.keyFile"), m_profile.ssh.keyFile.isEmpty()
                                                     ? Tr::tr("Choose the private key file.")
                                                     : issue.message);
            continue;
        }
        tableLines.append(Tr::tr("Row %1, %2: %3")
                              .arg(row + 1)
                              .arg(columnTitle(column).toLower(), inRowTerms(issue.message)));
    }
    constexpr int maxLines = 4;
    if (tableLines.size() > maxLines) {
        const int more = int(tableLines.size()) - maxLines;
        tableLines = tableLines.mid(0, maxLines);
        tableLines.append(Tr::tr("… and %n more (the marked cells say what).", nullptr, more));
    }
    byField.insert(QStringLiteral("nodes"), tableLines);
    return byField;
}

void NodesConfig::setSharedSecret(const QString &name, const QString &value)
{
    if (value.isEmpty())
        m_shared.remove(name);
    else
        m_shared.insert(name, value);
}

void NodesConfig::replaceNodeSecrets(const QStringList &hosts,
                                     const QHash<QString, QString> &secrets)
{
    for (const QString &host : hosts) {
        for (const QString &name : SecretNames::loginNames())
            m_nodeSecrets.remove(SecretNames::forNode(name, host));
    }
    m_nodeSecrets.insert(secrets);
}

void NodesConfig::clearSecrets()
{
    m_shared.clear();
    m_nodeSecrets.clear();
}

QString NodesConfig::nodeSecretsText() const
{
    const QStringList names = SecretNames::loginNames();
    QStringList own;
    for (const QString &host : nodeHosts()) {
        for (const QString &name : names) {
            if (!m_nodeSecrets.value(SecretNames::forNode(name, host)).isEmpty()) {
                own.append(host);
                break;
            }
        }
    }
    if (own.isEmpty())
        return Tr::tr("Every node uses the shared passwords.");
    constexpr int shown = 3;
    QString list = QStringList(own.mid(0, shown)).join(QStringLiteral(", "));
    if (own.size() > shown)
        list += QStringLiteral(", …");
    return own.size() == 1
               ? Tr::tr("1 node has its own passwords: %1").arg(list)
               : Tr::tr("%1 nodes have their own passwords: %2").arg(own.size()).arg(list);
}

QString NodesConfig::nodeSecretsDetails() const
{
    const QStringList names = SecretNames::loginNames();
    const QStringList titles{Tr::tr("SSH password"), Tr::tr("key passphrase"),
                             Tr::tr("sudo password")};
    QStringList details;
    for (const QString &host : nodeHosts()) {
        QStringList which;
        for (int i = 0; i < names.size(); ++i) {
            if (!m_nodeSecrets.value(SecretNames::forNode(names.at(i), host)).isEmpty())
                which.append(titles.at(i));
        }
        if (!which.isEmpty())
            details.append(Tr::tr("%1: own %2").arg(host, which.join(QStringLiteral(", "))));
    }
    return details.join(QLatin1Char('\n'));
}

QStringList NodesConfig::secretNamesToRead() const
{
    QStringList names = SecretNames::loginNames();
    for (const QString &host : nodeHosts()) {
        for (const QString &name : SecretNames::loginNames())
            names.append(SecretNames::forNode(name, host));
    }
    return names;
}

bool NodesConfig::takeStoredSecret(const QString &scope, const QString &name, const QString &value)
{
    if (value.isEmpty())
        return false;
    m_keychainCopy.insert(keychainKey(scope, name), value);
    if (SecretNames::isLoginName(name)) {
        if (!sharedSecret(name).isEmpty())
            return false;
        m_shared.insert(name, value);
        return true;
    }
    if (m_nodeSecrets.contains(name))
        return false;
    m_nodeSecrets.insert(name, value);
    return true;
}

QHash<QString, QString> NodesConfig::allLoginSecrets() const
{
    QHash<QString, QString> values; // every login secret of the nodes in the list; empty: none
    const QStringList names = SecretNames::loginNames();
    for (const QString &name : names)
        values.insert(name, sharedSecret(name));
    for (const QString &host : nodeHosts()) {
        for (const QString &name : names) {
            const QString key = SecretNames::forNode(name, host);
            values.insert(key, m_nodeSecrets.value(key));
        }
    }
    return values;
}

NodesConfig::SecretCommit NodesConfig::commitSecrets(const QString &scope,
                                                     const QHash<QString, QString> &inRun)
{
    SecretCommit commit;
    commit.run = allLoginSecrets();
    // Per-node secrets of nodes no longer in the list leave the run; the keychain keeps them.
    for (auto it = inRun.cbegin(); it != inRun.cend(); ++it) {
        if (SecretNames::isLoginName(SecretNames::baseName(it.key())) &&
            !commit.run.contains(it.key()))
            commit.run.insert(it.key(), QString());
    }
    const QHash<QString, QString> values = allLoginSecrets();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString key = keychainKey(scope, it.key());
        if (it.value().isEmpty()) {
            // Emptied by the user: gone from the keychain too, or the next start fills it in.
            if (m_keychainCopy.remove(key) > 0)
                commit.remove.append(it.key());
            continue;
        }
        if (m_keychainCopy.value(key) == it.value())
            continue;
        m_keychainCopy.insert(key, it.value());
        commit.write.insert(it.key(), it.value());
    }
    return commit;
}

Expected<NodesConfig::NodesToAdd> NodesConfig::pasteNodes(const QString &text) const
{
    return nodesToAdd(NodeListParser::parse(text));
}

Expected<NodesConfig::NodesToAdd> NodesConfig::importNodes(const QString &path) const
{
    return nodesToAdd(NodeListParser::parseFile(path));
}

Expected<NodesConfig::NodesToAdd> NodesConfig::nodesToAdd(const Expected<QList<Node>> &parsed) const
{
    if (!parsed)
        return parsed.error();
    const QList<Node> &current = m_profile.nodes;
    // An untouched single empty row is replaced, not kept above the new nodes.
    const bool replacesEmptyRow = current.size() == 1 && current.first() == Node{};
    const qsizetype total = (replacesEmptyRow ? 0 : current.size()) + parsed->size();
    if (total > ClusterProfile::MaxNodes) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Adding %1 nodes would make %2; at most %3 are supported. "
                                "Nothing was added.")
                             .arg(parsed->size())
                             .arg(total)
                             .arg(ClusterProfile::MaxNodes));
    }
    return NodesToAdd{*parsed, replacesEmptyRow};
}

Expected<Done> NodesConfig::saveProfile(const QString &path)
{
    const Expected<Done> saved = m_profile.save(path);
    if (saved)
        m_profilePath = path;
    return saved;
}

Expected<Done> NodesConfig::loadProfile(const QString &path)
{
    const Expected<ClusterProfile> loaded = ClusterProfile::load(path);
    if (!loaded)
        return loaded.error();
    m_profile = *loaded;
    m_profilePath = path;
    clearSecrets();
    return Done{};
}

QList<SshTarget> NodesConfig::hostKeyTargets() const
{
    QList<SshTarget> targets;
    for (const Node &n : m_profile.nodes)
        targets.append(m_profile.sshTargetFor(n));
    return targets;
}

NodesConfig::HostKeyReview NodesConfig::reviewHostKeys(const QList<HostKeyScanResult> &results)
{
    HostKeyReview review;
    QStringList unreachable;
    for (const HostKeyScanResult &r : results) {
        if (r.isRefused())
            review.refused.append(r);
        else if (r.needsTrust())
            review.unknown.append(r);
        else if (r.status == HostKeyScanStatus::Error)
            unreachable.append(r.node);
    }
    if (!review.refused.isEmpty()) {
        // Never overridable: the only way on is to fix the key on file (or the server).
        QStringList messages, fixes, details, names;
        for (const HostKeyScanResult &r : std::as_const(review.refused)) {
            messages.append(r.message); // names the node, both fingerprints and the file line
            if (!r.fix.isEmpty() && !fixes.contains(r.fix))
                fixes.append(r.fix);
            details.append(QStringLiteral("%1:\n%2").arg(r.node, r.details));
            names.append(r.node);
        }
        review.refusal.code = ErrorCode::HostKeyChanged;
        review.refusal.message = messages.join(QLatin1Char('\n'));
        review.refusal.fix = fixes.join(QLatin1Char('\n'));
        review.refusal.details = details.join(QStringLiteral("\n\n"));
        review.refusedText = Tr::tr("Refused: the host key of %1 differs from the one on file. "
                                    "This cannot be overridden here; see the fix below.")
                                 .arg(names.join(QLatin1String(", ")));
    }
    if (!unreachable.isEmpty())
        review.unreachableText =
            Tr::tr(" %1 could not be reached for the host key; the Checks page shows why.")
                .arg(unreachable.join(QLatin1String(", ")));
    QStringList unknownNames;
    for (const HostKeyScanResult &r : std::as_const(review.unknown))
        unknownNames.append(r.node);
    review.unknownNames = unknownNames.join(QLatin1String(", "));
    review.allTrustedText = (unreachable.size() == results.size() && !results.isEmpty()
                                 ? QString()
                                 : Tr::tr("All reachable host keys are trusted.")) +
                            review.unreachableText;
    return review;
}

} // namespace Ocw::Core
