// Mock Howard Hinnant <date/date.h>.
#ifndef MOCK_DATE_DATE_H
#define MOCK_DATE_DATE_H
#include <chrono>
#include <string>
namespace date {
struct locale {};
template <class Dur> std::string format(const char *fmt, const std::chrono::sys_time<Dur> &tp);
template <class Dur> std::string format(const locale &loc, const char *fmt, const std::chrono::sys_time<Dur> &tp);
} // namespace date
#endif
