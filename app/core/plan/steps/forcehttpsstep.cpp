#include "forcehttpsstep.h"

#include "../../base/tr.h"
#include "../../config/confdiff.h"
#include "../steprun.h"
#include "nodefilereplacer.h"

#include <QRegularExpression>

namespace Ocw::Core {

namespace {
const QString ConstraintMark = QStringLiteral("<!-- octane-cluster-wizard: HTTPS forced -->");

bool hasConfidential(const QString &webXml)
{
    static const QRegularExpression re(
        QStringLiteral("<transport-guarantee>\\s*CONFIDENTIAL\\s*</transport-guarantee>"));
    return re.match(webXml).hasMatch();
}

// web.xml with the CONFIDENTIAL constraint before its closing </web-app>; empty when the file
// has no </web-app> (not a deployment descriptor: nothing is guessed).
QString withConstraint(const QString &webXml)
{
    const qsizetype end = webXml.lastIndexOf(QLatin1String("</web-app>"));
    if (end < 0)
        return QString();
    const QString block =
        QStringLiteral("    %1\n"
                       "    <security-constraint>\n"
                       "        <web-resource-collection>\n"
                       "            <web-resource-name>Everything</web-resource-name>\n"
                       "            <url-pattern>/*</url-pattern>\n"
                       "        </web-resource-collection>\n"
                       "        <user-data-constraint>\n"
                       "            <transport-guarantee>CONFIDENTIAL</transport-guarantee>\n"
                       "        </user-data-constraint>\n"
                       "    </security-constraint>\n")
            .arg(ConstraintMark);
    return webXml.left(end) + block + webXml.mid(end);
}

// "owner:group mode\n<content>" of readFileWithOwner.
struct NodeFile
{
    QString owner;
    int mode = 0;
    QString text;
};

NodeFile splitOwner(const QByteArray &out)
{
    NodeFile f;
    const qsizetype nl = out.indexOf('\n');
    const QString head = QString::fromUtf8(out.left(nl < 0 ? out.size() : nl)).trimmed();
    f.owner = head.section(QLatin1Char(' '), 0, 0);
    f.mode = head.section(QLatin1Char(' '), 1, 1).toInt(nullptr, 8);
    f.text = nl < 0 ? QString() : QString::fromUtf8(out.mid(nl + 1));
    return f;
}
} // namespace

QString ForceHttpsStep::name() const
{
    return StepId::ForceHttps;
}

QString ForceHttpsStep::title() const
{
    return Tr::tr("HTTPS forced");
}

QString ForceHttpsStep::statusText() const
{
    return Tr::tr("Forcing HTTPS (web.xml)…");
}

QString ForceHttpsStep::description(const PhaseInputs &in, const NodeState &node) const
{
    return Tr::tr("Adds the security-constraint with transport-guarantee CONFIDENTIAL to %1 (plain "
                  "HTTP is then redirected to HTTPS), and sets SecurePort %2 in %3 when that file "
                  "has one; each file backed up first.")
        .arg(node.commands.webXmlFile())
        .arg(in.profile.secure.httpsPort)
        .arg(node.commands.jettyXmlFile());
}

bool ForceHttpsStep::changesNode() const
{
    return true;
}

QString ForceHttpsStep::doneWhen() const
{
    return Tr::tr("web.xml already has a CONFIDENTIAL constraint and SecurePort is the HTTPS port");
}

QList<PlannedCommand> ForceHttpsStep::plannedCommands(const PhaseInputs &,
                                                      const NodeState &node) const
{
    QList<PlannedCommand> planned{
        {node.commands.readFileWithOwner(node.commands.webXmlFile()).text, QString()},
        {node.commands.backupFile(node.commands.webXmlFile(), QStringLiteral("<timestamp>")).text,
         Tr::tr("only when the constraint is missing"), true},
        {node.commands
             .writeFileAtomically(node.commands.webXmlFile(), QStringLiteral("<owner>"), 0644)
             .text,
         Tr::tr("its owner and mode kept"), true}};
    if (!node.commands.jettyXmlFile().isEmpty())
        planned.append({node.commands.readFileWithOwner(node.commands.jettyXmlFile()).text,
                        Tr::tr("when it exists")});
    return planned;
}

QList<PlannedFile> ForceHttpsStep::plannedFiles(const PhaseInputs &, const NodeState &node) const
{
    return {{node.commands.webXmlFile(), Tr::tr("as it was"), Tr::tr("as it was"),
             Tr::tr("the CONFIDENTIAL constraint added")},
            {node.commands.webXmlFile() + QStringLiteral(".<timestamp>.bak"), Tr::tr("as it was"),
             Tr::tr("as it was"), Tr::tr("backup of the file it replaces")}};
}

QString ForceHttpsStep::afterCancel(const PhaseInputs &, const NodeState &node) const
{
    return Tr::tr("%1 is the old file or the new one (atomic rename); the server still runs with "
                  "what it read at its start.")
        .arg(node.commands.webXmlFile());
}

CheckResult ForceHttpsStep::run(StepRun &run) const
{
    const QString node = run.nodeName();
    const QString webXml = run.commands().webXmlFile();
    const int port = run.in.profile.secure.httpsPort;
    const Expected<ExecResult> read = run.exec(run.commands().readFileWithOwner(webXml));
    if (!read)
        return run.fail(read.error());
    if (read->exitStatus == 3)
        return run.fail(
            Tr::tr("%1: %2 does not exist: is Octane installed there?").arg(node, webXml),
            Tr::tr("Install the node first (install --phase other-nodes)."));
    if (read->exitStatus == 4)
        return run.fail(Tr::tr("%1: %2 is a symbolic link; it is not followed.").arg(node, webXml));
    if (read->exitStatus != 0)
        return run.fail(Tr::tr("%1: cannot read %2: %3")
                            .arg(node, webXml, QString::fromUtf8(read->stdErr).trimmed()));
    const NodeFile web = splitOwner(read->stdOut);
    QStringList said;
    QString diff;
    if (hasConfidential(web.text)) {
        said.append(Tr::tr("%1 already forces HTTPS").arg(webXml));
    } else {
        const QString changed = withConstraint(web.text);
        if (changed.isEmpty())
            return run.fail(Tr::tr("%1: %2 has no </web-app>: not a deployment descriptor this "
                                   "step can change.")
                                .arg(node, webXml),
                            Tr::tr("Add the CONFIDENTIAL security-constraint by hand."));
        const Expected<QString> backup = NodeFileReplacer::replace(
            run, webXml, changed.toUtf8(), web.owner, web.mode ? web.mode : 0644, true);
        if (!backup)
            return run.fail(backup.error());
        said.append(Tr::tr("%1 forces HTTPS now (backup %2)").arg(webXml, *backup));
        run.node.secureChanged = true;
        diff += ConfDiff::unified(web.text, changed, QStringLiteral("a/web.xml"),
                                  QStringLiteral("b/web.xml"));
    }

    // jetty.xml's SecurePort: where the redirect goes; it must be the HTTPS port.
    const QString jetty = run.commands().jettyXmlFile();
    if (!jetty.isEmpty()) {
        const Expected<ExecResult> j = run.exec(run.commands().readFileWithOwner(jetty));
        if (!j)
            return run.fail(j.error());
        if (j->exitStatus == 0) {
            const NodeFile jf = splitOwner(j->stdOut);
            static const QRegularExpression re(
                QStringLiteral("(<Set name=\"SecurePort\">\\s*)(\\d+)(\\s*</Set>)"));
            const QRegularExpressionMatch m = re.match(jf.text);
            if (!m.hasMatch()) {
                said.append(Tr::tr("%1 sets no SecurePort (the redirect goes to the HTTPS port)")
                                .arg(jetty));
            } else if (m.captured(2).toInt() == port) {
                said.append(Tr::tr("%1 has SecurePort %2").arg(jetty).arg(port));
            } else {
                QString changed = jf.text;
                changed.replace(m.capturedStart(2), m.capturedLength(2), QString::number(port));
                const Expected<QString> backup = NodeFileReplacer::replace(
                    run, jetty, changed.toUtf8(), jf.owner, jf.mode ? jf.mode : 0644, true);
                if (!backup)
                    return run.fail(backup.error());
                run.node.secureChanged = true;
                said.append(Tr::tr("%1: SecurePort %2 → %3 (backup %4)")
                                .arg(jetty, m.captured(2))
                                .arg(port)
                                .arg(*backup));
                diff += ConfDiff::unified(jf.text, changed, QStringLiteral("a/jetty.xml"),
                                          QStringLiteral("b/jetty.xml"));
            }
        } else if (j->exitStatus == 4) {
            return run.fail(
                Tr::tr("%1: %2 is a symbolic link; it is not followed.").arg(node, jetty));
        }
    }
    run.setOutput(diff);
    return run.pass(Tr::tr("%1: %2; the server reads it at its restart.")
                        .arg(node, said.join(QStringLiteral("; "))));
}

} // namespace Ocw::Core
