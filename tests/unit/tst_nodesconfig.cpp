#include "core/run/nodesconfig.h"
#include "core/secrets/secretnames.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Ocw::Core;

// NodesConfig without widgets: what the Nodes page validates, which secrets it reads, writes
// and deletes, the node lists it adds, and how the host-key scan reads.
class TestNodesConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passwordLoginNeedsThePassword();
    void ownPasswordOfEveryNodeIsEnough();
    void resolvedNamesGiveDuplicates();
    void userIssueGoesToTheSharedField();
    void commitWritesOnlyWhatChanged();
    void commitDropsNodesNoLongerListed();
    void storedSecretDoesNotOverwriteTyped();
    void pasteReplacesTheEmptyRow();
    void pasteRefusesMoreThanTheLimit();
    void nodeSecretsText();
    void firstNodeChoices();
    void refusedHostKeyIsNamed();
    void saveAndLoadClearsSecrets();
};

namespace {

ClusterProfile passwordProfile()
{
    ClusterProfile p;
    p.name = QStringLiteral("unit");
    p.ssh.user = QStringLiteral("octane");
    p.ssh.auth = AuthMethod::Password;
    p.database.host = QStringLiteral("db.invalid");
    p.repositoryDir = QStringLiteral("/mnt/repo");
    p.loadBalancerUrl = QStringLiteral("http://lb.invalid:8080");
    Node a;
    a.host = QStringLiteral("octane1.invalid");
    Node b;
    b.host = QStringLiteral("octane2.invalid");
    p.nodes = {a, b};
    return p;
}

QStringList messagesOf(const QList<FieldIssue> &issues, const QString &field)
{
    QStringList messages;
    for (const FieldIssue &i : issues) {
        if (i.field == field)
            messages.append(i.message);
    }
    return messages;
}

} // namespace

void TestNodesConfig::passwordLoginNeedsThePassword()
{
    NodesConfig c;
    c.setProfile(passwordProfile());
    c.revalidate({});
    QCOMPARE(messagesOf(c.issues(), QStringLiteral("ssh.password")),
             QStringList{QStringLiteral(
                 "Enter the SSH password (kept in the keychain, never in the profile).")});
    c.setSharedSecret(SecretNames::sshPassword(), QStringLiteral("pw"));
    c.revalidate({});
    QCOMPARE(messagesOf(c.issues(), QStringLiteral("ssh.password")), QStringList());
    QVERIFY(c.usesPassword());
    QVERIFY(!c.usesKeyFile());
}

void TestNodesConfig::ownPasswordOfEveryNodeIsEnough()
{
    NodesConfig c;
    c.setProfile(passwordProfile());
    c.setNodeSecrets({{QStringLiteral("ssh-password@octane1.invalid"), QStringLiteral("a")}});
    c.revalidate({});
    QCOMPARE(messagesOf(c.issues(), QStringLiteral("ssh.password")).size(), 1); // octane2 needs it
    c.replaceNodeSecrets({QStringLiteral("octane2.invalid")},
                         {{QStringLiteral("ssh-password@octane2.invalid"), QStringLiteral("b")}});
    c.revalidate({});
    QCOMPARE(messagesOf(c.issues(), QStringLiteral("ssh.password")), QStringList());
    QCOMPARE(c.nodeSecrets().size(), 2);
}

