// The secure deployment (steps 3 and 7) on the lab, through `install --phase secure`: every
// node serves HTTPS from the profile's keystore (trusted by its fingerprint), plain HTTP is
// redirected once HTTPS is forced, the files are the install user's and 0600 with backups of
// what they replaced, no secret is printed; a keystore the node cannot open stops the phase at
// that node with its explanation, the nodes after it untouched; bad input changes nothing.
#include "labfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kFirst = QStringLiteral("octane1.lab");
const QString kSecond = QStringLiteral("octane2.lab");
const QString kThird = QStringLiteral("octane3.lab");
const QByteArray kKeystorePassword = "Ks-Pass-2026";
} // namespace

class TestSecure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badInputChangesNothing();
    void selfSignedHttpsOnEveryNode();
    void ownKeystoreReplacesItAndIsKeptOnAReRun();
    void wrongKeystorePasswordStopsAtThatNode();
    void unreadableKeystoreStopsAtThatNode();
    void cleanupTestCase();

private:
    using Run = LabFixture::CliRun;
    static QMap<QString, QString> verdicts(const QJsonObject &json, const QString &node)
    {
        return LabFixture::verdicts(json, node);
    }
    static QString failures(const QJsonObject &json) { return LabFixture::failures(json); }
    Run secure(const QString &profile, const QStringList &extraArguments = {});
    QString securedProfile(const QJsonObject &secure);
    static QString fingerprintFromResult(const QJsonObject &json, const QString &node);
    // The SHA-256 of the certificate the node serves on 8443, as openssl reads it.
    static QString servedFingerprint(const QString &node);
    // The HTTP status and Location of a plain GET on the node's 8080.
    static QString plainHttp(const QString &node);
    QString makeKeystore(const QString &password);

    QTemporaryDir m_dir;
    QString m_package;
    QByteArray m_secrets;
};

