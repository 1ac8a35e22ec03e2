//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Which tests of one run passed and failed: from JUnit XML files the command
// wrote into its output folder, else from CTest's progress lines in its
// output, else (no test names known) only the exit code.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_CLOCK_TESTRESULTS_H
#define PREMORTEM_DRIVER_CLOCK_TESTRESULTS_H

#include "llvm/ADT/StringRef.h"
#include <map>
#include <string>
#include <vector>

namespace clang::tidy::premortem::driver {

enum class TestStatus { Passed, Failed, Skipped, Unfinished };

struct TestResult {
  TestStatus Status = TestStatus::Passed;
  std::string Detail; // CTest's status word or the JUnit failure message
  std::string File;   // JUnit `file` attribute, when given
  unsigned Line = 0;  // JUnit `line` attribute
};

enum class ResultSource { None, CTest, JUnit };

struct TestResults {
  ResultSource Source = ResultSource::None;
  std::map<std::string, TestResult> Tests; // by name; sorted for stable output
};

/// JUnit `<testcase>` elements (name prefixed by `classname.` when it has one).
void parseJUnit(llvm::StringRef Xml, TestResults &Into);

/// CTest's `N/M Test #K: name ....   Passed   0.01 sec` lines; a test that
/// started (`Start K: name`) without a result line is Unfinished (the run
/// hung or was killed in it).
void parseCTest(llvm::StringRef Output, TestResults &Into);

/// JUnit from the *.xml files in Folder (not below it), else CTest from
/// Output.
TestResults readTestResults(llvm::StringRef Folder, llvm::StringRef Output);

llvm::StringRef statusName(TestStatus S);

} // namespace clang::tidy::premortem::driver

#endif
