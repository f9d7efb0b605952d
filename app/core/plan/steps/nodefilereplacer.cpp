#include "nodefilereplacer.h"

#include "../../base/tr.h"
#include "../steprun.h"

#include <QDateTime>

namespace Ocw::Core {

Expected<QString> NodeFileReplacer::replace(StepRun &run, const QString &path,
                                            const QByteArray &content, const QString &owner,
                                            int mode, bool exists)
{
    const QString node = run.nodeName();
    QString backup;
    if (exists) {
        const QString timestamp =
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const Expected<ExecResult> copied = run.exec(run.commands().backupFile(path, timestamp));
        if (!copied)
            return copied.error();
        if (copied->exitStatus != 0)
            return makeError(ErrorCode::RemoteCommandFailed,
                             Tr::tr("%1: could not back up %2 (%3); nothing was changed.")
                                 .arg(node, path, QString::fromUtf8(copied->stdErr).trimmed()));
        backup = path + QLatin1Char('.') + timestamp + QStringLiteral(".bak");
    }
    const Expected<ExecResult> written =
        run.exec(run.commands().writeFileAtomically(path, owner, mode), content);
    if (!written)
        return written.error();
    if (written->exitStatus != 0)
        return makeError(ErrorCode::RemoteCommandFailed,
                         Tr::tr("%1: writing %2 failed, the old file is still there: %3")
                             .arg(node, path, QString::fromUtf8(written->stdErr).trimmed()));
    return backup;
}

} // namespace Ocw::Core
