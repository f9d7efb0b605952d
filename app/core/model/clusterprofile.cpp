#include "clusterprofile.h"

#include "../base/outputfile.h"
#include "../base/tr.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Ocw::Core {

namespace {

Error fieldError(const QString &field, const QString &what)
{
    return makeError(ErrorCode::InvalidInput, Tr::tr("Profile field \"%1\": %2").arg(field, what));
}

// Reads an optional string field; a present value of another type is an error.
bool readString(const QJsonObject &obj, const QString &key, const QString &path, QString *out,
                Error *error)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString()) {
        *error = fieldError(path, Tr::tr("must be a string"));
        return false;
    }
    *out = v.toString();
    return true;
}

bool readPort(const QJsonObject &obj, const QString &key, const QString &path, quint16 *out,
              bool allowZero, Error *error)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    const double d = v.toDouble(-1);
    const int port = int(d);
    if (!v.isDouble() || d != port || port < (allowZero ? 0 : 1) || port > 65535) {
        *error = fieldError(path, Tr::tr("must be a port number from 1 to 65535"));
        return false;
    }
    *out = quint16(port);
    return true;
}

bool readAuth(const QJsonObject &obj, const QString &path, std::optional<AuthMethod> *out,
              Error *error)
{
    QString name;
    if (!readString(obj, QStringLiteral("auth"), path, &name, error))
        return false;
    if (name.isEmpty())
        return true;
    AuthMethod method;
    if (!parseAuthMethod(name, &method)) {
        *error = fieldError(path, Tr::tr("\"%1\" is not one of key, password, "
                                         "keyboard-interactive, agent")
                                      .arg(name));
        return false;
    }
    *out = method;
    return true;
}

} // namespace

QString ClusterProfile::firstNodeHost() const
{
    if (!firstNode.isEmpty())
        return firstNode;
    return nodes.isEmpty() ? QString() : nodes.first().host;
}

