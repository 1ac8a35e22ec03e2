// NoCrash: code that does not compile must not crash the check.
// RUN: %check_tidy --expect-errors %s premortem-fixed-year-table %t -- -nostdinc -isystem %inputs/mock-headers

int broken[undeclared_size];
int table[12] = {31, 28, undeclared, 30, 31, 30, 31, 31, 30, 31, 30, 31};
int t365[365] = {unknown};
int read(int m) { return table[m] + t365[m] + broken[m] + nothing[m]; }
