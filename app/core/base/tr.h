#pragma once

#include <QCoreApplication>

namespace Ocw::Core {

// Translation context of the core (Qt Creator's habit: one Tr struct per module).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ocw::Core)
};

} // namespace Ocw::Core
