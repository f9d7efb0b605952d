#include "signinstep.h"

#include "../../base/tr.h"
#include "../../http/signinclient.h"
#include "../steprun.h"

#include <QEventLoop>
#include <QTimer>

namespace Ocw::Core {

namespace {
QString describeCertificate(const CertificateInfo &c)
{
    return QStringLiteral("certificate:\n  subject: %1\n  issuer: %2\n  names: %3\n"
                          "  valid: %4 to %5\n  sha256: %6\n  trusted: %7%8\n")
        .arg(c.subject, c.issuer, c.alternateNames.join(QStringLiteral(", ")),
             c.notBefore.toString(Qt::ISODate), c.notAfter.toString(Qt::ISODate),
             c.sha256Fingerprint,
             c.trusted ? QStringLiteral("by fingerprint (this profile)") : QStringLiteral("by TLS"),
             c.errors.isEmpty()
                 ? QString()
                 : QStringLiteral("\n  errors: ") + c.errors.join(QStringLiteral("; ")));
}
} // namespace

QString SignInStep::name() const
{
    return StepId::SignIn;
}

QString SignInStep::title() const
{
    return Tr::tr("Sign-in");
}

QString SignInStep::statusText() const
{
    return Tr::tr("Signing in…");
}

QString SignInStep::description(const PhaseInputs &, const NodeState &) const
{
    return Tr::tr("Signs in as the site admin and reads the server version.");
}

bool SignInStep::changesNode() const
{
    return false;
}

QString SignInStep::doneWhen() const
{
    return Tr::tr("always runs (it only reads)");
}

QList<PlannedCommand> SignInStep::plannedCommands(const PhaseInputs &, const NodeState &node) const
{
    // Requests from the workstation, not shell commands on the node.
    const QString url = node.commands.serverUrl().toString();
    return {
        {QStringLiteral("POST %1/authentication/sign_in").arg(url), Tr::tr("from the workstation")},
        {QStringLiteral("GET %1/admin/server/version").arg(url), Tr::tr("from the workstation")}};
}

QString SignInStep::afterCancel(const PhaseInputs &, const NodeState &node) const
{
    return Tr::tr("Octane was started and keeps running on %1 (stop it with systemctl stop, or "
                  "run again to wait for it).")
        .arg(node.commands.node());
}

CheckResult SignInStep::run(StepRun &run) const
{
    const QString node = run.nodeName();
    const QString user =
        run.in.profile.octaneConf.value(run.in.release.keyPath(ConfRole::SiteAdminUser)).toString();
    const QString password =
        run.in.confSecrets.value(run.in.release.keyPath(ConfRole::SiteAdminPassword));
    const QUrl url = run.commands().serverUrl();
    for (const PlannedCommand &request : plannedCommands(run.in, run.node))
        run.recordRequest(request.text);

    SignInClient client;
    client.setTimeout(20000);
    QList<QByteArray> trusted;
    for (const QString &fingerprint : run.in.profile.trustedFingerprintsFor(node))
        trusted.append(fingerprint.toLatin1());
    client.setTrustedCertificates(trusted);
    std::optional<SignInResult> answer;
    QEventLoop loop;
    QObject::connect(&client, &SignInClient::finished, &loop,
                     [&answer, &loop](const SignInResult &r) {
                         answer = r;
                         loop.quit();
                     });
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&run, &client] {
        if (run.cancelled())
            client.cancel();
    });
    cancelPoll.start(100);
    if (!run.cancelled())
        client.signIn(url, user, password);
    if (!answer && !run.cancelled())
        loop.exec();
    if (run.cancelled()) // also when the answer came first: a cancel is honoured at every step
        return run.skipped(Tr::tr("%1: cancelled before signing in.").arg(node));
    if (answer && !answer->certificate.isNull())
        run.addOutput(describeCertificate(answer->certificate));
    // Only a certificate TLS refused and this profile does not trust is offered: a trusted one
    // that still fails (a timeout, a refused connection) fails as the error it is.
    if (answer && !answer->isOk() && !answer->tlsEstablished && !answer->certificate.isNull() &&
        !answer->certificate.trusted && !answer->certificate.errors.isEmpty()) {
        // TLS refused the certificate: show it so the user can decide to trust that one
        // certificate for this profile; never ignore TLS errors wholesale.
        const CertificateInfo &c = answer->certificate;
        run.certificateRefused(c);
        return run.fail(
            Tr::tr("%1: the server's certificate is not trusted (%2). Subject %3, issuer %4, "
                   "SHA-256 %5.")
                .arg(node, c.errors.join(QStringLiteral("; ")), c.subject, c.issuer,
                     c.sha256Fingerprint),
            Tr::tr("Compare the fingerprint with the one of the server's keystore; if it is "
                   "yours, trust this certificate for this profile (the wizard asks; headless: "
                   "--trust-certificate %1, or add it to the profile's trustedCertificates).")
                .arg(c.sha256Fingerprint));
    }
    if (!answer || !answer->isOk()) {
        const Error e =
            answer ? answer->error : makeError(ErrorCode::Cancelled, Tr::tr("cancelled"));
        return run.fail(e);
    }
    return run.pass(Tr::tr("%1: signed in as %2 over %3; server version %4.")
                        .arg(node, user, url.scheme().toUpper(),
                             answer->version.displayVersion.isEmpty()
                                 ? answer->version.version
                                 : answer->version.displayVersion));
}

} // namespace Ocw::Core
