#pragma once

#include <QString>
#include <QStringList>

namespace Ocw::Core {

// POSIX shell quoting for every piece of user input that goes into a remote command line.
// Pure functions, any thread. A word made only of [A-Za-z0-9_@%+=:,./-] stays as it is
// (note: `A=b` as the FIRST word of a command is an assignment, as in every shell); anything
// else is put in single quotes with ' written as '\''. Strings must not contain NUL.
class ShellQuote
{
public:
    static QString quote(const QString &arg);
    static QString join(const QStringList &args);
    // The words of a line join() made (bare words and '…' with '\'' inside), back as they
    // were. Not a shell parser: anything else is split at spaces.
    static QStringList split(const QString &line);
};

} // namespace Ocw::Core
