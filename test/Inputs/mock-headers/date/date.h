// Mock Howard Hinnant's <date/date.h>: the date:: calendar types.
#pragma once
#include <chrono>
#include <string>
namespace date {
template <class Rep> struct duration_of { constexpr explicit duration_of(Rep r) : r_(r) {} Rep r_; };
struct years_tag {};
using years = duration_of<int>;
struct sys_days { long long d; };
class year { public: constexpr explicit year(int y) : y_(y) {} int y_; };
class month { public: constexpr explicit month(unsigned m) : m_(m) {} unsigned m_; };
class day { public: constexpr explicit day(unsigned d) : d_(d) {} unsigned d_; };
struct last_spec {};
inline constexpr last_spec last{};
class year_month { public: year_month(const date::year &y, const date::month &m); };
year_month operator/(const year &y, const month &m);
class year_month_day_last { public: year_month_day_last(const date::year &y, const date::month &m); };
year_month_day_last operator/(const year_month &ym, last_spec);
class year_month_day {
public:
  year_month_day(const date::year &y, const date::month &m, const date::day &d);
  year_month_day(const year_month_day_last &l);
  date::year year() const;
  date::month month() const;
  date::day day() const;
  bool ok() const;
  year_month_day &operator+=(const years &dy);
  operator sys_days() const;
};
year_month_day operator+(const year_month_day &ymd, const years &dy);
// date::format (premortem-week-year-format tests).
struct locale {};
template <class Dur> std::string format(const char *fmt, const std::chrono::sys_time<Dur> &tp);
template <class Dur> std::string format(const locale &loc, const char *fmt, const std::chrono::sys_time<Dur> &tp);
} // namespace date
