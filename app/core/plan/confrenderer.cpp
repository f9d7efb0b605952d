#include "confrenderer.h"

#include "../base/tr.h"
#include "../config/confvalidator.h"
#include "../config/hoconfile.h"

#include <QJsonArray>

namespace Ocw::Core {

ConfRenderer::ConfRenderer(ClusterProfile profile, ReleaseDefinition release)
    : m_profile(std::move(profile))
    , m_release(std::move(release))
{
}

QHash<QString, QVariant> ConfRenderer::desiredValues(const QHash<QString, QString> &secrets) const
{
    QHash<QString, QVariant> values;
    for (auto it = m_profile.octaneConf.constBegin(); it != m_profile.octaneConf.constEnd(); ++it)
        values.insert(it.key(), it.value().toVariant());
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it)
        values.insert(it.key(), it.value());
    // Filled from the Nodes page, editable only there.
    QStringList nodes;
    for (const Node &n : m_profile.nodes)
        nodes.append(n.host);
    const QString nodeKey = m_release.nodeListKey();
    if (!nodeKey.isEmpty())
        values.insert(nodeKey, nodes);
    const QString repoKey = m_release.keyPath(ConfRole::RepositoryFolder);
    if (!repoKey.isEmpty() && !m_profile.repositoryDir.isEmpty())
        values.insert(repoKey, m_profile.repositoryDir);
    // Defaults of required keys the user left out.
    const QString dbType = values.value(m_release.keyPath(ConfRole::DbType)).toString();
    for (const ConfKey &key : m_release.confKeys()) {
        if (!values.contains(key.path) && key.defaultValue.isValid() &&
            key.isRequired(m_profile.isClustered(), dbType))
            values.insert(key.path, key.defaultValue);
    }
    return values;
}

Expected<ConfRenderer::Output> ConfRenderer::render(const QByteArray &existing,
                                                    const QHash<QString, QString> &secrets) const
{
    HoconPosition at;
    Expected<HoconFile> parsed = HoconFile::parse(existing, m_release.confFile(), &at);
    if (!parsed) {
        Error e = parsed.error();
        e.message = Tr::tr("The octane.conf on %1 cannot be read: %2")
                        .arg(m_profile.firstNodeHost(), e.message);
        e.fix = Tr::tr("Correct the file by hand, or move it away so that a new one is written.");
        return e;
    }
    HoconFile file = *parsed;
    Output out;
    const QHash<QString, QVariant> values = desiredValues(secrets);
    QStringList paths = values.keys();
    std::sort(paths.begin(), paths.end(), [this](const QString &a, const QString &b) {
        // Schema order keeps a new file readable (groups together).
        auto index = [this](const QString &p) {
            const QList<ConfKey> &keys = m_release.confKeys();
            for (int i = 0; i < keys.size(); ++i) {
                if (keys.at(i).path == p)
                    return i;
            }
            return int(keys.size());
        };
        return index(a) != index(b) ? index(a) < index(b) : a < b;
    });
    for (const QString &path : std::as_const(paths)) {
        const QVariant wanted = values.value(path);
        const QVariant current = file.value(path);
        if (current.isValid() && current.toString() == wanted.toString() &&
            current.toStringList() == wanted.toStringList())
            continue;
        const ConfKey *key = m_release.confKey(path);
        const HoconFile::StringStyle style = key && key->type == ConfKeyType::Enum
                                                 ? HoconFile::StringStyle::BareWhenPossible
                                                 : HoconFile::StringStyle::Quoted;
        const Expected<Done> set = file.set(path, wanted, style);
        if (!set)
            return set.error();
        out.changedKeys.append(path);
    }
    out.text = file.text();
    out.redactedText = file.redactedText(m_release.secretKeyPaths());
    out.identical = out.changedKeys.isEmpty() && !existing.isEmpty();
    out.issues = ConfValidator(m_release).validate(file, ConfContext::fromProfile(m_profile));
    return out;
}

} // namespace Ocw::Core
