// Steps 5 and 6 on the lab, through the command line as an administrator runs them: the other
// nodes deployed in parallel, no configuration written there, a second run that changes
// nothing, a failing node that does not stop the others and is repaired alone, both package
// deliveries, the lab's faults for this phase, and a cancel.
#include "labfixture.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

namespace {
const QString kFirst = QStringLiteral("octane1.lab");
const QString kSecond = QStringLiteral("octane2.lab");
const QString kThird = QStringLiteral("octane3.lab");
} // namespace

class TestOtherNodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void installAllOnAnEmptyLab();
    void failingNodeThenRetryRepairsOnlyIt();
    void perNodeUploadSendsThePackageToEachNode();
    void fullRepositoryFallsBackToUploads();
    void plantedStagingFolderIsRefusedOnThatNodeOnly();
    void slowNodeTimesOutAlone();
    void missingSharedConfStopsBeforeTheOtherNodes();
    void cancelLeavesEachNodeAsReported();
    void cleanupTestCase();

private:
    struct Run
    {
        int exitCode = -1;
        QJsonObject json;
        QByteArray err;
    };
    Run install(const QString &phase, const QStringList &extra = {});
    // check id -> verdict, and -> message, of one node's results.
    static QMap<QString, QString> verdicts(const QJsonObject &json, const QString &node,
                                           QMap<QString, QString> *messages = nullptr);
    static QStringList commandsOn(const QJsonObject &json, const QString &node);
    static qint64 bytesSent(const QJsonObject &json, const QString &node = {});
    void installFirstNode();
    static bool running(const QString &node);

    QTemporaryDir m_dir;
    QString m_package;
    qint64 m_packageBytes = 0;
    QByteArray m_secrets;
};

void TestOtherNodes::initTestCase()
{
    QVERIFY2(QFile::exists(LabFixture::profilePath()), "the lab is not running");
    m_package = LabFixture::buildPackage(m_dir.path());
    QVERIFY2(QFile::exists(m_package), qPrintable(m_package));
    m_packageBytes = QFileInfo(m_package).size();
    QFile f(LabFixture::stateDir() + QStringLiteral("/secrets.env"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_secrets = f.readAll();
    QVERIFY2(m_secrets.contains("conf:site-admin-password="), "the lab writes the conf secrets");
}

void TestOtherNodes::init()
{
    LabFixture::resetCluster();
}

TestOtherNodes::Run TestOtherNodes::install(const QString &phase, const QStringList &extra)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // secrets from stdin only
    p.setProcessEnvironment(env);
    // The lab's profile as labctl wrote it: it installs without any edit.
    p.start(QStringLiteral(OCW_CLI_BINARY),
            QStringList{QStringLiteral("install"), QStringLiteral("--profile"),
                        LabFixture::profilePath(), QStringLiteral("--package"), m_package,
                        QStringLiteral("--phase"), phase, QStringLiteral("--secrets-stdin"),
                        QStringLiteral("--set-repository-env"), QStringLiteral("--json"),
                        QStringLiteral("-"), QStringLiteral("--ready-timeout"),
                        QStringLiteral("60")} +
                extra);
    p.write(m_secrets);
    p.closeWriteChannel();
    p.waitForFinished(300000);
    return Run{p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object(),
               p.readAllStandardError()};
}

QMap<QString, QString> TestOtherNodes::verdicts(const QJsonObject &json, const QString &node,
                                                QMap<QString, QString> *messages)
{
    QMap<QString, QString> map;
    for (const QJsonValue &v : json.value(QStringLiteral("results")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("node")).toString() != node)
            continue;
        map.insert(o.value(QStringLiteral("check")).toString(),
                   o.value(QStringLiteral("verdict")).toString());
        if (messages)
            messages->insert(o.value(QStringLiteral("check")).toString(),
                             o.value(QStringLiteral("message")).toString());
    }
    return map;
}

