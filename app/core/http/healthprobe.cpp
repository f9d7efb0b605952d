#include "healthprobe.h"

#include "signinclient.h"
#include "signinwait.h"

namespace Ocw::Core {

std::optional<HealthProbe> HealthProbe::read(const QUrl &baseUrl, const QString &path,
                                             const QList<QByteArray> &trustedSha256,
                                             const QByteArray &capturedHeader, int timeoutMs,
                                             const CancelToken &cancel)
{
    SignInClient client; // its own connection
    client.setTimeout(timeoutMs);
    client.setTrustedCertificates(trustedSha256);
    client.setCapturedHeader(capturedHeader);
    const std::optional<SignInResult> answer = SignInWait::run(
        client, [&] { client.readStatus(baseUrl, path); }, cancel);
    if (!answer)
        return std::nullopt;
    HealthProbe probe;
    probe.httpStatus = answer->statusHttp;
    probe.text = answer->statusHttp > 0 ? answer->statusText : answer->statusError.message;
    if (!answer->exchanges.isEmpty())
        probe.capturedHeader = answer->exchanges.last().capturedHeader;
    return probe;
}

} // namespace Ocw::Core
