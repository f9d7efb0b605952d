#pragma once

#include "../base/canceltoken.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Ocw::Core {

// One GET of a server's health endpoint from a worker thread (no sign-in, no password), on a
// new connection, bounded by `timeoutMs` and `cancel`: what the rolling restart reads before
// each stop and while a node comes back.
struct HealthProbe
{
    int httpStatus = 0;     // 0: no answer
    QString text;           // the start of the body, or why there was none
    QString capturedHeader; // the value of the header asked for (the upstream that answered)

    bool healthy() const { return httpStatus == 200; }

    // nullopt: cancelled first.
    static std::optional<HealthProbe> read(const QUrl &baseUrl, const QString &path,
                                           const QList<QByteArray> &trustedSha256,
                                           const QByteArray &capturedHeader, int timeoutMs,
                                           const CancelToken &cancel);
};

} // namespace Ocw::Core
