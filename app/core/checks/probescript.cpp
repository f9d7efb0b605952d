#include "probescript.h"

#include <QRegularExpression>

namespace Ocw::Core {

namespace {
// Marker lines are unlikely in real output and carry the section id and exit code.
const char beginMarker[] = "@@OCW-BEGIN ";
const char endMarker[] = "@@OCW-END ";
} // namespace

void ProbeScript::add(const QString &section, const QString &command)
{
    m_sections.append({section, command});
}

QString ProbeScript::command(const QString &section) const
{
    for (const auto &s : m_sections) {
        if (s.first == section)
            return s.second;
    }
    return QString();
}

QByteArray ProbeScript::script() const
{
    QByteArray out = "exec 2>&1\nexport LC_ALL=C\n";
    for (const auto &s : m_sections) {
        out += "printf '\\n" + QByteArray(beginMarker) + s.first.toUtf8() + "\\n'\n";
        // A subshell keeps `exit` or `cd` in one section from affecting the next; stdin from
        // /dev/null keeps a command from eating the rest of the script.
        out += "( " + s.second.toUtf8() + "\n) </dev/null\n";
        out += "printf '\\n" + QByteArray(endMarker) + s.first.toUtf8() + " %d\\n' $?\n";
    }
    return out;
}

QString ProbeScript::shellCommand()
{
    // The node gives up by itself before our exec deadline (30 s): a command stuck on a dead
    // NFS mount would otherwise go on running there, since libssh2 1.10 cannot signal it.
    return QStringLiteral("timeout 25 bash --noprofile --norc -s");
}

QMap<QString, ProbeSection> ProbeScript::split(const QByteArray &output) const
{
    QMap<QString, ProbeSection> sections;
    for (const auto &s : m_sections)
        sections.insert(s.first, ProbeSection{s.second, QString(), -1});

    const QString text = QString::fromUtf8(output);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString current;
    QStringList buffer;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String(beginMarker))) {
            current = line.mid(int(qstrlen(beginMarker))).trimmed();
            buffer.clear();
        } else if (line.startsWith(QLatin1String(endMarker)) && !current.isEmpty()) {
            const QStringList parts = line.mid(int(qstrlen(endMarker))).split(QLatin1Char(' '));
            if (parts.size() == 2 && parts.first() == current && sections.contains(current)) {
                ProbeSection &sec = sections[current];
                // The marker printf starts with a newline; drop the empty line it leaves.
                if (!buffer.isEmpty() && buffer.last().isEmpty())
                    buffer.removeLast();
                sec.output = buffer.join(QLatin1Char('\n'));
                sec.exitCode = parts.last().toInt();
            }
            current.clear();
            buffer.clear();
        } else if (!current.isEmpty()) {
            buffer.append(line);
        }
    }
    // A section cut short (timeout, dropped connection) keeps what it printed so far.
    if (!current.isEmpty() && sections.contains(current))
        sections[current].output = buffer.join(QLatin1Char('\n'));
    return sections;
}

QStringList ProbeScript::sections() const
{
    QStringList names;
    for (const auto &section : m_sections)
        names.append(section.first);
    return names;
}

} // namespace Ocw::Core
