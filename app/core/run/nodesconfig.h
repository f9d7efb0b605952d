#pragma once

#include "../base/error.h"
#include "../base/expected.h"
#include "../model/clusterprofile.h"
#include "../model/profilevalidator.h"
#include "hostkeyscanner.h"

#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QStringList>

#include <functional>

namespace Ocw::Core {

// What the Nodes page edits and decides, without widgets (the page is its face): the profile
// its inputs describe and its issues (ProfileValidator, duplicate addresses of resolved names,
// unreadable key files, missing passwords), the shared and per-node login secrets held in
// memory and what of them to read from, write to and delete from the keychain, the node lists
// pasted or imported, the profile file, the host-key scan's targets and how its results read.
// GUI thread, plain value.
class NodesConfig
{
public:
    // 0 for anything that is not a port: the validator then names the field.
    static quint16 parsePort(const QString &text);

    void setProfile(const ClusterProfile &profile) { m_profile = profile; }
    const ClusterProfile &profile() const { return m_profile; }
    void setProfilePath(const QString &path) { m_profilePath = path; }
    QString profilePath() const { return m_profilePath; }
    QString secretScope() const; // SecretNames::scopeFor() of the profile being edited

    // The hosts of the node list, once each and not empty, as in the profile.
    QStringList nodeHosts() const;
    // Whether some node logs in with a password / a key file (the rows the page shows).
    bool usesPassword() const;
    bool usesKeyFile() const;

    // The "First node" choices for the hosts of the table: (text, host) pairs, the first
    // ("the first in the list") with an empty host; `selected` stays a choice even when it is
    // not in the list any more.
    QList<std::pair<QString, QString>> firstNodeChoices(const QString &selected) const;

    // Names resolved on the workstation (for duplicate addresses). The names to look up now:
    // valid, neither resolved nor being looked up; they count as pending from here on.
    QStringList startLookups();
    void setResolved(const QString &name, const QList<QHostAddress> &addresses);
    bool hasPendingLookups() const { return !m_pendingLookups.isEmpty(); }

    // Validates the profile; `inputIssues` are the table's own (text that is not a port...).
    void revalidate(const QList<FieldIssue> &inputIssues);
    QList<FieldIssue> issues() const { return m_issues; }
    // The lines shown next to each field ("ssh.user", "nodes" for the table...). `columnTitle`
    // gives the table's title of a node field ("host" -> "Host").
    QHash<QString, QStringList>
    issueLines(const std::function<QString(const QString &field)> &columnTitle) const;

    // The login secrets (SecretNames::loginNames()), shared and per node ("name@host"), as typed:
    // memory until committed.
    void setSharedSecret(const QString &name, const QString &value);
    QString sharedSecret(const QString &name) const { return m_shared.value(name); }
    QHash<QString, QString> nodeSecrets() const { return m_nodeSecrets; }
    void setNodeSecrets(const QHash<QString, QString> &secrets) { m_nodeSecrets = secrets; }
    // The per-node passwords dialog's answer: the nodes shown (`hosts`) get exactly its cells;
    // values of nodes not in the list now come back with their node.
    void replaceNodeSecrets(const QStringList &hosts, const QHash<QString, QString> &secrets);
    void clearSecrets(); // another profile: other secrets
    // "2 nodes have their own passwords: a, b" and, per node, which ones.
    QString nodeSecretsText() const;
    QString nodeSecretsDetails() const;

    // The keychain: what to read for the nodes in the list; a value read under scope/name,
    // taken (true) unless one was typed meanwhile.
    QStringList secretNamesToRead() const;
    bool takeStoredSecret(const QString &scope, const QString &name, const QString &value);
    // What Next does with the secrets: the run's values (empty: remove from the run, e.g. nodes
    // no longer in the list), what to write to the keychain and what to delete from it.
    struct SecretCommit
    {
        QHash<QString, QString> run;
        QHash<QString, QString> write;
        QStringList remove;
    };
    SecretCommit commitSecrets(const QString &scope, const QHash<QString, QString> &inRun);

    // Nodes from a pasted list or a file, checked against the limit: the nodes to add, and
    // whether they replace the list (a single untouched empty row).
    struct NodesToAdd
    {
        QList<Node> nodes;
        bool replaceAll = false;
    };
    Expected<NodesToAdd> pasteNodes(const QString &text) const;
    Expected<NodesToAdd> importNodes(const QString &path) const;
    Expected<NodesToAdd> nodesToAdd(const Expected<QList<Node>> &parsed) const;

    // Saves the profile (never a secret) / loads another one, whose secrets start empty.
    Expected<Done> saveProfile(const QString &path);
    Expected<Done> loadProfile(const QString &path);

    // The host-key step: every node's SSH target, and how the scan's results read.
    QList<SshTarget> hostKeyTargets() const;
    struct HostKeyReview
    {
        QList<HostKeyScanResult> refused;
        QList<HostKeyScanResult> unknown;
        Error refusal;           // refused keys: the messages, the fixes, the details
        QString refusedText;     // the progress line when some key is refused
        QString unknownNames;    // "a, b"
        QString unreachableText; // " a could not be reached ...", empty when all were
        QString allTrustedText;  // the progress line when nothing needs asking
    };
    static HostKeyReview reviewHostKeys(const QList<HostKeyScanResult> &results);

private:
    QHash<QString, QString> allLoginSecrets() const; // shared and per node of the list

    ClusterProfile m_profile;
    QString m_profilePath;
    QList<FieldIssue> m_issues;
    QHash<QString, QList<QHostAddress>> m_resolved; // connect host -> addresses
    QSet<QString> m_pendingLookups;
    QHash<QString, QString> m_shared;
    QHash<QString, QString> m_nodeSecrets;  // "name@host" -> value
    QHash<QString, QString> m_keychainCopy; // "scope/name" -> value known to be in the keychain
};

} // namespace Ocw::Core
