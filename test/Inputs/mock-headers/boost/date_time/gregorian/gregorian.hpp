// Mock boost/date_time/gregorian/gregorian.hpp: dates and year durations.
#pragma once
namespace boost {
namespace gregorian {
struct greg_year { greg_year(unsigned short y); operator unsigned short() const; };
struct greg_month { greg_month(unsigned short m); operator unsigned short() const; };
struct greg_day { greg_day(unsigned short d); operator unsigned short() const; };
class years { public: explicit years(int n); };
class months { public: explicit months(int n); };
class date {
public:
  date();
  date(greg_year y, greg_month m, greg_day d);
  greg_year year() const;
  greg_month month() const;
  greg_day day() const;
  date end_of_month() const;
};
date operator+(const date &d, const years &y);
date operator+(const date &d, const months &m);
date day_clock_local_day();
} // namespace gregorian
} // namespace boost
