#pragma once

// What the tests of the product's output files share: what a path is (device, FIFO, inode),
// a guard that puts /dev/null and /dev/full back should a writer under test ever replace them,
// and a read-only folder (root ignores permission bits, a read-only mount it does not).

#include <QDir>
#include <QFile>
#include <QString>
#include <QtGlobal>

#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace OutputTargets {

inline bool isCharDevice(const QString &path, unsigned major, unsigned minor)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode) &&
           ::major(st.st_rdev) == major && ::minor(st.st_rdev) == minor;
}

inline bool isFifo(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

inline ino_t inodeOf(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

// A failing writer must not leave the machine without /dev/null or /dev/full.
inline void protectDevices()
{
    struct Device
    {
        const char *path;
        unsigned major;
        unsigned minor;
    };
    for (const Device &d : {Device{"/dev/null", 1, 3}, Device{"/dev/full", 1, 7}}) {
        if (isCharDevice(QString::fromLatin1(d.path), d.major, d.minor))
            continue;
        ::unlink(d.path);
        ::mknod(d.path, S_IFCHR | 0666, ::makedev(d.major, d.minor));
        ::chmod(d.path, 0666);
        qWarning("%s was replaced and has been recreated", d.path);
    }
}

// A read-only tmpfs for as long as it lives; empty path when this machine cannot mount.
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(const QString &path)
    {
        QDir().mkpath(path);
        if (::mount("tmpfs", QFile::encodeName(path).constData(), "tmpfs", MS_RDONLY, "size=1m") ==
            0)
            m_path = path;
    }
    ~ReadOnlyFolder()
    {
        if (!m_path.isEmpty())
            ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
    }
    ReadOnlyFolder(const ReadOnlyFolder &) = delete;
    ReadOnlyFolder &operator=(const ReadOnlyFolder &) = delete;
    QString path() const { return m_path; }

private:
    QString m_path;
};

} // namespace OutputTargets
