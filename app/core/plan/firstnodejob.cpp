#include "firstnodejob.h"

#include "../base/tr.h"
#include "../checks/privilege.h"
#include "../config/confdiff.h"
#include "../config/hoconfile.h"
#include "../http/signinclient.h"
#include "../ssh/fileuploader.h"
#include "../ssh/remoteshell.h"
#include "confrenderer.h"
#include "firstnodecommands.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

namespace Ocw::Core {

class FirstNodeJob::Run
{
public:
    Run(FirstNodeJob &job, const ResultCallback &onResult, const ProgressCallback &onProgress)
        : m_job(job)
        , m_in(job.m_inputs)
        , m_onResult(onResult)
        , m_onProgress(onProgress)
        , m_onCertificate(job.m_onCertificate)
        , m_commands(m_in.profile, m_in.release, QFileInfo(m_in.packagePath).fileName())
        , m_node(m_in.profile.firstNodeHost())
    {
    }

    QList<CheckResult> execute();

private:
    Expected<ExecResult> exec(const QString &command, const QByteArray &input = {},
                              int timeoutMs = 0);
    CheckResult result(const QString &step, Verdict verdict, const QString &message,
                       const QString &fix = {});
    bool finish(CheckResult r); // reports; false when the run must stop
    void progress(const QString &step, const QString &text);
    bool cancelled() const { return m_job.m_cancel.isCancelled(); }

    bool repositoryEnv();
    bool upload();
    bool install();
    bool writeConf();
    bool start(bool *alreadyRunning);
    bool waitReady(bool alreadyRunning);
    bool signIn();
    QString stateAfterCancel(const QString &step) const;
    static QString describeCertificate(const CertificateInfo &certificate);

