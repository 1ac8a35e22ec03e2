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