void TestNodesConfig::resolvedNamesGiveDuplicates()
{
    NodesConfig c;
    c.setProfile(passwordProfile());
    c.setSharedSecret(SecretNames::sshPassword(), QStringLiteral("pw"));
    QCOMPARE(c.startLookups(),
             (QStringList{QStringLiteral("octane1.invalid"), QStringLiteral("octane2.invalid")}));
    QVERIFY(c.hasPendingLookups());
    QCOMPARE(c.startLookups(), QStringList()); // pending: not asked twice
    c.setResolved(QStringLiteral("octane1.invalid"), {QHostAddress(QStringLiteral("10.0.0.5"))});
    c.setResolved(QStringLiteral("octane2.invalid"), {QHostAddress(QStringLiteral("10.0.0.5"))});
    QVERIFY(!c.hasPendingLookups());
    c.revalidate({});
    QCOMPARE(c.issues().size(), 1);
    QCOMPARE(c.issues().first().field, QStringLiteral("nodes[1].host"));
    QVERIFY2(c.issues().first().message.contains(QStringLiteral("10.0.0.5")),
             qPrintable(c.issues().first().message));
    // The table says rows, not profile paths.
    const QHash<QString, QStringList> lines =
        c.issueLines([](const QString &field) { return field == "host" ? "Host" : field; });
    QCOMPARE(lines.value(QStringLiteral("nodes")).size(), 1);
    QVERIFY2(
        lines.value(QStringLiteral("nodes")).first().startsWith(QStringLiteral("Row 2, host: ")),
        qPrintable(lines.value(QStringLiteral("nodes")).first()));
}

void TestNodesConfig::userIssueGoesToTheSharedField()
{
    ClusterProfile p = passwordProfile();
    p.ssh.user.clear();
    NodesConfig c;
    c.setProfile(p);
    c.setSharedSecret(SecretNames::sshPassword(), QStringLiteral("pw"));
    c.revalidate({});
    const QHash<QString, QStringList> lines = c.issueLines([](const QString &f) { return f; });
    QCOMPARE(lines.value(QStringLiteral("ssh.user")),
             QStringList{QStringLiteral("Enter the SSH user the nodes log in as.")});
    QCOMPARE(lines.value(QStringLiteral("nodes")), QStringList());
}

void TestNodesConfig::commitWritesOnlyWhatChanged()
{
    NodesConfig c;
    c.setProfile(passwordProfile());
    const QString scope = c.secretScope();
    QCOMPARE(scope, QStringLiteral("unit"));
    QVERIFY(c.takeStoredSecret(scope, QStringLiteral("ssh-password"), QStringLiteral("old")));
    QCOMPARE(c.sharedSecret(QStringLiteral("ssh-password")), QStringLiteral("old"));

    NodesConfig::SecretCommit commit = c.commitSecrets(scope, {});
    QCOMPARE(commit.write.size(), 0); // the keychain has it already
    QCOMPARE(commit.remove, QStringList());
    QCOMPARE(commit.run.value(QStringLiteral("ssh-password")), QStringLiteral("old"));
    QCOMPARE(commit.run.size(), 9); // 3 shared + 3 for each of the 2 nodes

    c.setSharedSecret(QStringLiteral("ssh-password"), QStringLiteral("new"));
    c.setNodeSecrets({{QStringLiteral("sudo-password@octane2.invalid"), QStringLiteral("s2")}});
    commit = c.commitSecrets(scope, {});
    QCOMPARE(commit.write,
             (QHash<QString, QString>{
                 {QStringLiteral("ssh-password"), QStringLiteral("new")},
                 {QStringLiteral("sudo-password@octane2.invalid"), QStringLiteral("s2")}}));

    c.setSharedSecret(QStringLiteral("ssh-password"), QString());
    commit = c.commitSecrets(scope, {});
    QCOMPARE(commit.remove, QStringList{QStringLiteral("ssh-password")});
    QCOMPARE(commit.write.size(), 0);
    commit = c.commitSecrets(scope, {});
    QCOMPARE(commit.remove, QStringList()); // removed once
}

