// Fixed delays in test code are silent: files matched by TestFileRegex (here
// this file) and googletest bodies.
// RUN: %check_tidy --config '{CheckOptions: {premortem-retry-without-jitter.TestFileRegex: "jitter-test-code"}}' %s premortem-retry-without-jitter %t -- -std=c++17 -nostdinc -isystem %inputs/mock-headers
// RUN: %check_tidy --check-suffix ALL --config '{CheckOptions: {premortem-retry-without-jitter.TestFileRegex: ""}}' %s premortem-retry-without-jitter %t -- -std=c++17 -nostdinc -isystem %inputs/mock-headers

#include <chrono>
#include <sys/socket.h>
#include <thread>

#define EXPECT_CONNECTS(fd) while (connect(fd, nullptr, 0) < 0) std::this_thread::sleep_for(std::chrono::seconds(1))

template <class T> void retry_in_fixture(T fd) {
  while (connect(fd, nullptr, 0) < 0)
    std::this_thread::sleep_for(std::chrono::seconds(1));
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:5: warning: retry loop retries every 1 s with no jitter{{.*}}
}

void fixture() {
  retry_in_fixture(3);
  EXPECT_CONNECTS(4);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:3: warning: retry loop retries every 1 s with no jitter{{.*}}
}
