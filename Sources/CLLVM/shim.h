// The LLVM-C surface Tiercel uses: IR building, targets, and ORC LLJIT.
// Debian's llvm-dev links /usr/include/llvm-c to LLVM 14's headers.
#include <llvm-c/Core.h>
#include <llvm-c/Analysis.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Error.h>
#include <llvm-c/LLJIT.h>
#include <llvm-c/Orc.h>