    FirstNodeJob &m_job;
    const Inputs &m_in;
    ResultCallback m_onResult;
    ProgressCallback m_onProgress;
    CertificateCallback m_onCertificate;
    FirstNodeCommands m_commands;
    QString m_node;
    Privilege m_privilege;
    QList<CheckResult> m_results;
    QStringList m_stepCommands;
    QString m_stepOutput;
    QElapsedTimer m_stepTimer;
    qint64 m_logOffset = 0;
};

Expected<ExecResult> FirstNodeJob::Run::exec(const QString &command, const QByteArray &input,
                                             int timeoutMs)
{
    ExecRequest r;
    r.command = command;
    r.timeoutMs = timeoutMs > 0 ? timeoutMs : m_in.commandTimeoutMs;
    // The sudo password, when sudo needs one, is the first line on stdin (sudo -S), never an
    // argument.
    if (m_commands.needsPasswordOnStdin() && command.contains(QLatin1String("sudo -k -S")))
        r.stdinData = m_in.sudoPassword.toUtf8() + '\n' + input;
    else
        r.stdinData = input;
    m_stepCommands.append(command);
    Expected<ExecResult> result = m_job.m_session.exec(r);
    if (result)
        m_stepOutput += QString::fromUtf8(result->stdOut + result->stdErr);
    else
        m_stepOutput += result.error().details;
    return result;
}

CheckResult FirstNodeJob::Run::result(const QString &step, Verdict verdict, const QString &message,
                                      const QString &fix)
{
    // Every step blocks the next (make() says so for ids outside the check catalogue).
    CheckResult r =
        CheckResult::make(step, m_node, verdict, message, fix, m_stepOutput.right(20000));
    r.commands = m_stepCommands;
    r.durationMs = m_stepTimer.elapsed();
    m_stepCommands.clear();
    m_stepOutput.clear();
    m_stepTimer.restart();
    return r;
}

bool FirstNodeJob::Run::finish(CheckResult r)
{
    if (cancelled() && r.verdict == Verdict::Fail) {
        r.verdict = Verdict::Skipped;
        r.message = Tr::tr("%1: cancelled during this step (%2). %3")
                        .arg(m_node, r.message, stateAfterCancel(r.checkId));
    }
    m_results.append(r);
    if (m_onResult)
        m_onResult(r);
    return r.verdict == Verdict::Pass || r.verdict == Verdict::Warn;
}

QString FirstNodeJob::Run::stateAfterCancel(const QString &step) const
{
    // What a cancel in this step leaves on the node, so that the report says it.
    if (step == QLatin1String("first-node.repository-env"))
        return Tr::tr("Nothing else was changed on the node.");
    if (step == QLatin1String("first-node.upload"))
        return Tr::tr("What was sent stays in %1.part and the next run resumes it; nothing was "
                      "installed.")
            .arg(m_commands.stagedPackage());
    if (step == QLatin1String("first-node.install"))
        return Tr::tr("The package may be partly installed; the next run checks the package "
                      "database and the files before doing anything.");
    if (step == QLatin1String("first-node.octane-conf"))
        return Tr::tr("%1 is either the old file or the new one, never a mix (it is replaced by "
                      "an atomic rename); the server was not started.")
            .arg(m_commands.confFile());
    if (step == QLatin1String("first-node.start"))
        return Tr::tr("The service may have been started; the next run sees whether it runs and "
                      "does not start it twice.");
    if (step == QLatin1String("first-node.ready") || step == QLatin1String("first-node.sign-in"))
        return Tr::tr("Octane was started and keeps running on %1 (stop it with systemctl stop, "
                      "or run again to wait for it).")
            .arg(m_node);
    return Tr::tr("Nothing was changed by this step.");
}

void FirstNodeJob::Run::progress(const QString &step, const QString &text)
{
    if (m_onProgress)
        m_onProgress(step, text);
}

QList<CheckResult> FirstNodeJob::Run::execute()
{
    m_stepTimer.start();
    // Validate octane.conf before anything is written anywhere.
    const ConfRenderer renderer(m_in.profile, m_in.release);
    const Expected<ConfRenderer::Output> preview = renderer.render(QByteArray(), m_in.confSecrets);
    if (!preview || !preview->issues.isEmpty()) {
        QString message, fix;
        if (!preview) {
            message = preview.error().message;
        } else {
            QStringList lines;
            for (const FieldIssue &i : preview->issues)
                lines.append(QStringLiteral("%1: %2").arg(i.field, i.message));
            message = Tr::tr("octane.conf is not valid; nothing was changed on %1: %2")
                          .arg(m_node, lines.join(QStringLiteral("; ")));
            fix =
                Tr::tr("Correct the settings named above (the server refuses to start with them).");
        }
        finish(result(QStringLiteral("first-node.validate"), Verdict::Fail, message, fix));
        return m_results;
    }
    finish(result(QStringLiteral("first-node.validate"), Verdict::Pass,
                  Tr::tr("octane.conf settings are valid for %1.").arg(m_node)));

    QStringList privilegeCommands;
    QString privilegeOutput;
    const Expected<Privilege> privilege = PrivilegeProbe::detect(
        m_job.m_session, m_in.sudoPassword, &privilegeCommands, &privilegeOutput);
    m_stepCommands = privilegeCommands;
    m_stepOutput = privilegeOutput;
    if (!privilege || !privilege->canRunAsOthers()) {
        finish(result(
            QStringLiteral("first-node.privilege"), Verdict::Fail,
            privilege ? Tr::tr("%1: the installation needs root, and %2 cannot use sudo here (%3).")
                            .arg(m_node, privilege->loginUser, privilegeModeName(privilege->mode))
                      : privilege.error().message,
            Tr::tr("Give the login user sudo rights (or the sudo password), or log in as root.")));
        return m_results;
    }
    m_privilege = *privilege;
    m_commands.setPrivilege(m_privilege);
    finish(result(QStringLiteral("first-node.privilege"), Verdict::Pass,
                  Tr::tr("%1: root through %2.").arg(m_node, privilegeModeName(m_privilege.mode))));

    bool alreadyRunning = false;
    if (!repositoryEnv() || !upload() || !install() || !writeConf() || !start(&alreadyRunning) ||
        !waitReady(alreadyRunning) || !signIn()) {
        return m_results;
    }
    return m_results;
}

bool FirstNodeJob::Run::repositoryEnv()
{
    const QString step = QStringLiteral("first-node.repository-env");
    progress(step, Tr::tr("Checking OCTANE_REPOSITORY_DIR…"));
    const RepositoryEnv &env = m_in.release.repositoryEnv();
    const Expected<ExecResult> check = exec(m_commands.repositoryEnvCheck());
    if (!check)
        return finish(result(step, Verdict::Fail, check.error().message, check.error().fix));
    if (check->exitStatus == 0)
        return finish(result(step, Verdict::Pass,
                             Tr::tr("%1: %2 is set in %3.").arg(m_node, env.variable, env.file)));
    if (!m_in.setRepositoryEnv) {
        return finish(result(step, Verdict::Fail,
                             Tr::tr("%1: %2 is not set in %3; the installation fails without it.")
                                 .arg(m_node, env.variable, env.file),
                             Tr::tr("Agree to set it (the wizard asks; headless: "
                                    "--set-repository-env), or add %1 to %2 yourself.")
                                 .arg(env.line(m_in.profile.repositoryDir), env.file)));
    }
    const Expected<ExecResult> set = exec(m_commands.repositoryEnvSet());
    if (!set || set->exitStatus != 0)
        return finish(
            result(step, Verdict::Fail,
                   Tr::tr("%1: could not add %2 to %3.").arg(m_node, env.variable, env.file)));
    return finish(result(step, Verdict::Pass,
                         Tr::tr("%1: %2 added to %3 (as you agreed).")
                             .arg(m_node, env.line(m_in.profile.repositoryDir), env.file)));
}

bool FirstNodeJob::Run::upload()
{
    const QString step = QStringLiteral("first-node.upload");
    progress(step, Tr::tr("Uploading the package…"));
    FileUploader uploader(m_job.m_session);
    uploader.setProgressCallback([this, step](const UploadProgress &p) {
        if (p.phase == UploadProgress::Phase::Sending) {
            progress(step, Tr::tr("Uploading %1 of %2 (%3/s, %4 s left)…")
                               .arg(FileUploader::formatBytes(p.bytesSent),
                                    FileUploader::formatBytes(p.bytesTotal),
                                    FileUploader::formatBytes(qint64(p.bytesPerSecond)))
                               .arg(p.secondsLeft < 0 ? QStringLiteral("?")
                                                      : QString::number(int(p.secondsLeft))));
        } else if (p.phase == UploadProgress::Phase::Verifying) {
            progress(step, Tr::tr("Verifying the package on the node (SHA-256)…"));
        }
    });
    UploadRequest request;
    request.localPath = m_in.packagePath;
    request.remotePath = m_commands.stagedPackage();
    request.mode = QStringLiteral("0644");
    // rpm then runs as root on this file: no one but the login user may reach into its folder.
    request.privateFolder = true;
    m_stepCommands.append(QStringLiteral("upload %1 -> %2:%3 (resumable, sha256 verified)")
                              .arg(m_in.packagePath, m_node, request.remotePath));
    const Expected<UploadResult> uploaded = uploader.upload(request);
    if (!uploaded)
        return finish(result(step, Verdict::Fail, uploaded.error().message, uploaded.error().fix));
    const QString how =
        uploaded->bytesTransferred == 0
            ? Tr::tr("already there, verified")
            : (uploaded->resumedFrom > 0
                   ? Tr::tr("resumed at %1").arg(FileUploader::formatBytes(uploaded->resumedFrom))
                   : Tr::tr("%1/s").arg(
                         FileUploader::formatBytes(qint64(uploaded->sendBytesPerSecond()))));
    m_stepOutput += QStringLiteral("sha256 %1\n").arg(QString::fromLatin1(uploaded->sha256Hex));
    return finish(result(step, Verdict::Pass,
                         Tr::tr("%1: package uploaded to %2 (%3, %4).")
                             .arg(m_node, request.remotePath,
                                  FileUploader::formatBytes(uploaded->bytesTotal), how)));
}

bool FirstNodeJob::Run::install()
{
    const QString step = QStringLiteral("first-node.install");
    progress(step, Tr::tr("Installing the package…"));
    if (m_commands.install().isEmpty()) {
        return finish(
            result(step, Verdict::Fail,
                   Tr::tr("The release %1 does not know how to install %2.")
                       .arg(m_in.release.id(), QFileInfo(m_in.packagePath).fileName()),
                   Tr::tr("Use a package of a kind the release definition lists (rpm, tar.gz).")));
    }
    const Expected<ExecResult> query = exec(m_commands.installedQuery());
    if (!query)
        return finish(result(step, Verdict::Fail, query.error().message));
    if (query->exitStatus == 0) {
        // The package database can outlive the files (a wiped or re-mounted install dir):
        // say so instead of starting a server that is not there. Nothing is changed.
        const Expected<ExecResult> intact = exec(m_commands.installIntact());
        if (intact && intact->exitStatus != 0) {
            return finish(
                result(step, Verdict::Fail,
                       Tr::tr("%1: the package database says Octane is installed (%2), but %3 is "
                              "incomplete: the installation is damaged.")
                           .arg(m_node, QString::fromUtf8(query->stdOut).trimmed(),
                                m_in.profile.installDir),
                       Tr::tr("Remove the package (e.g. rpm -e octane) and run this step again.")));
        }
        const QString what = QString::fromUtf8(query->stdOut).trimmed();
        return finish(result(
            step, Verdict::Pass,
            Tr::tr("%1: already installed (%2); not installed again.")
                .arg(m_node, what.isEmpty() ? Tr::tr("unpacked in %1").arg(m_in.profile.installDir)
                                            : what)));
    }
    const Expected<ExecResult> run = exec(m_commands.install(), {}, 600000);
    if (!run)
        return finish(result(step, Verdict::Fail, run.error().message, run.error().fix));
    if (run->exitStatus != 0) {
        const QString said = QString::fromUtf8(run->stdErr + run->stdOut).trimmed();
        return finish(
            result(step, Verdict::Fail,
                   Tr::tr("%1: the installation failed (exit %2): %3")
                       .arg(m_node)
                       .arg(run->exitStatus)
                       .arg(said.right(300)),
                   said.contains(QLatin1String("OCTANE_REPOSITORY_DIR"))
                       ? Tr::tr("Set OCTANE_REPOSITORY_DIR in /etc/environment and create the "
                                "repository directory first.")
                       : Tr::tr("See the output above; fix the cause and run the step again.")));
    }
    return finish(result(step, Verdict::Pass, Tr::tr("%1: package installed.").arg(m_node)));
}

bool FirstNodeJob::Run::writeConf()
{
    const QString step = QStringLiteral("first-node.octane-conf");
    progress(step, Tr::tr("Writing octane.conf…"));
    const Expected<ExecResult> read = exec(m_commands.readConf());
    if (!read)
        return finish(result(step, Verdict::Fail, read.error().message));
    const bool exists = read->exitStatus == 0;
    if (!exists && read->exitStatus != 3) {
        return finish(result(
            step, Verdict::Fail,
            Tr::tr("%1: cannot read %2: %3")
                .arg(m_node, m_commands.confFile(), QString::fromUtf8(read->stdErr).trimmed())));
    }
    // The output holds the current secrets: never kept for the report.
    m_stepOutput.clear();
    const Expected<ConfRenderer::Output> rendered =
        ConfRenderer(m_in.profile, m_in.release)
            .render(exists ? read->stdOut : QByteArray(), m_in.confSecrets);
    if (!rendered)
        return finish(result(step, Verdict::Fail, rendered.error().message, rendered.error().fix));
    if (rendered->identical) {
        return finish(result(step, Verdict::Pass,
                             Tr::tr("%1: %2 already has these settings; not rewritten.")
                                 .arg(m_node, m_commands.confFile())));
    }
    QString backupNote;
    if (exists) {
        const QString timestamp =
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const Expected<ExecResult> backup = exec(m_commands.backupConf(timestamp));
        if (!backup || backup->exitStatus != 0)
            return finish(result(step, Verdict::Fail,
                                 Tr::tr("%1: could not back up %2; nothing was written.")
                                     .arg(m_node, m_commands.confFile())));
        backupNote = Tr::tr(", backup %1.%2.bak").arg(m_commands.confFile(), timestamp);
    }
    const Expected<ExecResult> write = exec(m_commands.writeConf(), rendered->text.toUtf8());
    if (!write || write->exitStatus != 0) {
        const QString said =
            write ? QString::fromUtf8(write->stdErr).trimmed() : write.error().message;
        return finish(
            result(step, Verdict::Fail,
                   Tr::tr("%1: writing %2 failed: %3").arg(m_node, m_commands.confFile(), said),
                   said.contains(QLatin1String("No space"))
                       ? Tr::tr("Free space on the install file system.")
                       : QString()));
    }
    // What changed, secrets masked: the diff against the file that was there (or the new file).
    const Expected<HoconFile> before = HoconFile::parse(exists ? read->stdOut : QByteArray());
    const Expected<HoconFile> after = HoconFile::parse(rendered->text.toUtf8());
    m_stepOutput = before && after
                       ? ConfDiff::redactedUnified(*before, *after, m_in.release.secretKeyPaths())
                       : rendered->redactedText;
    return finish(result(step, Verdict::Pass,
                         Tr::tr("%1: %2 written (%3 changed: %4%5).")
                             .arg(m_node, m_commands.confFile())
                             .arg(rendered->changedKeys.size())
                             .arg(rendered->changedKeys.join(QStringLiteral(", ")), backupNote)));
}

bool FirstNodeJob::Run::start(bool *alreadyRunning)
{
    const QString step = QStringLiteral("first-node.start");
    progress(step, Tr::tr("Starting Octane…"));
    const Expected<ExecResult> status = exec(m_commands.serviceStatus());
    if (status && QString::fromUtf8(status->stdOut).trimmed() == QLatin1String("active")) {
        *alreadyRunning = true;
        return finish(
            result(step, Verdict::Pass,
                   Tr::tr("%1: Octane is already running; not started again.").arg(m_node)));
    }
    const Expected<ExecResult> size = exec(m_commands.logSize());
    m_logOffset = size ? QString::fromUtf8(size->stdOut).trimmed().toLongLong() : 0;
    const Expected<ExecResult> started = exec(m_commands.serviceStart());
    if (!started || started->exitStatus != 0) {
        const QString said = started
                                 ? QString::fromUtf8(started->stdErr + started->stdOut).trimmed()
                                 : started.error().message;
        return finish(result(step, Verdict::Fail,
                             Tr::tr("%1: systemctl start failed: %2").arg(m_node, said)));
    }
    return finish(
        result(step, Verdict::Pass, Tr::tr("%1: Octane started (first node only).").arg(m_node)));
}

bool FirstNodeJob::Run::waitReady(bool alreadyRunning)
{
    const QString step = QStringLiteral("first-node.ready");
    progress(step, Tr::tr("Waiting for the server…"));
    if (alreadyRunning)
        m_logOffset = 0; // look for the ready line of the running server
    QDeadlineTimer deadline(qint64(m_in.readyTimeoutS) * 1000);
    QString pending;
    QStringList tail;
    while (!cancelled()) {
        const Expected<ExecResult> read = exec(m_commands.readLogFrom(m_logOffset), {}, 15000);
        m_stepCommands = QStringList{m_commands.readLogFrom(0)};
        if (!read)
            return finish(result(step, Verdict::Fail, read.error().message));
        m_logOffset += read->stdOut.size();
        pending += QString::fromUtf8(read->stdOut);
        const int lastNewline = pending.lastIndexOf(QLatin1Char('\n'));
        const QStringList lines =
            lastNewline < 0 ? QStringList() : pending.left(lastNewline).split(QLatin1Char('\n'));
        pending = pending.mid(lastNewline + 1);
        for (const QString &line : lines) {
            tail.append(line);
            progress(QStringLiteral("log"), line);
            if (const std::optional<LogPattern> failure = m_in.release.matchFailure(line)) {
                if (!failure->fatal) {
                    // The server goes on (e.g. "Cluster is unhealthy" on a lone first node):
                    // say it, keep following.
                    progress(step, Tr::tr("Warning from the server: %1").arg(failure->explanation));
                    continue;
                }
                m_stepOutput = tail.mid(qMax(0, int(tail.size()) - 40)).join(QLatin1Char('\n'));
                return finish(result(step, Verdict::Fail,
                                     Tr::tr("%1: the server failed: %2 — %3")
                                         .arg(m_node, line.trimmed(), failure->explanation),
                                     failure->fix));
            }
            if (m_in.release.isReadyLine(line)) {
                m_stepOutput = tail.mid(qMax(0, int(tail.size()) - 40)).join(QLatin1Char('\n'));
                return finish(
                    result(step, Verdict::Pass,
                           Tr::tr("%1: the server is ready (%2).").arg(m_node, line.trimmed())));
            }
        }
        if (deadline.hasExpired()) {
            m_stepOutput = tail.mid(qMax(0, int(tail.size()) - 40)).join(QLatin1Char('\n'));
            return finish(result(
                step, Verdict::Fail,
                Tr::tr("%1: no ready line in %2 within %3 s.")
                    .arg(m_node, m_commands.logFile())
                    .arg(m_in.readyTimeoutS),
                Tr::tr(
                    "Look at the log tail above; raise the timeout if the server is just slow.")));
        }
        // Poll: a small read every 250 ms costs one round trip (a few ms) on the open session.
        for (int i = 0; i < 5 && !cancelled(); ++i)
            QThread::msleep(50);
    }
    return finish(result(step, Verdict::Skipped,
                         Tr::tr("%1: cancelled while waiting for the server. %2")
                             .arg(m_node, stateAfterCancel(step))));
}

QString FirstNodeJob::Run::describeCertificate(const CertificateInfo &c)
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

bool FirstNodeJob::Run::signIn()
{
    const QString step = QStringLiteral("first-node.sign-in");
    progress(step, Tr::tr("Signing in…"));
    const QString userKey = m_in.release.keyPath(ConfRole::SiteAdminUser);
    const QString passwordKey = m_in.release.keyPath(ConfRole::SiteAdminPassword);
    const QString user = m_in.profile.octaneConf.value(userKey).toString();
    const QString password = m_in.confSecrets.value(passwordKey);
    const QUrl url = m_commands.serverUrl();
    m_stepCommands.append(QStringLiteral("POST %1/authentication/sign_in").arg(url.toString()));
    m_stepCommands.append(QStringLiteral("GET %1/admin/server/version").arg(url.toString()));

    SignInClient client;
    client.setTimeout(20000);
    QList<QByteArray> trusted;
    for (const QString &fingerprint : m_in.profile.trustedFingerprintsFor(m_node))
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
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [this, &client] {
        if (cancelled())
            client.cancel();
    });
    cancelPoll.start(100);
    if (!cancelled())
        client.signIn(url, user, password);
    if (!answer && !cancelled())
        loop.exec();
    if (cancelled()) // also when the answer came first: a cancel is honoured at every step
        return finish(result(
            step, Verdict::Skipped,
            Tr::tr("%1: cancelled before signing in. %2").arg(m_node, stateAfterCancel(step))));
    if (answer && !answer->certificate.isNull())
        m_stepOutput += describeCertificate(answer->certificate);
    // Only a certificate TLS refused and this profile does not trust is offered: a trusted one
    // that still fails (a timeout, a refused connection) fails as the error it is.
    if (answer && !answer->isOk() && !answer->tlsEstablished && !answer->certificate.isNull() &&
        !answer->certificate.trusted && !answer->certificate.errors.isEmpty()) {
        // TLS refused the certificate: show it so the user can decide to trust that one
        // certificate for this profile; never ignore TLS errors wholesale.
        const CertificateInfo &c = answer->certificate;
        if (m_onCertificate)
            m_onCertificate(c);
        return finish(result(
            step, Verdict::Fail,
            Tr::tr("%1: the server's certificate is not trusted (%2). Subject %3, issuer %4, "
                   "SHA-256 %5.")
                .arg(m_node, c.errors.join(QStringLiteral("; ")), c.subject, c.issuer,
                     c.sha256Fingerprint),
            Tr::tr("Compare the fingerprint with the one of the server's keystore; if it is "
                   "yours, trust this certificate for this profile (the wizard asks; headless: "
                   "--trust-certificate %1, or add it to the profile's trustedCertificates).")
                .arg(c.sha256Fingerprint)));
    }
    if (!answer || !answer->isOk()) {
        const Error e =
            answer ? answer->error : makeError(ErrorCode::Cancelled, Tr::tr("cancelled"));
        return finish(result(step, Verdict::Fail, e.message, e.fix));
    }
    return finish(result(step, Verdict::Pass,
                         Tr::tr("%1: signed in as %2 over %3; server version %4.")
                             .arg(m_node, user, url.scheme().toUpper(),
                                  answer->version.displayVersion.isEmpty()
                                      ? answer->version.version
                                      : answer->version.displayVersion)));
}

FirstNodeJob::FirstNodeJob(Inputs inputs, RemoteShell &shell, CancelToken cancel)
    : m_inputs(std::move(inputs))
    , m_session(shell)
    , m_cancel(std::move(cancel))
{
}

QList<CheckResult> FirstNodeJob::run(const ResultCallback &onResult,
                                     const ProgressCallback &onProgress)
{
    Run run(*this, onResult, onProgress);
    return run.execute();
}

} // namespace Ocw::Core
