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

// The eval breaker: nonzero when the interpreter must stop at its next
// safe point (a loop's back edge) to do pending work: a SIGINT to raise as
// KeyboardInterrupt, weak-reference callbacks to run. One word, read with
// one load on the hot path; the signal handler and the collector set it.
extern volatile int tiercel_eval_breaker;
// Set by the SIGINT handler, cleared when KeyboardInterrupt is raised.
extern volatile int tiercel_interrupt_pending;

static inline int tiercel_breaker_is_set(void) { return tiercel_eval_breaker; }
static inline void tiercel_set_breaker(void) { tiercel_eval_breaker = 1; }
static inline void tiercel_clear_breaker(void) { tiercel_eval_breaker = 0; }
// Whether a SIGINT arrived since the last call; clears it.
int tiercel_take_interrupt(void);

// Routes SIGINT to the eval breaker (what CPython's default handler does).
void tiercel_install_interrupt_handler(void);
// Restores SIGINT's default action and raises it, so the process ends as
// killed by SIGINT, which is how CPython exits on an uncaught KeyboardInterrupt.
void tiercel_exit_by_interrupt(void);

#endif
