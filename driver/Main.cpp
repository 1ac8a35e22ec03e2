// placeholder main
#include "llvm/Support/raw_ostream.h"
extern volatile int PremortemModuleAnchorSource;
static int PremortemModuleAnchorDestination = PremortemModuleAnchorSource;
int main() { llvm::outs() << "premortem " << PremortemModuleAnchorDestination << "\n"; return 0; }
