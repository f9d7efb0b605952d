#pragma once

#include "checkdefinition.h"

#include <QList>

namespace Ocw::Core {

// The pre-flight checks of step 1 of the cluster procedure, in display order. Ids are stable
// (the JSON report and the acceptance tests use them). Pure data, any thread.
class CheckCatalogue
{
public:
    static const QList<CheckDefinition> &all();
    static const CheckDefinition *find(const QString &id);
    static int indexOf(const QString &id);
};

} // namespace Ocw::Core
