#include "outputfile.h"

#include "tr.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/un.h>
#include <unistd.h>

namespace Ocw::Core {

namespace {

constexpr int MaxLinks = 40;

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

Error ioError(QString message, QString fix = {}, QString details = {})
{
    return makeError(ErrorCode::Io, std::move(message), std::move(details), std::move(fix));
}

// The name a message uses: the path as given, and where it leads when a link was followed.
QString shown(const QString &given, bool linked, const QString &resolved)
{
    if (!linked)
        return given;
    return Tr::tr("%1 (a link to %2)").arg(given, resolved);
}

QString shown(const QString &given, const OutputFile::Target &target)
{
    return shown(given, target.linked, target.path);
}

// /proc/PID/fd/N or /proc/PID/task/TID/fd/N once its folder is canonical (realpath turns
// /dev/fd, /proc/self and /proc/thread-self into these). Such a link is "magic": readlink()
// gives "pipe:[123]" or a file that must not be replaced, so it is never followed by hand.
struct ProcFd
{
    bool own = false;
    int descriptor = -1;
};

std::optional<ProcFd> procFd(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^/proc/(\\d+)(?:/task/\\d+)?/fd/(\\d+)$"));
    const QRegularExpressionMatch m = re.match(path);
    if (!m.hasMatch())
        return std::nullopt;
    return ProcFd{m.captured(1).toLongLong() == qint64(::getpid()), m.captured(2).toInt()};
}

Expected<Done> checkFolder(const QString &given, const OutputFile::Target &target)
{
    const QString dir = QFileInfo(target.path).absolutePath();
    // access() answers EROFS for a read-only mount even for root; statvfs() confirms it for
    // file systems whose access() only looks at the permission bits.
    if (::access(encoded(dir).constData(), W_OK | X_OK) != 0) {
        const int err = errno;
        if (err == EROFS) {
            return ioError(Tr::tr("Cannot write %1: the folder %2 is on a read-only file system.")
                               .arg(shown(given, target), dir),
                           Tr::tr("Choose a folder on a writable file system."));
        }
        return ioError(Tr::tr("Cannot write %1: the folder %2 cannot be written (%3).")
                           .arg(shown(given, target), dir, qt_error_string(err)),
                       Tr::tr("Choose a folder you can write to, or change its permissions."));
    }
    struct statvfs vfs;
    if (::statvfs(encoded(dir).constData(), &vfs) == 0 && (vfs.f_flag & ST_RDONLY)) {
        return ioError(Tr::tr("Cannot write %1: the folder %2 is on a read-only file system.")
                           .arg(shown(given, target), dir),
                       Tr::tr("Choose a folder on a writable file system."));
    }
    if (target.exists && ::access(encoded(target.path).constData(), W_OK) != 0) {
        return ioError(Tr::tr("Cannot write %1: the file is read-only (%2).")
                           .arg(shown(given, target), qt_error_string(errno)),
                       Tr::tr("Change its permissions or choose another file."));
    }
    return Done{};
}

// A reader that goes away must give EPIPE, not end the product with SIGPIPE.
class SigPipeBlocker
{
public:
    SigPipeBlocker()
    {
        sigemptyset(&m_pipe);
        sigaddset(&m_pipe, SIGPIPE);
        sigset_t pending;
        sigpending(&pending);
        m_wasPending = sigismember(&pending, SIGPIPE) == 1;
        pthread_sigmask(SIG_BLOCK, &m_pipe, &m_old);
    }
    ~SigPipeBlocker()
    {
        if (!m_wasPending) {
            const timespec zero{0, 0};
            while (sigtimedwait(&m_pipe, nullptr, &zero) == SIGPIPE) {
            }
        }
        pthread_sigmask(SIG_SETMASK, &m_old, nullptr);
    }
    SigPipeBlocker(const SigPipeBlocker &) = delete;
    SigPipeBlocker &operator=(const SigPipeBlocker &) = delete;

private:
    sigset_t m_pipe;
    sigset_t m_old;
    bool m_wasPending = false;
};

// 0, or the errno of the failed write.
int writeAll(int fd, const QByteArray &data)
{
    SigPipeBlocker blocker;
    const char *p = data.constData();
    qint64 left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                // Someone else's descriptor may be non-blocking: wait for room, do not spin.
                pollfd pfd{fd, POLLOUT, 0};
                ::poll(&pfd, 1, 100);
                continue;
            }
            return errno;
        }
        p += n;
        left -= n;
    }
    return 0;
}

