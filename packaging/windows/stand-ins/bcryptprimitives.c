/* Stand-in for Windows' bcryptprimitives.dll, for starting the app under Wine in CI only.
 *
 * Rust's standard library (in pydantic-core and cryptography) takes its random bytes
 * from ProcessPrng, which Windows 10 and 11 export from bcryptprimitives.dll and Wine 8
 * does not. This stand-in serves them from RtlGenRandom (advapi32's SystemFunction036),
 * which Wine implements. build-windows.sh puts it into the Wine prefix's system32,
 * NEVER into the bundle or the installer: on Windows the real one is used.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
