#include "core/plan/firstnodejob.h"
#include "core/run/sshconnector.h"
#include "labfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

// The first-node phase for real against the lab, through the headless command: a package
// built by `labctl package` is uploaded, installed with rpm, octane.conf written (owner octane,
// 0600), the simulated server started on the first node only and followed to its ready line,
// then signed in to. A second run changes nothing; a failing server is explained.
class TestFirstNode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void planChangesNothing();
    void cancelDuringUploadIsReported();
    void cancelAtEveryStep_data();
    void cancelAtEveryStep();
    void installsOnTheFirstNodeOnly();
    void rerunChangesNothing();
    void httpsNeedsTheCertificateTrusted();
    void archivePackageInstalls();
    void failingServerIsExplained();
    void faultIsExplained_data();
    void faultIsExplained();
    void plantedStagingFolderIsRefused_data();
    void plantedStagingFolderIsRefused();
    void cleanupTestCase();

private:
    struct Run
    {
        int exitCode = -1;
        QJsonObject json;
        QByteArray err;
    };
    Run install(const QStringList &extra = {});
    QString writeProfile(const QString &name, const std::function<void(QJsonObject &)> &edit);
    QMap<QString, QString> verdicts(const QJsonObject &json,
                                    QMap<QString, QString> *messages = nullptr);

    QTemporaryDir m_dir;
    QString m_package;
    QString m_profile;
    QByteArray m_secrets;
};

void TestFirstNode::initTestCase()
{
    QVERIFY2(QFile::exists(LabFixture::profilePath()), "the lab is not running");
    QProcess package;
    package.start(QStringLiteral(OCW_LABCTL), {QStringLiteral("package"), QStringLiteral("--out"),
                                               m_dir.path() + QLatin1Char('/')});
    QVERIFY(package.waitForFinished(180000));
    QCOMPARE(package.exitCode(), 0);
    m_package = QString::fromUtf8(package.readAllStandardOutput()).trimmed();
    QVERIFY2(QFile::exists(m_package), qPrintable(m_package));

    QFile f(LabFixture::profilePath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
    json.insert(
        QStringLiteral("octaneConf"),
        QJsonObject{{QStringLiteral("db-type"), QStringLiteral("ORACLE")},
                    {QStringLiteral("connection-string"),
                     QStringLiteral("jdbc:oracle:thin:@//db.lab:1521/OCTANE")},
                    {QStringLiteral("db-admin-user"), QStringLiteral("system")},
                    {QStringLiteral("schema-name"), QStringLiteral("octane_site")},
                    {QStringLiteral("site-admin-user"), QStringLiteral("admin@example.com")},
                    {QStringLiteral("elastic.host"), QStringLiteral("es.lab")},
                    {QStringLiteral("elastic.cluster-name"), QStringLiteral("octane-es")}});
    m_profile = m_dir.filePath(QStringLiteral("profile.json"));
    QFile out(m_profile);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(json).toJson());
    out.close();
    m_secrets =
        "conf:db-admin-password=Db-Admin-1\nconf:schema-password=Schema-Pw-2\n"
        "conf:site-admin-password=Site-Admin-3\nconf:cluster.distributed-password=Hz-Secret-4\n";
}

TestFirstNode::Run TestFirstNode::install(const QStringList &extra)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // secrets from stdin only
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OCW_CLI_BINARY),
            QStringList{QStringLiteral("install"), QStringLiteral("--profile"), m_profile,
                        QStringLiteral("--package"), m_package, QStringLiteral("--phase"),
                        QStringLiteral("first-node"), QStringLiteral("--secrets-stdin"),
                        QStringLiteral("--json"), QStringLiteral("-"),
                        QStringLiteral("--ready-timeout"), QStringLiteral("60")} +
                extra);
    p.write(m_secrets);
    p.closeWriteChannel();
    p.waitForFinished(240000);
    Run r{p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object(),
          p.readAllStandardError()};
    return r;
}

QMap<QString, QString> TestFirstNode::verdicts(const QJsonObject &json,
                                               QMap<QString, QString> *messages)
{
    QMap<QString, QString> map;
    for (const QJsonValue &v : json.value(QStringLiteral("results")).toArray()) {
        const QJsonObject o = v.toObject();
        map.insert(o.value(QStringLiteral("check")).toString(),
                   o.value(QStringLiteral("verdict")).toString());
        if (messages)
            messages->insert(o.value(QStringLiteral("check")).toString(),
                             o.value(QStringLiteral("message")).toString());
    }
    return map;
}