int ClusterProfile::indexOfNode(const QString &host) const
{
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).host.compare(host, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

SshTarget ClusterProfile::sshTargetFor(const Node &node) const
{
    SshTarget t;
    t.nodeName = node.host;
    t.host = node.connectHost();
    t.port = node.port ? node.port : ssh.port;
    t.user = node.user.isEmpty() ? ssh.user : node.user;
    t.auth = node.auth.value_or(ssh.auth);
    t.keyFile = node.keyFile.isEmpty() ? ssh.keyFile : node.keyFile;
    return t;
}

QJsonObject ClusterProfile::toJson() const
{
    QJsonObject sshObj{{QStringLiteral("user"), ssh.user},
                       {QStringLiteral("port"), ssh.port},
                       {QStringLiteral("auth"), authMethodName(ssh.auth)}};
    if (!ssh.keyFile.isEmpty())
        sshObj.insert(QStringLiteral("keyFile"), ssh.keyFile);
    if (!ssh.knownHostsFile.isEmpty())
        sshObj.insert(QStringLiteral("knownHostsFile"), ssh.knownHostsFile);

    QJsonArray nodeArray;
    for (const Node &n : nodes) {
        QJsonObject o{{QStringLiteral("host"), n.host}};
        if (!n.address.isEmpty())
            o.insert(QStringLiteral("address"), n.address);
        if (n.port)
            o.insert(QStringLiteral("port"), n.port);
        if (!n.user.isEmpty())
            o.insert(QStringLiteral("user"), n.user);
        if (n.auth)
            o.insert(QStringLiteral("auth"), authMethodName(*n.auth));
        if (!n.keyFile.isEmpty())
            o.insert(QStringLiteral("keyFile"), n.keyFile);
        nodeArray.append(o);
    }

    QJsonObject json{
        {QStringLiteral("version"), CurrentVersion},
        {QStringLiteral("name"), name},
        {QStringLiteral("release"), release},
        {QStringLiteral("ssh"), sshObj},
        {QStringLiteral("nodes"), nodeArray},
        {QStringLiteral("firstNode"), firstNodeHost()},
        {QStringLiteral("database"), QJsonObject{{QStringLiteral("host"), database.host},
                                                 {QStringLiteral("port"), database.port}}},
        {QStringLiteral("repositoryDir"), repositoryDir},
        {QStringLiteral("installUser"), installUser},
        {QStringLiteral("installDir"), installDir},
        {QStringLiteral("loadBalancerUrl"), loadBalancerUrl},
        {QStringLiteral("concurrency"), concurrency},
        {QStringLiteral("serverScheme"), serverScheme},
        {QStringLiteral("readyTimeout"), readyTimeoutS},
    };
    if (!trustedCertificates.isEmpty()) {
        QJsonArray trusted;
        for (const TrustedCertificate &c : trustedCertificates)
            trusted.append(QJsonObject{{QStringLiteral("host"), c.host},
                                       {QStringLiteral("sha256"), c.sha256}});
        json.insert(QStringLiteral("trustedCertificates"), trusted);
    }
    if (!octaneConf.isEmpty())
        json.insert(QStringLiteral("octaneConf"), octaneConf);
    if (secure.present)
        json.insert(QStringLiteral("secure"), secure.toJson());
    if (!verify.isDefault())
        json.insert(QStringLiteral("verify"),
                    QJsonObject{{QStringLiteral("upstreamHeader"), verify.upstreamHeader},
                                {QStringLiteral("healthReadings"), verify.healthReadings},
                                {QStringLiteral("healthWindow"), verify.healthWindowS},
                                {QStringLiteral("rejoinWindow"), verify.rejoinWindowS}});
    return json;
}

QString TrustedCertificate::normalizeFingerprint(const QString &text)
{
    QString hex;
    for (const QChar c : text) {
        if (c == QLatin1Char(':') || c.isSpace())
            continue;
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return {};
        hex.append(c.toUpper());
    }
    if (hex.size() != 64)
        return {};
    QStringList pairs;
    for (int i = 0; i < hex.size(); i += 2)
        pairs.append(hex.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

QStringList ClusterProfile::trustedFingerprintsFor(const QString &host) const
{
    QStringList out;
    for (const TrustedCertificate &c : trustedCertificates) {
        if (c.host.compare(host, Qt::CaseInsensitive) == 0)
            out.append(c.sha256);
    }
    return out;
}

bool ClusterProfile::trustCertificate(const QString &host, const QString &sha256)
{
    const QString normalized = TrustedCertificate::normalizeFingerprint(sha256);
    if (normalized.isEmpty())
        return false;
    if (!trustedFingerprintsFor(host).contains(normalized))
        trustedCertificates.append(TrustedCertificate{host, normalized});
    return true;
}

Expected<ClusterProfile> ClusterProfile::fromJson(const QJsonObject &json)
{
    Error error;
    ClusterProfile p;

    const QJsonValue version = json.value(QStringLiteral("version"));
    if (!version.isDouble())
        return fieldError(QStringLiteral("version"), Tr::tr("is missing; this file is not a "
                                                            "cluster profile"));
    if (version.toInt() != CurrentVersion) {
        return fieldError(QStringLiteral("version"),
                          Tr::tr("version %1 is not supported (this program reads version %2)")
                              .arg(version.toInt())
                              .arg(CurrentVersion));
    }
    if (!readString(json, QStringLiteral("name"), QStringLiteral("name"), &p.name, &error) ||
        !readString(json, QStringLiteral("release"), QStringLiteral("release"), &p.release,
                    &error) ||
        !readString(json, QStringLiteral("firstNode"), QStringLiteral("firstNode"), &p.firstNode,
                    &error) ||
        !readString(json, QStringLiteral("repositoryDir"), QStringLiteral("repositoryDir"),
                    &p.repositoryDir, &error) ||
        !readString(json, QStringLiteral("installUser"), QStringLiteral("installUser"),
                    &p.installUser, &error) ||
        !readString(json, QStringLiteral("installDir"), QStringLiteral("installDir"), &p.installDir,
                    &error) ||
        !readString(json, QStringLiteral("loadBalancerUrl"), QStringLiteral("loadBalancerUrl"),
                    &p.loadBalancerUrl, &error) ||
        !readString(json, QStringLiteral("serverScheme"), QStringLiteral("serverScheme"),
                    &p.serverScheme, &error)) {
        return error;
    }
    if (p.serverScheme.isEmpty())
        p.serverScheme = QStringLiteral("http");
    if (p.serverScheme != QLatin1String("http") && p.serverScheme != QLatin1String("https"))
        return fieldError(QStringLiteral("serverScheme"),
                          Tr::tr("must be \"http\" or \"https\", not \"%1\"").arg(p.serverScheme));

    const QJsonValue trustedValue = json.value(QStringLiteral("trustedCertificates"));
    if (!trustedValue.isUndefined()) {
        if (!trustedValue.isArray())
            return fieldError(QStringLiteral("trustedCertificates"),
                              Tr::tr("must be a list of {\"host\", \"sha256\"}"));
        const QJsonArray trusted = trustedValue.toArray();
        for (int i = 0; i < trusted.size(); ++i) {
            const QString path = QStringLiteral("trustedCertificates[%1]").arg(i);
            if (!trusted.at(i).isObject())
                return fieldError(path, Tr::tr("must be an object with \"host\" and \"sha256\""));
            TrustedCertificate c;
            QString fingerprint;
            if (!readString(trusted.at(i).toObject(), QStringLiteral("host"),
                            path + QStringLiteral(".host"), &c.host, &error) ||
                !readString(trusted.at(i).toObject(), QStringLiteral("sha256"),
                            path + QStringLiteral(".sha256"), &fingerprint, &error)) {
                return error;
            }
            c.sha256 = TrustedCertificate::normalizeFingerprint(fingerprint);
            if (c.sha256.isEmpty())
                return fieldError(path + QStringLiteral(".sha256"),
                                  Tr::tr("is not a SHA-256 fingerprint (64 hexadecimal digits)"));
            p.trustedCertificates.append(c);
        }
    }

    const QJsonValue concurrency = json.value(QStringLiteral("concurrency"));
    if (!concurrency.isUndefined()) {
        if (!concurrency.isDouble() || concurrency.toInt() < 1 || concurrency.toInt() > 64)
            return fieldError(QStringLiteral("concurrency"),
                              Tr::tr("must be a number from 1 to 64"));
        p.concurrency = concurrency.toInt();
    }

    const QJsonValue readyTimeout = json.value(QStringLiteral("readyTimeout"));
    if (!readyTimeout.isUndefined()) {
        if (!readyTimeout.isDouble() || readyTimeout.toInt() < 10 || readyTimeout.toInt() > 7200)
            return fieldError(QStringLiteral("readyTimeout"),
                              Tr::tr("must be a number of seconds from 10 to 7200"));
        p.readyTimeoutS = readyTimeout.toInt();
    }

    const Expected<SecureSettings> secure =
        SecureSettings::fromJson(json.value(QStringLiteral("secure")));
    if (!secure)
        return secure.error();
    p.secure = *secure;

    const QJsonValue verifyValue = json.value(QStringLiteral("verify"));
    if (!verifyValue.isUndefined()) {
        if (!verifyValue.isObject())
            return fieldError(QStringLiteral("verify"), Tr::tr("must be an object"));
        const QJsonObject v = verifyValue.toObject();
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (it.key() != QLatin1String("upstreamHeader") &&
                it.key() != QLatin1String("healthReadings") &&
                it.key() != QLatin1String("healthWindow") &&
                it.key() != QLatin1String("rejoinWindow"))
                return fieldError(QStringLiteral("verify.") + it.key(),
                                  Tr::tr("is not a setting of the verification (upstreamHeader, "
                                         "healthReadings, healthWindow, rejoinWindow)"));
        }
        if (!readString(v, QStringLiteral("upstreamHeader"),
                        QStringLiteral("verify.upstreamHeader"), &p.verify.upstreamHeader, &error))
            return error;
        static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]*$"));
        if (!token.match(p.verify.upstreamHeader).hasMatch())
            return fieldError(
                QStringLiteral("verify.upstreamHeader"),
                Tr::tr("\"%1\" is not an HTTP header name").arg(p.verify.upstreamHeader));
        const QJsonValue readings = v.value(QStringLiteral("healthReadings"));
        if (!readings.isUndefined()) {
            if (!readings.isDouble() || readings.toInt() < 1 || readings.toInt() > 100)
                return fieldError(QStringLiteral("verify.healthReadings"),
                                  Tr::tr("must be a number from 1 to 100"));
            p.verify.healthReadings = readings.toInt();
        }
        const QJsonValue window = v.value(QStringLiteral("healthWindow"));
        if (!window.isUndefined()) {
            if (!window.isDouble() || window.toInt() < 0 || window.toInt() > 3600)
                return fieldError(QStringLiteral("verify.healthWindow"),
                                  Tr::tr("must be a number of seconds from 0 to 3600"));
            p.verify.healthWindowS = window.toInt();
        }
        const QJsonValue rejoin = v.value(QStringLiteral("rejoinWindow"));
        if (!rejoin.isUndefined()) {
            if (!rejoin.isDouble() || rejoin.toInt() < 0 || rejoin.toInt() > 3600)
                return fieldError(QStringLiteral("verify.rejoinWindow"),
                                  Tr::tr("must be a number of seconds from 0 to 3600"));
            p.verify.rejoinWindowS = rejoin.toInt();
        }
    }

    const QJsonValue sshValue = json.value(QStringLiteral("ssh"));
    if (!sshValue.isUndefined()) {
        if (!sshValue.isObject())
            return fieldError(QStringLiteral("ssh"), Tr::tr("must be an object"));
        const QJsonObject s = sshValue.toObject();
        std::optional<AuthMethod> auth;
        if (!readString(s, QStringLiteral("user"), QStringLiteral("ssh.user"), &p.ssh.user,
                        &error) ||
            !readPort(s, QStringLiteral("port"), QStringLiteral("ssh.port"), &p.ssh.port, false,
                      &error) ||
            !readAuth(s, QStringLiteral("ssh.auth"), &auth, &error) ||
            !readString(s, QStringLiteral("keyFile"), QStringLiteral("ssh.keyFile"), &p.ssh.keyFile,
                        &error) ||
            !readString(s, QStringLiteral("knownHostsFile"), QStringLiteral("ssh.knownHostsFile"),
                        &p.ssh.knownHostsFile, &error)) {
            return error;
        }
        p.ssh.auth = auth.value_or(AuthMethod::KeyFile);
    }

    const QJsonValue nodesValue = json.value(QStringLiteral("nodes"));
    if (!nodesValue.isArray())
        return fieldError(QStringLiteral("nodes"), Tr::tr("must be a list of nodes"));
    const QJsonArray nodeArray = nodesValue.toArray();
    if (nodeArray.size() > MaxNodes) {
        // At once, before reading the entries: a run over such a list is never meant.
        return fieldError(QStringLiteral("nodes"),
                          Tr::tr("%1 nodes are listed; at most %2 are supported. Remove the "
                                 "nodes that are not part of this cluster.")
                              .arg(nodeArray.size())
                              .arg(MaxNodes));
    }
    for (int i = 0; i < nodeArray.size(); ++i) {
        const QString path = QStringLiteral("nodes[%1]").arg(i);
        Node n;
        if (nodeArray.at(i).isString()) {
            n.host = nodeArray.at(i).toString();
        } else if (nodeArray.at(i).isObject()) {
            const QJsonObject o = nodeArray.at(i).toObject();
            if (!readString(o, QStringLiteral("host"), path + QStringLiteral(".host"), &n.host,
                            &error) ||
                !readString(o, QStringLiteral("address"), path + QStringLiteral(".address"),
                            &n.address, &error) ||
                !readPort(o, QStringLiteral("port"), path + QStringLiteral(".port"), &n.port, true,
                          &error) ||
                !readString(o, QStringLiteral("user"), path + QStringLiteral(".user"), &n.user,
                            &error) ||
                !readAuth(o, path + QStringLiteral(".auth"), &n.auth, &error) ||
                !readString(o, QStringLiteral("keyFile"), path + QStringLiteral(".keyFile"),
                            &n.keyFile, &error)) {
                return error;
            }
        } else {
            return fieldError(path, Tr::tr("must be an object with a \"host\""));
        }
        if (n.host.trimmed().isEmpty())
            return fieldError(path + QStringLiteral(".host"), Tr::tr("is empty"));
        n.host = n.host.trimmed();
        p.nodes.append(n);
    }

    const QJsonValue dbValue = json.value(QStringLiteral("database"));
    if (!dbValue.isUndefined()) {
        if (!dbValue.isObject())
            return fieldError(QStringLiteral("database"), Tr::tr("must be an object"));
        const QJsonObject d = dbValue.toObject();
        if (!readString(d, QStringLiteral("host"), QStringLiteral("database.host"),
                        &p.database.host, &error) ||
            !readPort(d, QStringLiteral("port"), QStringLiteral("database.port"), &p.database.port,
                      false, &error)) {
            return error;
        }
    }

    const QJsonValue confValue = json.value(QStringLiteral("octaneConf"));
    if (!confValue.isUndefined()) {
        if (!confValue.isObject())
            return fieldError(QStringLiteral("octaneConf"),
                              Tr::tr("must be an object of octane.conf settings"));
        p.octaneConf = confValue.toObject();
    }

    if (!p.firstNode.isEmpty() && p.indexOfNode(p.firstNode) < 0) {
        return fieldError(QStringLiteral("firstNode"),
                          Tr::tr("\"%1\" is not one of the nodes").arg(p.firstNode));
    }
    return p;
}

Expected<ClusterProfile> ClusterProfile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         Tr::tr("Cannot read the profile %1: %2").arg(path, file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The profile %1 is not valid JSON (offset %2: %3).")
                             .arg(path)
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    }
    Expected<ClusterProfile> profile = fromJson(doc.object());
    if (!profile) {
        Error e = profile.error();
        e.message = Tr::tr("%1: %2").arg(path, e.message);
        return e;
    }
    return profile;
}

Expected<Done> ClusterProfile::save(const QString &path) const
{
    return OutputFile::write(path, QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
}

} // namespace Ocw::Core
