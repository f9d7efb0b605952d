#pragma once

#include <QString>

namespace Ocw::Core {

// Text from the user or a node, made safe to quote in a one-line message: control characters
// are shown escaped (a newline as \n, a tab as \t, others as \xHH), so an error about a value
// with a line break stays one line in the terminal, the log and the report. Pure, any thread.
class DisplayText
{
public:
    static QString escaped(const QString &text);
};

} // namespace Ocw::Core
