// Mock Poco/DateTime.h.
#pragma once
namespace Poco {
class DateTime {
public:
  DateTime();
  DateTime(int year, int month, int day, int hour = 0, int minute = 0, int second = 0);
  int year() const;
  int month() const;
  int day() const;
  DateTime &assign(int year, int month, int day, int hour = 0, int minute = 0, int second = 0);
  static bool isLeapYear(int year);
  static int daysOfMonth(int year, int month);
};
} // namespace Poco
