// Mock absl/time/time.h: durations and time points.
#pragma once
namespace absl {
class Duration {};
class Time {};
Duration Hours(long long n);
Duration Minutes(long long n);
Duration Seconds(long long n);
Time Now();
Time operator+(Time t, Duration d);
Time operator-(Time t, Duration d);
Duration operator*(Duration d, long long n);
bool operator<(Time a, Time b);
} // namespace absl
