#include "shared.h"
void user1(struct tm tm) { shared_renew(tm); }
