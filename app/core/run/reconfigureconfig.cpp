#include "reconfigureconfig.h"

#include "../base/tr.h"
#include "../config/hoconfile.h"
#include "../secrets/secretresolver.h"

namespace Ocw::Core {

QString ReconfigureConfig::blocker() const
{
    if (m_profile.nodes.isEmpty())
        return Tr::tr("The profile has no nodes: enter them on the Nodes page.");
    if (!m_release)
        return Tr::tr("The profile's release \"%1\" is not known to this version.")
            .arg(m_profile.release);
    return {};
}

QList<ConfKey> ReconfigureConfig::editableKeys() const
{
    QList<ConfKey> keys;
    if (!m_release)
        return keys;
    for (const ConfKey &key : m_release->confKeys()) {
        if (key.secret || key.type == ConfKeyType::Secret || key.role == ConfRole::NodeList ||
            key.role == ConfRole::RepositoryFolder)
            continue;
        keys.append(key);
    }
    return keys;
}

QHash<QString, QString> ReconfigureConfig::valuesOf(const QString &redactedFile) const
{
    QHash<QString, QString> values;
    const Expected<HoconFile> file = HoconFile::parse(redactedFile.toUtf8());
    if (!file)
        return values;
    for (const ConfKey &key : editableKeys()) {
        const QVariant v = file->value(key.path);
        if (!v.isValid())
            continue;
        values.insert(key.path, v.typeId() == QMetaType::QStringList
                                    ? v.toStringList().join(QStringLiteral(","))
                                    : v.toString());
    }
    return values;
}

PhaseInputs ReconfigureConfig::inputs(const QList<ConfEdit> &edits, bool preview) const
{
    PhaseInputs in;
    in.profile = m_profile;
    if (m_release)
        in.release = *m_release;
    in.confEdits = edits;
    in.previewOnly = preview;
    in.readyTimeoutS = m_profile.readyTimeoutS;
    in.sudoPasswords = SecretResolver::sudoPasswords(m_profile, m_secrets);
    return in;
}

PhasePlan ReconfigureConfig::readPlan() const
{
    return PhasePlan::reconfigure(inputs({}, true), false);
}

Expected<QList<ConfEdit>> ReconfigureConfig::edits(const QHash<QString, QString> &changes) const
{
    QList<ConfEdit> out;
    if (!m_release)
        return makeError(ErrorCode::InvalidInput, blocker());
    QStringList paths = changes.keys();
    std::sort(paths.begin(), paths.end());
    for (const QString &path : paths) {
        const Expected<ConfEdit> edit =
            ConfEdit::parse(path + QLatin1Char('=') + changes.value(path), *m_release);
        if (!edit)
            return edit.error();
        out.append(*edit);
    }
    if (out.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Change at least one value first."));
    return out;
}

PhasePlan ReconfigureConfig::applyPlan(const QList<ConfEdit> &edits, bool preview) const
{
    return PhasePlan::reconfigure(inputs(edits, preview), !preview);
}

PhasePlan ReconfigureConfig::restartPlan(const QStringList &order) const
{
    return PhasePlan::rollingRestart(inputs(), order);
}

QStringList ReconfigureConfig::rollOrder() const
{
    return PhasePlan::rollingRestart(inputs()).nodes();
}

QStringList ReconfigureConfig::nodesAfter(const QString &failedNode) const
{
    const QStringList order = rollOrder();
    const qsizetype at = order.indexOf(failedNode);
    return at < 0 ? QStringList() : order.mid(at + 1);
}

QHash<QString, SshTarget> ReconfigureConfig::targets() const
{
    QHash<QString, SshTarget> targets;
    for (const SshTarget &t : SecretResolver::targets(m_profile, m_secrets))
        targets.insert(t.nodeName, t);
    return targets;
}

} // namespace Ocw::Core
