#include "node.h"

namespace Ocw::Core {

bool Node::operator==(const Node &other) const
{
    return host == other.host && address == other.address && port == other.port &&
           user == other.user && auth == other.auth && keyFile == other.keyFile;
}

} // namespace Ocw::Core
