#include "nodecheckjob.h"

#include "../base/tr.h"
#include "../model/profilevalidator.h"
#include "../ssh/shellquote.h"
#include "checkcatalogue.h"
#include "nodeevaluator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Ocw::Core {

namespace {

QString q(const QString &s)
{
    return ShellQuote::quote(s);
}

QString randomToken()
{
    return QString::number(QRandomGenerator::system()->generate64(), 36) +
           QString::number(QRandomGenerator::system()->generate64(), 36);
}

// The temporary listener: binds first, then forks, so "LISTENING" means connectable. It answers
// every connection with the token, so the source knows it reached OUR listener, and exits by
// itself after its lifetime even if the cleanup never comes.
const char pythonListener[] = R"PY(
import os, socket, sys, time
a, p, t, ttl = sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4])
s = socket.socket(socket.AF_INET6 if ':' in a else socket.AF_INET, socket.SOCK_STREAM)
# Connections the listener closed leave TIME_WAIT entries that would block the next bind.
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
try:
    s.bind((a, p)); s.listen(64)
except (OSError, IOError, socket.error) as e:
    sys.stdout.write('BIND_FAILED %s %s\n' % (e.errno, e)); sys.exit(3 if e.errno == 98 else 4)
pid = os.fork()
if pid:
    sys.stdout.write('LISTENING %d\n' % pid); sys.exit(0)
os.setsid()
fd = os.open(os.devnull, os.O_RDWR)
for i in (0, 1, 2):
    os.dup2(fd, i)
end = time.time() + ttl
s.settimeout(0.5)
while time.time() < end:
    try:
        c, _ = s.accept()
    except socket.timeout:
        continue
    except (OSError, IOError, socket.error):
        break
    try:
        c.sendall((t + '\n').encode())
    except (OSError, IOError, socket.error):
        pass
    c.close()
)PY";

const char perlListener[] = R"PL(
use IO::Socket::INET; use POSIX qw(setsid);
my ($a, $p, $t, $ttl) = @ARGV;
my $s = IO::Socket::INET->new(LocalAddr => $a, LocalPort => $p, Listen => 64, ReuseAddr => 1, Proto => 'tcp')
  or do { print "BIND_FAILED $!\n"; exit($!{EADDRINUSE} ? 3 : 4) };
my $pid = fork();
if ($pid) { print "LISTENING $pid\n"; exit 0 }
setsid(); open STDIN, '<', '/dev/null'; open STDOUT, '>', '/dev/null'; open STDERR, '>', '/dev/null';
alarm($ttl);
while (my $c = $s->accept()) { print $c "$t\n"; close $c }
)PL";

} // namespace

NodeCheckJob::NodeCheckJob(Context context, RemoteShell &shell)
    : NodeCheckJob(std::move(context))
{
    m_shell = &shell;
}

NodeCheckJob::NodeCheckJob(Context context)
    : m_context(std::move(context))
{
    m_node = m_context.profile.nodes.value(m_context.nodeIndex).host;
}

QList<CheckResult> NodeCheckJob::withoutSession(const QString &node)
{
    QList<CheckResult> list;
    for (const CheckDefinition &def : CheckCatalogue::all()) {
        // The cross-node checks (and the connection's own) report the node themselves.
        if (def.scope != CheckScope::Node || def.id.startsWith(QLatin1String("ssh.")) ||
            def.id == QLatin1String("repo.samepath") || def.id == QLatin1String("repo.shared") ||
            def.id == QLatin1String("dns.consistent") || def.id == QLatin1String("node.identity") ||
            def.id == QLatin1String("clock.skew")) {
            continue;
        }
        CheckResult r;
        r.checkId = def.id;
        r.node = node;
        r.blocking = def.blocking;
        r.verdict = Verdict::Skipped;
        r.message = Tr::tr("%1: not checked: no SSH session.").arg(node);
        list.append(r);
    }
    return list;
}

QString NodeCheckJob::nodeName() const
{
    return m_node;
}

