// A user pack (premortem.RulesFile) adds an operation, a wait and a jitter
// helper, and disables a default wait.
// RUN: %check_tidy --config '{CheckOptions: {premortem.RulesFile: %inputs/retry-without-jitter/user-pack.yaml}}' %s premortem-retry-without-jitter %t -- -nostdinc -isystem %inputs/mock-headers

#include <sys/socket.h>
#include <unistd.h>

int fetch_config(const char *url);
void wait_ms(unsigned ms);
unsigned spread_ms(unsigned cap);

// Added by the pack: the operation and the wait.
int load(const char *url) {
  while (fetch_config(url) != 0)
    wait_ms(1500);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: retry loop retries every 1500 ms with no jitter{{.*}}
  return 0;
}

// The project's jitter helper is a random source.
int load_jittered(const char *url) {
  while (fetch_config(url) != 0)
    wait_ms(spread_ms(2000));
  return 0;
}

// usleep was disabled; sleep stays.
int connect_usleep(int fd, const struct sockaddr *a, socklen_t n) {
  while (connect(fd, a, n) < 0)
    usleep(100000);
  while (connect(fd, a, n) < 0)
    sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: retry loop retries every 1 s with no jitter{{.*}}
  return fd;
}
