#include "logging.h"

#include "logbridge.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

#include <mutex>

namespace Ocw::Core {

namespace {

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

spdlog::logger *logger()
{
    if (!g_logger)
        Logging::init(Logging::defaultFile());
    return g_logger.get();
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
    return g_file;
}

void Logging::init(const QString &file, LogBridge *bridge)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    std::vector<spdlog::sink_ptr> sinks;
    try {
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file.toStdString(),
                                                                               5 * 1024 * 1024, 3));
    } catch (const spdlog::spdlog_ex &) {
        // An unwritable log directory must not stop the product; the bridge still works.
    }
    if (bridge)
        sinks.push_back(std::make_shared<BridgeSink>(bridge));
    g_logger = std::make_shared<spdlog::logger>("ocw", sinks.begin(), sinks.end());
    g_logger->set_pattern("%Y-%m-%d %H:%M:%S.%e [%l] %v");
    g_logger->set_level(spdlog::level::info);
    g_logger->flush_on(spdlog::level::warn);
    g_file = file;
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
    if (g_logger)
        g_logger->flush();
}

} // namespace Ocw::Core
