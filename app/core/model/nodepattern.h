#pragma once

#include "../base/expected.h"

#include <QStringList>

namespace Ocw::Core {

// Expands host patterns such as `octane[1-3].corp`, `10.0.0.[5-7]`, `web[01-10]` (zero
// padding kept) and `n[1,3,7-8]`; several bracket groups multiply. Pure, any thread.
class NodePattern
{
public:
    static constexpr int MaxExpansion = 512;

    static bool isPattern(const QString &text);
    static Expected<QStringList> expand(const QString &pattern);
};

} // namespace Ocw::Core