QStringList TestOtherNodes::commandsOn(const QJsonObject &json, const QString &node)
{
    QStringList commands;
    for (const QJsonValue &v : json.value(QStringLiteral("results")).toArray()) {
        const QJsonObject o = v.toObject();
        // The verification that ends `all` reads octane.conf and hazelcast.xml: not a change.
        if (o.value(QStringLiteral("check")).toString().startsWith(QLatin1String("verify.")))
            continue;
        if (o.value(QStringLiteral("node")).toString() == node) {
            for (const QJsonValue &c : o.value(QStringLiteral("commands")).toArray())
                commands.append(c.toString());
        }
    }
    return commands;
}

qint64 TestOtherNodes::bytesSent(const QJsonObject &json, const QString &node)
{
    qint64 bytes = 0;
    for (const QJsonValue &v : json.value(QStringLiteral("results")).toArray()) {
        const QJsonObject o = v.toObject();
        if (node.isEmpty() || o.value(QStringLiteral("node")).toString() == node)
            bytes += qint64(o.value(QStringLiteral("bytesSent")).toDouble());
    }
    return bytes;
}

bool TestOtherNodes::running(const QString &node)
{
    return LabFixture::ssh(node, QStringLiteral("sudo -n systemctl is-active octane")) ==
           QLatin1String("active");
}

