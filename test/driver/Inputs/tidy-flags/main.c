// One finding in the file, one in leap.h, one more with -DEXTRA.
#include "leap.h"

int main_leap(int year) { return year % 4 == 0; }

#ifdef EXTRA
int extra_leap(int year) { return year % 4 == 0; }
#endif
