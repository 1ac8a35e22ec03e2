// Mock Poco/Timespan.h and Poco/Timestamp.h arithmetic.
#pragma once
namespace Poco {
class Timespan {
public:
  typedef long long TimeDiff;
  Timespan();
  Timespan(TimeDiff microseconds);
  Timespan(int days, int hours, int minutes, int seconds, int microSeconds);
  int days() const;
  static const TimeDiff DAYS;
};
class Timestamp {
public:
  Timestamp();
  Timestamp operator+(const Timespan &span) const;
  Timestamp operator-(const Timespan &span) const;
  Timestamp &operator+=(const Timespan &span);
};
} // namespace Poco
