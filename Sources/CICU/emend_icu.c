// The one place Emend calls ICU. Every handle opened here is closed before return,
// except transliterators, which Swift owns and closes through emend_translit_close, and
// one break iterator per thread and kind, kept for the thread's next call.
#include "emend_icu.h"
#include <string.h>
#include <unicode/utypes.h>
#include <unicode/uversion.h>
#include <unicode/unorm2.h>
#include <unicode/ucasemap.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/ubrk.h>
#include <unicode/uscript.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/uspoof.h>

const char *emend_icu_error_name(int32_t code) { return u_errorName((UErrorCode)code); }

void emend_icu_version(char *out, int32_t capacity) {
    UVersionInfo info;
    char buffer[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, buffer);
    strncpy(out, buffer, (size_t)capacity - 1);
    out[capacity - 1] = 0;
}

int32_t emend_normalize(int32_t form, const uint16_t *src, int32_t length,
                        uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = NULL;
    switch (form) {
    case 0: n = unorm2_getNFCInstance(&err); break;
    case 1: n = unorm2_getNFDInstance(&err); break;
    case 2: n = unorm2_getNFKCInstance(&err); break;
    case 3: n = unorm2_getNFKDInstance(&err); break;
    default: n = unorm2_getNFKCCasefoldInstance(&err); break;
    }
    if (U_FAILURE(err)) { *status = err; return 0; }
    int32_t needed = unorm2_normalize(n, (const UChar *)src, length, (UChar *)dest, capacity, &err);
    *status = err == U_STRING_NOT_TERMINATED_WARNING ? U_ZERO_ERROR : err;
    return needed;
}

int32_t emend_case_map(int32_t op, const char *locale, const uint16_t *src, int32_t length,
                       uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t needed = 0;
    switch (op) {
    case 0: needed = u_strToLower((UChar *)dest, capacity, (const UChar *)src, length, locale, &err); break;
    case 1: needed = u_strToUpper((UChar *)dest, capacity, (const UChar *)src, length, locale, &err); break;
    case 2: needed = u_strToTitle((UChar *)dest, capacity, (const UChar *)src, length, NULL, locale, &err); break;
    default: {
        // Turkic locales fold dotted/dotless i specially.
        uint32_t options = (locale && (strncmp(locale, "tr", 2) == 0 || strncmp(locale, "az", 2) == 0))
            ? U_FOLD_CASE_EXCLUDE_SPECIAL_I : U_FOLD_CASE_DEFAULT;
        needed = u_strFoldCase((UChar *)dest, capacity, (const UChar *)src, length, options, &err);
    }
    }
    *status = err == U_STRING_NOT_TERMINATED_WARNING ? U_ZERO_ERROR : err;
    return needed;
}

void *emend_translit_open(const uint16_t *id, int32_t id_length, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UParseError parse;
    UTransliterator *t = utrans_openU((const UChar *)id, id_length, UTRANS_FORWARD, NULL, 0, &parse, &err);
    *status = err;
    if (U_FAILURE(err)) { if (t) utrans_close(t); return NULL; }
    return t;
}

void emend_translit_close(void *handle) { if (handle) utrans_close((UTransliterator *)handle); }

int32_t emend_translit_apply(void *handle, const uint16_t *src, int32_t length,
                             uint16_t *dest, int32_t capacity, int32_t *status) {
    // utrans_transUChars works in place: copy into dest first. The result can be longer
    // than the input; on overflow ICU reports the needed length and the caller retries.
    UErrorCode err = U_ZERO_ERROR;
    if (length > capacity) { *status = U_BUFFER_OVERFLOW_ERROR; return length * 4 + 16; }
    memcpy(dest, src, (size_t)length * sizeof(uint16_t));
    int32_t text_length = length;
    int32_t limit = length;
    utrans_transUChars((const UTransliterator *)handle, (UChar *)dest, &text_length, capacity, 0, &limit, &err);
    *status = err == U_STRING_NOT_TERMINATED_WARNING ? U_ZERO_ERROR : err;
    if (err == U_BUFFER_OVERFLOW_ERROR && text_length <= capacity) text_length = capacity * 2;
    return text_length;
}

