#include "storesecretscommand.h"

#include "../base/displaytext.h"
#include "../base/tr.h"
#include "../model/clusterprofile.h"
#include "../model/releasedefinition.h"
#include "../secrets/secretnames.h"
#include "../secrets/secretresolver.h"
#include "../secrets/secretstore.h"
#include "clioptions.h"
#include "interruptwatcher.h"
#include "standardinput.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace Ocw::Core {

int StoreSecretsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOpt = CliOptions::profile();
    const QCommandLineOption helpOpt = CliOptions::help();
    parser.addOptions({helpOpt, profileOpt});
    QTextStream err(stderr);
    auto bad = [&err](const QString &message) {
        err << "octane-cluster-wizard store-secrets: " << DisplayText::escaped(message) << '\n';
        return 2;
    };
    if (!parser.parse(arguments))
        return bad(parser.errorText());
    if (parser.isSet(helpOpt)) {
        QTextStream(stdout) << "Usage: octane-cluster-wizard store-secrets --profile FILE < "
                               "name=value lines\n\n"
                            << parser.helpText().section(QLatin1Char('\n'), 2);
        return 0;
    }
    if (!parser.isSet(profileOpt))
        return bad(Tr::tr("--profile FILE is required"));
    const Expected<ClusterProfile> profile = ClusterProfile::load(parser.value(profileOpt));
    if (!profile)
        return bad(profile.error().message);
    const Expected<ReleaseDefinition> release = ReleaseDefinition::load(profile->release);
    if (!release)
        return bad(release.error().message);

    InterruptWatcher interrupts;
    const QHash<QString, QString> secrets =
        SecretResolver::parseLines(StandardInput::readAll(interrupts.cancelToken()));
    if (interrupts.wasInterrupted())
        return 3;
    if (secrets.isEmpty())
        return bad(Tr::tr("no name=value line on the standard input"));
    // Every name is checked before anything is stored: a typo stores nothing.
    const QStringList login = SecretNames::loginNames();
    QStringList names = secrets.keys();
    names.sort();
    for (const QString &name : std::as_const(names)) {
        if (SecretNames::isConf(name)) {
            const QString key = SecretNames::confKeyOf(name);
            if (!release->secretKeyPaths().contains(key))
                return bad(Tr::tr("%1: %2 is not a secret octane.conf setting of %3 (%4)")
                               .arg(name, key, release->id(),
                                    release->secretKeyPaths().join(QStringLiteral(", "))));
            continue;
        }
        const QString base = SecretNames::baseName(name);
        const QString node = SecretNames::nodeOf(name);
        if (!login.contains(base))
            return bad(Tr::tr("%1: not a secret name (%2, each optionally @node, or "
                              "conf:<setting>)")
                           .arg(name, login.join(QStringLiteral(", "))));
        if (SecretNames::isPerNode(name) && profile->indexOfNode(node) < 0)
            return bad(Tr::tr("%1: %2 is not a node of the profile").arg(name, node));
        if (secrets.value(name).isEmpty())
            return bad(Tr::tr("%1: the value is empty").arg(name));
    }
    const QString scope = SecretNames::scopeFor(*profile, parser.value(profileOpt));
    SecretStore store;
    QTextStream out(stdout);
    for (const QString &name : std::as_const(names)) {
        const Expected<Done> written = store.writeBlocking(scope, name, secrets.value(name));
        if (!written)
            return bad(Tr::tr("%1: %2").arg(name, written.error().message));
        out << Tr::tr("stored %1 for %2").arg(name, scope) << '\n';
    }
    return 0;
}

} // namespace Ocw::Core
