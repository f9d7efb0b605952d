#include "logging.h"

#include "../base/outputfile.h"
#include "../base/tr.h"
#include "logbridge.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

#include <mutex>

#include <fcntl.h>
#include <unistd.h>

namespace Ocw::Core {

namespace {

// Workers of the engine log from their threads, possibly before anyone called init(): the
// logger is made, replaced and read under one lock, and callers keep their own reference.
std::mutex g_mutex;
std::shared_ptr<spdlog::logger> g_logger;
QString g_file;

// Forwards formatted lines to the LogBridge (never straight to a widget).
class BridgeSink : public spdlog::sinks::base_sink<std::mutex>
{
public:
    explicit BridgeSink(LogBridge *bridge)
        : m_bridge(bridge)
    {
    }

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        spdlog::memory_buf_t formatted;
        formatter_->format(msg, formatted);
        if (m_bridge)
            m_bridge->post(QString::fromUtf8(formatted.data(), int(formatted.size())).trimmed());
    }
    void flush_() override {}

private:
    QPointer<LogBridge> m_bridge;
};

Expected<spdlog::sink_ptr> makeFileSink(const QString &file)
{
    const Expected<Done> writable = OutputFile::checkWritable(file);
    if (!writable)
        return writable.error();
    const Expected<OutputFile::Target> target = OutputFile::resolve(file);
    if (!target)
        return target.error();
    const std::string path = QFile::encodeName(target->path).toStdString();
    try {
        // Rotation renames the files next to a symlink's target, never the link.
        if (target->kind == OutputFile::Kind::File) {
            return spdlog::sink_ptr(
                std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path, 5 * 1024 * 1024, 3));
        }
        // A device (a link to /dev/null to silence the log), a FIFO or a descriptor: appended to
        // in place and never rotated, which would rename it. fopen() of a FIFO waits for a
        // reader: look for one without waiting, and hold that write end until the sink has its
        // own, so that the reader never sees the end of its input.
        int probe = -1;
        if (target->fifo) {
            probe = ::open(path.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
            if (probe < 0) {
                return makeError(
                    ErrorCode::Io,
                    Tr::tr("Cannot write the log %1: nobody is reading the FIFO.").arg(file));
            }
        }
        auto sink = std::make_shared<spdlog::sinks::basic_file_sink_mt>(path, false);
        if (probe >= 0)
            ::close(probe);
        return spdlog::sink_ptr(sink);
    } catch (const spdlog::spdlog_ex &e) {
        return makeError(ErrorCode::Io, Tr::tr("Cannot write the log %1.").arg(file),
                         QString::fromLocal8Bit(e.what()));
    }
}

std::shared_ptr<spdlog::logger> logger()
{
    {
        std::lock_guard<std::mutex> lock(g_mutex);
        if (g_logger)
            return g_logger;
    }
    Logging::init(Logging::defaultFile()); // a concurrent first use may make it twice: harmless
    std::lock_guard<std::mutex> lock(g_mutex);
    return g_logger;
}

} // namespace

QString Logging::defaultFile()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/octane-cluster-wizard");
    return dir + QStringLiteral("/logs/octane-cluster-wizard.log");
}

QString Logging::currentFile()
{
    std::lock_guard<std::mutex> lock(g_mutex);
    return g_file;
}

Expected<Done> Logging::init(const QString &file, LogBridge *bridge)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    std::vector<spdlog::sink_ptr> sinks;
    // An unwritable log must not stop the product: the caller gets the reason, the bridge
    // still works.
    const Expected<spdlog::sink_ptr> fileSink = makeFileSink(file);
    if (fileSink)
        sinks.push_back(*fileSink);
    if (bridge)
        sinks.push_back(std::make_shared<BridgeSink>(bridge));
    auto made = std::make_shared<spdlog::logger>("ocw", sinks.begin(), sinks.end());
    made->set_pattern("%Y-%m-%d %H:%M:%S.%e [%l] %v");
    made->set_level(spdlog::level::info);
    made->flush_on(spdlog::level::warn);
    {
        std::lock_guard<std::mutex> lock(g_mutex);
        g_logger = std::move(made);
        g_file = file;
    }
    if (!fileSink)
        return fileSink.error();
    return Done{};
}

void Logging::info(const QString &message)
{
    logger()->info(message.toStdString());
}

void Logging::warning(const QString &message)
{
    logger()->warn(message.toStdString());
}

void Logging::error(const QString &message)
{
    logger()->error(message.toStdString());
}

void Logging::node(const QString &node, const QString &message)
{
    logger()->info("[{}] {}", node.toStdString(), message.toStdString());
}

void Logging::flush()
{
    std::shared_ptr<spdlog::logger> current;
    {
        std::lock_guard<std::mutex> lock(g_mutex);
        current = g_logger;
    }
    if (current)
        current->flush();
}

} // namespace Ocw::Core
