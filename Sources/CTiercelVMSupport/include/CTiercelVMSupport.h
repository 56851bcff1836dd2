#ifndef CTIERCEL_VM_SUPPORT_H
#define CTIERCEL_VM_SUPPORT_H
#include <stdint.h>

// Calls visit(context, low, high) with the calling thread's native stack from
// the current stack pointer up to the stack's top, after spilling the
// callee-saved registers into that range, so that a conservative scan sees
// pointers held only in registers. Swift cannot call setjmp, hence C.
void tiercel_scan_native_stack(void *context,
                               void (*visit)(void *context, const void *low, const void *high));

// The highest address of the calling thread's stack (its base).
const void *tiercel_stack_top(void);

#endif
