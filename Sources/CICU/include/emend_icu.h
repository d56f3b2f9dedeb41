#ifndef EMEND_ICU_H
#define EMEND_ICU_H
/*
 * Emend's private shim over the system ICU. Only plain C types cross this header:
 * UTF-16 text as uint16_t, ICU error codes as int32_t (0 = success, > 0 = failure,
 * 15 = buffer overflow). The .c files include <unicode/...> and call ICU by its plain
 * names, so Swift code never sees ICU's versioned symbols or its types.
 */
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The name ICU gives an error code ("U_INVALID_CHAR_FOUND"). */
const char *emend_icu_error_name(int32_t code);
/* ICU's version as "72.1" into out (at least 32 bytes). */
void emend_icu_version(char *out, int32_t capacity);

/* Normalization. form: 0 NFC, 1 NFD, 2 NFKC, 3 NFKD, 4 NFKC_Casefold. Returns the length needed. */
int32_t emend_normalize(int32_t form, const uint16_t *src, int32_t length,
                        uint16_t *dest, int32_t capacity, int32_t *status);

/* Case mapping. op: 0 lower, 1 upper, 2 title, 3 fold. locale may be "" (root). */
int32_t emend_case_map(int32_t op, const char *locale, const uint16_t *src, int32_t length,
                       uint16_t *dest, int32_t capacity, int32_t *status);

/* Transliteration by ICU transform ID ("Han-Latin", "Russian-Latin/BGN"). */
void *emend_translit_open(const uint16_t *id, int32_t id_length, int32_t *status);
void emend_translit_close(void *handle);
/* Transliterates src into dest; returns the length needed. */
int32_t emend_translit_apply(void *handle, const uint16_t *src, int32_t length,
                             uint16_t *dest, int32_t capacity, int32_t *status);

/* Boundaries. kind: 0 character, 1 word, 2 line, 3 sentence. Writes up to capacity
 * boundary offsets (UTF-16) and, when rule_status is not NULL, the rule status of the
 * segment ending at each boundary. Returns the number of boundaries. */
int32_t emend_boundaries(int32_t kind, const char *locale, const uint16_t *src, int32_t length,
                         int32_t *offsets, int32_t *rule_status, int32_t capacity, int32_t *status);

/* Script of a code point (UScriptCode) and a script's long name ("Latin", "Han"). */
int32_t emend_script_of(uint32_t code_point, int32_t *status);
const char *emend_script_name(int32_t script);

/* Strict converters: fail with an error on any unmappable or illegal sequence. */
int32_t emend_encode(const char *charset, const uint16_t *src, int32_t length,
                     char *dest, int32_t capacity, int32_t *status);
int32_t emend_decode(const char *charset, const char *src, int32_t length,
                     uint16_t *dest, int32_t capacity, int32_t *status);

/* Confusable skeleton (UTS #39) of a string. */
int32_t emend_confusable_skeleton(const uint16_t *src, int32_t length,
                                  uint16_t *dest, int32_t capacity, int32_t *status);

#ifdef __cplusplus
}
#endif
#endif