void TestNodesConfig::commitDropsNodesNoLongerListed()
{
    NodesConfig c;
    c.setProfile(passwordProfile());
    const QHash<QString, QString> inRun{
        {QStringLiteral("ssh-password@gone.invalid"), QStringLiteral("x")},
        {QStringLiteral("conf:site-admin-password"), QStringLiteral("y")}};
    const NodesConfig::SecretCommit commit = c.commitSecrets(c.secretScope(), inRun);
    QVERIFY(commit.run.contains(QStringLiteral("ssh-password@gone.invalid")));
    QCOMPARE(commit.run.value(QStringLiteral("ssh-password@gone.invalid")), QString());
    QVERIFY(!commit.run.contains(QStringLiteral("conf:site-admin-password"))); // not a login
    QCOMPARE(commit.write.size(), 0);
}

void TestNodesConfig::storedSecretDoesNotOverwriteTyped()
{
    NodesConfig c;
    c.setProfile(passwordProfile());
    c.setSharedSecret(QStringLiteral("sudo-password"), QStringLiteral("typed"));
    c.setNodeSecrets({{QStringLiteral("ssh-password@octane1.invalid"), QStringLiteral("own")}});
    QVERIFY(!c.takeStoredSecret(QStringLiteral("s"), QStringLiteral("sudo-password"),
                                QStringLiteral("stored")));
    QVERIFY(!c.takeStoredSecret(QStringLiteral("s"), QStringLiteral("ssh-password@octane1.invalid"),
                                QStringLiteral("stored")));
    QVERIFY(c.takeStoredSecret(QStringLiteral("s"), QStringLiteral("ssh-password@octane2.invalid"),
                               QStringLiteral("stored2")));
    QCOMPARE(c.sharedSecret(QStringLiteral("sudo-password")), QStringLiteral("typed"));
    QCOMPARE(c.nodeSecrets().value(QStringLiteral("ssh-password@octane1.invalid")),
             QStringLiteral("own"));
    QCOMPARE(c.nodeSecrets().value(QStringLiteral("ssh-password@octane2.invalid")),
             QStringLiteral("stored2"));
    QCOMPARE(c.secretNamesToRead(),
             (QStringList{"ssh-password", "key-passphrase", "sudo-password",
                          "ssh-password@octane1.invalid", "key-passphrase@octane1.invalid",
                          "sudo-password@octane1.invalid", "ssh-password@octane2.invalid",
                          "key-passphrase@octane2.invalid", "sudo-password@octane2.invalid"}));
}

void TestNodesConfig::pasteReplacesTheEmptyRow()
{
    NodesConfig c;
    ClusterProfile p;
    p.nodes = {Node{}};
    c.setProfile(p);
    Expected<NodesConfig::NodesToAdd> add = c.pasteNodes(QStringLiteral("octane[1-3].corp"));
    QVERIFY(add);
    QVERIFY(add->replaceAll);
    QCOMPARE(add->nodes.size(), 3);
    QCOMPARE(add->nodes.at(2).host, QStringLiteral("octane3.corp"));
    c.setProfile(passwordProfile());
    add = c.pasteNodes(QStringLiteral("octane9.corp"));
    QVERIFY(add);
    QVERIFY(!add->replaceAll);
}

void TestNodesConfig::pasteRefusesMoreThanTheLimit()
{
    NodesConfig c;
    c.setProfile(passwordProfile());
    const Expected<NodesConfig::NodesToAdd> add =
        c.pasteNodes(QStringLiteral("n[1-%1].corp").arg(ClusterProfile::MaxNodes));
    QVERIFY(!add);
    QCOMPARE(add.error().message, QStringLiteral("Adding %1 nodes would make %2; at most %1 are "
                                                 "supported. Nothing was added.")
                                      .arg(ClusterProfile::MaxNodes)
                                      .arg(ClusterProfile::MaxNodes + 2));
}

void TestNodesConfig::nodeSecretsText()
{
    NodesConfig c;
    c.setProfile(passwordProfile());
    QCOMPARE(c.nodeSecretsText(), QStringLiteral("Every node uses the shared passwords."));
    c.setNodeSecrets({{QStringLiteral("sudo-password@octane2.invalid"), QStringLiteral("s")},
                      {QStringLiteral("ssh-password@octane2.invalid"), QStringLiteral("p")}});
    QCOMPARE(c.nodeSecretsText(), QStringLiteral("1 node has its own passwords: octane2.invalid"));
    QCOMPARE(c.nodeSecretsDetails(),
             QStringLiteral("octane2.invalid: own SSH password, sudo password"));
}

