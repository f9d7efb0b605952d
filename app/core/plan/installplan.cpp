#include "installplan.h"

#include "../base/tr.h"
#include "firstnodecommands.h"

#include <QJsonArray>

namespace Ocw::Core {

InstallPlan InstallPlan::firstNode(const FirstNodeCommands &c, const QString &packagePath,
                                   qint64 packageBytes, const QString &packageSha256,
                                   const QString &signInUrl)
{
    const QString node = c.node();
    InstallPlan plan;
    plan.steps.append({QStringLiteral("first-node.repository-env"),
                       node,
                       Tr::tr("Repository variable"),
                       Tr::tr("Checking OCTANE_REPOSITORY_DIR…"),
                       Tr::tr("Checks that OCTANE_REPOSITORY_DIR is set; sets it only if you "
                              "agreed (--set-repository-env)."),
                       {c.repositoryEnvCheck(),
                        c.repositoryEnvSet() + QStringLiteral("   # only when missing and agreed")},
                       {}});
    plan.steps.append(
        {QStringLiteral("first-node.upload"),
         node,
         Tr::tr("Package upload"),
         Tr::tr("Uploading the package…"),
         Tr::tr("Uploads %1 (%2 bytes, SHA-256 %3), resumable, verified on the node.")
             .arg(packagePath)
             .arg(packageBytes)
             .arg(packageSha256),
         {QStringLiteral("mkdir -m 0700 -p %1   # then refused unless it is a folder of the "
                         "login user's, mode without group/other write, not a symlink")
              .arg(c.stagingDir()),
          QStringLiteral("cat >> %1.part   # the package's bytes, from the offset already there")
              .arg(c.stagedPackage()),
          QStringLiteral("sha256sum %1.part && mv -f %1.part %1").arg(c.stagedPackage())},
         {{c.stagedPackage(), QString(), QStringLiteral("0644"), Tr::tr("the package")}}});
    plan.steps.append(
        {QStringLiteral("first-node.install"),
         node,
         Tr::tr("Package installation"),
         Tr::tr("Installing the package…"),
         Tr::tr(
             "Installs the package with the release's %1 command unless it is already installed.")
             .arg(c.packageKindName()),
         {c.installedQuery(), c.installIntact(), c.install()},
         {}});
    plan.steps.append(
        {QStringLiteral("first-node.octane-conf"),
         node,
         Tr::tr("octane.conf"),
         Tr::tr("Writing octane.conf…"),
         Tr::tr("Writes only the changed settings, after a timestamped backup, through a temporary "
                "file and an atomic rename."),
         {c.readConf(), c.backupConf(QStringLiteral("<timestamp>")),
          c.writeConf() + QStringLiteral("   # content on stdin")},
         {{c.confFile(), QStringLiteral("octane"), QStringLiteral("0600"),
           Tr::tr("site settings (holds secrets)")},
          {c.confFile() + QStringLiteral(".<timestamp>.bak"), QStringLiteral("octane"),
           QStringLiteral("0600"), Tr::tr("backup of the file it replaces, when one exists")}}});
    plan.steps.append({QStringLiteral("first-node.start"),
                       node,
                       Tr::tr("Server start"),
                       Tr::tr("Starting Octane…"),
                       Tr::tr("Starts the server on the first node only, unless it already runs."),
                       {c.serviceStatus(), c.serviceStart()},
                       {}});
    plan.steps.append(
        {QStringLiteral("first-node.ready"),
         node,
         Tr::tr("Server ready"),
         Tr::tr("Waiting for the server…"),
         Tr::tr("Follows the log until the ready line, a known failure line, or the timeout."),
         {c.logSize(), c.readLogFrom(0) + QStringLiteral("   # repeated from the last offset")},
         {}});
    plan.steps.append({QStringLiteral("first-node.sign-in"),
                       node,
                       Tr::tr("Sign-in"),
                       Tr::tr("Signing in…"),
                       Tr::tr("Signs in as the site admin and reads the server version."),
                       {QStringLiteral("POST %1/authentication/sign_in").arg(signInUrl),
                        QStringLiteral("GET %1/admin/server/version").arg(signInUrl)},
                       {}});
    return plan;
}

QString InstallPlan::toText() const
{
    QString text;
    QString lastNode;
    for (const PlanStep &s : steps) {
        if (s.node != lastNode) {
            text += Tr::tr("On %1:").arg(s.node) + QLatin1Char('\n');
            lastNode = s.node;
        }
        text += QStringLiteral("  %1 (%2)\n    %3\n").arg(s.title, s.id, s.description);
        for (const QString &c : s.commands)
            text += QStringLiteral("    $ ") + c + QLatin1Char('\n');
        for (const PlannedFile &f : s.files)
            text +=
                QStringLiteral("    writes %1 (%2%3) - %4\n")
                    .arg(f.path, f.mode, f.owner.isEmpty() ? QString() : QLatin1Char(' ') + f.owner,
                         f.description);
    }
    return text;
}

QJsonObject InstallPlan::toJson() const
{
    QJsonArray array;
    for (const PlanStep &s : steps)
        array.append(s.toJson());
    return QJsonObject{{QStringLiteral("steps"), array}};
}

} // namespace Ocw::Core
