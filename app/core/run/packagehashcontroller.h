#pragma once

#include "../base/canceltoken.h"
#include "../base/error.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace Ocw::Core {

// Size and SHA-256 of the package the user chose, read in the background (FileDigest: a 2 GiB
// RPM takes seconds) so that the GUI never waits on the disk. One computation at a time:
// start() abandons the previous one, whose worker stops within one 1 MiB read. Lives on the
// thread that created it (the GUI thread); its owner (the First node page) deletes it.
class PackageHashController : public QObject
{
    Q_OBJECT
public:
    explicit PackageHashController(QObject *parent = nullptr);
    ~PackageHashController() override; // cancels; a worker still ending reports to no one

    void start(const QString &path);
    void cancel();
    void clear(); // cancels and forgets the last result

    bool isRunning() const { return m_running; }
    // The last computation: its file, and once finished its size and digest or error.
    QString path() const { return m_path; }
    bool hasResult() const { return !m_running && !m_sha256.isEmpty(); }
    qint64 bytes() const { return m_bytes; }
    QString sha256() const { return m_sha256; } // lower-case hex
    Error error() const { return m_error; }

Q_SIGNALS:
    // Bytes read so far of `total`, about ten times a second.
    void progressed(qint64 done, qint64 total);
    // The computation of path() ended (not emitted for one abandoned by start() or clear()).
    // `ok`: sha256() and bytes() are set; else error() says why (cancel included).
    void finished(bool ok);

private:
    void stopWorker();

    CancelToken m_cancel;
    quint64 m_generation = 0;
    bool m_running = false;
    QString m_path;
    qint64 m_bytes = 0;
    QString m_sha256;
    Error m_error;
};

} // namespace Ocw::Core
