#pragma once

#include "../checks/checkresult.h"

#include <QString>

namespace Ocw::Core {

struct CertificateInfo;

// What NodeRunner reports while it runs one node's steps, as (node, step, event). Called on
// the runner's thread, in this order per step: stepStarted, any stepProgressed (and, for a
// step with results of its own, stepFinished of each), then stepFinished of the step.
class NodeRunObserver
{
public:
    virtual ~NodeRunObserver() = default;
    virtual void stepStarted(const QString &node, const QString &stepId,
                             const QString &statusText) = 0;
    // stepId "log" carries one new line of the server's log.
    virtual void stepProgressed(const QString &node, const QString &stepId,
                                const QString &text) = 0;
    virtual void stepFinished(const CheckResult &result) = 0;
    virtual void certificateRefused(const QString &, const CertificateInfo &) {}
};

} // namespace Ocw::Core
