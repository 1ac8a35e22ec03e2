/* A dynamically linked C program: prints time(NULL) and its year. */
#include <stdio.h>
#include <time.h>

int main(void) {
  time_t Now = time(NULL);
  struct tm T;
  gmtime_r(&Now, &T);
  printf("c-program: %lld %04d-%02d-%02d\n", (long long)Now, T.tm_year + 1900, T.tm_mon + 1,
         T.tm_mday);
  return T.tm_year + 1900 >= 2038 && sizeof(int) == 4 && (int)Now < 0;
}
