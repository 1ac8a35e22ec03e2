// The calendar model's date fields come from the calendar pack only: the
// pack's records and their year, month, day and year-day fields; fields of
// other records are not dates whatever their names.
// RUN: %calendar_model %s -- -nostdinc -isystem %inputs/mock-headers | %FileCheck %s
// RUN: %calendar_model --rules %S/Inputs/rtc.yaml %s -- -nostdinc -isystem %inputs/mock-headers | %FileCheck %s --check-prefix=PACK

#include <time.h>

// A user pack can turn a default entry off.
// PACK-NOT: record tm: date

// CHECK-DAG: record tm: date
// CHECK-DAG: field tm.tm_year: year
// CHECK-DAG: field tm.tm_mon: month
// CHECK-DAG: field tm.tm_mday: day
// CHECK-DAG: field tm.tm_yday: year-day

typedef struct {
  unsigned short wYear, wMonth, wDayOfWeek, wDay;
} SYSTEMTIME;
// CHECK-DAG: record SYSTEMTIME: date
// CHECK-DAG: field SYSTEMTIME.wYear: year
// CHECK-DAG: field SYSTEMTIME.wMonth: month
// CHECK-DAG: field SYSTEMTIME.wDay: day
// CHECK-NOT: wDayOfWeek

// Named like a date, but no pack entry: not a date.
struct rtc_date {
  int year, month, day;
};
// CHECK-NOT: rtc_date
// PACK-DAG: record rtc_date: date
// PACK-DAG: field rtc_date.year: year
// PACK-DAG: field rtc_date.month: month
// PACK-DAG: field rtc_date.day: day
