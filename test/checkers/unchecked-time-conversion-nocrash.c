// NoCrash: odd but valid code: K&R declarations, calls through function pointers,
// functions named like the rules with other signatures, GNU extensions.
// RUN: %check_tidy %s premortem-unchecked-time-conversion %t -- -std=gnu17 -nostdinc -Wno-deprecated-non-prototype

typedef long time_t;
struct tm { int tm_year, tm_mon, tm_mday; };

long mktime();                   /* K&R: no prototype, still mktime */
struct tm *localtime();          /* K&R */
int gmtime(int);                 /* a NULL-returning rule name returning int */
int SystemTimeToFileTime(void);  /* fewer arguments than the rule's input */
char *asctime(struct tm);        /* takes a struct, not a pointer */
void *ctime;                     /* not even a function */

int kr_definition(t, tm)
  time_t t;
  struct tm *tm;
{
  tm->tm_year++;
  mktime(tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'mktime' is ignored after 'tm->tm_year' was shifted; {{.*}}
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'tm->tm_year' is shifted here
  return localtime(&t)->tm_year;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'localtime' can return NULL {{.*}}
}

int other_signatures(struct tm v) {
  SystemTimeToFileTime();
  gmtime(3);
  return gmtime(4) + asctime(v)[0] + (ctime != 0);
  // Still a pointer that may be NULL.
  // CHECK-MESSAGES: :[[@LINE-2]]:22: warning: 'asctime' can return NULL {{.*}}
}

int function_pointers(time_t t, int which) {
  struct tm *(*fp)() = localtime;
  struct tm *(*table[2])() = {localtime, localtime};
  long (*mk)() = mktime;
  struct tm tm = {0};
  tm.tm_year += 1;
  mk(&tm);
  (*mk)(&tm);
  return fp(&t)->tm_year + table[which](&t)->tm_mon + (*fp)(&t)->tm_mday;
}

int gnu_extensions(time_t t, int c) {
  struct tm tm = {0};
  tm.tm_year += 1;
  long r = ({ mktime(&tm); });
  void *target = c ? &&again : &&done;
  struct tm *p = localtime(&t);
again:
  if (p)
    goto *target;
done:
  return (int)r + (int)sizeof(*localtime(&t)) + (p ? p->tm_mon : 0);
}

int conditional(time_t t, int c) {
  return (c ? localtime(&t) : localtime(&t + 1))->tm_year;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'localtime' can return NULL {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:31: warning: 'localtime' can return NULL {{.*}}
}

int loops(time_t t) {
  struct tm *p = localtime(&t);
  for (;;) {
    if (!p)
      break;
    if (p->tm_year > 100)
      return 1;
    p = localtime(&t);
  }
  switch (t) {
  case 0:
    p = 0;
    break;
  default:
    return 0;
  }
  return 0;
  p->tm_year = 0; /* unreachable */
}

void self_referencing(time_t t) {
  struct tm *p = localtime(&t), *q = p;
  register struct tm *r = q;
  (void)r;
}

/* Trusted sources with odd declarations and odd paths. */
time_t time();                     /* K&R */
struct tm *gmtime_r();             /* K&R */
void GetSystemTime(void);          /* a trusted name with no argument */
int clock_gettime;                 /* not a function */

int trusted_odd(int c) {
  time_t t;
  struct tm tm;
  time_t (*clock)() = time;
  GetSystemTime();
  clock(&t); /* through a pointer: not a trusted source */
  gmtime_r(&t, &tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'gmtime_r' is ignored but 'tm' is read afterwards; {{.*}}
  t = ({ time(0); });
  t = (c, time(0)) + clock_gettime;
  if (c)
    goto skip;
  time(&t, &t, 0);
skip:
  return tm.tm_year + (int)t;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'tm' is read here
}

int jump_past_declaration(int c) {
  struct tm tm;
  if (c)
    goto inside;
  {
    time_t t = time(0);
  inside:
    gmtime_r(&t, &tm);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: result of 'gmtime_r' is ignored but 'tm' is read afterwards; {{.*}}
  }
  return tm.tm_year;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'tm' is read here
}

int after_return(void) {
  time_t t;
  struct tm tm;
  return 0;
  time(&t);
  gmtime_r(&t, &tm);
  return tm.tm_year;
}
