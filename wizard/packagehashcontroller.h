#pragma once

#include "core/base/canceltoken.h"
#include "core/base/error.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QThread;

namespace Ocw::Wizard {

// Size and SHA-256 of the package the user chose, read in a worker thread (a 2 GiB RPM takes
// seconds) so that the page never waits on the disk. One computation at a time: start()
// abandons the previous one. Lives on the GUI thread; the page owns it.
// Differs from "no threads in wizard/" because the core hashes only blocking
// (InstallInputs::load); it moves to the core once the core has an asynchronous inspector.
class PackageHashController : public QObject
{
    Q_OBJECT
public:
    explicit PackageHashController(QObject *parent = nullptr);
    ~PackageHashController() override; // cancels and waits for every worker still running

    void start(const QString &path);
    void cancel();
    void clear(); // cancels and forgets the last result

    bool isRunning() const { return m_running; }
    // The last computation: its file, and once finished its size and digest or error.
    QString path() const { return m_path; }
    bool hasResult() const { return !m_running && !m_sha256.isEmpty(); }
    qint64 bytes() const { return m_bytes; }
    QString sha256() const { return m_sha256; } // lower-case hex
    Core::Error error() const { return m_error; }

Q_SIGNALS:
    // Bytes read so far of `total`, about ten times a second.
    void progressed(qint64 done, qint64 total);
    // The computation of path() ended (not emitted for one abandoned by start() or clear()).
    // `ok`: sha256() and bytes() are set; else error() says why (cancel included).
    void finished(bool ok);

private:
    void stopWorker();

    QList<QPointer<QThread>> m_threads; // the current worker and abandoned ones still ending
    Core::CancelToken m_cancel;
    quint64 m_generation = 0;
    bool m_running = false;
    QString m_path;
    qint64 m_bytes = 0;
    QString m_sha256;
    Core::Error m_error;
};

} // namespace Ocw::Wizard