void TestOtherNodes::installFirstNode()
{
    const Run r = install(QStringLiteral("first-node"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestOtherNodes::installAllOnAnEmptyLab()
{
    const Run r = install(QStringLiteral("all"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(verdicts(r.json, kFirst).value(QStringLiteral("first-node.sign-in")),
             QStringLiteral("pass"));
    for (const QString &node : {kSecond, kThird}) {
        const QMap<QString, QString> v = verdicts(r.json, node);
        // Every other node ran exactly the steps of the other-nodes plan, in order.
        QStringList order;
        for (const QJsonValue &x : r.json.value(QStringLiteral("results")).toArray()) {
            const QString check = x.toObject().value(QStringLiteral("check")).toString();
            if (x.toObject().value(QStringLiteral("node")).toString() != node)
                continue;
            // `all` ends with the verification (tst_verify covers it): read-only, after these.
            if (check.startsWith(QLatin1String("verify.")))
                QCOMPARE(v.value(check), QStringLiteral("pass"));
            else
                order.append(check);
        }
        QCOMPARE(order,
                 QStringList({"ssh.hostkey", "ssh.connect", "other-nodes.privilege",
                              "other-nodes.installed", "other-nodes.repository-env",
                              "other-nodes.fetch", "other-nodes.verify", "other-nodes.install",
                              "other-nodes.start", "other-nodes.ready"}));
        QCOMPARE(v.value(QStringLiteral("other-nodes.ready")), QStringLiteral("pass"));
        QVERIFY(running(node));
        // No configuration is written there and no script is run: the node reads the shared
        // octane.conf; nothing the product sent names the conf folder.
        for (const QString &c : commandsOn(r.json, node)) {
            QVERIFY2(!c.contains(QStringLiteral("/opt/octane/conf")) &&
                         !c.contains(QStringLiteral("octane.conf")) &&
                         !c.contains(QStringLiteral("hazelcast")),
                     qPrintable(c));
        }
        int rc = 0;
        LabFixture::ssh(node, QStringLiteral("test -e /opt/octane/conf/octane.conf"), &rc);
        QVERIFY2(rc != 0, "an octane.conf was written on another node");
        // The staged copy served and went; the share holds no package any more.
        LabFixture::ssh(node, QStringLiteral("ls %1/*.rpm").arg(LabFixture::stagingDir(node)), &rc);
        QVERIFY(rc != 0);
    }
    int rc = 0;
    LabFixture::ssh(kFirst,
                    QStringLiteral("test -e /srv/octane-repo/.octane-cluster-wizard-staging"), &rc);
    QVERIFY2(rc != 0, "the staged package was left in the shared repository");
    // Staged once in the share: the package crossed the administrator's link once, for the
    // whole cluster (the first node included).
    QCOMPARE(bytesSent(r.json), m_packageBytes);

    // A second run recognises what is done on every node and changes nothing there; nothing
    // crosses the link, not even into the share.
    const Run again = install(QStringLiteral("all"));
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(bytesSent(again.json), 0);
    QMap<QString, QString> firstMessages;
    verdicts(again.json, kFirst, &firstMessages);
    QVERIFY2(firstMessages.value(QStringLiteral("first-node.share-upload"))
                 .contains(QStringLiteral("nothing to stage")),
             qPrintable(firstMessages.value(QStringLiteral("first-node.share-upload"))));
    for (const QString &node : {kSecond, kThird}) {
        QMap<QString, QString> messages;
        verdicts(again.json, node, &messages);
        QVERIFY2(messages.value(QStringLiteral("other-nodes.fetch"))
                     .contains(QStringLiteral("not copied again")),
                 qPrintable(messages.value(QStringLiteral("other-nodes.fetch"))));
        QVERIFY2(messages.value(QStringLiteral("other-nodes.install"))
                     .contains(QStringLiteral("not installed again")),
                 qPrintable(messages.value(QStringLiteral("other-nodes.install"))));
        QVERIFY2(messages.value(QStringLiteral("other-nodes.start"))
                     .contains(QStringLiteral("not started again")),
                 qPrintable(messages.value(QStringLiteral("other-nodes.start"))));
    }
}

void TestOtherNodes::failingNodeThenRetryRepairsOnlyIt()
{
    installFirstNode();
    QCOMPARE(LabFixture::fault(QStringLiteral("on"), QStringLiteral("service-fails@octane3")), 0);
    auto off = qScopeGuard(
        [] { LabFixture::fault(QStringLiteral("off"), QStringLiteral("service-fails@octane3")); });
    const Run r = install(QStringLiteral("other-nodes"));
    QCOMPARE(r.exitCode, 1);
    QMap<QString, QString> messages;
    const QMap<QString, QString> third = verdicts(r.json, kThird, &messages);
    QCOMPARE(third.value(QStringLiteral("other-nodes.ready")), QStringLiteral("fail"));
    QVERIFY2(messages.value(QStringLiteral("other-nodes.ready")).contains(kThird),
             qPrintable(messages.value(QStringLiteral("other-nodes.ready"))));
    // Node 2 completed while node 3 failed.
    QCOMPARE(verdicts(r.json, kSecond).value(QStringLiteral("other-nodes.ready")),
             QStringLiteral("pass"));

    QCOMPARE(LabFixture::fault(QStringLiteral("off"), QStringLiteral("service-fails@octane3")), 0);
    LabFixture::ssh(kThird, QStringLiteral("sudo -n systemctl stop octane"));
    const Run retry = install(QStringLiteral("other-nodes"), {QStringLiteral("--only"), kThird});
    QVERIFY2(retry.exitCode == 0, retry.err.constData());
    QCOMPARE(verdicts(retry.json, kThird).value(QStringLiteral("other-nodes.ready")),
             QStringLiteral("pass"));
    QVERIFY2(verdicts(retry.json, kSecond).isEmpty(), "retry touched a node that had not failed");
    QVERIFY(running(kSecond));
    QVERIFY(running(kThird));
}

void TestOtherNodes::perNodeUploadSendsThePackageToEachNode()
{
    installFirstNode();
    const Run r = install(QStringLiteral("other-nodes"),
                          {QStringLiteral("--delivery"), QStringLiteral("upload")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    for (const QString &node : {kSecond, kThird}) {
        QCOMPARE(verdicts(r.json, node).value(QStringLiteral("other-nodes.upload")),
                 QStringLiteral("pass"));
        QCOMPARE(bytesSent(r.json, node), m_packageBytes);
    }
    QVERIFY(verdicts(r.json, kFirst).value(QStringLiteral("other-nodes.share-upload")).isEmpty());
}

void TestOtherNodes::fullRepositoryFallsBackToUploads()
{
    installFirstNode();
    QCOMPARE(LabFixture::fault(QStringLiteral("on"), QStringLiteral("repo-full")), 0);
    auto off =
        qScopeGuard([] { LabFixture::fault(QStringLiteral("off"), QStringLiteral("repo-full")); });
    const Run r = install(QStringLiteral("other-nodes"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QMap<QString, QString> messages;
    QCOMPARE(verdicts(r.json, kFirst, &messages).value(QStringLiteral("other-nodes.share-upload")),
             QStringLiteral("warn"));
    QVERIFY2(messages.value(QStringLiteral("other-nodes.share-upload"))
                 .contains(QStringLiteral("each node gets its own upload")),
             qPrintable(messages.value(QStringLiteral("other-nodes.share-upload"))));
    for (const QString &node : {kSecond, kThird}) {
        QMap<QString, QString> m;
        QCOMPARE(verdicts(r.json, node, &m).value(QStringLiteral("other-nodes.fetch")),
                 QStringLiteral("pass"));
        QVERIFY2(m.value(QStringLiteral("other-nodes.fetch"))
                     .contains(QStringLiteral("uploaded from the workstation")),
                 qPrintable(m.value(QStringLiteral("other-nodes.fetch"))));
        QCOMPARE(bytesSent(r.json, node), m_packageBytes);
    }
}

void TestOtherNodes::plantedStagingFolderIsRefusedOnThatNodeOnly()
{
    installFirstNode();
    QCOMPARE(LabFixture::fault(QStringLiteral("on"), QStringLiteral("staging-planted@octane2")), 0);
    auto off = qScopeGuard([] {
        LabFixture::fault(QStringLiteral("off"), QStringLiteral("staging-planted@octane2"));
    });
    const Run r = install(QStringLiteral("other-nodes"));
    QCOMPARE(r.exitCode, 1);
    QMap<QString, QString> messages;
    QCOMPARE(verdicts(r.json, kSecond, &messages).value(QStringLiteral("other-nodes.fetch")),
             QStringLiteral("fail"));
    const QString message = messages.value(QStringLiteral("other-nodes.fetch"));
    QVERIFY2(message.contains(QStringLiteral("refusing to stage the package")) &&
                 message.contains(LabFixture::stagingDir(kSecond)) &&
                 message.contains(QStringLiteral("belongs to nobody")),
             qPrintable(message));
    QVERIFY(!verdicts(r.json, kSecond).contains(QStringLiteral("other-nodes.install")));
    QCOMPARE(verdicts(r.json, kThird).value(QStringLiteral("other-nodes.ready")),
             QStringLiteral("pass"));
    // The planted link was not written through.
    QVERIFY(QFileInfo(QStringLiteral("/etc/passwd")).size() > 0);
    int rc = 0;
    LabFixture::ssh(kSecond, QStringLiteral("rpm -q octane"), &rc);
    QVERIFY(rc != 0);
}

void TestOtherNodes::slowNodeTimesOutAlone()
{
    installFirstNode();
    QCOMPARE(LabFixture::fault(QStringLiteral("on"), QStringLiteral("slow-start@octane2")), 0);
    auto off = qScopeGuard(
        [] { LabFixture::fault(QStringLiteral("off"), QStringLiteral("slow-start@octane2")); });
    const Run r = install(QStringLiteral("other-nodes"),
                          {QStringLiteral("--ready-timeout"), QStringLiteral("8")});
    QCOMPARE(r.exitCode, 1);
    QMap<QString, QString> messages;
    QCOMPARE(verdicts(r.json, kSecond, &messages).value(QStringLiteral("other-nodes.ready")),
             QStringLiteral("fail"));
    QVERIFY2(
        messages.value(QStringLiteral("other-nodes.ready"))
                .contains(QStringLiteral("no ready line")) &&
            messages.value(QStringLiteral("other-nodes.ready")).contains(QStringLiteral("8 s")),
        qPrintable(messages.value(QStringLiteral("other-nodes.ready"))));
    QCOMPARE(verdicts(r.json, kThird).value(QStringLiteral("other-nodes.ready")),
             QStringLiteral("pass"));
}

void TestOtherNodes::missingSharedConfStopsBeforeTheOtherNodes()
{
    QCOMPARE(LabFixture::fault(QStringLiteral("on"), QStringLiteral("conf-not-in-repo")), 0);
    auto off = qScopeGuard(
        [] { LabFixture::fault(QStringLiteral("off"), QStringLiteral("conf-not-in-repo")); });
    const Run r = install(QStringLiteral("all"));
    QCOMPARE(r.exitCode, 1);
    QMap<QString, QString> messages;
    QCOMPARE(
        verdicts(r.json, kFirst, &messages).value(QStringLiteral("other-nodes.repository-conf")),
        QStringLiteral("fail"));
    QVERIFY2(messages.value(QStringLiteral("other-nodes.repository-conf"))
                 .contains(QStringLiteral("/srv/octane-repo/conf/octane.conf does not exist")),
             qPrintable(messages.value(QStringLiteral("other-nodes.repository-conf"))));
    // The other nodes were only asked (read only) whether they need the package: no step
    // that changes a node ran there. The share was cleaned up all the same.
    for (const QString &node : {kSecond, kThird}) {
        QStringList ran = verdicts(r.json, node).keys();
        ran.sort();
        QCOMPARE(ran, QStringList({"other-nodes.installed", "other-nodes.privilege", "ssh.connect",
                                   "ssh.hostkey"}));
        int rc = 0;
        LabFixture::ssh(node, QStringLiteral("rpm -q octane"), &rc);
        QVERIFY(rc != 0);
    }
    QCOMPARE(verdicts(r.json, kFirst).value(QStringLiteral("other-nodes.share-cleanup")),
             QStringLiteral("pass"));
}

void TestOtherNodes::cancelLeavesEachNodeAsReported()
{
    installFirstNode();
    for (const QString &spec :
         {QStringLiteral("slow-start@octane2"), QStringLiteral("slow-start@octane3")})
        QCOMPARE(LabFixture::fault(QStringLiteral("on"), spec), 0);
    auto off = qScopeGuard([] {
        LabFixture::fault(QStringLiteral("off"), QStringLiteral("slow-start@octane2"));
        LabFixture::fault(QStringLiteral("off"), QStringLiteral("slow-start@octane3"));
    });
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OCW_CLI_BINARY),
            {QStringLiteral("install"), QStringLiteral("--profile"), LabFixture::profilePath(),
             QStringLiteral("--package"), m_package, QStringLiteral("--phase"),
             QStringLiteral("other-nodes"), QStringLiteral("--secrets-stdin"),
             QStringLiteral("--json"), QStringLiteral("-")});
    p.write(m_secrets);
    p.closeWriteChannel();
    // Cancel once both servers were started and are booting (slow-start: 20 s).
    QTRY_VERIFY_WITH_TIMEOUT(running(kSecond) && running(kThird), 60000);
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(15000));
    QCOMPARE(p.exitCode(), 3);
    const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QVERIFY(json.value(QStringLiteral("cancelled")).toBool());
    for (const QString &node : {kSecond, kThird}) {
        QMap<QString, QString> messages;
        const QMap<QString, QString> v = verdicts(json, node, &messages);
        QCOMPARE(v.value(QStringLiteral("other-nodes.ready")), QStringLiteral("skipped"));
        // The report says what the node is left with, and the node is in that state.
        QVERIFY2(messages.value(QStringLiteral("other-nodes.ready"))
                     .contains(QStringLiteral("keeps running")),
                 qPrintable(messages.value(QStringLiteral("other-nodes.ready"))));
        QVERIFY(running(node));
    }
    // The clean-up ran after the cancel: no package left in the share.
    int rc = 0;
    LabFixture::ssh(kFirst,
                    QStringLiteral("test -e /srv/octane-repo/.octane-cluster-wizard-staging"), &rc);
    QVERIFY2(rc != 0, "the staged package was left in the shared repository after a cancel");
}

void TestOtherNodes::cleanupTestCase()
{
    LabFixture::resetCluster();
}

QTEST_GUILESS_MAIN(TestOtherNodes)
#include "tst_othernodes.moc"