QString NodeCheckJob::tokenPath(int nodeIndex) const
{
    QString repo = m_context.profile.repositoryDir;
    while (repo.size() > 1 && repo.endsWith(QLatin1Char('/')))
        repo.chop(1);
    return QStringLiteral("%1/.ocw-shared-%2-%3").arg(repo, m_context.runId).arg(nodeIndex);
}

Expected<ExecResult> NodeCheckJob::run(const ExecRequest &request)
{
    if (!m_shell)
        return Error{
            ErrorCode::Internal, Tr::tr("%1: no SSH session for the checks.").arg(m_node), {}, {}};
    return m_shell->exec(request);
}

CheckResult NodeCheckJob::skipped(const QString &checkId, const QString &message) const
{
    CheckResult r;
    r.checkId = checkId;
    r.node = m_node;
    r.verdict = Verdict::Skipped;
    r.message = message;
    const CheckDefinition *def = CheckCatalogue::find(checkId);
    r.blocking = def ? def->blocking : true;
    return r;
}

ProbeScript NodeCheckJob::loginProbe() const
{
    const ClusterProfile &p = m_context.profile;
    ProbeScript script;
    script.add(QStringLiteral("os"), QStringLiteral("cat /etc/os-release"));
    script.add(QStringLiteral("cpu"), QStringLiteral("nproc"));
    script.add(QStringLiteral("mem"), QStringLiteral("grep -E '^MemTotal:' /proc/meminfo"));
    script.add(
        QStringLiteral("disk"),
        QStringLiteral("d=%1; while [ ! -e \"$d\" ]; do d=$(dirname \"$d\"); done; df -Pk \"$d\"")
            .arg(q(p.installDir)));
    script.add(QStringLiteral("repomount"),
               QStringLiteral("if [ -d %1 ]; then echo exists; else echo missing; fi; "
                              "findmnt -n -o TARGET,SOURCE,FSTYPE -T %1 2>/dev/null || df -P %1")
                   .arg(q(p.repositoryDir)));
    script.add(
        QStringLiteral("db"),
        QStringLiteral(
            "printf 'resolved='; declare -A seen; while read -r a _; do [ -n \"${seen[$a]}\" ] || "
            "{ seen[$a]=1; printf '%s ' \"$a\"; }; done < <(getent ahosts %1); echo; "
            "timeout 5 bash -c 'exec 3<>\"/dev/tcp/$1/$2\"' _ %1 %2; echo \"connect_rc=$?\"")
            .arg(q(ProfileValidator::lookupName(p.database.host)))
            .arg(p.database.port));
    script.add(QStringLiteral("ports"), QStringLiteral("ss -Hltn 2>/dev/null || netstat -ltn"));
    script.add(QStringLiteral("timesync"),
               QStringLiteral("printf 'timedatectl=%s\\n' \"$(timedatectl show -p NTPSynchronized "
                              "--value 2>/dev/null)\"; "
                              "printf 'chrony=%s\\n' \"$(chronyc -n tracking 2>/dev/null | sed -n "
                              "'s/^Leap status *: *//p')\"; "
                              "printf 'ntpstat=%s\\n' \"$(ntpstat >/dev/null 2>&1; echo $?)\""));
    QStringList names;
    for (const Node &n : p.nodes)
        names.append(q(n.host));
    // Looked up without the root's trailing dot (glibc matches /etc/hosts only without it);
    // reported under the name as the profile spells it.
    script.add(
        QStringLiteral("dns"),
        QStringLiteral("for n in %1; do printf '%s ' \"$n\"; while read -r a _; do printf '%s ' "
                       "\"$a\"; done < <(getent ahosts \"${n%.}\"); echo; done")
            .arg(names.join(QLatin1Char(' '))));
    script.add(QStringLiteral("machineid"),
               QStringLiteral("cat /etc/machine-id 2>/dev/null || cat /var/lib/dbus/machine-id "
                              "2>/dev/null; true"));
    script.add(QStringLiteral("tools"),
               QStringLiteral("for t in python3 /usr/libexec/platform-python python perl; do "
                              "command -v \"$t\" && break; done; true"));
    return script;
}

