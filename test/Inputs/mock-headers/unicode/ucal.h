/* Mock ICU <unicode/ucal.h>. */
#ifndef MOCK_UCAL_H
#define MOCK_UCAL_H
typedef int int32_t_icu;
typedef void *UCalendar;
typedef int UErrorCode;
typedef enum UCalendarDateFields { UCAL_ERA, UCAL_YEAR, UCAL_MONTH, UCAL_WEEK_OF_YEAR, UCAL_DATE } UCalendarDateFields;
#ifdef __cplusplus
extern "C" {
#endif
int32_t_icu ucal_get(const UCalendar *cal, UCalendarDateFields field, UErrorCode *status);
void ucal_set(UCalendar *cal, UCalendarDateFields field, int32_t_icu value);
#ifdef __cplusplus
}
#endif
#endif
#ifdef __cplusplus
extern "C" {
#endif
void ucal_setDate(UCalendar *cal, int32_t_icu year, int32_t_icu month, int32_t_icu date,
                  UErrorCode *status);
#ifdef __cplusplus
}
#endif