/* One break iterator per thread and kind, kept open and given new text each call:
 * opening one costs more than segmenting a paragraph. Never shared between threads. */
static _Thread_local UBreakIterator *cached_iterators[4];
static _Thread_local char cached_locales[4][32];

static UBreakIterator *cached_iterator(int32_t kind, const char *locale, const UChar *src, int32_t length, UErrorCode *err) {
    UBreakIteratorType type = kind == 0 ? UBRK_CHARACTER : kind == 1 ? UBRK_WORD : kind == 2 ? UBRK_LINE : UBRK_SENTENCE;
    int k = kind >= 0 && kind < 4 ? kind : 3;
    UBreakIterator *bi = cached_iterators[k];
    if (bi && strlen(locale) < sizeof cached_locales[k] && strcmp(cached_locales[k], locale) == 0) {
        ubrk_setText(bi, src, length, err);
        if (U_SUCCESS(*err)) return bi;
        *err = U_ZERO_ERROR;
    }
    if (bi) { ubrk_close(bi); cached_iterators[k] = NULL; cached_locales[k][0] = 0; }
    bi = ubrk_open(type, locale, src, length, err);
    if (U_FAILURE(*err)) return NULL;
    if (strlen(locale) < sizeof cached_locales[k]) {
        strcpy(cached_locales[k], locale);
        cached_iterators[k] = bi;
    }
    return bi;
}

int32_t emend_boundaries(int32_t kind, const char *locale, const uint16_t *src, int32_t length,
                         int32_t *offsets, int32_t *rule_status, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *bi = cached_iterator(kind, locale, (const UChar *)src, length, &err);
    if (U_FAILURE(err) || !bi) { *status = U_FAILURE(err) ? err : U_MEMORY_ALLOCATION_ERROR; return 0; }
    int32_t count = 0;
    for (int32_t b = ubrk_first(bi); b != UBRK_DONE; b = ubrk_next(bi)) {
        if (count < capacity) {
            offsets[count] = b;
            if (rule_status) rule_status[count] = ubrk_getRuleStatus(bi);
        }
        count++;
    }
    int k = kind >= 0 && kind < 4 ? kind : 3;
    if (bi != cached_iterators[k]) ubrk_close(bi);
    else ubrk_setText(bi, NULL, 0, &err); /* drop the caller's buffer */
    *status = count > capacity ? U_BUFFER_OVERFLOW_ERROR : U_ZERO_ERROR;
    return count;
}

int32_t emend_script_of(uint32_t code_point, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UScriptCode code = uscript_getScript((UChar32)code_point, &err);
    *status = err;
    return (int32_t)code;
}

const char *emend_script_name(int32_t script) { return uscript_getName((UScriptCode)script); }

int32_t emend_encode(const char *charset, const uint16_t *src, int32_t length,
                     char *dest, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(charset, &err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    ucnv_setFromUCallBack(cnv, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &err);
    int32_t needed = U_SUCCESS(err) ? ucnv_fromUChars(cnv, dest, capacity, (const UChar *)src, length, &err) : 0;
    ucnv_close(cnv);
    *status = err == U_STRING_NOT_TERMINATED_WARNING ? U_ZERO_ERROR : err;
    return needed;
}

int32_t emend_decode(const char *charset, const char *src, int32_t length,
                     uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(charset, &err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &err);
    int32_t needed = U_SUCCESS(err) ? ucnv_toUChars(cnv, (UChar *)dest, capacity, src, length, &err) : 0;
    ucnv_close(cnv);
    *status = err == U_STRING_NOT_TERMINATED_WARNING ? U_ZERO_ERROR : err;
    return needed;
}

int32_t emend_confusable_skeleton(const uint16_t *src, int32_t length,
                                  uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    USpoofChecker *sc = uspoof_open(&err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    int32_t needed = uspoof_getSkeleton(sc, 0, (const UChar *)src, length, (UChar *)dest, capacity, &err);
    uspoof_close(sc);
    *status = err == U_STRING_NOT_TERMINATED_WARNING ? U_ZERO_ERROR : err;
    return needed;
}