void TestFirstNode::planChangesNothing()
{
    QProcess p;
    p.start(QStringLiteral(OCW_CLI_BINARY), {QStringLiteral("plan"), QStringLiteral("--profile"),
                                             m_profile, QStringLiteral("--package"), m_package});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY(text.contains(QStringLiteral("rpm -ivh")));
    QVERIFY(text.contains(QStringLiteral("systemctl start octane")));
    QVERIFY(text.contains(QStringLiteral("/opt/octane/conf/octane.conf")));
    QVERIFY(!text.contains(QStringLiteral("Site-Admin-3"))); // no secret, ever
    int rc = 0;
    LabFixture::ssh(QStringLiteral("octane1.lab"), QStringLiteral("rpm -q octane"), &rc);
    QVERIFY(rc != 0); // nothing was installed by the plan
}

void TestFirstNode::cancelDuringUploadIsReported()
{
    // A 32 MiB package over a 1 MiB/s link: SIGINT during the upload ends the run at once (exit
    // 3); the report says what was done and that the upload was cut; nothing was installed.
    QProcess package;
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("big"))));
    package.start(QStringLiteral(OCW_LABCTL),
                  {QStringLiteral("package"), QStringLiteral("--out"),
                   m_dir.filePath(QStringLiteral("big")) + QLatin1Char('/'),
                   QStringLiteral("--size-mib"), QStringLiteral("32")});
    QVERIFY(package.waitForFinished(180000));
    const QString big = QString::fromUtf8(package.readAllStandardOutput()).trimmed();
    QVERIFY(QFile::exists(big));
    // Where the upload writes on the node (the lab's /home is this machine's). A copy left
    // by an earlier run would be resumed or reused: the upload starts from nothing.
    const QString staged = LabFixture::stagingDir(QStringLiteral("octane1.lab")) +
                           QLatin1Char('/') + QFileInfo(big).fileName();
    const QString part = staged + QStringLiteral(".part");
    QFile::remove(staged);
    QFile::remove(part);
    QVERIFY(!QFileInfo::exists(part));
    QCOMPARE(LabFixture::fault(QStringLiteral("on"), QStringLiteral("slow-link@octane1")), 0);
    // A failed wait below must not leave the link slow for the tests after this one.
    auto slowLinkOff = qScopeGuard(
        [] { LabFixture::fault(QStringLiteral("off"), QStringLiteral("slow-link@octane1")); });
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OCW_CLI_BINARY),
            {QStringLiteral("install"), QStringLiteral("--profile"), m_profile,
             QStringLiteral("--package"), big, QStringLiteral("--phase"),
             QStringLiteral("first-node"), QStringLiteral("--secrets-stdin"),
             QStringLiteral("--json"), QStringLiteral("-")});
    p.write(m_secrets);
    p.closeWriteChannel();
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT(
        (err += p.readAllStandardError()).contains("first-node.repository-env"), 30000);
    // Into the upload: bytes of the package have reached the node (its .part grows; at 1 MiB/s
    // the 32 MiB take half a minute, so the upload is still running when SIGINT comes).
    QTRY_VERIFY2_WITH_TIMEOUT(QFileInfo(part).size() > 0,
                              qPrintable(part + QStringLiteral(" did not grow; stderr: ") +
                                         QString::fromUtf8(err += p.readAllStandardError())),
                              30000);
    QCOMPARE(p.state(), QProcess::Running);
    QElapsedTimer timer;
    timer.start();
    ::kill(pid_t(p.processId()), SIGINT);
    const bool ended = p.waitForFinished(10000);
    slowLinkOff.dismiss();
    QCOMPARE(LabFixture::fault(QStringLiteral("off"), QStringLiteral("slow-link@octane1")), 0);
    QVERIFY(ended);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(p.exitCode(), 3);
    const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(json.value(QStringLiteral("cancelled")).toBool(), true);
    QMap<QString, QString> messages;
    const QMap<QString, QString> v = verdicts(json, &messages);
    QCOMPARE(v.value(QStringLiteral("first-node.repository-env")), QStringLiteral("pass"));
    QCOMPARE(v.value(QStringLiteral("first-node.upload")), QStringLiteral("skipped"));
    QVERIFY2(messages.value(QStringLiteral("first-node.upload"))
                 .contains(QStringLiteral("cancel"), Qt::CaseInsensitive),
             qPrintable(messages.value(QStringLiteral("first-node.upload"))));
    QVERIFY(!v.contains(QStringLiteral("first-node.install"))); // never reached
    int rc = 0;
    LabFixture::ssh(QStringLiteral("octane1.lab"), QStringLiteral("rpm -q octane"), &rc);
    QVERIFY(rc != 0);
}

