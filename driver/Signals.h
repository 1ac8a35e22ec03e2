//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// SIGINT, SIGTERM and SIGHUP. A signal that was ignored when premortem
// started stays ignored (nohup, CI runners that ignore SIGINT): LLVM's own
// handlers would otherwise catch it, delete the report's temporary file and
// carry on. A signal that arrives ends the run at once with exit code
// 128 + its number, as a shell reports it, after stopping the workers and
// removing the temporary file.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_SIGNALS_H
#define PREMORTEM_DRIVER_SIGNALS_H

#include <string>
#include <sys/types.h>

namespace clang::tidy::premortem::driver {

/// Call first in main(), before LLVM installs any handler.
void recordInheritedSignals();

/// Call after LLVM's initialization: ignored signals are ignored again, the
/// others end the run as described above.
void installSignalHandlers();

/// The report's temporary file, removed on a signal ("" for none).
void registerTemporaryFile(const std::string &Path);

/// Worker processes, killed on a signal; a negative Pid is a process group
/// (premortem clock's runs lead groups of their own).
void registerWorker(pid_t Pid);
void unregisterWorker(pid_t Pid);

/// In a worker process after fork(): default handlers (unless inherited as
/// ignored), no temporary file or siblings of its own.
void resetSignalsInWorker();

} // namespace clang::tidy::premortem::driver

#endif