Expected<Done> writeDescriptor(const QString &given, int fd, const QByteArray &data)
{
    // What stdio buffered for this descriptor must come first.
    if (fd == STDOUT_FILENO)
        std::fflush(stdout);
    else if (fd == STDERR_FILENO)
        std::fflush(stderr);
    if (const int err = writeAll(fd, data)) {
        return ioError(Tr::tr("Cannot write %1: %2.").arg(given, qt_error_string(err)),
                       Tr::tr("Check where the descriptor %1 leads.").arg(fd));
    }
    return Done{};
}

Expected<Done> writeSocket(const QString &given, const OutputFile::Target &target,
                           const QByteArray &data)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray name = encoded(target.path);
    if (size_t(name.size()) >= sizeof(address.sun_path)) {
        return ioError(
            Tr::tr("Cannot write %1: the socket's path is too long to connect to.").arg(given),
            Tr::tr("Give a shorter path to the socket, for example through a symlink."));
    }
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    int err = 0;
    for (const int type : {SOCK_STREAM, SOCK_DGRAM}) {
        const int s = ::socket(AF_UNIX, type | SOCK_CLOEXEC, 0);
        if (s < 0) {
            err = errno;
            break;
        }
        if (::connect(s, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0) {
            if (type == SOCK_STREAM) {
                err = writeAll(s, data);
            } else {
                const ssize_t n = ::send(s, data.constData(), size_t(data.size()), MSG_NOSIGNAL);
                err = n == data.size() ? 0 : (n < 0 ? errno : EMSGSIZE);
            }
            ::close(s);
            break;
        }
        err = errno;
        ::close(s);
        if (err != EPROTOTYPE)
            break;
    }
    if (err) {
        return ioError(
            Tr::tr("Cannot write %1: %2.").arg(shown(given, target), qt_error_string(err)),
            Tr::tr("Start the program that listens on the socket, or choose a file."));
    }
    return Done{};
}

Expected<Done> writeDirect(const QString &given, const OutputFile::Target &target,
                           const QByteArray &data)
{
    if (target.socket)
        return writeSocket(given, target, data);
    // O_NONBLOCK so that a FIFO without a reader says ENXIO instead of hanging; O_TRUNC is
    // ignored by devices and FIFOs.
    const QByteArray name = encoded(target.path);
    QElapsedTimer waited;
    waited.start();
    int fd = -1;
    while ((fd = ::open(name.constData(), O_WRONLY | O_TRUNC | O_NOCTTY | O_CLOEXEC | O_NONBLOCK)) <
           0) {
        if (errno == EINTR)
            continue;
        if (errno == ENXIO && target.fifo && waited.elapsed() < OutputFile::fifoReaderWaitMs) {
            ::usleep(50 * 1000);
            continue;
        }
        break;
    }
    if (fd < 0) {
        if (errno == ENXIO && target.fifo) {
            return ioError(
                Tr::tr("Cannot write %1: nobody is reading the FIFO.").arg(shown(given, target)),
                Tr::tr("Start the program that reads it first, for example: cat %1").arg(given));
        }
        return ioError(
            Tr::tr("Cannot write %1: %2.").arg(shown(given, target), qt_error_string(errno)),
            Tr::tr("Choose a file you can write to."));
    }
    // Once a reader is there, let write() wait for it like any writer to a pipe.
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    int err = writeAll(fd, data);
    if (::close(fd) != 0 && !err && errno != EINTR)
        err = errno;
    if (err) {
        return ioError(
            Tr::tr("Cannot write %1: %2.").arg(shown(given, target), qt_error_string(err)),
            Tr::tr("Choose another file."));
    }
    return Done{};
}