QString TestFirstNode::writeProfile(const QString &name,
                                    const std::function<void(QJsonObject &)> &edit)
{
    QFile in(m_profile);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QJsonObject json = QJsonDocument::fromJson(in.readAll()).object();
    edit(json);
    const QString path = m_dir.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(QJsonDocument(json).toJson());
    return path;
}

void TestFirstNode::cancelAtEveryStep_data()
{
    // The step to cancel in (the cancel comes with that step's first progress report, or with
    // the first server log line for "ready"), what the report must say about the node, and the
    // node's state afterwards: package installed, octane.conf present, service active.
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<QString>("said");
    QTest::addColumn<bool>("installed");
    QTest::addColumn<bool>("conf");
    QTest::addColumn<bool>("running");
    QTest::newRow("repository-env") << "first-node.repository-env"
                                    << "first-node.repository-env"
                                    << "Nothing else was changed" << false << false << false;
    QTest::newRow("upload") << "first-node.upload"
                            << "first-node.upload"
                            << "nothing was installed" << false << false << false;
    QTest::newRow("install") << "first-node.install"
                             << "first-node.install"
                             << "next run checks the package database" << false << false << false;
    QTest::newRow("octane-conf") << "first-node.octane-conf"
                                 << "first-node.octane-conf"
                                 << "atomic rename" << true << false << false;
    QTest::newRow("start") << "first-node.start"
                           << "first-node.start"
                           << "does not start it twice" << true << true << false;
    QTest::newRow("ready") << "first-node.ready"
                           << "log"
                           << "keeps running" << true << true << true;
    QTest::newRow("sign-in") << "first-node.sign-in"
                             << "first-node.sign-in"
                             << "keeps running" << true << true << true;
}

void TestFirstNode::cancelAtEveryStep()
{
    using namespace Ocw::Core;
    QFETCH(QString, step);
    QFETCH(QString, trigger);
    QFETCH(QString, said);
    QFETCH(bool, installed);
    QFETCH(bool, conf);
    QFETCH(bool, running);
    LabFixture::resetFirstNode();

    const Expected<ClusterProfile> profile = ClusterProfile::load(m_profile);
    QVERIFY(profile);
    const Expected<ReleaseDefinition> release = ReleaseDefinition::load(profile->release);
    QVERIFY(release);
    FirstNodeJob::Inputs in;
    in.profile = *profile;
    in.release = *release;
    in.packagePath = m_package;
    for (const QString &line :
         QString::fromUtf8(m_secrets).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString key = line.section(QLatin1Char('='), 0, 0).mid(5); // "conf:"
        in.confSecrets.insert(key, line.section(QLatin1Char('='), 1));
    }
    in.setRepositoryEnv = true;
    in.readyTimeoutS = 60;

    CancelToken cancel;
    SshConnector connector({LabFixture::stateDir() + QStringLiteral("/known_hosts")});
    const QList<SshTarget> targets = SecretResolver::targets(*profile, LabFixture::secrets());
    ConnectOutcome outcome = connector.open(targets.at(0), cancel);
    QVERIFY2(outcome.shell, qPrintable(outcome.connect.message));
    QElapsedTimer sinceCancel;
    FirstNodeJob job(in, *outcome.shell, cancel);
    const QList<CheckResult> results = job.run({}, [&](const QString &stepId, const QString &) {
        if (stepId == trigger && !cancel.isCancelled()) {
            sinceCancel.start();
            cancel.cancel();
        }
    });
    QVERIFY2(sinceCancel.isValid(), "the step was never reached");
    QVERIFY2(sinceCancel.elapsed() < 2000, qPrintable(QString::number(sinceCancel.elapsed())));
    QVERIFY(!results.isEmpty());
    const CheckResult &last = results.last();
    QCOMPARE(last.checkId, step); // nothing after the cancelled step
    QCOMPARE(last.verdict, Verdict::Skipped);
    QVERIFY2(last.message.contains(QStringLiteral("cancel"), Qt::CaseInsensitive) &&
                 last.message.contains(said),
             qPrintable(last.message));
    for (int i = 0; i + 1 < results.size(); ++i) {
        // The lab's package is not signed: its verification is a warning, not a pass.
        const Verdict expected = results.at(i).checkId == QLatin1String("first-node.verify")
                                     ? Verdict::Warn
                                     : Verdict::Pass;
        QVERIFY2(results.at(i).verdict == expected, qPrintable(results.at(i).message));
    }

    // The node is in the state the report describes.
    int rc = 0;
    LabFixture::ssh(QStringLiteral("octane1.lab"), QStringLiteral("rpm -q octane"), &rc);
    QCOMPARE(rc == 0, installed);
    LabFixture::ssh(QStringLiteral("octane1.lab"),
                    QStringLiteral("sudo -n test -e /opt/octane/conf/octane.conf"), &rc);
    QCOMPARE(rc == 0, conf);
    QCOMPARE(LabFixture::ssh(QStringLiteral("octane1.lab"),
                             QStringLiteral("sudo -n systemctl is-active octane")) ==
                 QLatin1String("active"),
             running);
    LabFixture::resetFirstNode();
}

