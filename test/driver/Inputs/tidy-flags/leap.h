// Included by main.c: one finding in a header, for --header-filter.
static inline int header_leap(int year) { return year % 4 == 0; }
