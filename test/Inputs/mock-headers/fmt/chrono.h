// Mock <fmt/chrono.h>: fmt in its versioned inline namespace.
#ifndef MOCK_FMT_CHRONO_H
#define MOCK_FMT_CHRONO_H
#include <string>
namespace fmt {
inline namespace v10 {
template <class... Args> struct fstring {
  template <class T> fstring(const T &s) : str(s) {}
  const char *str;
};
template <class... Args> using format_string = fstring<Args...>;
template <class T> struct type_identity { using type = T; };
template <class... Args>
std::string format(typename type_identity<format_string<Args...>>::type fmt, Args &&...args);
template <class... Args>
void print(typename type_identity<format_string<Args...>>::type fmt, Args &&...args);
} // namespace v10
} // namespace fmt
#endif
