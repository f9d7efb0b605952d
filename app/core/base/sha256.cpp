#include "sha256.h"

#include <openssl/evp.h>

namespace Ocw::Core {

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    reset();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::reset()
{
    EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr);
}

void Sha256::add(const char *data, qint64 length)
{
    EVP_DigestUpdate(m_ctx, data, size_t(length));
}

QByteArray Sha256::hex()
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_ctx, md, &length);
    reset();
    return QByteArray(reinterpret_cast<const char *>(md), int(length)).toHex();
}

} // namespace Ocw::Core
