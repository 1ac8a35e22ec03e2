/* Mock NSPR <prtime.h>. */
#ifndef MOCK_PRTIME_H
#define MOCK_PRTIME_H
typedef int PRInt32;
typedef short PRInt16;
typedef long long PRTime;
typedef struct PRExplodedTime {
  PRInt32 tm_usec;
  PRInt32 tm_sec, tm_min, tm_hour, tm_mday, tm_month;
  PRInt16 tm_year, tm_wday, tm_yday;
} PRExplodedTime;
#endif