ProbeScript NodeCheckJob::installUserProbe(const QString &token) const
{
    const ClusterProfile &p = m_context.profile;
    const QString repo = q(p.repositoryDir);
    ProbeScript script;
    script.add(QStringLiteral("env"),
               QStringLiteral(
                   "printf 'etc_environment=%s\\n' \"$(grep -E "
                   "'^[[:space:]]*(export[[:space:]]+)?OCTANE_REPOSITORY_DIR=' /etc/environment "
                   "2>/dev/null | tail -n 1 | sed 's/^[[:space:]]*export[[:space:]]*//')\"; "
                   "printf 'login_shell=%s\\n' \"$(bash -lc 'printf %s "
                   "\"${OCTANE_REPOSITORY_DIR-}\"' 2>/dev/null)\""));
    script.add(QStringLiteral("write"),
               QStringLiteral("f=$(mktemp %1/.ocw-write-XXXXXX) && printf ok > \"$f\" && [ \"$(cat "
                              "\"$f\")\" = ok ] && rm -f \"$f\" && echo write_ok")
                   .arg(repo));
    script.add(QStringLiteral("token"), QStringLiteral("printf '%s' %1 > %2 && echo token_ok")
                                            .arg(q(token), q(tokenPath(m_context.nodeIndex))));
    script.add(QStringLiteral("nofile"), QStringLiteral("ulimit -Hn; ulimit -Sn"));
    return script;
}

QString NodeCheckJob::listenerCommand(const QString &address, int port, const QString &token,
                                      int lifetimeS)
{
    // No pid file: a fixed name in world-writable /tmp could be planted by another user. The
    // listener prints its pid, and the clean-up kills that pid only if it still holds the token.
    const QString args =
        QStringLiteral("%1 %2 %3 %4").arg(q(address)).arg(port).arg(q(token)).arg(lifetimeS);
    return QStringLiteral(
               "PY=; for t in python3 /usr/libexec/platform-python python; do command -v \"$t\" "
               ">/dev/null 2>&1 && { PY=$t; break; }; done\n"
               "if [ -n \"$PY\" ]; then \"$PY\" - %1 <<'OCW_PY'\n%2\nOCW_PY\n"
               "elif command -v perl >/dev/null 2>&1; then perl - %1 <<'OCW_PL'\n%3\nOCW_PL\n"
               "else echo NO_LISTEN_TOOL; fi")
        .arg(args, QString::fromLatin1(pythonListener).trimmed(),
             QString::fromLatin1(perlListener).trimmed());
}

