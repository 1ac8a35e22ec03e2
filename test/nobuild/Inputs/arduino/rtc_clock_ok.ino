// The same sketch with the Gregorian rule: nothing to report.
#include <Wire.h>
#include <RTClib.h>

RTC_DS3231 rtc;

static bool is_leap(uint16_t year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

uint8_t days_in_month(uint16_t year, uint8_t month) {
  static const uint8_t days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap(year))
    return 29;
  return days[month - 1];
}

void setup() {
  Serial.begin(9600);
  rtc.begin();
}

void loop() {
  DateTime now = rtc.now();
  Serial.println(days_in_month(now.year(), now.month()));
  delay(1000);
}