Expected<Done> writeFile(const QString &given, const OutputFile::Target &target,
                         const QByteArray &data, std::optional<QFile::Permissions> permissions)
{
    const Expected<Done> folder = checkFolder(given, target);
    if (!folder)
        return folder;
    // QSaveFile writes a temporary file next to the target and renames it over the target on
    // commit(), giving it the permissions of the file it replaces.
    QSaveFile file(target.path);
    if (!file.open(QIODevice::WriteOnly)) {
        return ioError(Tr::tr("Cannot write %1: %2.").arg(shown(given, target), file.errorString()),
                       Tr::tr("Choose a folder you can write to."));
    }
    if (!target.exists && permissions)
        file.setPermissions(*permissions);
    if (file.write(data) != data.size() || !file.commit()) {
        return ioError(Tr::tr("Cannot write %1: %2.").arg(shown(given, target), file.errorString()),
                       Tr::tr("Free space in the folder or choose another one."));
    }
    return Done{};
}

} // namespace

Expected<OutputFile::Target> OutputFile::resolve(const QString &path)
{
    if (path.isEmpty())
        return ioError(Tr::tr("No file name was given."), Tr::tr("Give the name of a file."));
    QString current = QFileInfo(path).absoluteFilePath();
    bool linked = false;
    for (int hop = 0;; ++hop) {
        if (hop > MaxLinks) {
            return ioError(Tr::tr("Cannot write %1: its symlinks loop or lead through more than "
                                  "%2 links.")
                               .arg(path)
                               .arg(MaxLinks),
                           Tr::tr("Point the link at a file."));
        }
        const QFileInfo info(current);
        const QString folder = info.absolutePath();
        const QFileInfo folderInfo(folder);
        const QString canonicalFolder = folderInfo.canonicalFilePath();
        if (canonicalFolder.isEmpty()) {
            return ioError(Tr::tr("Cannot write %1: the folder %2 does not exist.")
                               .arg(shown(path, linked, current), folder),
                           Tr::tr("Create the folder first, or choose another one."));
        }
        if (!folderInfo.isDir()) {
            return ioError(Tr::tr("Cannot write %1: %2 is not a folder.")
                               .arg(shown(path, linked, current), folder),
                           Tr::tr("Choose a file in a folder."));
        }
        // realpath() of the folder: no symlink is left in it, so the ".." of a relative link
        // target below can be resolved by text.
        current = canonicalFolder == QLatin1String("/")
                      ? QLatin1Char('/') + info.fileName()
                      : canonicalFolder + QLatin1Char('/') + info.fileName();

        if (const std::optional<ProcFd> fd = procFd(current)) {
            Target t;
            t.linked = linked;
            if (fd->own) {
                t.kind = Kind::Descriptor;
                t.path = current;
                t.descriptor = fd->descriptor;
                return t;
            }
            struct stat st;
            if (::stat(encoded(current).constData(), &st) != 0) {
                return ioError(Tr::tr("Cannot write %1: %2.")
                                   .arg(shown(path, linked, current), qt_error_string(errno)),
                               Tr::tr("Check that the process and its descriptor still exist."));
            }
            t.kind = Kind::Direct;
            t.path = current;
            t.fifo = S_ISFIFO(st.st_mode);
            t.socket = S_ISSOCK(st.st_mode);
            return t;
        }

        struct stat st;
        if (::lstat(encoded(current).constData(), &st) != 0) {
            if (errno == ENOENT) {
                Target t;
                t.path = current;
                t.linked = linked;
                return t;
            }
            return ioError(Tr::tr("Cannot write %1: %2.")
                               .arg(shown(path, linked, current), qt_error_string(errno)),
                           Tr::tr("Choose a file you can write to."));
        }
        if (S_ISLNK(st.st_mode)) {
            QByteArray link(PATH_MAX, Qt::Uninitialized);
            const ssize_t n =
                ::readlink(encoded(current).constData(), link.data(), size_t(link.size()));
            if (n < 0) {
                return ioError(Tr::tr("Cannot write %1: %2.")
                                   .arg(shown(path, linked, current), qt_error_string(errno)),
                               Tr::tr("Point the link at a file."));
            }
            link.truncate(n);
            const QString next = QFile::decodeName(link);
            current = QDir::isAbsolutePath(next)
                          ? QDir::cleanPath(next)
                          : QDir::cleanPath(canonicalFolder + QLatin1Char('/') + next);
            linked = true;
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            return ioError(
                Tr::tr("Cannot write %1: it is a folder.").arg(shown(path, linked, current)),
                Tr::tr("Give the name of a file inside that folder."));
        }
        Target t;
        t.path = current;
        t.linked = linked;
        if (S_ISREG(st.st_mode)) {
            t.exists = true;
            return t;
        }
        t.kind = Kind::Direct;
        t.fifo = S_ISFIFO(st.st_mode);
        t.socket = S_ISSOCK(st.st_mode);
        return t;
    }
}

