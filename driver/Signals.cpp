//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/Signals.h"
#include <atomic>
#include <csignal>
#include <cstring>
#include <unistd.h>

namespace clang::tidy::premortem::driver {

namespace {

constexpr int Handled[] = {SIGINT, SIGTERM, SIGHUP};
bool Ignored[sizeof(Handled) / sizeof(Handled[0])];

// Read by the handler: plain storage plus a flag set after the text is
// complete (no allocation, no locks in a signal handler).
char TempPath[4096];
volatile sig_atomic_t HaveTempPath = 0;

constexpr int MaxWorkers = 1024;
std::atomic<pid_t> Workers[MaxWorkers];

void onSignal(int Signo) {
  for (std::atomic<pid_t> &W : Workers)
    if (pid_t Pid = W.load(); Pid != 0)
      ::kill(Pid, SIGKILL); // Pid < 0: the whole process group
  if (HaveTempPath)
    ::unlink(TempPath);
  ::_exit(128 + Signo);
}

} // namespace

void recordInheritedSignals() {
  for (size_t I = 0; I < std::size(Handled); ++I) {
    struct sigaction Old;
    Ignored[I] = ::sigaction(Handled[I], nullptr, &Old) == 0 && Old.sa_handler == SIG_IGN;
  }
}

void installSignalHandlers() {
  for (size_t I = 0; I < std::size(Handled); ++I) {
    struct sigaction New;
    std::memset(&New, 0, sizeof(New));
    New.sa_handler = Ignored[I] ? SIG_IGN : onSignal;
    sigemptyset(&New.sa_mask);
    for (int S : Handled)
      sigaddset(&New.sa_mask, S); // one handler at a time
    ::sigaction(Handled[I], &New, nullptr);
  }
}

void registerTemporaryFile(const std::string &Path) {
  HaveTempPath = 0;
  if (Path.empty() || Path.size() >= sizeof(TempPath))
    return;
  std::memcpy(TempPath, Path.c_str(), Path.size() + 1);
  HaveTempPath = 1;
}

void registerWorker(pid_t Pid) {
  for (std::atomic<pid_t> &W : Workers) {
    pid_t Free = 0;
    if (W.compare_exchange_strong(Free, Pid))
      return;
  }
}

void unregisterWorker(pid_t Pid) {
  for (std::atomic<pid_t> &W : Workers) {
    pid_t Expected = Pid;
    if (W.compare_exchange_strong(Expected, 0))
      return;
  }
}

void resetSignalsInWorker() {
  HaveTempPath = 0;
  for (std::atomic<pid_t> &W : Workers)
    W.store(0);
  for (size_t I = 0; I < std::size(Handled); ++I)
    ::signal(Handled[I], Ignored[I] ? SIG_IGN : SIG_DFL);
}

} // namespace clang::tidy::premortem::driver
