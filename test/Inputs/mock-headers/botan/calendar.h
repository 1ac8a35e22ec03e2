// Mock <botan/calendar.h>: calendar_point (Botan 3.x; Botan 2.x had public
// year/month/day fields and get_year()). to_std_timepoint() does not
// validate the day: 29 February of a non-leap year becomes 1 March.
#ifndef MOCK_BOTAN_CALENDAR_H
#define MOCK_BOTAN_CALENDAR_H
#include <chrono>
#include <stdint.h>
#include <string>
namespace Botan {
class calendar_point {
public:
  calendar_point(uint32_t y, uint32_t mon, uint32_t d, uint32_t h, uint32_t min, uint32_t sec);
  explicit calendar_point(const std::chrono::system_clock::time_point &t);
  uint32_t year() const;
  uint32_t month() const;
  uint32_t day() const;
  uint32_t hour() const;
  uint32_t minutes() const;
  uint32_t seconds() const;
  // Botan 2.x accessors.
  uint32_t get_year() const;
  uint32_t get_month() const;
  uint32_t get_day() const;
  std::chrono::system_clock::time_point to_std_timepoint() const;
  std::string to_string() const;
};
calendar_point calendar_value(const std::chrono::system_clock::time_point &t);
} // namespace Botan
#endif