void TestSecure::initTestCase()
{
    QVERIFY2(QFile::exists(LabFixture::profilePath()), "the lab is not running");
    m_package = LabFixture::buildPackage(m_dir.path());
    QVERIFY2(QFile::exists(m_package), qPrintable(m_package));
    QFile f(LabFixture::stateDir() + QStringLiteral("/secrets.env"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_secrets = f.readAll();
    if (!m_secrets.endsWith('\n'))
        m_secrets += '\n';
    LabFixture::resetCluster();
    const Run r = LabFixture::runCli(
        {QStringLiteral("install"), QStringLiteral("--profile"), LabFixture::profilePath(),
         QStringLiteral("--package"), m_package, QStringLiteral("--phase"), QStringLiteral("all"),
         QStringLiteral("--secrets-stdin"), QStringLiteral("--set-repository-env"),
         QStringLiteral("--json"), QStringLiteral("-")},
        m_secrets, m_dir.filePath(QStringLiteral("xdg")));
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

TestSecure::Run TestSecure::secure(const QString &profile, const QStringList &extraArguments)
{
    return LabFixture::runCli(
        QStringList{QStringLiteral("install"), QStringLiteral("--profile"), profile,
                    QStringLiteral("--phase"), QStringLiteral("secure"),
                    QStringLiteral("--secrets-stdin"), QStringLiteral("--json"),
                    QStringLiteral("-"), QStringLiteral("--ready-timeout"), QStringLiteral("60")} +
            extraArguments,
        m_secrets + "conf:server.keystore-password=" + kKeystorePassword + "\n",
        m_dir.filePath(QStringLiteral("xdg")), 400000);
}

QString TestSecure::securedProfile(const QJsonObject &secure)
{
    QJsonObject json = LabFixture::profileJson();
    json.insert(QStringLiteral("secure"), secure);
    return LabFixture::writeProfile(QDir(m_dir.path()), json);
}

QString TestSecure::fingerprintFromResult(const QJsonObject &json, const QString &node)
{
    static const QRegularExpression re(QStringLiteral("SHA-256 ([0-9A-F:]{95})"));
    for (const QJsonValue &v : json.value(QStringLiteral("results")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("node")).toString() == node &&
            o.value(QStringLiteral("check")).toString() == QLatin1String("secure.https"))
            return re.match(o.value(QStringLiteral("message")).toString()).captured(1);
    }
    return {};
}

QString TestSecure::servedFingerprint(const QString &node)
{
    QProcess p;
    p.start(QStringLiteral("bash"),
            {QStringLiteral("-c"),
             QStringLiteral("openssl s_client -connect %1:8443 -servername %1 </dev/null "
                            "2>/dev/null | openssl x509 -noout -fingerprint -sha256")
                 .arg(node)});
    p.waitForFinished(20000);
    return QString::fromLatin1(p.readAllStandardOutput()).trimmed().section(QLatin1Char('='), 1);
}

QString TestSecure::plainHttp(const QString &node)
{
    QProcess p;
    p.start(QStringLiteral("curl"),
            {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
             QStringLiteral("-m"), QStringLiteral("5"), QStringLiteral("-w"),
             QStringLiteral("%{http_code} %{redirect_url}"),
             QStringLiteral("http://%1:8080/admin/server/status").arg(node)});
    p.waitForFinished(10000);
    return QString::fromLatin1(p.readAllStandardOutput()).trimmed();
}

QString TestSecure::makeKeystore(const QString &password)
{
    const QString key = m_dir.filePath(QStringLiteral("own.key"));
    const QString crt = m_dir.filePath(QStringLiteral("own.crt"));
    const QString p12 = m_dir.filePath(QStringLiteral("own-%1.p12").arg(password.size()));
    if (QProcess::execute(
            QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
             QStringLiteral("-out"), crt, QStringLiteral("-days"), QStringLiteral("30"),
             QStringLiteral("-subj"), QStringLiteral("/CN=octane.lab"), QStringLiteral("-addext"),
             QStringLiteral("subjectAltName=DNS:octane1.lab,DNS:octane2.lab,DNS:"
                            "octane3.lab")}) != 0)
        return {};
    if (QProcess::execute(QStringLiteral("openssl"),
                          {QStringLiteral("pkcs12"), QStringLiteral("-export"),
                           QStringLiteral("-inkey"), key, QStringLiteral("-in"), crt,
                           QStringLiteral("-out"), p12, QStringLiteral("-passout"),
                           QStringLiteral("pass:") + password}) != 0)
        return {};
    return p12;
}

void TestSecure::badInputChangesNothing()
{
    const QString conf = LabFixture::profile().repositoryDir + QStringLiteral("/conf/octane.conf");
    const QString before = LabFixture::ssh(kFirst, QStringLiteral("sudo -n sha256sum ") + conf);
    // No "secure" object.
    Run r = secure(LabFixture::profilePath());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("no \"secure\" object"), r.err.constData());
    // A keystore that is not there.
    r = secure(
        securedProfile({{QStringLiteral("keystore"), QStringLiteral("/nonexistent/ks.p12")}}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("/nonexistent/ks.p12"), r.err.constData());
    // A keystore the password does not open: found on the workstation, no node touched.
    const QString other = makeKeystore(QStringLiteral("another-password"));
    QVERIFY(!other.isEmpty());
    r = secure(securedProfile({{QStringLiteral("keystore"), other}}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("does not open as a PKCS12 keystore"), r.err.constData());
    QVERIFY(!r.err.contains(kKeystorePassword));
    // TLS older than 1.2 is refused by the profile.
    r = secure(securedProfile({{QStringLiteral("keystore"), QStringLiteral("self-signed")},
                               {QStringLiteral("tlsMinimum"), QStringLiteral("TLSv1.1")}}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("tlsMinimum"), r.err.constData());
    QCOMPARE(LabFixture::ssh(kFirst, QStringLiteral("sudo -n sha256sum ") + conf), before);
}

void TestSecure::selfSignedHttpsOnEveryNode()
{
    QVERIFY(LabFixture::waitForStatus({kFirst, kSecond, kThird}));
    const QString profile =
        securedProfile({{QStringLiteral("keystore"), QStringLiteral("self-signed")},
                        {QStringLiteral("httpsPort"), 8443},
                        {QStringLiteral("forceHttps"), true},
                        {QStringLiteral("permissions"), true}});
    const Run r = secure(profile);
    QVERIFY2(r.exitCode == 0, qPrintable(failures(r.json) + QString::fromUtf8(r.err)));
    QVERIFY2(!r.out.contains(kKeystorePassword) && !r.err.contains(kKeystorePassword),
             "the keystore password was printed");
    const QString fingerprint = fingerprintFromResult(r.json, kFirst);
    QVERIFY2(!fingerprint.isEmpty(), qPrintable(failures(r.json)));
    // One at a time, the first node first (step 3), then the others (step 7).
    QStringList stops;
    for (const QJsonValue &v : r.json.value(QStringLiteral("results")).toArray()) {
        if (v.toObject().value(QStringLiteral("check")).toString() == QLatin1String("secure.stop"))
            stops.append(v.toObject().value(QStringLiteral("node")).toString());
    }
    QCOMPARE(stops, (QStringList{kFirst, kSecond, kThird}));
    for (const QString &node : {kFirst, kSecond, kThird}) {
        const QMap<QString, QString> v = verdicts(r.json, node);
        for (const char *step :
             {"secure.keystore", "secure.force-https", "secure.permissions", "secure.https"})
            QVERIFY2(v.value(QLatin1String(step)) == QLatin1String("pass"),
                     qPrintable(node + QLatin1Char(' ') + QLatin1String(step)));
        // What openssl sees is the keystore's certificate, the same on every node.
        QCOMPARE(servedFingerprint(node), fingerprint);
        // Plain HTTP is redirected to HTTPS.
        const QString plain = plainHttp(node);
        QVERIFY2(plain.startsWith(QLatin1String("302 https://")), qPrintable(node + plain));
        QCOMPARE(LabFixture::ssh(node, QStringLiteral("sudo -n stat -c '%U %a' "
                                                      "/opt/octane/conf/keystore.p12")),
                 QStringLiteral("octane 600"));
        QVERIFY(LabFixture::ssh(node, QStringLiteral("sudo -n stat -c '%a' /opt/octane/conf"))
                    .endsWith(QLatin1Char('0')));
        QVERIFY(LabFixture::ssh(node, QStringLiteral("sudo -n grep -c CONFIDENTIAL "
                                                     "/opt/octane/webapps/root/WEB-INF/web.xml"))
                    .toInt() == 1);
        QVERIFY(LabFixture::ssh(node, QStringLiteral("sudo -n sh -c 'ls /opt/octane/webapps/root/"
                                                     "WEB-INF/web.xml.*.bak | wc -l'"))
                    .toInt() >= 1);
        QVERIFY(LabFixture::ssh(node, QStringLiteral("sudo -n grep -c 'TLSv1.2 or later' "
                                                     "/opt/octane/log/wrapper.log"))
                    .toInt() >= 1);
    }
    // The shared octane.conf names the keystore; its password is there, not in any output.
    const QString conf = LabFixture::profile().repositoryDir + QStringLiteral("/conf/octane.conf");
    QVERIFY(
        LabFixture::ssh(kFirst, QStringLiteral("sudo -n grep -c keystore-path ") + conf).toInt() ==
        1);
}

void TestSecure::ownKeystoreReplacesItAndIsKeptOnAReRun()
{
    const QString own = makeKeystore(QString::fromLatin1(kKeystorePassword));
    QVERIFY(!own.isEmpty());
    const QString profile =
        securedProfile({{QStringLiteral("keystore"), own}, {QStringLiteral("forceHttps"), true}});
    Run r = secure(profile);
    QVERIFY2(r.exitCode == 0, qPrintable(failures(r.json) + QString::fromUtf8(r.err)));
    const QString fingerprint = fingerprintFromResult(r.json, kSecond);
    for (const QString &node : {kFirst, kSecond, kThird}) {
        QCOMPARE(servedFingerprint(node), fingerprint);
        // The self-signed keystore it replaced is kept as a backup.
        QVERIFY(LabFixture::ssh(node, QStringLiteral("sudo -n sh -c 'ls /opt/octane/conf/"
                                                     "keystore.p12.*.bak | wc -l'"))
                    .toInt() >= 1);
    }
    // Again: every node already has it; web.xml already forces HTTPS.
    r = secure(profile);
    QVERIFY2(r.exitCode == 0, qPrintable(failures(r.json)));
    for (const QJsonValue &v : r.json.value(QStringLiteral("results")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString check = o.value(QStringLiteral("check")).toString();
        if (check == QLatin1String("secure.keystore"))
            QVERIFY2(o.value(QStringLiteral("message"))
                         .toString()
                         .contains(QLatin1String("already this keystore")),
                     qPrintable(o.value(QStringLiteral("message")).toString()));
        if (check == QLatin1String("secure.edit-conf"))
            QVERIFY(o.value(QStringLiteral("message"))
                        .toString()
                        .contains(QLatin1String("already has these values")));
        // Nothing changed anywhere: no node is restarted.
        if (check == QLatin1String("secure.stop"))
            QVERIFY2(o.value(QStringLiteral("message"))
                         .toString()
                         .contains(QLatin1String("not restarted")),
                     qPrintable(o.value(QStringLiteral("message")).toString()));
    }
}

void TestSecure::wrongKeystorePasswordStopsAtThatNode()
{
    QCOMPARE(LabFixture::fault(QStringLiteral("on"),
                               QStringLiteral("keystore-wrong-password@octane2.lab")),
             0);
    const QString own = makeKeystore(QString::fromLatin1(kKeystorePassword));
    const Run r = secure(securedProfile({{QStringLiteral("keystore"), own}}));
    LabFixture::fault(QStringLiteral("off"), QStringLiteral("keystore-wrong-password@octane2.lab"));
    QCOMPARE(r.exitCode, 1);
    bool named = false;
    for (const QJsonValue &v : r.json.value(QStringLiteral("results")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("verdict")).toString() == QLatin1String("fail")) {
            QCOMPARE(o.value(QStringLiteral("node")).toString(), kSecond);
            const QString text = o.value(QStringLiteral("message")).toString() + QLatin1Char(' ') +
                                 o.value(QStringLiteral("fix")).toString();
            named = text.contains(QLatin1String("password"), Qt::CaseInsensitive) &&
                    text.contains(kSecond);
            QVERIFY2(named, qPrintable(text));
        }
    }
    QVERIFY(named);
    // The phase stopped there: octane3 was not touched.
    QVERIFY(!verdicts(r.json, kThird).contains(QStringLiteral("secure.stop")) ||
            verdicts(r.json, kThird).value(QStringLiteral("secure.stop")) ==
                QLatin1String("skipped"));
    // Repaired (fault off), the rest of the phase finishes: --only the nodes not done.
    const Run again = secure(securedProfile({{QStringLiteral("keystore"), own}}),
                             {QStringLiteral("--only"), QStringLiteral("octane2.lab,octane3.lab")});
    QVERIFY2(again.exitCode == 0, qPrintable(failures(again.json)));
}

void TestSecure::unreadableKeystoreStopsAtThatNode()
{
    QCOMPARE(
        LabFixture::fault(QStringLiteral("on"), QStringLiteral("keystore-unreadable@octane3.lab")),
        0);
    const QString own = makeKeystore(QString::fromLatin1(kKeystorePassword));
    const Run r = secure(securedProfile({{QStringLiteral("keystore"), own}}));
    LabFixture::fault(QStringLiteral("off"), QStringLiteral("keystore-unreadable@octane3.lab"));
    QCOMPARE(r.exitCode, 1);
    QString said;
    for (const QJsonValue &v : r.json.value(QStringLiteral("results")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("verdict")).toString() == QLatin1String("fail"))
            said += o.value(QStringLiteral("node")).toString() + QLatin1Char(' ') +
                    o.value(QStringLiteral("message")).toString() + QLatin1Char(' ') +
                    o.value(QStringLiteral("fix")).toString();
    }
    QVERIFY2(said.startsWith(kThird) && said.contains(QLatin1String("keystore")), qPrintable(said));
}

void TestSecure::cleanupTestCase()
{
    LabFixture::fault(QStringLiteral("off"), QStringLiteral("keystore-wrong-password@octane2.lab"));
    LabFixture::fault(QStringLiteral("off"), QStringLiteral("keystore-unreadable@octane3.lab"));
    LabFixture::resetCluster();
}

QTEST_GUILESS_MAIN(TestSecure)
#include "tst_secure.moc"