void TestFirstNode::installsOnTheFirstNodeOnly()
{
    const Run r = install({QStringLiteral("--set-repository-env")});
    QVERIFY2(r.exitCode == 0, r.err.constData() + QJsonDocument(r.json).toJson());
    QMap<QString, QString> messages;
    const QMap<QString, QString> v = verdicts(r.json, &messages);
    for (const char *step :
         {"ssh.connect", "first-node.validate", "first-node.upload", "first-node.install",
          "first-node.octane-conf", "first-node.start", "first-node.ready", "first-node.sign-in"})
        QVERIFY2(v.value(QLatin1String(step)) == QLatin1String("pass"), step);
    QVERIFY(messages.value(QStringLiteral("first-node.sign-in")).contains(QStringLiteral("16.2")));
    // octane.conf: owner octane, mode 0600, secrets in it, node list from the profile.
    QCOMPARE(
        LabFixture::ssh(QStringLiteral("octane1.lab"),
                        QStringLiteral("sudo -n stat -c '%U %a' /opt/octane/conf/octane.conf")),
        QStringLiteral("octane 600"));
    const QString conf = LabFixture::ssh(
        QStringLiteral("octane1.lab"), QStringLiteral("sudo -n cat /opt/octane/conf/octane.conf"));
    QVERIFY(conf.contains(QStringLiteral("octane3.lab")));
    QVERIFY(conf.contains(QStringLiteral("db-type = ORACLE")));
    // Only the first node: nothing installed or started on the others.
    int rc = 0;
    LabFixture::ssh(QStringLiteral("octane2.lab"), QStringLiteral("rpm -q octane"), &rc);
    QVERIFY(rc != 0);
    // The report and the console hold no secret.
    QVERIFY(!QJsonDocument(r.json).toJson().contains("Site-Admin-3"));
    QVERIFY(!r.err.contains("Site-Admin-3"));
}

void TestFirstNode::rerunChangesNothing()
{
    const QString before = LabFixture::ssh(QStringLiteral("octane1.lab"),
                                           QStringLiteral("sudo -n ls /opt/octane/conf"));
    const Run r = install();
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QMap<QString, QString> messages;
    verdicts(r.json, &messages);
    QVERIFY2(messages.value(QStringLiteral("first-node.install"))
                 .contains(QStringLiteral("already installed")),
             qPrintable(messages.value(QStringLiteral("first-node.install"))));
    QVERIFY(messages.value(QStringLiteral("first-node.octane-conf"))
                .contains(QStringLiteral("not rewritten")));
    QVERIFY(messages.value(QStringLiteral("first-node.start"))
                .contains(QStringLiteral("already running")));
    QCOMPARE(LabFixture::ssh(QStringLiteral("octane1.lab"),
                             QStringLiteral("sudo -n ls /opt/octane/conf")),
             before); // no new backup
}

