#pragma once

namespace Ocw::Core {

// Clears the upper halves of the AVX registers (vzeroupper) when the CPU has AVX; nothing
// elsewhere. Why: after some Qt code ran on a thread (seen after a QProcess had been started
// and waited for), the thread's AVX upper state stays "in use", and every legacy-SSE
// instruction of OpenSSL's AES-NI code and of libssh2 1.10's 16-byte-at-a-time encryption
// then pays a transition penalty: an upload needed 1.7 s of CPU per 100 MiB instead of 0.35 s
// until the next vzeroupper. Cheap enough to call before every packet. Any thread.
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
__attribute__((target("avx"))) inline void clearUpperVectorStateAvx()
{
    __builtin_ia32_vzeroupper();
}
inline void clearUpperVectorState()
{
    static const bool hasAvx = __builtin_cpu_supports("avx");
    if (hasAvx)
        clearUpperVectorStateAvx();
}
#else
inline void clearUpperVectorState() {}
#endif

} // namespace Ocw::Core
