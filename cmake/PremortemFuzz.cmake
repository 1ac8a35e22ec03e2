# libFuzzer targets (clang's -fsanitize=fuzzer), with ASan and UBSan.
#
#   premortem_add_fuzzer(<name> SOURCES a.cpp ... [EXCEPTIONS] [LINK lib ...])
#
# builds bin/fuzz/<name> from the fuzz target's sources (which define
# LLVMFuzzerTestOneInput) plus the sources under test, compiled again with the
# fuzzing and sanitizer instrumentation. EXCEPTIONS builds them with
# -fexceptions (yaml-cpp code). Seeds are fuzz/corpus/<name>/; bench/ and the
# lit suite run every target listed in bin/fuzz/targets.txt.
include(CheckCXXSourceCompiles)
set(CMAKE_REQUIRED_FLAGS "-fsanitize=fuzzer")
check_cxx_source_compiles("
#include <cstddef>
#include <cstdint>
extern \"C\" int LLVMFuzzerTestOneInput(const uint8_t *, size_t) { return 0; }"
  PREMORTEM_HAVE_LIBFUZZER)
unset(CMAKE_REQUIRED_FLAGS)

set(_premortem_fuzz_default OFF)
if(PREMORTEM_HAVE_LIBFUZZER)
  set(_premortem_fuzz_default ON)
endif()
option(PREMORTEM_BUILD_FUZZERS "Build the libFuzzer targets (needs clang)" ${_premortem_fuzz_default})
set(PREMORTEM_FUZZ_DIR ${PROJECT_BINARY_DIR}/bin/fuzz)
file(MAKE_DIRECTORY ${PREMORTEM_FUZZ_DIR})
file(WRITE ${PREMORTEM_FUZZ_DIR}/targets.txt "")

function(premortem_add_fuzzer name)
  if(NOT PREMORTEM_BUILD_FUZZERS)
    return()
  endif()
  cmake_parse_arguments(ARG "EXCEPTIONS" "" "SOURCES;LINK" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  set(_san -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined)
  target_compile_options(${name} PRIVATE ${_san} -g -O1)
  target_link_options(${name} PRIVATE ${_san})
  if(ARG_EXCEPTIONS)
    target_link_libraries(${name} PRIVATE premortem_flags)
    target_compile_options(${name} PRIVATE -fexceptions)
  else()
    target_link_libraries(${name} PRIVATE premortem_noexcept)
  endif()
  target_link_libraries(${name} PRIVATE ${ARG_LINK})
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PREMORTEM_FUZZ_DIR})
  file(APPEND ${PREMORTEM_FUZZ_DIR}/targets.txt "${name}\n")
endfunction()
