/* Mock <curl/curl.h>: the easy interface. */
#ifndef MOCK_CURL_H
#define MOCK_CURL_H
typedef void CURL;
typedef enum { CURLE_OK = 0, CURLE_COULDNT_CONNECT = 7, CURLE_OPERATION_TIMEDOUT = 28 } CURLcode;
#ifdef __cplusplus
extern "C" {
#endif
CURL *curl_easy_init(void);
CURLcode curl_easy_perform(CURL *);
void curl_easy_cleanup(CURL *);
#ifdef __cplusplus
}
#endif
#endif
