// A second translation unit with the same unknown flag: warned about once.
int other_leap(int year) { return (year & 3) == 0; }
