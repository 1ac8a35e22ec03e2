//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/clock/Spawn.h"
#include "driver/Signals.h"
#include "llvm/ADT/StringRef.h"
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char **environ;

namespace clang::tidy::premortem::driver {

// The process groups running now, in slots a signal handler can read.
static std::vector<std::string> mergedEnvironment(llvm::ArrayRef<std::string> Extra) {
  std::vector<std::string> Env;
  auto NameOf = [](llvm::StringRef Entry) { return Entry.split('=').first; };
  for (char **E = environ; *E; ++E) {
    llvm::StringRef Entry(*E);
    bool Replaced = llvm::any_of(Extra, [&](const std::string &X) {
      return NameOf(X) == NameOf(Entry);
    });
    if (!Replaced)
      Env.push_back(Entry.str());
  }
  Env.insert(Env.end(), Extra.begin(), Extra.end());
  return Env;
}

static std::vector<char *> pointers(std::vector<std::string> &Strings) {
  std::vector<char *> P;
  for (std::string &S : Strings)
    P.push_back(S.data());
  P.push_back(nullptr);
  return P;
}

SpawnResult spawnAndWait(const SpawnRequest &R) {
  SpawnResult Result;
  std::vector<std::string> Args = R.Argv;
  std::vector<std::string> Env = mergedEnvironment(R.ExtraEnv);
  std::vector<char *> ArgP = pointers(Args), EnvP = pointers(Env);

  posix_spawn_file_actions_t Files;
  posix_spawn_file_actions_init(&Files);
  posix_spawn_file_actions_addopen(&Files, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&Files, 1, R.OutputFile.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&Files, 1, 2);
  posix_spawnattr_t Attr;
  posix_spawnattr_init(&Attr);
  posix_spawnattr_setflags(&Attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK |
                                      POSIX_SPAWN_SETSIGDEF);
  posix_spawnattr_setpgroup(&Attr, 0);
  sigset_t Empty, Defaults;
  sigemptyset(&Empty);
  posix_spawnattr_setsigmask(&Attr, &Empty);
  sigemptyset(&Defaults);
  for (int S : {SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT})
    sigaddset(&Defaults, S);
  posix_spawnattr_setsigdefault(&Attr, &Defaults);

  auto Start = std::chrono::steady_clock::now();
  pid_t Pid;
  int Err = posix_spawnp(&Pid, ArgP[0], &Files, &Attr, ArgP.data(), EnvP.data());
  posix_spawn_file_actions_destroy(&Files);
  posix_spawnattr_destroy(&Attr);
  if (Err != 0) {
    Result.StartError = std::strerror(Err);
    return Result;
  }
  Result.Started = true;
  // Killed with its whole group if premortem is interrupted (Signals.h).
  registerWorker(-Pid);

  // Poll rather than block: the deadline is measured on the real monotonic
  // clock of this process, which libfaketime does not touch.
  auto Deadline = Start + std::chrono::duration<double>(R.TimeoutSeconds);
  int Status = 0;
  auto Pause = std::chrono::milliseconds(5);
  while (true) {
    pid_t Done = waitpid(Pid, &Status, WNOHANG);
    if (Done == Pid || (Done < 0 && errno != EINTR))
      break;
    if (std::chrono::steady_clock::now() >= Deadline) {
      Result.TimedOut = true;
      kill(-Pid, SIGTERM);
      std::this_thread::sleep_for(std::chrono::milliseconds(500));
      kill(-Pid, SIGKILL);
      waitpid(Pid, &Status, 0);
      break;
    }
    std::this_thread::sleep_for(Pause);
    Pause = std::min(Pause * 2, std::chrono::milliseconds(100));
  }
  Result.Seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - Start).count();
  // Whatever the command left running in its group goes too.
  kill(-Pid, SIGKILL);
  unregisterWorker(-Pid);
  if (WIFEXITED(Status))
    Result.ExitCode = WEXITSTATUS(Status);
  else if (WIFSIGNALED(Status))
    Result.ExitCode = 128 + WTERMSIG(Status);
  return Result;
}

} // namespace clang::tidy::premortem::driver
