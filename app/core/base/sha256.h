#pragma once

#include <QByteArray>
#include <QtGlobal>

struct evp_md_ctx_st;

namespace Ocw::Core {

// SHA-256 through OpenSSL. QCryptographicHash in Qt 6.4 does SHA-256 in portable C (~70 MB/s
// here), which would halve the upload rate; OpenSSL (already loaded by libssh2) uses the
// CPU's SHA extensions. Not thread-safe; one per computation.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void reset();
    void add(const char *data, qint64 length);
    QByteArray hex(); // lower-case hex of what was added; starts over

private:
    evp_md_ctx_st *m_ctx;
};

} // namespace Ocw::Core
