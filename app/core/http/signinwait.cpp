#include "signinwait.h"

#include <QEventLoop>
#include <QTimer>

namespace Ocw::Core {

std::optional<SignInResult>
SignInWait::run(SignInClient &client, const std::function<void()> &start, const CancelToken &cancel)
{
    if (cancel.isCancelled())
        return std::nullopt;
    std::optional<SignInResult> answer;
    QEventLoop loop;
    const QMetaObject::Connection done = QObject::connect(&client, &SignInClient::finished, &loop,
                                                          [&answer, &loop](const SignInResult &r) {
                                                              answer = r;
                                                              loop.quit();
                                                          });
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&cancel, &client] {
        if (cancel.isCancelled())
            client.cancel();
    });
    cancelPoll.start(100);
    start();
    if (!answer)
        loop.exec();
    QObject::disconnect(done);
    if (cancel.isCancelled())
        return std::nullopt; // also when the answer came first: a cancel is honoured at once
    return answer;
}

} // namespace Ocw::Core
