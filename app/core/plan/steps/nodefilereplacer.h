#pragma once

#include "../../base/expected.h"

#include <QByteArray>
#include <QString>

namespace Ocw::Core {

class StepRun;

// Replaces one file on a node the way every secure-deployment step does: a timestamped backup
// of the file that is there (cp -p, owner and mode kept), then the new content through a fresh
// temporary file in the same folder, owned and restricted before an atomic rename. The old file
// stays whole when anything fails.
class NodeFileReplacer
{
public:
    // `exists`: a file is there now (then it is backed up first). The value: the backup's name
    // (empty when there was nothing to back up); the error says which node and file.
    static Expected<QString> replace(StepRun &run, const QString &path, const QByteArray &content,
                                     const QString &owner, int mode, bool exists);
};

} // namespace Ocw::Core
