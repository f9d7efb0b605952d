#include "httpscheckstep.h"

#include "../../base/tr.h"
#include "../../http/healthprobe.h"
#include "../steprun.h"

#include <QDeadlineTimer>
#include <QThread>

namespace Ocw::Core {

namespace {
constexpr qint64 HttpsWaitMs = 15000; // the ready line comes after the listeners: seconds at most

QString healthPath(const PhaseInputs &in)
{
    const QString status = in.release.statusPath();
    return status.isEmpty() ? QStringLiteral("/admin/server/version") : status;
}

QUrl urlOf(const QString &scheme, const QString &host, int port)
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(host);
    url.setPort(port);
    return url;
}

int httpPortOf(const PhaseInputs &in)
{
    const QString key = in.release.keyPath(ConfRole::HttpPort);
    const int port = key.isEmpty() ? 0 : in.profile.octaneConf.value(key).toInt();
    return port > 0 ? port
                    : (in.release.port(QStringLiteral("http")) > 0
                           ? in.release.port(QStringLiteral("http"))
                           : 8080);
}
} // namespace

QString HttpsCheckStep::name() const
{
    return StepId::Https;
}

QString HttpsCheckStep::title() const
{
    return Tr::tr("HTTPS answered");
}

QString HttpsCheckStep::statusText() const
{
    return Tr::tr("Checking HTTPS…");
}

QString HttpsCheckStep::description(const PhaseInputs &in, const NodeState &node) const
{
    QString text =
        Tr::tr("GET %1%2 over TLS %3 or later, trusting only the keystore's "
               "certificate (SHA-256 %4).")
            .arg(urlOf(QStringLiteral("https"), node.commands.node(), in.profile.secure.httpsPort)
                     .toString(),
                 healthPath(in), in.profile.secure.tlsMinimum.mid(4),
                 in.keystoreFingerprint.isEmpty() ? Tr::tr("read when it runs")
                                                  : in.keystoreFingerprint);
    if (in.profile.secure.forceHttps)
        text += Tr::tr(" Then plain HTTP on port %1 must be redirected to HTTPS or refused.")
                    .arg(httpPortOf(in));
    return text;
}

bool HttpsCheckStep::changesNode() const
{
    return false;
}

QString HttpsCheckStep::doneWhen() const
{
    return Tr::tr("always runs (it only reads)");
}

QList<PlannedCommand> HttpsCheckStep::plannedCommands(const PhaseInputs &in,
                                                      const NodeState &node) const
{
    QList<PlannedCommand> planned{
        {QStringLiteral("GET %1%2")
             .arg(urlOf(QStringLiteral("https"), node.commands.node(), in.profile.secure.httpsPort)
                      .toString(),
                  healthPath(in)),
         Tr::tr("from the workstation, the certificate pinned")}};
    if (in.profile.secure.forceHttps)
        planned.append(
            {QStringLiteral("GET %1%2")
                 .arg(
                     urlOf(QStringLiteral("http"), node.commands.node(), httpPortOf(in)).toString(),
                     healthPath(in)),
             Tr::tr("from the workstation: must be redirected or refused")});
    return planned;
}

QList<PlannedFile> HttpsCheckStep::plannedFiles(const PhaseInputs &, const NodeState &) const
{
    return {};
}

QString HttpsCheckStep::afterCancel(const PhaseInputs &, const NodeState &) const
{
    return Tr::tr("Nothing was changed.");
}

