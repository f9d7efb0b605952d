#pragma once

#include "../base/canceltoken.h"
#include "signinclient.h"

#include <functional>
#include <optional>

namespace Ocw::Core {

// Waits in this thread (a worker's, for a step) for one request of a SignInClient: `start`
// begins it (signIn or readStatus), and the answer comes back, or nullopt when `cancel` was
// set first (the request is then cancelled). The client's own timeout bounds the wait.
class SignInWait
{
public:
    static std::optional<SignInResult> run(SignInClient &client, const std::function<void()> &start,
                                           const CancelToken &cancel);
};

} // namespace Ocw::Core
