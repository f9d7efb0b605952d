#include "plancommand.h"

#include "../base/displaytext.h"
#include "../base/outputfile.h"
#include "../base/tr.h"
#include "../plan/confrenderer.h"
#include "../plan/firstnodecommands.h"
#include "../plan/installplan.h"
#include "clioptions.h"
#include "installinputs.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace Ocw::Core {

int PlanCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOpt = CliOptions::profile();
    const QCommandLineOption packageOpt = CliOptions::package();
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     QStringLiteral("Write the plan as JSON to FILE or -."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption phaseOpt(QStringLiteral("phase"),
                                      QStringLiteral("first-node (the only phase so far)."),
                                      QStringLiteral("PHASE"), QStringLiteral("first-node"));
    const QCommandLineOption helpOpt = CliOptions::help();
    parser.addOptions({helpOpt, profileOpt, packageOpt, jsonOpt, phaseOpt});
    QTextStream err(stderr);
    auto bad = [&err](const QString &message) {
        err << "octane-cluster-wizard plan: " << DisplayText::escaped(message) << '\n';
        return 2;
    };
    if (!parser.parse(arguments))
        return bad(parser.errorText());
    if (parser.isSet(helpOpt)) {
        QTextStream(stdout) << "Usage: octane-cluster-wizard plan [options]\n\n"
                            << parser.helpText().section(QLatin1Char('\n'), 2);
        return 0;
    }
    if (!parser.isSet(profileOpt))
        return bad(Tr::tr("--profile FILE is required"));
    if (parser.value(phaseOpt) != QLatin1String("first-node"))
        return bad(Tr::tr("--phase: \"%1\" is not a phase this version can plan (first-node)")
                       .arg(parser.value(phaseOpt)));
    const Expected<InstallInputs> in =
        InstallInputs::load(parser.value(profileOpt), parser.value(packageOpt));
    if (!in)
        return bad(in.error().message);

    if (parser.isSet(jsonOpt) && parser.value(jsonOpt) != QLatin1String("-")) {
        const Expected<Done> writable = OutputFile::checkWritable(parser.value(jsonOpt));
        if (!writable)
            return bad(OutputFile::oneLine(writable.error()));
    }

    FirstNodeCommands commands(in->profile, in->release, QFileInfo(in->packagePath).fileName());
    const InstallPlan plan =
        InstallPlan::firstNode(commands, in->packagePath, in->packageBytes, in->packageSha256,
                               commands.serverUrl().toString());
    // The octane.conf it would write for a node without one (secrets masked).
    QHash<QString, QString> placeholders;
    for (const QString &key : in->release.secretKeyPaths())
        placeholders.insert(
            key, QStringLiteral("Masked-Secret-1")); // passes the complexity rule; masked below
    const Expected<ConfRenderer::Output> conf =
        ConfRenderer(in->profile, in->release).render(QByteArray(), placeholders);

    if (parser.isSet(jsonOpt)) {
        QJsonObject json = plan.toJson();
        json.insert(QStringLiteral("octaneConf"), conf ? conf->redactedText : QString());
        const QByteArray data = QJsonDocument(json).toJson(QJsonDocument::Indented);
        if (parser.value(jsonOpt) == QLatin1String("-")) {
            fwrite(data.constData(), 1, size_t(data.size()), stdout);
            if (fflush(stdout) != 0 || ferror(stdout))
                return bad(Tr::tr("Cannot write the plan to the standard output."));
        } else {
            const Expected<Done> w = OutputFile::write(parser.value(jsonOpt), data);
            if (!w)
                return bad(OutputFile::oneLine(w.error()));
        }
        return 0;
    }
    QTextStream out(stdout);
    out << Tr::tr("Plan of the first-node installation (nothing was changed):") << "\n\n"
        << plan.toText();
    if (conf) {
        out << '\n'
            << Tr::tr("octane.conf as it would be written on a node without one (secrets masked):")
            << "\n\n"
            << conf->redactedText << '\n';
        for (const FieldIssue &i : conf->issues)
            out << Tr::tr("warning: %1: %2").arg(i.field, i.message) << '\n';
    }
    return 0;
}

} // namespace Ocw::Core