void TestFirstNode::httpsNeedsTheCertificateTrusted()
{
    // The lab's servers answer HTTPS on 8443 with a self-signed certificate per node: refused
    // until the user trusts that one certificate (by its SHA-256 fingerprint) for this profile.
    QProcess cert;
    cert.start(QStringLiteral(OCW_LABCTL),
               {QStringLiteral("cert"), QStringLiteral("--node"), QStringLiteral("1"),
                QStringLiteral("--state"), LabFixture::stateDir()});
    QVERIFY(cert.waitForFinished(30000));
    QCOMPARE(cert.exitCode(), 0);
    const QString fingerprint = QString::fromLatin1(cert.readAllStandardOutput()).trimmed();
    QCOMPARE(fingerprint.size(), 95);
    QProcess other;
    other.start(QStringLiteral(OCW_LABCTL),
                {QStringLiteral("cert"), QStringLiteral("--node"), QStringLiteral("2"),
                 QStringLiteral("--state"), LabFixture::stateDir()});
    QVERIFY(other.waitForFinished(30000));
    const QString otherFingerprint = QString::fromLatin1(other.readAllStandardOutput()).trimmed();
    QVERIFY(otherFingerprint != fingerprint);

    const QString original = m_profile;
    m_profile = writeProfile(QStringLiteral("https.json"), [](QJsonObject &json) {
        json.insert(QStringLiteral("serverScheme"), QStringLiteral("https"));
    });
    auto signIn = [this](const QStringList &extra, QString *message) {
        const Run r = install(extra);
        QMap<QString, QString> messages;
        const QMap<QString, QString> v = verdicts(r.json, &messages);
        *message = messages.value(QStringLiteral("first-node.sign-in"));
        return std::make_pair(r.exitCode, v.value(QStringLiteral("first-node.sign-in")));
    };
    QString message;
    // Refused, and the message shows the certificate the user must compare.
    auto [code, verdict] = signIn({}, &message);
    QCOMPARE(code, 1);
    QCOMPARE(verdict, QStringLiteral("fail"));
    QVERIFY2(message.contains(fingerprint) && message.contains(QStringLiteral("CN=octane1.lab")),
             qPrintable(message));
    // Another certificate's fingerprint does not open this one.
    std::tie(code, verdict) =
        signIn({QStringLiteral("--trust-certificate"), otherFingerprint}, &message);
    QCOMPARE(verdict, QStringLiteral("fail"));
    // Trusted for another host in the profile: still refused here.
    const QString wrongHost =
        writeProfile(QStringLiteral("https-wrong-host.json"), [&](QJsonObject &json) {
            json.insert(QStringLiteral("serverScheme"), QStringLiteral("https"));
            json.insert(
                QStringLiteral("trustedCertificates"),
                QJsonArray{QJsonObject{{QStringLiteral("host"), QStringLiteral("octane2.lab")},
                                       {QStringLiteral("sha256"), fingerprint}}});
        });
    m_profile = wrongHost;
    std::tie(code, verdict) = signIn({}, &message);
    QCOMPARE(verdict, QStringLiteral("fail"));
    // Trusted for this host in the profile (lower case, no colons: normalized): signed in.
    m_profile = writeProfile(QStringLiteral("https-trusted.json"), [&](QJsonObject &json) {
        json.insert(QStringLiteral("serverScheme"), QStringLiteral("https"));
        json.insert(QStringLiteral("trustedCertificates"),
                    QJsonArray{QJsonObject{{QStringLiteral("host"), QStringLiteral("octane1.lab")},
                                           {QStringLiteral("sha256"),
                                            fingerprint.toLower().remove(QLatin1Char(':'))}}});
    });
    std::tie(code, verdict) = signIn({}, &message);
    QVERIFY2(code == 0 && verdict == QLatin1String("pass"), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("HTTPS")), qPrintable(message));
    // The same through the command line option, for this run only.
    m_profile = writeProfile(QStringLiteral("https-option.json"), [](QJsonObject &json) {
        json.insert(QStringLiteral("serverScheme"), QStringLiteral("https"));
    });
    std::tie(code, verdict) =
        signIn({QStringLiteral("--trust-certificate"), fingerprint}, &message);
    QVERIFY2(code == 0, qPrintable(message));
    // A malformed fingerprint is bad input (exit 2), before anything runs.
    const Run bad = install({QStringLiteral("--trust-certificate"), QStringLiteral("12:34")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("--trust-certificate"));
    m_profile = original;
}

