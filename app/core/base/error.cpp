#include "error.h"

namespace Ocw::Core {

QString Error::codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return QStringLiteral("none");
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid-input");
    case ErrorCode::NameResolution:
        return QStringLiteral("name-resolution");
    case ErrorCode::ConnectTimeout:
        return QStringLiteral("connect-timeout");
    case ErrorCode::ConnectRefused:
        return QStringLiteral("connect-refused");
    case ErrorCode::ConnectFailed:
        return QStringLiteral("connect-failed");
    case ErrorCode::Handshake:
        return QStringLiteral("handshake");
    case ErrorCode::HostKeyUnknown:
        return QStringLiteral("host-key-unknown");
    case ErrorCode::HostKeyChanged:
        return QStringLiteral("host-key-changed");
    case ErrorCode::AuthFailed:
        return QStringLiteral("auth-failed");
    case ErrorCode::AuthRsaSha1Unsupported:
        return QStringLiteral("auth-rsa-sha1-unsupported");
    case ErrorCode::KeyFile:
        return QStringLiteral("key-file");
    case ErrorCode::MissingSecret:
        return QStringLiteral("missing-secret");
    case ErrorCode::Timeout:
        return QStringLiteral("timeout");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::ChannelFailed:
        return QStringLiteral("channel-failed");
    case ErrorCode::RemoteCommandFailed:
        return QStringLiteral("remote-command-failed");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Keychain:
        return QStringLiteral("keychain");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    case ErrorCode::Unsupported:
        return QStringLiteral("unsupported");
    }
    return QStringLiteral("unknown");
}

} // namespace Ocw::Core
