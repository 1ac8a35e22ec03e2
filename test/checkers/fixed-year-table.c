// RUN: %check_tidy %s premortem-fixed-year-table %t -- -nostdinc -isystem %inputs/mock-headers

#include <time.h>

/* Per-day tables with 365 entries. */
int visits[365];
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: per-day table 'visits' has 365 entries but is indexed by the day of the year, which reaches 365 on 31 December of a leap year and reads past the end (give it 366 entries) [premortem-fixed-year-table]
void count_visit(const struct tm *tm) { visits[tm->tm_yday]++; }
// CHECK-MESSAGES: :[[@LINE-1]]:48: note: indexed by the day of the year here

#define DAYS_PER_YEAR 365
double rainfall[DAYS_PER_YEAR][24];
// CHECK-MESSAGES: :[[@LINE-1]]:8: warning: per-day table 'rainfall' has 365 entries, one short in leap years: the 366th day (31 December) has no entry (give it 366 entries) [premortem-fixed-year-table]

struct year_stats {
  unsigned short load[365];
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: per-day table 'load' has 365 entries but is indexed by the day of the year{{.*}}
  int other;
};
int peak(const struct year_stats *s, int day_of_year) { return s->load[day_of_year - 1]; }
// CHECK-MESSAGES: :[[@LINE-1]]:72: note: indexed by the day of the year here

/* Correct: room for the leap day, and strings of 365 characters. */
int visits_ok[366];
int hours_ok[366 * 24];
char message[365];
const char banner[365] = "...";
void use_strings(int i) { message[i] = banner[i]; }

/* Month-length tables. */
static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
int valid_date(int y, int m, int d) {
  (void)y;
  return m >= 1 && m <= 12 && d >= 1 && d <= mdays[m - 1];
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: 'mdays' gives February 28 days and is read here with no leap-year adjustment on the path; 29 February is rejected or skipped in leap years (add a day to February when the year is a leap year) [premortem-fixed-year-table]
  // CHECK-MESSAGES: :31:18: note: 'mdays' is declared here
}

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int days_in_month(int y, int m) {
  if (m == 1 && is_leap(y))
    return 29;
  return mdays[m];
}
int days_in_month2(int y, int m) { return mdays[m] + (m == 1 && ((y & 3) == 0)); }
int days_in_month3(int y, int m) {
  int d = mdays[m];
  if (m == 1 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
    d++;
  return d;
}
int not_february(void) { return mdays[0] + mdays[11]; }

/* 13 entries with a dummy first: February is index 2. */
static const int month_len[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
int last_day(const struct tm *tm) { return month_len[tm->tm_mon + 1]; }
// CHECK-MESSAGES: :[[@LINE-1]]:44: warning: 'month_len' gives February 28 days {{.*}}
// CHECK-MESSAGES: :55:18: note: 'month_len' is declared here
int january(void) { return month_len[1]; }

/* Days before each month. */
static const short days_before[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
int yday(int y, int m, int d) { (void)y; return days_before[m] + d - 1; }
// CHECK-MESSAGES: :[[@LINE-1]]:49: warning: 'days_before' counts the days before each month for a 365-day year and is read here with no leap-year adjustment on the path; every date after February is one day off in leap years (add a day after February when the year is a leap year) [premortem-fixed-year-table]
// CHECK-MESSAGES: :62:20: note: 'days_before' is declared here
int yday_ok(int y, int m, int d) { return days_before[m] + d - 1 + (m > 1 && is_leap(y)); }

/* A table the code adjusts itself, and a two-row table with a leap row. */
int adjusted[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
void set_year(int leap) { adjusted[1] = leap ? 29 : 28; }
int read_adjusted(int m) { return adjusted[m]; }
static const int both[2][12] = {{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31},
                                {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}};
int read_both(int leap, int m) { return both[leap][m]; }

/* Macros: the table is reported where it is declared. */
#define DECLARE_DAY_TABLE(name) static int name[365]
DECLARE_DAY_TABLE(per_day);
// CHECK-MESSAGES: :[[@LINE-1]]:19: warning: per-day table 'per_day' has 365 entries, one short {{.*}}
int use_per_day(int i) { return per_day[i]; }

void NoCrash_names(void) {
  (void)__func__;
  (void)sizeof(int[365]);
}
