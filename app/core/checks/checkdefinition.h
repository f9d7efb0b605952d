#pragma once

#include <QString>

namespace Ocw::Core {

enum class CheckScope { Node, Pair, Cluster };

// A check as data: its stable id (used in the JSON report), title, scope, and whether a
// failure blocks the installation or is only a warning.
struct CheckDefinition
{
    QString id;
    QString title;
    CheckScope scope = CheckScope::Node;
    bool blocking = true;
    QString description;
};

} // namespace Ocw::Core
