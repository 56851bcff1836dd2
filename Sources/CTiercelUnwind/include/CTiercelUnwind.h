#ifndef CTIERCEL_UNWIND_H
#define CTIERCEL_UNWIND_H
#include <stdint.h>

// One native frame as libunwind reports it. `name` is the procedure name from
// the symbol tables libunwind can read (mangled for Swift), empty if unknown.
typedef struct {
    uint64_t ip;
    uint64_t sp;
    uint64_t offset;   // ip minus the procedure's start, when `name` is known
    char name[256];
} tiercel_native_frame;

// Walks the calling thread's native stack, innermost first (the caller of this
// function is frames[0]), filling at most `capacity` frames. Returns the number
// filled, or -1 if libunwind failed. libunwind's entry points are macros over
// per-architecture names, which Swift cannot import, so the walk lives in C.
int tiercel_unwind_backtrace(tiercel_native_frame *frames, int capacity);

#endif
