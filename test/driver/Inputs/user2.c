#include "shared.h"
void user2(struct tm tm) { shared_renew(tm); }