Expected<Done> OutputFile::checkWritable(const QString &path)
{
    const Expected<Target> target = resolve(path);
    if (!target)
        return target.error();
    switch (target->kind) {
    case Kind::File:
        return checkFolder(path, *target);
    case Kind::Descriptor: {
        const int flags = ::fcntl(target->descriptor, F_GETFL);
        if (flags < 0 || (flags & O_ACCMODE) == O_RDONLY) {
            return ioError(Tr::tr("Cannot write %1: the descriptor %2 is not open for writing.")
                               .arg(path)
                               .arg(target->descriptor),
                           Tr::tr("Open it for writing, or choose a file."));
        }
        return Done{};
    }
    case Kind::Direct:
        break;
    }
    // A FIFO is not opened here (closing it would end its reader's input), a socket not
    // connected to (the server would see an empty client): both are judged by their mode.
    if (target->fifo || target->socket) {
        if (::access(encoded(target->path).constData(), W_OK) != 0) {
            return ioError(
                Tr::tr("Cannot write %1: %2.").arg(shown(path, *target), qt_error_string(errno)),
                Tr::tr("Choose a file you can write to."));
        }
        return Done{};
    }
    const int fd =
        ::open(encoded(target->path).constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        return ioError(
            Tr::tr("Cannot write %1: %2.").arg(shown(path, *target), qt_error_string(errno)),
            Tr::tr("Choose a file you can write to."));
    }
    ::close(fd);
    return Done{};
}

Expected<Done> OutputFile::write(const QString &path, const QByteArray &data,
                                 std::optional<QFile::Permissions> newFilePermissions)
{
    const Expected<Target> target = resolve(path);
    if (!target)
        return target.error();
    switch (target->kind) {
    case Kind::File:
        return writeFile(path, *target, data, newFilePermissions);
    case Kind::Descriptor:
        return writeDescriptor(path, target->descriptor, data);
    case Kind::Direct:
        return writeDirect(path, *target, data);
    }
    return Done{};
}

bool OutputFile::isStandardOutput(const QString &path)
{
    const Expected<Target> target = resolve(path);
    return target && target->kind == Kind::Descriptor && target->descriptor == STDOUT_FILENO;
}

QString OutputFile::oneLine(const Error &error)
{
    return error.fix.isEmpty() ? error.message : error.message + QLatin1Char(' ') + error.fix;
}

} // namespace Ocw::Core
