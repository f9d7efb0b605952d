#pragma once

#include "expected.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <optional>

namespace Ocw::Core {

// Writes every file the product leaves on the workstation (reports, profiles, known_hosts,
// logs) without ever renaming over something that is not a regular file: a regular (or new)
// file is replaced atomically, the final target of a symlink is replaced and the link stays,
// a device, FIFO or socket is written in place, /dev/stdout and /dev/fd/N go to the process's
// own descriptor. Stateless; any thread.
class OutputFile
{
public:
    enum class Kind {
        File,       // a regular file, or none yet: a temporary file renamed over it (QSaveFile)
        Direct,     // a character or block device, FIFO, socket, another process's descriptor
        Descriptor, // this process's own descriptor (/dev/stdout, /dev/fd/N, /proc/self/fd/N)
    };

    // Where a path leads once every symlink is followed.
    struct Target
    {
        Kind kind = Kind::File;
        QString path;        // File: the final target; Direct: the path to open(2)
        bool linked = false; // a symlink was followed to get to `path`
        bool exists = false; // File: a file is there already
        bool fifo = false;   // Direct: a FIFO
        bool socket = false; // Direct: a Unix socket
        int descriptor = -1; // Descriptor: its number
    };

    // Follows symlinks (at most 40) without touching anything. Refuses a folder, a missing
    // folder on the way and a link loop (ErrorCode::Io).
    static Expected<Target> resolve(const QString &path);

    // The pre-flight, before any remote work: refuses what write() would refuse (a folder, a
    // missing folder, a folder that cannot be written, a read-only file, a device or descriptor
    // that cannot be opened for writing). Never blocks and never opens a FIFO: opening and
    // closing it would end its reader's input. A FIFO nobody reads yet is accepted: write() waits
    // a few seconds for its reader.
    static Expected<Done> checkWritable(const QString &path);

    // Writes all of `data` as resolve() says. A new file gets `newFilePermissions` when given,
    // an existing one keeps its permissions. A FIFO with no reader is waited for up to
    // fifoReaderWaitMs, then refused ("nobody is reading the FIFO"); once open, the write
    // blocks as long as the reader reads.
    static Expected<Done> write(const QString &path, const QByteArray &data,
                                std::optional<QFile::Permissions> newFilePermissions = {});

    // True when `path` is this process's standard output (/dev/stdout, /dev/fd/1, ...).
    static bool isStandardOutput(const QString &path);

    // The same line the command line prints: the message, then the fix.
    static QString oneLine(const Error &error);

    static constexpr int fifoReaderWaitMs = 5000;
};

} // namespace Ocw::Core
