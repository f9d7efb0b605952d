#pragma once

// Shared helpers of the tests that run against the local lab (tests/lab/labctl), started by
// the ctest fixture `lab_up` in $OCW_LAB_STATE.

#include "core/model/clusterprofile.h"
#include "core/secrets/secretresolver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QThread>

namespace LabFixture {

inline QString stateDir()
{
    const QString env = qEnvironmentVariable("OCW_LAB_STATE");
    return env.isEmpty() ? QStringLiteral(OCW_LAB_STATE) : env;
}

inline QString profilePath()
{
    return stateDir() + QStringLiteral("/profile.json");
}

inline Ocw::Core::ClusterProfile profile()
{
    const Ocw::Core::Expected<Ocw::Core::ClusterProfile> p =
        Ocw::Core::ClusterProfile::load(profilePath());
    return p ? *p : Ocw::Core::ClusterProfile();
}

// The lab's profile as JSON, to change a field or two and write it with writeProfile().
inline QJsonObject profileJson()
{
    QFile f(profilePath());
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Writes `json` as a new profile-N.json in `dir`; its path.
inline QString writeProfile(const QDir &dir, const QJsonObject &json)
{
    static int n = 0;
    const QString path = dir.filePath(QStringLiteral("profile-%1.json").arg(++n));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(json).toJson());
    return path;
}

inline QHash<QString, QString> secrets()
{
    QFile f(stateDir() + QStringLiteral("/secrets.env"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return Ocw::Core::SecretResolver::parseLines(f.readAll());
}

// `labctl fault on|off NAME@NODE`; returns labctl's exit code.
inline int fault(const QString &onOff, const QString &spec)
{
    return QProcess::execute(QStringLiteral(OCW_LABCTL), {QStringLiteral("fault"), onOff, spec,
                                                          QStringLiteral("--state"), stateDir()});
}

// Runs `command` on `node` as ocwadmin with the lab's key and known_hosts (OpenSSH, not the
// product): trimmed stdout; the exit code in *exitCode.
inline QString ssh(const QString &node, const QString &command, int *exitCode = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("ssh"),
            {QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
             QStringLiteral("UserKnownHostsFile=") + stateDir() + QStringLiteral("/known_hosts"),
             QStringLiteral("-i"), stateDir() + QStringLiteral("/keys/id_ed25519"),
             QStringLiteral("ocwadmin@") + node, command});
    p.waitForFinished(30000);
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// Until every node's /admin/server/status answers 200 (`anyAnswer`: answers at all), within
// `timeoutMs`; false when it did not come to that.
inline bool waitForStatus(const QStringList &nodes, bool anyAnswer = false, int timeoutMs = 90000)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        bool all = true;
        for (const QString &node : nodes) {
            QProcess curl;
            curl.start(QStringLiteral("curl"),
                       {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                        QStringLiteral("-m"), QStringLiteral("3"), QStringLiteral("-w"),
                        QStringLiteral("%{http_code}"),
                        QStringLiteral("http://%1:8080/admin/server/status").arg(node)});
            curl.waitForFinished(5000);
            const QByteArray code = curl.readAllStandardOutput().trimmed();
            if (anyAnswer ? (code == "000" || code.isEmpty()) : code != "200")
                all = false;
        }
        if (all)
            return true;
        QThread::msleep(500);
    }
    return false;
}

// The product's command line as the tests run it: `input` on stdin (the lab's secrets), the
// keychain out of reach (secrets from stdin only), its data under `xdgDataHome`.
struct CliRun
{
    int exitCode = -1;
    QJsonObject json; // stdout as JSON (--json -)
    QByteArray out;
    QByteArray err;
};
inline CliRun runCli(const QStringList &arguments, const QByteArray &input,
                     const QString &xdgDataHome, int timeoutMs = 300000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), xdgDataHome);
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OCW_CLI_BINARY), arguments);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    CliRun r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.json = QJsonDocument::fromJson(r.out).object();
    return r;
}

// check id -> verdict of one node's results in a JSON report.
inline QMap<QString, QString> verdicts(const QJsonObject &json, const QString &node)
{
    QMap<QString, QString> map;
    for (const QJsonValue &v : json.value(QStringLiteral("results")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("node")).toString() == node)
            map.insert(o.value(QStringLiteral("check")).toString(),
                       o.value(QStringLiteral("verdict")).toString());
    }
    return map;
}

// "check node verdict: message | fix" of every result of a JSON report that did not pass.
inline QString failures(const QJsonObject &json)
{
    QStringList lines;
    for (const QJsonValue &v : json.value(QStringLiteral("results")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("verdict")).toString() != QLatin1String("pass"))
            lines.append(QStringLiteral("%1 %2 %3: %4 | %5")
                             .arg(o.value(QStringLiteral("check")).toString(),
                                  o.value(QStringLiteral("node")).toString(),
                                  o.value(QStringLiteral("verdict")).toString(),
                                  o.value(QStringLiteral("message")).toString(),
                                  o.value(QStringLiteral("fix")).toString() +
                                      o.value(QStringLiteral("output")).toString().right(600)));
    }
    return lines.join(QLatin1Char('\n'));
}

// `labctl package --out DIR/`: the path of the simulated Octane rpm, empty on failure.
inline QString buildPackage(const QString &dir)
{
    QProcess p;
    p.start(QStringLiteral(OCW_LABCTL),
            {QStringLiteral("package"), QStringLiteral("--out"), dir + QLatin1Char('/')});
    if (!p.waitForFinished(180000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// `labctl cert --node N`: the SHA-256 fingerprint of node N's HTTPS certificate.
inline QString certificateFingerprint(int node)
{
    QProcess p;
    p.start(QStringLiteral(OCW_LABCTL),
            {QStringLiteral("cert"), QStringLiteral("--node"), QString::number(node),
             QStringLiteral("--state"), stateDir()});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromLatin1(p.readAllStandardOutput()).trimmed();
}

// The private folder the product stages the package in on `node` (the login user's home is
// this machine's /home, shared by the lab's nodes: hence one folder per node).
inline QString stagingDir(const QString &node)
{
    return QStringLiteral("/home/ocwadmin/.octane-cluster-wizard/staging/") + node;
}

// Leaves the first node as the lab made it: no server, no package (rpm or unpacked archive),
// no octane.conf.
inline void resetFirstNode()
{
    ssh(QStringLiteral("octane1.lab"),
        QStringLiteral("sudo -n systemctl stop octane; sudo -n rpm -e octane; sudo -n rm -rf "
                       "/opt/octane/conf /opt/octane/log /opt/octane/install /opt/octane/server "
                       "/opt/octane/wrapper /home/ocwadmin/.octane-cluster-wizard"));
}

// Leaves every node as the lab made it, and the shared repository without the cluster's
// configuration (the first node's copy would be read again by the next first start).
inline void resetCluster()
{
    const Ocw::Core::ClusterProfile p = profile();
    for (const Ocw::Core::Node &n : p.nodes) {
        ssh(n.host, QStringLiteral("sudo -n systemctl stop octane; sudo -n rpm -e octane; sudo -n "
                                   "rm -rf /opt/octane/conf /opt/octane/log /opt/octane/install "
                                   "/opt/octane/server /opt/octane/wrapper ") +
                        stagingDir(n.host));
    }
    ssh(p.nodes.first().host, QStringLiteral("sudo -n rm -rf /srv/octane-repo/conf "
                                             "/srv/octane-repo/.octane-cluster-wizard-staging"));
}

} // namespace LabFixture