CheckResult HttpsCheckStep::run(StepRun &run) const
{
    const QString node = run.nodeName();
    const PhaseInputs &in = run.in;
    const QString path = healthPath(in);
    const QUrl https = urlOf(QStringLiteral("https"), node, in.profile.secure.httpsPort);
    QList<QByteArray> trusted{in.keystoreFingerprint.toLatin1()};
    run.recordRequest(QStringLiteral("GET %1%2   # certificate SHA-256 %3")
                          .arg(https.toString(), path, in.keystoreFingerprint));
    const QDeadlineTimer deadline(HttpsWaitMs);
    std::optional<HealthProbe> secure;
    while (true) {
        secure = HealthProbe::read(https, path, trusted, {}, 5000, run.cancelToken());
        if (!secure)
            return run.skipped(Tr::tr("%1: cancelled while checking HTTPS.").arg(node));
        if (secure->healthy() || deadline.hasExpired())
            break;
        run.progress(
            Tr::tr("HTTPS: %1…")
                .arg(secure->httpStatus > 0 ? QString::number(secure->httpStatus) : secure->text));
        for (int i = 0; i < 10 && !run.cancelled(); ++i)
            QThread::msleep(100);
    }
    QStringList lines{
        QStringLiteral("GET %1%2: %3")
            .arg(https.toString(), path,
                 secure->httpStatus > 0 ? QString::number(secure->httpStatus) : secure->text)};
    run.setOutput(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    // 500: TLS with the keystore's certificate works, but the node says the cluster is not
    // whole (another node down): HTTPS is what this step checks; the verification judges the
    // cluster.
    const bool unhealthyButSecure = secure->httpStatus == 500;
    if (!secure->healthy() && !unhealthyButSecure) {
        return run.fail(
            Tr::tr("%1: HTTPS on port %2 did not answer healthy with the keystore's "
                   "certificate (SHA-256 %3): %4.")
                .arg(node)
                .arg(in.profile.secure.httpsPort)
                .arg(in.keystoreFingerprint, secure->httpStatus > 0
                                                 ? QStringLiteral("HTTP %1").arg(secure->httpStatus)
                                                 : secure->text),
            Tr::tr("Read the node's %1 for the keystore (\"Cannot load the "
                   "keystore\", \"Cannot read the keystore\"); a certificate "
                   "error means the node serves another certificate.")
                .arg(run.commands().logFile()));
    }
    if (unhealthyButSecure && !in.profile.secure.forceHttps)
        return run.warn(Tr::tr("%1: HTTPS answers on port %2 with the keystore's certificate "
                               "(SHA-256 %3), but the node reports the cluster unhealthy (HTTP "
                               "500).")
                            .arg(node)
                            .arg(in.profile.secure.httpsPort)
                            .arg(in.keystoreFingerprint),
                        Tr::tr("Start the nodes that are down, then verify the cluster."));
    if (!in.profile.secure.forceHttps)
        return run.pass(Tr::tr("%1: HTTPS answers on port %2 with the keystore's certificate "
                               "(SHA-256 %3).")
                            .arg(node)
                            .arg(in.profile.secure.httpsPort)
                            .arg(in.keystoreFingerprint));

    const QUrl plain = urlOf(QStringLiteral("http"), node, httpPortOf(in));
    const std::optional<HealthProbe> p =
        HealthProbe::read(plain, path, {}, QByteArrayLiteral("Location"), 5000, run.cancelToken());
    if (!p)
        return run.skipped(Tr::tr("%1: cancelled while checking HTTPS.").arg(node));
    lines.append(QStringLiteral("GET %1%2: %3 %4")
                     .arg(plain.toString(), path,
                          p->httpStatus > 0 ? QString::number(p->httpStatus) : p->text,
                          p->capturedHeader));
    run.setOutput(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    const bool redirected = p->httpStatus >= 300 && p->httpStatus < 400 &&
                            p->capturedHeader.startsWith(QLatin1String("https://"));
    if ((p->httpStatus == 0 || redirected) && unhealthyButSecure)
        return run.warn(
            Tr::tr("%1: HTTPS answers on port %2 with the keystore's certificate "
                   "(SHA-256 %3) and plain HTTP is %4, but the node reports the "
                   "cluster unhealthy (HTTP 500).")
                .arg(node)
                .arg(in.profile.secure.httpsPort)
                .arg(in.keystoreFingerprint, redirected ? Tr::tr("redirected") : Tr::tr("refused")),
            Tr::tr("Start the nodes that are down, then verify the cluster."));
    if (p->httpStatus == 0 || redirected)
        return run.pass(Tr::tr("%1: HTTPS answers on port %2 with the keystore's certificate "
                               "(SHA-256 %3); plain HTTP is %4.")
                            .arg(node)
                            .arg(in.profile.secure.httpsPort)
                            .arg(in.keystoreFingerprint,
                                 redirected ? Tr::tr("redirected to %1").arg(p->capturedHeader)
                                            : Tr::tr("refused")));
    return run.fail(Tr::tr("%1: HTTPS is forced, but plain HTTP on port %2 still answers %3.")
                        .arg(node)
                        .arg(plain.port())
                        .arg(p->httpStatus),
                    Tr::tr("Check %1's security-constraint (transport-guarantee CONFIDENTIAL) "
                           "and restart the node.")
                        .arg(run.commands().webXmlFile()));
}

} // namespace Ocw::Core
