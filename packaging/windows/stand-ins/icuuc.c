/* Stand-in for Windows' icuuc.dll, for starting Qt under Wine in CI only.
 *
 * Qt 6 imports a few ICU converter functions from icuuc.dll, which Windows 10 and 11
 * ship and Wine 8 does not. This stand-in lets Qt6Core.dll load: opening a converter
 * fails, so Qt keeps to its built-in UTF-8/UTF-16/Latin-1 converters, which are all
 * the app uses. build-windows.sh puts it into the Wine prefix's system32, NEVER into
 * the bundle or the installer: on Windows the real one is used.
 */
#include <stddef.h>
#include <stdint.h>

typedef int UErrorCode;
#define U_UNSUPPORTED_ERROR 16

static void fail(UErrorCode *error)
{
    if (error != NULL && *error <= 0)
        *error = U_UNSUPPORTED_ERROR;
}

#define EXPORT __declspec(dllexport)

EXPORT void *ucnv_open(const char *name, UErrorCode *error) { (void)name; fail(error); return NULL; }
EXPORT void ucnv_close(void *converter) { (void)converter; }
EXPORT void ucnv_reset(void *converter) { (void)converter; }
EXPORT int8_t ucnv_getMaxCharSize(const void *converter) { (void)converter; return 1; }
EXPORT const char *ucnv_getName(const void *converter, UErrorCode *error) { (void)converter; fail(error); return NULL; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *error)
{ (void)name; (void)standard; fail(error); return NULL; }
EXPORT void ucnv_getToUCallBack(const void *c, void **action, const void **context)
{ (void)c; if (action) *action = NULL; if (context) *context = NULL; }
EXPORT void ucnv_getFromUCallBack(const void *c, void **action, const void **context)
{ (void)c; if (action) *action = NULL; if (context) *context = NULL; }
EXPORT void ucnv_setToUCallBack(void *c, void *a, const void *x, void **oa, const void **ox, UErrorCode *error)
{ (void)c; (void)a; (void)x; (void)oa; (void)ox; fail(error); }
EXPORT void ucnv_setFromUCallBack(void *c, void *a, const void *x, void **oa, const void **ox, UErrorCode *error)
{ (void)c; (void)a; (void)x; (void)oa; (void)ox; fail(error); }
EXPORT void ucnv_toUnicode(void *c, void **t, const void *tl, const char **s, const char *sl, int32_t *o, int8_t f, UErrorCode *error)
{ (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(error); }
EXPORT void ucnv_fromUnicode(void *c, char **t, const char *tl, const void **s, const void *sl, int32_t *o, int8_t f, UErrorCode *error)
{ (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(error); }
EXPORT int32_t ucnv_toUCountPending(const void *c, UErrorCode *error) { (void)c; fail(error); return 0; }
EXPORT int32_t ucnv_fromUCountPending(const void *c, UErrorCode *error) { (void)c; fail(error); return 0; }
EXPORT void ucnv_cbToUWriteUChars(void *args, const void *source, int32_t length, int32_t offset, UErrorCode *error)
{ (void)args; (void)source; (void)length; (void)offset; fail(error); }
EXPORT void ucnv_cbFromUWriteUChars(void *args, const void *source, int32_t length, int32_t offset, UErrorCode *error)
{ (void)args; (void)source; (void)length; (void)offset; fail(error); }
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *x, void *args, const char *units, int32_t length, int reason, UErrorCode *error)
{ (void)x; (void)args; (void)units; (void)length; (void)reason; fail(error); }
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *x, void *args, const void *units, int32_t length, int32_t point, int reason, UErrorCode *error)
{ (void)x; (void)args; (void)units; (void)length; (void)point; (void)reason; fail(error); }