void TestFirstNode::archivePackageInstalls()
{
    // The same phase from a .tar.gz (no package database): unpacked into the install dir with
    // the release's command, recognised as installed by its files on a second run.
    LabFixture::resetFirstNode();
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("tgz"))));
    QProcess package;
    package.start(QStringLiteral(OCW_LABCTL),
                  {QStringLiteral("package"), QStringLiteral("--out"),
                   m_dir.filePath(QStringLiteral("tgz")) + QLatin1Char('/'),
                   QStringLiteral("--kind"), QStringLiteral("tar.gz")});
    QVERIFY(package.waitForFinished(180000));
    const QString archive = QString::fromUtf8(package.readAllStandardOutput()).trimmed();
    QVERIFY2(archive.endsWith(QStringLiteral(".tar.gz")) && QFile::exists(archive),
             qPrintable(archive));
    const QString rpm = m_package;
    m_package = archive;
    const Run first = install();
    const Run second = install();
    m_package = rpm;
    QMap<QString, QString> messages;
    const QMap<QString, QString> v = verdicts(first.json, &messages);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QCOMPARE(v.value(QStringLiteral("first-node.install")), QStringLiteral("pass"));
    QCOMPARE(v.value(QStringLiteral("first-node.sign-in")), QStringLiteral("pass"));
    QVERIFY(first.json.value(QStringLiteral("results")).toArray().size() >= 8);
    int rc = 0;
    LabFixture::ssh(QStringLiteral("octane1.lab"), QStringLiteral("rpm -q octane"), &rc);
    QVERIFY(rc != 0); // no package database entry: it came from the archive
    QCOMPARE(second.exitCode, 0);
    verdicts(second.json, &messages);
    QVERIFY2(messages.value(QStringLiteral("first-node.install"))
                 .contains(QStringLiteral("already installed")),
             qPrintable(messages.value(QStringLiteral("first-node.install"))));
    LabFixture::resetFirstNode();
}

void TestFirstNode::failingServerIsExplained()
{
    LabFixture::ssh(QStringLiteral("octane1.lab"), QStringLiteral("sudo -n systemctl stop octane"));
    QCOMPARE(LabFixture::fault(QStringLiteral("on"), QStringLiteral("service-fails@octane1")), 0);
    const Run r = install();
    QCOMPARE(LabFixture::fault(QStringLiteral("off"), QStringLiteral("service-fails@octane1")), 0);
    QCOMPARE(r.exitCode, 1);
    QMap<QString, QString> messages;
    const QMap<QString, QString> v = verdicts(r.json, &messages);
    QCOMPARE(v.value(QStringLiteral("first-node.ready")), QStringLiteral("fail"));
    QVERIFY2(messages.value(QStringLiteral("first-node.ready"))
                 .contains(QStringLiteral("Service failed")),
             qPrintable(messages.value(QStringLiteral("first-node.ready"))));
}

void TestFirstNode::faultIsExplained_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("fragment");
    // The conf's owner is reset to root at every start: the server refuses, the log says why.
    QTest::newRow("bad-conf-owner") << "bad-conf-owner"
                                    << "first-node.ready"
                                    << "must be owned by octane";
    // A 1 MiB install file system: the package fits, the server's first writes do not.
    // A 1 MiB install file system: whichever step first writes too much fails, saying so.
    QTest::newRow("disk-full") << "disk-full"
                               << ""
                               << "space";
    // The package database survives a wiped install dir: the damage is named, nothing redone.
    QTest::newRow("damaged-install") << "disk-full"
                                     << "first-node.install"
                                     << "damaged";
}

void TestFirstNode::faultIsExplained()
{
    QFETCH(QString, fault);
    QFETCH(QString, step);
    QFETCH(QString, fragment);
    LabFixture::ssh(QStringLiteral("octane1.lab"), QStringLiteral("sudo -n systemctl stop octane"));
    if (QLatin1String(QTest::currentDataTag()) == QLatin1String("disk-full"))
        LabFixture::ssh(
            QStringLiteral("octane1.lab"),
            QStringLiteral("sudo -n rpm -e octane")); // a fresh install on the full disk
    QCOMPARE(LabFixture::fault(QStringLiteral("on"), fault + QStringLiteral("@octane1")), 0);
    const Run r = install();
    LabFixture::ssh(QStringLiteral("octane1.lab"), QStringLiteral("sudo -n systemctl stop octane"));
    QCOMPARE(LabFixture::fault(QStringLiteral("off"), fault + QStringLiteral("@octane1")), 0);
    QCOMPARE(r.exitCode, 1);
    QMap<QString, QString> messages;
    const QMap<QString, QString> v = verdicts(r.json, &messages);
    QString failed = step;
    if (failed.isEmpty()) {
        for (auto it = v.cbegin(); it != v.cend(); ++it) {
            if (it.value() == QLatin1String("fail"))
                failed = it.key();
        }
    }
    QCOMPARE(v.value(failed), QStringLiteral("fail"));
    QVERIFY2(messages.value(failed).contains(fragment, Qt::CaseInsensitive),
             qPrintable(failed + QLatin1Char(' ') + messages.value(failed)));
    QVERIFY(messages.value(failed).contains(QStringLiteral("octane1.lab")));
}

