#include "plancommand.h"

#include "../base/displaytext.h"
#include "../base/outputfile.h"
#include "../base/tr.h"
#include "../plan/confrenderer.h"
#include "../plan/installplan.h"
#include "../plan/phaseplan.h"
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
    QCommandLineOption phaseOpt = CliOptions::phase();
    phaseOpt.setDefaultValue(PhaseId::FirstNode);
    const QCommandLineOption deliveryOpt = CliOptions::delivery();
    const QCommandLineOption serialOpt = CliOptions::oneAtATime();
    const QCommandLineOption helpOpt = CliOptions::help();
    parser.addOptions({helpOpt, profileOpt, packageOpt, jsonOpt, phaseOpt, deliveryOpt, serialOpt});
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
    const QString phase = parser.value(phaseOpt);
    if (!PhasePlan::phaseNames().contains(phase))
        return bad(Tr::tr("--phase: \"%1\" is not a phase this version can plan (%2)")
                       .arg(phase, PhasePlan::phaseNames().join(QStringLiteral(", "))));
    PackageDelivery delivery = PackageDelivery::Upload;
    if (!CliOptions::parseDelivery(parser, deliveryOpt, &delivery))
        return bad(
            Tr::tr("--delivery: \"%1\" is not upload or share").arg(parser.value(deliveryOpt)));
    const Expected<InstallInputs> in =
        InstallInputs::load(parser.value(profileOpt), parser.value(packageOpt));
    if (!in)
        return bad(in.error().message);

    if (parser.isSet(jsonOpt) && parser.value(jsonOpt) != QLatin1String("-")) {
        const Expected<Done> writable = OutputFile::checkWritable(parser.value(jsonOpt));
        if (!writable)
            return bad(OutputFile::oneLine(writable.error()));
    }

    PhaseInputs inputs = in->phaseInputs();
    inputs.delivery = delivery;
    const PhasePlan phasePlan = *PhasePlan::forPhase(phase, inputs, parser.isSet(serialOpt));
    const InstallPlan plan = phasePlan.dryRun(inputs);
    delivery = phasePlan.delivery;
    // Only the first node gets an octane.conf; the other nodes read the shared one.
    const bool writesConf = phase != PhaseId::OtherNodes;
    // The octane.conf it would write for a node without one (secrets masked).
    QHash<QString, QString> placeholders;
    for (const QString &key : in->release.secretKeyPaths())
        placeholders.insert(
            key, QStringLiteral("Masked-Secret-1")); // passes the complexity rule; masked below
    const Expected<ConfRenderer::Output> conf =
        ConfRenderer(in->profile, in->release).render(QByteArray(), placeholders);

    if (parser.isSet(jsonOpt)) {
        QJsonObject json = plan.toJson();
        json.insert(QStringLiteral("phase"), phase);
        json.insert(QStringLiteral("delivery"), packageDeliveryName(delivery));
        json.insert(QStringLiteral("concurrency"), phasePlan.concurrency);
        if (writesConf)
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
    if (phasePlan.rounds.isEmpty()) {
        out << Tr::tr("The profile has one node only: there are no other nodes to install.")
            << '\n';
        return 0;
    }
    out << Tr::tr("Plan of the %1 installation (nothing was changed):").arg(phase) << '\n'
        << Tr::tr("Package delivery: %1; up to %2 nodes at a time.")
               .arg(delivery == PackageDelivery::ShareStage
                        ? Tr::tr("staged once in the shared repository, copied by each node")
                        : Tr::tr("uploaded from this workstation to each node"))
               .arg(phasePlan.concurrency)
        << "\n\n"
        << plan.toText();
    if (phase != PhaseId::FirstNode)
        out << '\n'
            << Tr::tr("On the other nodes no configuration file is written and no script is run: "
                      "they read %1/conf/octane.conf.")
                   .arg(in->profile.repositoryDir)
            << '\n';
    if (writesConf && conf) {
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
