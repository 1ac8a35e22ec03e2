# What `cmake --install` and the Debian package (`make package`, CPack's DEB
# generator) contain: the driver, the plugin, the rule packs, the docs, a man
# page and bash/zsh completions.
#
# A plugin loads only into the clang-tidy of the LLVM release it was built
# against, so there is one package per release: premortem-llvm<N>, depending
# on that release's runtime packages. The variants install the same paths and
# conflict with each other.

install(DIRECTORY rules/ DESTINATION share/premortem/rules FILES_MATCHING PATTERN "*.yaml")
install(DIRECTORY docs/ DESTINATION share/doc/premortem)
install(FILES README.md CHANGELOG.md LICENSE DESTINATION share/doc/premortem)
install(DIRECTORY integrations/ DESTINATION share/premortem/integrations USE_SOURCE_PERMISSIONS)
# The demo's input: `premortem . -- -Iinclude` in a copy of this folder.
install(DIRECTORY examples/ DESTINATION share/premortem/examples)

if(PREMORTEM_BUILD_DRIVER)
  # The man page and the completions come from the built driver's --help, so
  # they list exactly the options it has.
  find_program(PREMORTEM_HELP2MAN help2man)
  if(NOT PREMORTEM_HELP2MAN)
    message(FATAL_ERROR "help2man not found: it writes the premortem man page "
      "(apt-get install help2man, or run .ci/install-deps)")
  endif()
  find_package(Python3 REQUIRED COMPONENTS Interpreter)
  set(_man ${PROJECT_BINARY_DIR}/share/man/man1/premortem.1)
  set(_bash ${PROJECT_BINARY_DIR}/share/bash-completion/completions/premortem)
  set(_zsh ${PROJECT_BINARY_DIR}/share/zsh/vendor-completions/_premortem)
  add_custom_command(OUTPUT ${_man}.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/share/man/man1
    COMMAND ${PREMORTEM_HELP2MAN} --no-info --no-discard-stderr
      --name "find the code patterns behind real outages with clang-tidy checks"
      --version-string "${PROJECT_VERSION}"
      --include ${PROJECT_SOURCE_DIR}/cmake/premortem.h2m
      --output ${_man} $<TARGET_FILE:premortem>
    COMMAND gzip -9nf ${_man}
    DEPENDS premortem ${PROJECT_SOURCE_DIR}/cmake/premortem.h2m
    COMMENT "Writing the premortem man page")
  add_custom_command(OUTPUT ${_bash} ${_zsh}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/share/bash-completion/completions
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/share/zsh/vendor-completions
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/cmake/make-completions.py
      $<TARGET_FILE:premortem> ${_bash} ${_zsh}
    DEPENDS premortem ${PROJECT_SOURCE_DIR}/cmake/make-completions.py
    COMMENT "Writing the premortem shell completions")
  add_custom_target(premortem_man_and_completions ALL DEPENDS ${_man}.gz ${_bash} ${_zsh})
  install(FILES ${_man}.gz DESTINATION share/man/man1)
  install(FILES ${_bash} DESTINATION share/bash-completion/completions)
  install(FILES ${_zsh} DESTINATION share/zsh/vendor-completions)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME premortem-llvm${LLVM_VERSION_MAJOR})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "premortem")
set(CPACK_PACKAGE_CONTACT "premortem maintainers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "clang-tidy checks for the code patterns behind real outages (LLVM ${LLVM_VERSION_MAJOR})")
set(CPACK_PACKAGE_DESCRIPTION
  "premortem finds leap-day date arithmetic, unchecked time conversions, \
certificate validity that fails on 29 February, hard-coded pre-production \
endpoints and retry loops without jitter in C and C++ code. It installs the \
premortem driver (text, SARIF and JSON output from a compilation database) \
and a plugin for clang-tidy-${LLVM_VERSION_MAJOR} \
(/usr/lib/premortem/libPremortemTidy.so); the plugin works only in \
clang-tidy-${LLVM_VERSION_MAJOR}.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}_${PROJECT_VERSION}_amd64")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PREMORTEM_INFORMATION_URI}")
# Library dependencies (libclang-cpp<N>, libllvm<N>, libfmt, libyaml-cpp,
# libc, libstdc++) come from dpkg-shlibdeps on the installed binaries.
# clang-tidy-<N> is what the plugin loads into, and it brings clang's builtin
# headers (stddef.h, ...) that the driver needs to parse real code.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "clang-tidy-${LLVM_VERSION_MAJOR}")
set(CPACK_DEBIAN_PACKAGE_PROVIDES "premortem (= ${PROJECT_VERSION})")
set(CPACK_DEBIAN_PACKAGE_CONFLICTS "premortem")
set(CPACK_DEBIAN_PACKAGE_REPLACES "premortem")
include(CPack)
