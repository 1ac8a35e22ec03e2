// Mock absl/time/civil_time.h: CivilDay is an alias of a civil_time template.
#pragma once
namespace absl {
namespace time_internal {
struct day_tag {};
template <typename Tag> class civil_time {
public:
  civil_time(long long y = 1970, int m = 1, int d = 1);
  long long year() const;
  int month() const;
  int day() const;
};
} // namespace time_internal
using CivilDay = time_internal::civil_time<time_internal::day_tag>;
} // namespace absl
// CivilSecond: the same template with a second tag (year-arithmetic tests).
namespace absl {
namespace time_internal {
struct second_tag {};
template <> class civil_time<second_tag> {
public:
  civil_time(long long y = 1970, int m = 1, int d = 1, int hh = 0, int mm = 0, int ss = 0);
  long long year() const;
  int month() const;
  int day() const;
};
} // namespace time_internal
using CivilSecond = time_internal::civil_time<time_internal::second_tag>;
} // namespace absl
