/* Mock <glib.h>: GDate and GDateTime calls the checker tests use. */
#pragma once
typedef struct _GDate GDate;
typedef struct _GDateTime GDateTime;
typedef unsigned char GDateDay;
typedef int GDateMonth;
typedef unsigned short GDateYear;
GDate *g_date_new_dmy(GDateDay day, GDateMonth month, GDateYear year);
void g_date_set_dmy(GDate *date, GDateDay day, GDateMonth month, GDateYear y);
GDateYear g_date_get_year(const GDate *date);
GDateMonth g_date_get_month(const GDate *date);
GDateDay g_date_get_day(const GDate *date);
void g_date_add_years(GDate *date, unsigned int n_years);
int g_date_is_leap_year(GDateYear year);
GDateTime *g_date_time_new_local(int year, int month, int day, int hour, int minute, double seconds);
GDateTime *g_date_time_new_utc(int year, int month, int day, int hour, int minute, double seconds);
GDateTime *g_date_time_add_years(GDateTime *datetime, int years);
int g_date_time_get_year(GDateTime *datetime);
int g_date_time_get_month(GDateTime *datetime);
int g_date_time_get_day_of_month(GDateTime *datetime);
