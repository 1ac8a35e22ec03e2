// NoCrash: invalid code in and around day loops.
// RUN: %check_tidy --expect-errors %s premortem-leap-year-loop %t -- -nostdinc -isystem %inputs/mock-headers

int broken(int days) {
  while (days > 365) {
    if (undeclared(days))
      days -= 366;
  }
  while (unknown > 365) {
  }
  for (;;days > 365)
    ;
  return days
}
