/* A licence bought today expires on a date that exists. */
#include "dates.h"
#include <stdio.h>

int main(void) {
  char Expiry[11];
  expiry_date(time(NULL), Expiry);
  printf("expiry date: %s\n", Expiry);
  if (!is_valid_date(Expiry)) {
    printf("FAIL: %s does not exist\n", Expiry);
    return 1;
  }
  return 0;
}
