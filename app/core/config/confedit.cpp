#include "confedit.h"

#include "../base/displaytext.h"
#include "../base/tr.h"
#include "confvalidator.h"
#include "hoconfile.h"

namespace Ocw::Core {

namespace {
Error badEdit(const QString &message, const QString &fix = {})
{
    return makeError(ErrorCode::InvalidInput, message, QString(), fix);
}
} // namespace

Expected<ConfEdit> ConfEdit::parse(const QString &argument, const ReleaseDefinition &release)
{
    const qsizetype equals = argument.indexOf(QLatin1Char('='));
    const QString path = (equals < 0 ? argument : argument.left(equals)).trimmed();
    const QString text = equals < 0 ? QString() : argument.mid(equals + 1);
    const ConfKey *key = release.confKey(path);
    if (!key) {
        QStringList known;
        for (const ConfKey &k : release.confKeys())
            known.append(k.path);
        return badEdit(
            Tr::tr("--set %1: \"%2\" is not a setting of %3's octane.conf")
                .arg(DisplayText::escaped(argument), DisplayText::escaped(path), release.title()),
            Tr::tr("Use one of: %1.").arg(known.join(QStringLiteral(", "))));
    }
    // The wizard keeps these in step with the profile: a different node list needs new nodes
    // (and hazelcast.xml), a different repository another shared mount.
    if (key->role == ConfRole::NodeList || key->role == ConfRole::RepositoryFolder) {
        return badEdit(
            Tr::tr("--set %1: %2 follows the profile (its nodes and repository), it is not "
                   "changed on its own")
                .arg(DisplayText::escaped(path), path),
            Tr::tr("Change the profile and install the nodes it adds."));
    }
    ConfEdit edit;
    edit.path = path;
    edit.secret = key->secret || key->type == ConfKeyType::Secret;
    if (edit.secret) {
        if (equals >= 0) {
            return badEdit(
                Tr::tr("--set %1=…: %1 is a secret, and a command line is readable by every "
                       "user of this workstation (ps)")
                    .arg(path),
                Tr::tr("Name it without a value (--set %1): its value comes from the keychain "
                       "(store-secrets) or, with --secrets-stdin, from the standard input as "
                       "conf:%1=VALUE.")
                    .arg(path));
        }
        return edit;
    }
    if (equals < 0)
        return badEdit(
            Tr::tr("--set %1: give a value, as %1=VALUE").arg(DisplayText::escaped(path)));

    switch (key->type) {
    case ConfKeyType::Int: {
        bool ok = false;
        const int n = text.trimmed().toInt(&ok);
        if (!ok)
            return badEdit(Tr::tr("--set %1: \"%2\" is not a whole number")
                               .arg(path, DisplayText::escaped(text)));
        edit.value = n;
        break;
    }
    case ConfKeyType::Bool: {
        const QString t = text.trimmed().toLower();
        if (t != QLatin1String("true") && t != QLatin1String("false"))
            return badEdit(Tr::tr("--set %1: \"%2\" is neither true nor false")
                               .arg(path, DisplayText::escaped(text)));
        edit.value = t == QLatin1String("true");
        break;
    }
    case ConfKeyType::List: {
        QStringList items;
        for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            items.append(item.trimmed());
        edit.value = items;
        break;
    }
    default:
        edit.value = text;
        break;
    }
    const QStringList problems = ConfValidator(release).checkValue(*key, edit.value);
    if (!problems.isEmpty())
        return badEdit(Tr::tr("--set %1: %2").arg(path, problems.join(QLatin1Char(' '))));
    return edit;
}

QList<ConfEdit> ConfEdit::forSecureDeployment(const SecureSettings &secure, const SecureSpec &spec,
                                              const QString &keystoreFile)
{
    return {{spec.httpsPortKey, secure.httpsPort, false},
            {spec.keystorePathKey, keystoreFile, false},
            {spec.keystorePasswordKey, QVariant(), true},
            {spec.tlsMinimumKey, secure.tlsMinimum, false}};
}

Expected<QStringList> ConfEdit::apply(const QList<ConfEdit> &edits, HoconFile *file)
{
    QStringList changed;
    for (const ConfEdit &edit : edits) {
        const QVariant current = file->value(edit.path);
        if (current.isValid() && current.toString() == edit.value.toString() &&
            current.toStringList() == edit.value.toStringList())
            continue;
        const Expected<Done> set = file->set(edit.path, edit.value);
        if (!set)
            return set.error();
        if (!changed.contains(edit.path))
            changed.append(edit.path);
    }
    return changed;
}

} // namespace Ocw::Core
