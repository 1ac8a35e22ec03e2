// C++ retry loops: std::chrono sleeps, condition variables, <random>, Asio
// timers, lambdas and templates.
// RUN: %check_tidy %s premortem-retry-without-jitter %t -- -std=c++17 -nostdinc -isystem %inputs/mock-headers

#include <asio.hpp>
#include <chrono>
#include <mutex>
#include <random>
#include <sys/socket.h>
#include <thread>

using namespace std::chrono_literals;

namespace grpc {
struct Status {
  bool ok() const;
};
} // namespace grpc

struct Stub {
  grpc::Status Call(int request);
};

// Fixed delay with a chrono literal.
void connect_chrono(int fd, const sockaddr *addr, socklen_t len) {
  while (connect(fd, addr, len) != 0)
    std::this_thread::sleep_for(2s);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: retry loop retries every 2 s with no jitter; clients that failed together (a mass restart, an outage) retry in lockstep (randomize the delay: full jitter over a capped exponential backoff) [premortem-retry-without-jitter]
}

// A gRPC-style status: the call is an operation because of its type.
bool call_with_retry(Stub &stub) {
  auto delay = std::chrono::milliseconds(100);
  for (int attempt = 0; attempt < 5; ++attempt) {
    grpc::Status s = stub.Call(attempt);
    if (s.ok())
      return true;
    std::this_thread::sleep_for(delay);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: retry delay doubles but is not randomized{{.*}}
    delay *= 2LL;
  }
  return false;
}

// std::min with a cap still has no jitter.
void connect_capped(int fd, const sockaddr *addr, socklen_t len) {
  std::chrono::milliseconds backoff(200);
  while (connect(fd, addr, len) < 0) {
    std::this_thread::sleep_for(backoff);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: retry delay doubles but is not randomized{{.*}}
    backoff = std::min(backoff * 2LL, std::chrono::milliseconds(30000));
  }
}

// condition_variable::wait_for used as an interruptible delay.
struct Reconnector {
  std::mutex m;
  std::condition_variable cv;
  bool stopping = false;
  bool run(asio::ip::tcp::socket &sock, const asio::ip::tcp::endpoint &ep) {
    for (;;) {
      std::error_code ec;
      sock.connect(ep, ec);
      if (!ec)
        return true;
      std::unique_lock<std::mutex> lock(m);
      cv.wait_for(lock, std::chrono::seconds(5));
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: retry loop retries every 5 s with no jitter{{.*}}
      // CHECK-MESSAGES: :[[@LINE-6]]:7: note: 'connect' fails here and the loop tries again
    }
  }
};

// A retry loop in a lambda (a worker thread's body).
void start_thread(int fd, const sockaddr *addr, socklen_t len) {
  auto body = [=] {
    while (connect(fd, addr, len) < 0)
      std::this_thread::sleep_for(std::chrono::milliseconds(500));
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: retry loop retries every 500 ms with no jitter{{.*}}
  };
  body();
}

// A template: reported once, not per instantiation.
template <class Socket> void connect_any(Socket &s, const asio::ip::tcp::endpoint &ep) {
  std::error_code ec;
  do {
    s.connect(ep, ec);
    if (ec)
      std::this_thread::sleep_for(std::chrono::seconds(1));
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: retry loop retries every 1 s with no jitter{{.*}}
  } while (ec);
}
struct OtherSocket {
  void connect(const asio::ip::tcp::endpoint &, std::error_code &);
};
void use_templates(asio::ip::tcp::socket &a, OtherSocket &b, const asio::ip::tcp::endpoint &ep) {
  connect_any(a, ep);
  connect_any(b, ep);
}

// A macro around the sleep: reported at the use in user code.
#define BACKOFF() std::this_thread::sleep_for(std::chrono::seconds(3))
void connect_macro(int fd, const sockaddr *addr, socklen_t len) {
  while (connect(fd, addr, len) < 0)
    BACKOFF();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: retry loop retries every 3 s with no jitter{{.*}}
}

// Asio-style timer in a reconnect function: fixed delay.
class Client {
public:
  explicit Client(asio::io_context &io) : timer_(io), socket_(io) {}
  void schedule_reconnect() {
    timer_.expires_after(std::chrono::seconds(5));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: reconnect timer re-arms with a fixed 5 s delay and no jitter; clients that lost the server together all reconnect at the same moment (randomize the delay: full jitter over a capped exponential backoff) [premortem-retry-without-jitter]
    timer_.async_wait([this](std::error_code ec) {
      if (!ec)
        do_connect();
    });
  }
  // A timer whose callback re-arms the same function, with a growing delay.
  void on_timer() {
    backoff_ = backoff_ * 2LL;
    timer_.expires_after(backoff_);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: reconnect timer delay doubles but is not randomized{{.*}}
    timer_.async_wait([this](std::error_code) { on_timer(); });
  }
  // Silent: the re-arm delay is drawn from a distribution.
  void schedule_reconnect_jittered() {
    std::uniform_int_distribution<long long> pick(0, backoff_.count());
    timer_.expires_after(std::chrono::milliseconds(pick(rng_)));
    timer_.async_wait([this](std::error_code ec) {
      if (!ec)
        do_connect();
    });
  }
  // Silent: a periodic timer that is not a reconnect.
  void schedule_stats() {
    timer_.expires_after(std::chrono::seconds(10));
    timer_.async_wait([this](std::error_code) { flush_stats(); });
  }

private:
  void do_connect();
  void flush_stats();
  asio::steady_timer timer_;
  asio::ip::tcp::socket socket_;
  std::chrono::milliseconds backoff_{100};
  std::mt19937 rng_;
};

// ---- silent ----

// Full jitter with <random>.
void connect_random(int fd, const sockaddr *addr, socklen_t len) {
  std::random_device rd;
  std::mt19937 gen(rd());
  long long cap = 100;
  while (connect(fd, addr, len) < 0) {
    std::uniform_int_distribution<long long> dist(0, cap);
    std::this_thread::sleep_for(std::chrono::milliseconds(dist(gen)));
    cap = std::min(cap * 2, 30000LL);
  }
}

// Decorrelated jitter in a helper of this file.
static std::mt19937 rng;
static std::chrono::milliseconds next_delay(std::chrono::milliseconds prev) {
  std::uniform_int_distribution<long long> pick(100, prev.count() * 3);
  return std::min(std::chrono::milliseconds(pick(rng)), std::chrono::milliseconds(30000));
}
void connect_decorrelated(int fd, const sockaddr *addr, socklen_t len) {
  auto d = std::chrono::milliseconds(100);
  while (connect(fd, addr, len) < 0) {
    d = next_delay(d);
    std::this_thread::sleep_for(d);
  }
}

// A frame loop: sleeps every iteration, no operation.
void render(bool &running) {
  while (running)
    std::this_thread::sleep_for(16ms);
}

// A queue worker waiting on a condition variable.
struct Queue {
  std::mutex m;
  std::condition_variable cv;
  bool empty() const;
  void pop();
};
void drain(Queue &q, bool &running) {
  while (running) {
    std::unique_lock<std::mutex> lock(q.m);
    q.cv.wait_for(lock, std::chrono::milliseconds(100));
    if (!q.empty())
      q.pop();
  }
}

// A googletest body is test code.
class RetryTest_FixedDelay_Test {
  void TestBody();
};
void RetryTest_FixedDelay_Test::TestBody() {
  while (connect(0, nullptr, 0) < 0)
    std::this_thread::sleep_for(std::chrono::seconds(1));
}