void TestFirstNode::plantedStagingFolderIsRefused_data()
{
    // How the staging folder could have been prepared by someone else (the lab's /home is this
    // machine's, so the test plants it here, as root).
    QTest::addColumn<QString>("plant");
    QTest::addColumn<QString>("reason");
    QTest::newRow("someone-elses") << "mkdir -m 0777 $d && chown nobody $d && ln -s $v $d/$p.part"
                                   << "belongs to nobody";
    QTest::newRow("others-may-write") << "mkdir -m 0777 $d && chown ocwadmin $d"
                                      << "others may write to it";
    QTest::newRow("symlink") << "mkdir -m 0777 $d.real && ln -s $d.real $d"
                             << "is a symbolic link";
}

void TestFirstNode::plantedStagingFolderIsRefused()
{
    QFETCH(QString, plant);
    QFETCH(QString, reason);
    const QString dir = LabFixture::stagingDir(QStringLiteral("octane1.lab"));
    const QString victim = m_dir.filePath(QStringLiteral("victim"));
    const auto sh = [](const QString &script, const QStringList &args = {}) {
        return QProcess::execute(QStringLiteral("sh"),
                                 QStringList{QStringLiteral("-c"), script, QStringLiteral("sh")} +
                                     args);
    };
    LabFixture::ssh(QStringLiteral("octane1.lab"),
                    QStringLiteral("sudo -n systemctl stop octane; sudo -n rpm -e octane"));
    QCOMPARE(sh(QStringLiteral("rm -rf \"$1\" \"$1.real\"; printf keep > \"$2\""), {dir, victim}),
             0);
    // Its parents are the login user's, as the product would have made them.
    QCOMPARE(sh(QStringLiteral("install -d -o ocwadmin -g ocwadmin -m 0700 \"${1%/*/*}\" "
                               "\"${1%/*}\""),
                {dir}),
             0);
    QCOMPARE(sh(QStringLiteral("d=$1; v=$2; p=$3; ") + plant,
                {dir, victim, QFileInfo(m_package).fileName()}),
             0);
    const Run r = install();
    QCOMPARE(r.exitCode, 1);
    QMap<QString, QString> messages;
    const QMap<QString, QString> v = verdicts(r.json, &messages);
    QCOMPARE(v.value(QStringLiteral("first-node.upload")), QStringLiteral("fail"));
    const QString message = messages.value(QStringLiteral("first-node.upload"));
    QVERIFY2(message.contains(QStringLiteral("refusing to stage the package")) &&
                 message.contains(dir) && message.contains(reason),
             qPrintable(message));
    QVERIFY(!v.contains(QStringLiteral("first-node.install")) ||
            v.value(QStringLiteral("first-node.install")) != QLatin1String("pass"));
    // Nothing was written through the planted folder.
    QFile f(victim);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep"));
    QCOMPARE(sh(QStringLiteral("rm -rf \"$1\" \"$1.real\""), {dir}), 0);
}

void TestFirstNode::cleanupTestCase()
{
    // Leave the lab as the other lab tests expect it: no server, no package, no conf.
    LabFixture::ssh(
        QStringLiteral("octane1.lab"),
        QStringLiteral("sudo -n systemctl stop octane; sudo -n rpm -e octane; sudo -n rm -rf "
                       "/opt/octane/conf /opt/octane/log "
                       "/srv/octane-repo/conf /home/ocwadmin/.octane-cluster-wizard"));
}

QTEST_GUILESS_MAIN(TestFirstNode)
#include "tst_firstnode.moc"
