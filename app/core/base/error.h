#pragma once

#include <QMetaType>
#include <QString>

namespace Ocw::Core {

// Why an expected failure happened. Codes are stable: reports and tests compare them.
enum class ErrorCode {
    None,
    InvalidInput,
    NameResolution,
    ConnectTimeout,
    ConnectRefused,
    ConnectFailed,
    Handshake,
    HostKeyUnknown,
    HostKeyChanged,
    AuthFailed,
    AuthRsaSha1Unsupported,
    KeyFile,
    MissingSecret,
    Timeout,
    Cancelled,
    ChannelFailed,
    RemoteCommandFailed,
    Io,
    Keychain,
    Internal,
    Unsupported, // the shell or platform cannot do this at all
};

// An expected failure as a value: a translated one-sentence message that names the node and the
// cause, untranslated technical details, and a fix hint where one is known.
struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message;
    QString details;
    QString fix;

    bool isError() const { return code != ErrorCode::None; }
    static QString codeName(ErrorCode code);
};

} // namespace Ocw::Core

Q_DECLARE_METATYPE(Ocw::Core::Error)
