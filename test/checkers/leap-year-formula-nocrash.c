// NoCrash: invalid code, unknown types and calls in leap tests.
// RUN: %check_tidy --expect-errors %s premortem-leap-year-formula %t -- -nostdinc -isystem %inputs/mock-headers

int broken(int year) {
  return year % 4 == 0 && undeclared(year % 100) || year % 400 == 0;
}

int broken2(unknown_t year) { return year % 4 == 0; }

int zero(int year) { return year % 0 == 0 && year % 4; }
