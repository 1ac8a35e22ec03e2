//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/Runner.h"
#include "driver/AnalyzeUnit.h"
#include "driver/Signals.h"
#include "driver/ResultCache.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/thread.h"
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace clang::tidy::premortem::driver {

namespace {

using Clock = std::chrono::steady_clock;

// Parsing recurses deeply; give the analysis the stack clang's own tools
// use, whatever `ulimit -s` says.
constexpr unsigned WorkerStackSize = 8 << 20;

// A worker's exit status when an allocation failed under --memory-limit.
constexpr int ExitOutOfMemory = 86;

[[noreturn]] void outOfMemory(void *, const char *, bool) { ::_exit(ExitOutOfMemory); }

bool writeAll(int FD, llvm::StringRef Bytes) {
  while (!Bytes.empty()) {
    ssize_t N = ::write(FD, Bytes.data(), Bytes.size());
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      return false;
    Bytes = Bytes.drop_front(N);
  }
  return true;
}

/// The worker process: analyzes one unit, writes the result to FD, exits.
[[noreturn]] void runWorker(const RunSettings &S, const TranslationUnit &Unit, int FD) {
  resetSignalsInWorker();
  UnitResult Result;
  llvm::thread Analysis(std::optional<unsigned>(WorkerStackSize), [&] {
    // Set here, once the thread's stack exists: the limit is for the
    // analysis, not for starting it.
    if (S.MemoryLimitMB) {
      llvm::install_bad_alloc_error_handler(outOfMemory);
      rlim_t Bytes = static_cast<rlim_t>(S.MemoryLimitMB) << 20;
      struct rlimit Limit = {Bytes, Bytes};
      ::setrlimit(RLIMIT_DATA, &Limit);
    }
    // A crash that clang can recover from (an assertion in a check) still
    // yields the findings so far; anything else ends this process only.
    llvm::CrashRecoveryContext Recovery;
    std::vector<std::string> FilesRead;
    if (!Recovery.RunSafely(
            [&] { Result = analyzeUnit(S, Unit, S.Cache ? &FilesRead : nullptr); }))
      Result.Failed = Failure{Unit.Canonical, "clang or a premortem check crashed",
                              std::nullopt, /*Crashed=*/true};
    // Stored by the worker itself: the cache writes by atomic rename and
    // shares no state with the parent.
    else if (S.Cache)
      S.Cache->store(Unit, Result, FilesRead);
  });
  Analysis.join();
  bool Sent = writeAll(FD, serialize(Result));
  ::_exit(Sent ? 0 : 1);
}

struct Worker {
  pid_t Pid = -1;
  int FD = -1;
  size_t Unit = 0;
  Clock::time_point Started;
  std::string Bytes;
  bool TimedOut = false;
};

std::string describeSignal(int Signo) {
  const char *Name = ::strsignal(Signo);
  return fmt::format("signal {}{}{}", Signo, Name ? ", " : "", Name ? Name : "");
}

/// What the parent reports for a worker that ended.
UnitResult collect(const RunSettings &S, const Worker &W, int Status) {
  const TranslationUnit &Unit = S.Units[W.Unit];
  auto failed = [&](std::string Message) {
    UnitResult R;
    R.Failed = Failure{Unit.Canonical, std::move(Message), std::nullopt, /*Crashed=*/true};
    return R;
  };
  if (W.TimedOut)
    return failed(fmt::format("timed out after {} seconds (--timeout)", S.TimeoutSeconds));
  if (WIFEXITED(Status) && WEXITSTATUS(Status) == ExitOutOfMemory)
    return failed(fmt::format("ran out of memory (--memory-limit {} MB)", S.MemoryLimitMB));
  if (WIFSIGNALED(Status)) {
    int Signo = WTERMSIG(Status);
    if (Signo == SIGKILL)
      return failed("the analysis was killed (signal 9; the system may have run out "
                    "of memory)");
    if (Signo == SIGSEGV)
      return failed("clang or a premortem check crashed (" + describeSignal(Signo) +
                    "; a stack overflow on deeply nested code, or a bug)");
    return failed("clang or a premortem check crashed (" + describeSignal(Signo) + ")");
  }
  if (!WIFEXITED(Status) || WEXITSTATUS(Status) != 0)
    return failed(fmt::format("the analysis ended with exit status {}", WEXITSTATUS(Status)));
  std::optional<UnitResult> R = deserialize(W.Bytes);
  if (!R)
    return failed("the analysis returned an unreadable result");
  return std::move(*R);
}

class Pool {
public:
  Pool(const RunSettings &S, std::vector<UnitResult> &Results) : S(S), Results(Results) {}

  /// Starts a worker for unit I, or records why it could not start.
  void start(size_t I) {
    int Pipe[2];
    if (::pipe2(Pipe, O_CLOEXEC) != 0)
      return cannotStart(I);
    // Nothing buffered may be written twice, by the parent and the child.
    llvm::outs().flush();
    llvm::errs().flush();
    pid_t Pid = ::fork();
    if (Pid < 0) {
      ::close(Pipe[0]);
      ::close(Pipe[1]);
      return cannotStart(I);
    }
    if (Pid == 0) {
      ::close(Pipe[0]);
      runWorker(S, S.Units[I], Pipe[1]);
    }
    registerWorker(Pid);
    ::close(Pipe[1]);
    Worker W;
    W.Pid = Pid;
    W.FD = Pipe[0];
    W.Unit = I;
    W.Started = Clock::now();
    Running.push_back(std::move(W));
  }

  bool busy() const { return !Running.empty(); }
  size_t size() const { return Running.size(); }

  /// Waits for output, an end or a timeout; returns the units finished.
  std::vector<size_t> step() {
    std::vector<pollfd> Fds;
    for (Worker &W : Running)
      Fds.push_back({W.FD, POLLIN, 0});
    int Wait = -1;
    if (S.TimeoutSeconds) {
      auto Now = Clock::now();
      Clock::duration Soonest = Clock::duration::max();
      for (const Worker &W : Running)
        Soonest = std::min(Soonest, W.Started + std::chrono::seconds(S.TimeoutSeconds) - Now);
      Wait = std::max<long>(
          0, std::chrono::duration_cast<std::chrono::milliseconds>(Soonest).count() + 1);
    }
    int N = ::poll(Fds.data(), Fds.size(), Wait);
    if (N < 0 && errno != EINTR)
      llvm::report_fatal_error("poll failed");
    std::vector<size_t> Done;
    auto Now = Clock::now();
    for (size_t K = 0; K < Running.size();) {
      Worker &W = Running[K];
      bool Ended = false;
      if (N > 0 && (Fds[K].revents & (POLLIN | POLLHUP | POLLERR))) {
        char Buffer[65536];
        ssize_t Got = ::read(W.FD, Buffer, sizeof(Buffer));
        if (Got > 0)
          W.Bytes.append(Buffer, Got);
        else if (Got == 0 || errno != EINTR)
          Ended = true;
      }
      if (!Ended && S.TimeoutSeconds &&
          Now - W.Started >= std::chrono::seconds(S.TimeoutSeconds)) {
        W.TimedOut = true;
        ::kill(W.Pid, SIGKILL);
        Ended = true;
      }
      if (!Ended) {
        ++K;
        continue;
      }
      int Status = 0;
      while (::waitpid(W.Pid, &Status, 0) < 0 && errno == EINTR) {
      }
      unregisterWorker(W.Pid);
      ::close(W.FD);
      Results[W.Unit] = collect(S, W, Status);
      Done.push_back(W.Unit);
      Running.erase(Running.begin() + K);
      Fds.erase(Fds.begin() + K);
    }
    return Done;
  }

private:
  void cannotStart(size_t I) {
    Results[I].Failed = Failure{S.Units[I].Canonical,
                                fmt::format("cannot start the analysis: {}",
                                            std::strerror(errno)),
                                std::nullopt, /*Crashed=*/true};
    Started.push_back(I);
  }

public:
  std::vector<size_t> Started; // units that ended before they began

private:
  const RunSettings &S;
  std::vector<UnitResult> &Results;
  std::vector<Worker> Running;
};

} // namespace

RunResult runAnalysis(const RunSettings &S, const ProgressFn &Progress) {
  std::vector<UnitResult> Results(S.Units.size());
  // Largest sources first: a big TU started last would leave the other
  // workers idle at the end of the run (longest-processing-time order).
  std::vector<size_t> Order(S.Units.size());
  std::vector<uint64_t> Sizes(S.Units.size(), 0);
  for (size_t I = 0; I < Order.size(); ++I) {
    Order[I] = I;
    llvm::sys::fs::file_size(S.Units[I].DbPath, Sizes[I]);
  }
  if (S.Jobs > 1)
    std::stable_sort(Order.begin(), Order.end(),
                     [&](size_t A, size_t B) { return Sizes[A] > Sizes[B]; });

  unsigned Jobs = std::max(1u, std::min<unsigned>(S.Jobs, S.Units.size()));
  Pool Workers(S, Results);
  unsigned Done = 0, Findings = 0;
  auto finished = [&](size_t I) {
    ++Done;
    Findings += Results[I].Findings.size();
    if (Progress)
      Progress(Done, Findings);
  };
  size_t Next = 0;
  while (Next < Order.size() || Workers.busy()) {
    while (Next < Order.size() && Workers.size() < Jobs) {
      size_t I = Order[Next++];
      // A unit whose inputs did not change is not analyzed again.
      std::optional<UnitResult> Cached;
      if (S.Cache)
        Cached = S.Cache->lookup(S.Units[I]);
      if (Cached) {
        Results[I] = std::move(*Cached);
        Workers.Started.push_back(I);
        continue;
      }
      Workers.start(I);
    }
    for (size_t I : Workers.Started)
      finished(I);
    Workers.Started.clear();
    if (Workers.busy())
      for (size_t I : Workers.step())
        finished(I);
  }

  // Merged in input order: the result does not depend on scheduling.
  RunResult R;
  R.TranslationUnits = S.Units.size();
  for (UnitResult &O : Results) {
    std::move(O.Findings.begin(), O.Findings.end(), std::back_inserter(R.Findings));
    std::move(O.Config.begin(), O.Config.end(), std::back_inserter(R.ConfigMessages));
    if (O.Failed)
      R.Failures.push_back(std::move(*O.Failed));
    if (O.Partial)
      R.Partial.push_back(std::move(*O.Partial));
  }
  normalize(R);
  return R;
}

} // namespace clang::tidy::premortem::driver