QList<CheckResult> NodeCheckJob::runNodeChecks(NodeFacts *facts)
{
    const ClusterProfile &p = m_context.profile;
    const Requirements &req = m_context.requirements;
    QList<CheckResult> results;
    QElapsedTimer timer;

    // Privileges.
    timer.start();
    QStringList commands;
    QString output;
    const Expected<Privilege> privilege =
        PrivilegeProbe::detect(*m_shell, m_context.sudoPassword, &commands, &output);
    CheckResult sudo;
    sudo.checkId = QStringLiteral("sudo");
    sudo.node = m_node;
    sudo.commands = commands;
    sudo.output = output;
    if (!privilege) {
        sudo.verdict = Verdict::Fail;
        sudo.message = privilege.error().message;
        sudo.fix = privilege.error().fix;
        sudo.output += privilege.error().details;
    } else {
        facts->privilege = *privilege;
        const QString user = privilege->loginUser;
        switch (privilege->mode) {
        case PrivilegeMode::Root:
            sudo.verdict = Verdict::Pass;
            sudo.message = Tr::tr("%1: logged in as root.").arg(m_node);
            break;
        case PrivilegeMode::SudoNoPassword:
            sudo.verdict = Verdict::Pass;
            sudo.message = Tr::tr("%1: %2 may use sudo without a password.").arg(m_node, user);
            break;
        case PrivilegeMode::SudoPassword:
            sudo.verdict = Verdict::Pass;
            sudo.message =
                Tr::tr("%1: %2 may use sudo with a password (given on stdin).").arg(m_node, user);
            break;
        case PrivilegeMode::SudoNeedsPassword:
            sudo.verdict = Verdict::Fail;
            sudo.message = m_context.sudoPassword.isEmpty()
                               ? Tr::tr("%1: sudo asks %2 for a password and none was given (or %2 "
                                        "has no sudo rights there).")
                                     .arg(m_node, user)
                               : Tr::tr("%1: sudo refused the password of %2 (%3).")
                                     .arg(m_node, user, privilege->detail);
            sudo.fix = Tr::tr("Give the sudo password (secret \"sudo-password\"), or allow %2 "
                              "NOPASSWD sudo on %1.")
                           .arg(m_node, user);
            break;
        case PrivilegeMode::SudoRequiresTty:
            sudo.verdict = Verdict::Fail;
            sudo.message = Tr::tr("%1: sudo requires a terminal for %2 (Defaults requiretty).")
                               .arg(m_node, user);
            sudo.fix =
                Tr::tr("Add \"Defaults:%1 !requiretty\" with visudo on %2.").arg(user, m_node);
            break;
        case PrivilegeMode::NoSudo:
        case PrivilegeMode::Unknown:
            sudo.verdict = Verdict::Fail;
            sudo.message =
                Tr::tr("%1: %2 may not use sudo (%3).").arg(m_node, user, privilege->detail);
            sudo.fix =
                Tr::tr(
                    "Give %1 sudo rights on %2 (the installation needs them), or log in as root.")
                    .arg(user, m_node);
            break;
        }
    }
    sudo.blocking = true;
    sudo.durationMs = timer.elapsed();
    results.append(sudo);

    // One batched probe as the login user.
    timer.restart();
    const ProbeScript login = loginProbe();
    ExecRequest request;
    request.command = ProbeScript::shellCommand();
    request.stdinData = login.script();
    request.timeoutMs = m_context.commandTimeoutMs;
    const Expected<ExecResult> loginRun = run(request);
    const qint64 loginMs = timer.elapsed();
    static const QStringList loginChecks{
        QStringLiteral("os.release"),   QStringLiteral("cpu.cores"),
        QStringLiteral("memory.total"), QStringLiteral("disk.install"),
        QStringLiteral("repo.mounted"), QStringLiteral("db.reachable"),
        QStringLiteral("ports.free"),   QStringLiteral("time.sync")};
    if (!loginRun) {
        for (const QString &id : loginChecks) {
            CheckResult r = skipped(id, loginRun.error().message);
            r.verdict =
                loginRun.error().code == ErrorCode::Cancelled ? Verdict::Skipped : Verdict::Fail;
            r.output = loginRun.error().details;
            results.append(r);
        }
    } else {
        const QMap<QString, ProbeSection> s = login.split(loginRun->stdOut + loginRun->stdErr);
        facts->resolved = NodeEvaluator::parseResolution(s.value(QStringLiteral("dns")).output);
        const QStringList own = facts->resolved.value(m_node);
        facts->listenAddress = own.isEmpty() ? QString() : own.first();
        for (const QString &a : own) {
            if (!a.contains(QLatin1Char(':'))) {
                facts->listenAddress = a; // prefer IPv4
                break;
            }
        }
        facts->listenTool = s.value(QStringLiteral("tools")).output.trimmed();
        facts->machineId = s.value(QStringLiteral("machineid")).output.trimmed().left(64);
        QList<CheckResult> batch{
            NodeEvaluator::osRelease(m_node, s.value(QStringLiteral("os")), req),
            NodeEvaluator::cpuCores(m_node, s.value(QStringLiteral("cpu")), req),
            NodeEvaluator::memoryTotal(m_node, s.value(QStringLiteral("mem")), req),
            NodeEvaluator::diskInstall(m_node, s.value(QStringLiteral("disk")), req, p.installDir),
            NodeEvaluator::repoMounted(m_node, s.value(QStringLiteral("repomount")),
                                       p.repositoryDir, &facts->repoExists),
            NodeEvaluator::dbReachable(m_node, s.value(QStringLiteral("db")), p.database.host,
                                       p.database.port),
            NodeEvaluator::portsFree(m_node, s.value(QStringLiteral("ports")), req, own),
            NodeEvaluator::timeSync(m_node, s.value(QStringLiteral("timesync"))),
        };
        for (CheckResult &r : batch) {
            // The batch ran as one round trip: each check gets its share of the time.
            r.durationMs = loginMs / batch.size();
            results.append(r);
        }
    }

    // One batched probe as the install user.
    timer.restart();
    static const QStringList installChecks{QStringLiteral("repo.env"),
                                           QStringLiteral("repo.writable"),
                                           QStringLiteral("limits.nofile")};
    const bool canSwitch =
        facts->privilege.canRunAsOthers() || facts->privilege.loginUser == p.installUser;
    if (!canSwitch) {
        for (const QString &id : installChecks)
            results.append(skipped(id, Tr::tr("%1: not checked: runs as %2, which needs sudo.")
                                           .arg(m_node, p.installUser)));
    } else {
        facts->token = randomToken();
        const ProbeScript install = installUserProbe(facts->token);
        const ExecRequest asInstall =
            PrivilegeProbe::runAs(facts->privilege, p.installUser, install.script(),
                                  m_context.sudoPassword, m_context.commandTimeoutMs);
        const Expected<ExecResult> installRun = run(asInstall);
        const qint64 installMs = timer.elapsed();
        if (!installRun) {
            for (const QString &id : installChecks) {
                CheckResult r = skipped(id, installRun.error().message);
                r.verdict = installRun.error().code == ErrorCode::Cancelled ? Verdict::Skipped
                                                                            : Verdict::Fail;
                results.append(r);
            }
        } else {
            facts->installUserChecksRan = true;
            const QString shown = PrivilegeProbe::runAsCommand(facts->privilege, p.installUser);
            QMap<QString, ProbeSection> s = install.split(installRun->stdOut + installRun->stdErr);
            for (ProbeSection &sec : s)
                sec.command = shown + QStringLiteral(" <<< ") + sec.command;
            if (s.value(QStringLiteral("env")).exitCode < 0) {
                // sudo itself failed (e.g. the install user does not exist).
                const QString said =
                    QString::fromUtf8(installRun->stdOut + installRun->stdErr).trimmed();
                for (const QString &id : installChecks) {
                    CheckResult r = skipped(id, Tr::tr("%1: cannot run commands as %2: %3")
                                                    .arg(m_node, p.installUser, said.left(200)));
                    r.verdict = Verdict::Fail;
                    r.fix = Tr::tr("Create the install user %1 on %2 (or correct the install user "
                                   "in the profile).")
                                .arg(p.installUser, m_node);
                    r.commands = QStringList{shown};
                    r.output = said;
                    results.append(r);
                }
            } else {
                QList<CheckResult> batch{
                    NodeEvaluator::repoEnv(m_node, s.value(QStringLiteral("env")), p.repositoryDir,
                                           p.installUser, &facts->repoEnvValue),
                    NodeEvaluator::repoWritable(m_node, s.value(QStringLiteral("write")),
                                                p.repositoryDir, p.installUser),
                    NodeEvaluator::openFiles(m_node, s.value(QStringLiteral("nofile")), req,
                                             p.installUser),
                };
                facts->repoWritable = batch.at(1).verdict == Verdict::Pass;
                facts->tokenWritten =
                    s.value(QStringLiteral("token")).output.contains(QLatin1String("token_ok"));
                for (CheckResult &r : batch) {
                    r.durationMs = installMs / batch.size();
                    results.append(r);
                }
            }
        }
    }

    // The clock, in its own round trip so the uncertainty is one small exchange.
    ExecRequest clock;
    clock.command = QStringLiteral("date +%s%3N");
    clock.timeoutMs = 10000;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Expected<ExecResult> clockRun = run(clock);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    if (clockRun && clockRun->exitStatus == 0) {
        bool ok = false;
        const qint64 nodeMs = QString::fromUtf8(clockRun->stdOut).trimmed().toLongLong(&ok);
        if (ok) {
            facts->clockKnown = true;
            facts->clockSkewMs = nodeMs - (before + after) / 2;
            facts->clockUncertaintyMs = (after - before) / 2 + 1;
        }
    }
    return results;
}

