# Compile flags follow how LLVM itself was built (Debian: RTTI on, EH off).
add_library(premortem_flags INTERFACE)
target_include_directories(premortem_flags SYSTEM INTERFACE ${LLVM_INCLUDE_DIRS} ${CLANG_INCLUDE_DIRS})
target_include_directories(premortem_flags INTERFACE ${PROJECT_SOURCE_DIR} ${PROJECT_BINARY_DIR}/generated)
separate_arguments(_premortem_llvm_defs NATIVE_COMMAND "${LLVM_DEFINITIONS}")
target_compile_options(premortem_flags INTERFACE ${_premortem_llvm_defs} -Wall -Wextra -Wno-unused-parameter)
if(NOT LLVM_ENABLE_RTTI)
  target_compile_options(premortem_flags INTERFACE -fno-rtti)
endif()
# Everything but the yaml-cpp fence (checks/support/rules/RulePackYaml.cpp) is built
# like LLVM: without exceptions when LLVM has none.
add_library(premortem_noexcept INTERFACE)
target_link_libraries(premortem_noexcept INTERFACE premortem_flags)
if(NOT LLVM_ENABLE_EH)
  target_compile_options(premortem_noexcept INTERFACE -fno-exceptions)
  # fmt must not throw when exceptions are off.
  target_compile_definitions(premortem_noexcept INTERFACE FMT_EXCEPTIONS=0)
endif()
target_compile_definitions(premortem_flags INTERFACE
  PREMORTEM_VERSION="${PROJECT_VERSION}" PREMORTEM_LLVM_PACKAGE_VERSION="${LLVM_PACKAGE_VERSION}")