void TestNodesConfig::firstNodeChoices()
{
    NodesConfig c;
    c.setProfile(passwordProfile());
    const auto choices = c.firstNodeChoices(QStringLiteral("old.invalid"));
    QCOMPARE(choices.size(), 4);
    QCOMPARE(choices.at(0).first, QStringLiteral("The first in the list (octane1.invalid)"));
    QCOMPARE(choices.at(0).second, QString());
    QCOMPARE(choices.at(2).second, QStringLiteral("octane2.invalid"));
    QCOMPARE(choices.at(3).first, QStringLiteral("old.invalid (not in the list)"));
}

void TestNodesConfig::refusedHostKeyIsNamed()
{
    HostKeyScanResult changed;
    changed.node = QStringLiteral("octane1.invalid");
    changed.status = HostKeyScanStatus::Changed;
    changed.message = QStringLiteral("octane1.invalid: the key changed.");
    changed.fix = QStringLiteral("Remove the old line.");
    changed.details = QStringLiteral("line 3");
    HostKeyScanResult unknown;
    unknown.node = QStringLiteral("octane2.invalid");
    unknown.status = HostKeyScanStatus::Unknown;
    HostKeyScanResult down;
    down.node = QStringLiteral("octane3.invalid");
    down.status = HostKeyScanStatus::Error;

    NodesConfig::HostKeyReview r = NodesConfig::reviewHostKeys({changed, unknown, down});
    QCOMPARE(r.refused.size(), 1);
    QCOMPARE(r.refusal.message, QStringLiteral("octane1.invalid: the key changed."));
    QCOMPARE(r.refusal.fix, QStringLiteral("Remove the old line."));
    QCOMPARE(r.refusal.details, QStringLiteral("octane1.invalid:\nline 3"));
    QCOMPARE(r.refusedText, QStringLiteral("Refused: the host key of octane1.invalid differs from "
                                           "the one on file. This cannot be overridden here; see "
                                           "the fix below."));
    QCOMPARE(r.unknownNames, QStringLiteral("octane2.invalid"));

    r = NodesConfig::reviewHostKeys({down});
    QCOMPARE(r.allTrustedText, QStringLiteral(" octane3.invalid could not be reached for the host "
                                              "key; the Checks page shows why."));
    unknown.status = HostKeyScanStatus::Trusted;
    r = NodesConfig::reviewHostKeys({unknown, down});
    QVERIFY(r.allTrustedText.startsWith(QStringLiteral("All reachable host keys are trusted. ")));
}

void TestNodesConfig::saveAndLoadClearsSecrets()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cluster.json"));
    NodesConfig c;
    ClusterProfile p = passwordProfile();
    p.name.clear();
    c.setProfile(p);
    c.setSharedSecret(QStringLiteral("ssh-password"), QStringLiteral("Never-In-The-File"));
    QVERIFY(c.saveProfile(path));
    QCOMPARE(c.secretScope(), QStringLiteral("cluster")); // the file's base name
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("Never-In-The-File"));

    NodesConfig other;
    other.setSharedSecret(QStringLiteral("ssh-password"), QStringLiteral("x"));
    QVERIFY(other.loadProfile(path));
    QCOMPARE(other.profile().nodes.size(), 2);
    QCOMPARE(other.sharedSecret(QStringLiteral("ssh-password")), QString());
    QVERIFY(!other.loadProfile(dir.filePath(QStringLiteral("missing.json"))));
}

QTEST_GUILESS_MAIN(TestNodesConfig)
#include "tst_nodesconfig.moc"
