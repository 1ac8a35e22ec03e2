// Mock Asio-style networking: a socket and a steady timer.
#pragma once
#include <chrono>
#include <system_error>
namespace asio {
struct io_context { void run(); };
namespace ip {
namespace tcp {
struct endpoint {};
struct socket {
  explicit socket(io_context &);
  void connect(const endpoint &, std::error_code &);
  template <class Handler> void async_connect(const endpoint &, Handler);
  void close();
};
} // namespace tcp
} // namespace ip
struct steady_timer {
  explicit steady_timer(io_context &);
  template <class R, class P> void expires_after(const std::chrono::duration<R, P> &);
  template <class Handler> void async_wait(Handler);
};
} // namespace asio
