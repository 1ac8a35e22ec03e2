// Mock <ATLComTime.h>: COleDateTime.
#pragma once
class COleDateTime {
public:
  COleDateTime();
  COleDateTime(int nYear, int nMonth, int nDay, int nHour, int nMin, int nSec);
  int GetYear() const;
  int GetMonth() const;
  int GetDay() const;
  int SetDate(int nYear, int nMonth, int nDay);
  static COleDateTime GetCurrentTime();
};
// COleDateTimeSpan and the DATE arithmetic of COleDateTime.
class COleDateTimeSpan {
public:
  COleDateTimeSpan();
  COleDateTimeSpan(double dblSpanSrc);
  COleDateTimeSpan(long lDays, int nHours, int nMins, int nSecs);
};
COleDateTime operator+(const COleDateTime &date, const COleDateTimeSpan &span);
COleDateTime operator-(const COleDateTime &date, const COleDateTimeSpan &span);