void NodeCheckJob::prepareCross(const QList<NodeFacts> &all, NodeFacts *facts)
{
    const ClusterProfile &p = m_context.profile;
    // Read every other node's token, as the install user.
    if (facts->installUserChecksRan && all.size() > 1) {
        QString script;
        for (const NodeFacts &other : all) {
            if (other.index == facts->index || !other.tokenWritten)
                continue;
            script += QStringLiteral("t=; { IFS= read -r t || [ -n \"$t\" ]; } < %2 2>/dev/null && "
                                     "printf '%s %s\\n' %1 \"$t\" || printf '%s MISSING\\n' %1\n")
                          .arg(other.index)
                          .arg(q(tokenPath(other.index)));
        }
        if (!script.isEmpty()) {
            const ExecRequest read =
                PrivilegeProbe::runAs(facts->privilege, p.installUser, script.toUtf8(),
                                      m_context.sudoPassword, m_context.commandTimeoutMs);
            const Expected<ExecResult> r = run(read);
            if (r) {
                facts->sharedReadRan = true;
                for (const QString &line :
                     QString::fromUtf8(r->stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                    const int idx = line.section(QLatin1Char(' '), 0, 0).toInt();
                    const QString value = line.section(QLatin1Char(' '), 1);
                    if (idx >= 0 && idx < p.nodes.size())
                        facts->tokensSeen.insert(p.nodes.at(idx).host,
                                                 value == QLatin1String("MISSING") ? QString()
                                                                                   : value);
                }
            }
        }
    }

    // Start the temporary 5701 listener on this node's own address.
    if (all.size() < 2)
        return;
    if (facts->listenAddress.isEmpty()) {
        facts->listenerState =
            QStringLiteral("failed: %1 does not resolve its own name").arg(m_node);
        return;
    }
    facts->listenerToken = randomToken();
    ExecRequest listen;
    listen.command =
        QStringLiteral("bash --noprofile --norc -c %1")
            .arg(q(listenerCommand(facts->listenAddress, m_context.requirements.clusterPort,
                                   facts->listenerToken, m_context.listenerLifetimeS)));
    listen.timeoutMs = m_context.commandTimeoutMs;
    const Expected<ExecResult> r = run(listen);
    if (!r) {
        facts->listenerState = QStringLiteral("failed: ") + r.error().message;
        return;
    }
    const QString said = QString::fromUtf8(r->stdOut + r->stdErr).trimmed();
    facts->listenerOutput = said;
    static const QRegularExpression listening(QStringLiteral("LISTENING (\\d+)"));
    const QRegularExpressionMatch m = listening.match(said);
    if (m.hasMatch()) {
        facts->listenerState = QStringLiteral("listening");
        facts->listenerPid = m.captured(1).toLongLong();
    } else if (said.contains(QLatin1String("LISTENING")))
        facts->listenerState = QStringLiteral("listening");
    else if (said.contains(QLatin1String("NO_LISTEN_TOOL")))
        facts->listenerState = QStringLiteral("no-tool");
    else if (r->exitStatus == 3)
        facts->listenerState = QStringLiteral("in-use");
    else
        facts->listenerState = QStringLiteral("failed: ") + said.left(300);
}

void NodeCheckJob::runMesh(const QList<NodeFacts> &all, NodeFacts *facts)
{
    // One fork per target, no exec: the connects run in parallel subshells under ONE timeout,
    // each leaves <i>.ok (what the listener said) or <i>.err (why it failed); neither = timed out.
    QStringList specs;
    for (const NodeFacts &target : all) {
        // A node without an SSH session has no listener to reach: its pairs are reported
        // as one result by ClusterEvaluator.
        if (target.index != facts->index && target.reachable)
            specs.append(q(QStringLiteral("%1=%2")
                               .arg(target.index)
                               .arg(ProfileValidator::lookupName(target.node))));
    }
    if (specs.isEmpty())
        return;
    const QString list = specs.join(QLatin1Char(' '));
    QString script =
        QStringLiteral(
            "d=$(mktemp -d /tmp/.ocw-mesh-XXXXXX) || exit 1\n"
            "timeout %1 bash --noprofile --norc -c 'd=$1; p=$2; shift 2; for t in \"$@\"; do "
            "( i=${t%%=*}; exec 2>\"$d/$i.err\"; exec 3<>\"/dev/tcp/${t#*=}/$p\" || exit 1; "
            "IFS= read -r -t 2 line <&3; printf \"%s\" \"$line\" >\"$d/$i.ok\" ) & done; wait' _ "
            "\"$d\" %2 %3\n"
            "for t in %3; do i=${t%%=*}; r=; "
            "if [ -e \"$d/$i.ok\" ]; then IFS= read -r -d '' r < \"$d/$i.ok\"; rc=0; "
            "elif [ -s \"$d/$i.err\" ]; then IFS= read -r -d '' r < \"$d/$i.err\"; rc=1; else "
            "rc=124; fi; "
            "r=${r%$'\\n'}; printf 'MESH %s rc=%s %s\\n' \"$i\" \"$rc\" \"${r//$'\\n'/ }\"; done\n"
            "rm -rf \"$d\"\n")
            .arg(m_context.meshConnectTimeoutS)
            .arg(m_context.requirements.clusterPort)
            .arg(list);
    ExecRequest mesh;
    mesh.command = ProbeScript::shellCommand();
    mesh.stdinData = script.toUtf8();
    mesh.timeoutMs = m_context.commandTimeoutMs;
    facts->meshCommand = script.trimmed();
    const Expected<ExecResult> r = run(mesh);
    if (!r) {
        facts->meshOutput = r.error().message;
        return;
    }
    facts->meshRan = true;
    facts->meshOutput = QString::fromUtf8(r->stdOut + r->stdErr);
    for (const QString &line : facts->meshOutput.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.startsWith(QLatin1String("MESH ")))
            continue;
        const int idx = line.section(QLatin1Char(' '), 1, 1).toInt();
        const QString rest = line.section(QLatin1Char(' '), 2);
        if (idx >= 0 && idx < m_context.profile.nodes.size())
            facts->meshOutcome.insert(m_context.profile.nodes.at(idx).host, rest);
    }
}

void NodeCheckJob::cleanup(NodeFacts *facts)
{
    const ClusterProfile &p = m_context.profile;
    if (facts->listenerPid > 0) {
        // The pid may have been reused since: kill it only if it is still our listener.
        ExecRequest stop;
        stop.command = QStringLiteral("p=%1; if tr '\\0' '\\n' < /proc/$p/cmdline 2>/dev/null | "
                                      "grep -qxF -- %2; then kill \"$p\" 2>/dev/null; fi; true")
                           .arg(facts->listenerPid)
                           .arg(q(facts->listenerToken));
        stop.timeoutMs = 10000;
        run(stop);
    }
    if (facts->tokenWritten) {
        const ExecRequest remove = PrivilegeProbe::runAs(
            facts->privilege, p.installUser,
            QStringLiteral("rm -f %1\n").arg(q(tokenPath(facts->index))).toUtf8(),
            m_context.sudoPassword, 10000);
        run(remove);
    }
}

} // namespace Ocw::Core
