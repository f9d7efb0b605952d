#pragma once

#include "../base/expected.h"
#include "node.h"

#include <QList>

namespace Ocw::Core {

// Turns a pasted list or an imported text/CSV file into nodes. Accepts one or more entries per
// line separated by blanks, commas or semicolons, each `[user@]host[:port]` (IPv6 as
// `[addr]:port`), host patterns (`octane[1-3].corp`), `#` comments; or a CSV file whose first
// line names the columns (host, address, port, user, auth, keyFile). Pure, any thread.
class NodeListParser
{
public:
    static Expected<QList<Node>> parse(const QString &text);
    static Expected<QList<Node>> parseFile(const QString &path);
};

} // namespace Ocw::Core
