#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Ocw::Core {

// What one section of a probe script printed.
struct ProbeSection
{
    QString command;   // the shell text that ran (shown to the user as "commands run")
    QString output;    // stdout and stderr, interleaved
    int exitCode = -1; // -1: the section never finished (script cut short)
};

// Batches several small commands into ONE remote bash script, so that a node's checks cost one
// round trip instead of one per command. Each section runs in a subshell with stderr merged
// and is framed by marker lines, which split() uses to cut the output apart again.
// Commands must already quote every piece of user input (ShellQuote).
class ProbeScript
{
public:
    void add(const QString &section, const QString &command);
    bool isEmpty() const { return m_sections.isEmpty(); }
    QStringList sections() const; // their names, in order (for the dry run)

    QByteArray script() const; // feed to `bash -s` on the node
    QString command(const QString &section) const;
    QMap<QString, ProbeSection> split(const QByteArray &output) const;

    static QString shellCommand(); // the remote command that reads the script on stdin

private:
    QList<QPair<QString, QString>> m_sections;
};

} // namespace Ocw::Core
