// Mock ICU <unicode/calendar.h>.
#pragma once
namespace icu {
class Calendar {
public:
  enum EDateFields { ERA, YEAR, MONTH, DATE };
  void add(EDateFields field, int amount, int &status);
  void roll(EDateFields field, int amount, int &status);
  int get(EDateFields field, int &status) const;
  void set(int year, int month, int date);
};
} // namespace icu
namespace icu {
class GregorianCalendar : public Calendar {
public:
  using Calendar::set;
  void set(EDateFields field, int value);
};
} // namespace icu
