/* Mock NSPR <prtime.h>: PRTime counts microseconds since 1970. */
#ifndef MOCK_PRTIME_H
#define MOCK_PRTIME_H
typedef int PRInt32;
typedef short PRInt16;
typedef signed char PRInt8;
typedef long long PRInt64;
typedef PRInt64 PRTime;
#define PR_MSEC_PER_SEC 1000L
#define PR_USEC_PER_SEC 1000000L
#define PR_NSEC_PER_SEC 1000000000L
#define PR_USEC_PER_MSEC 1000L
typedef struct PRTimeParameters {
  PRInt32 tp_gmt_offset;
  PRInt32 tp_dst_offset;
} PRTimeParameters;
typedef struct PRExplodedTime {
  PRInt32 tm_usec;
  PRInt8 tm_sec, tm_min, tm_hour, tm_mday, tm_month;
  PRInt16 tm_year;
  PRInt8 tm_wday;
  PRInt16 tm_yday;
  PRTimeParameters tm_params;
} PRExplodedTime;
typedef PRTimeParameters (*PRTimeParamFn)(const PRExplodedTime *gmt);
#ifdef __cplusplus
extern "C" {
#endif
PRTime PR_Now(void);
void PR_ExplodeTime(PRTime usecs, PRTimeParamFn params, PRExplodedTime *exploded);
PRTime PR_ImplodeTime(const PRExplodedTime *exploded);
void PR_NormalizeTime(PRExplodedTime *exploded, PRTimeParamFn params);
PRTimeParameters PR_GMTParameters(const PRExplodedTime *gmt);
#ifdef __cplusplus
}
#endif
#endif
