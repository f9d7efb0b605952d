#include "phaseinputs.h"

namespace Ocw::Core {

QString packageDeliveryName(PackageDelivery delivery)
{
    return delivery == PackageDelivery::ShareStage ? QStringLiteral("share")
                                                   : QStringLiteral("upload");
}

} // namespace Ocw::Core
