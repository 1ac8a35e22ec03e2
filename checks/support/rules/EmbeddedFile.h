//===----------------------------------------------------------------------===//
// A file compiled into the binaries (default rule packs, rule help).
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_EMBEDDEDFILE_H
#define PREMORTEM_CHECKS_SUPPORT_EMBEDDEDFILE_H

namespace clang::tidy::premortem {
struct EmbeddedFile {
  const char *Name;
  const char *Text;
};
} // namespace clang::tidy::premortem

#endif
