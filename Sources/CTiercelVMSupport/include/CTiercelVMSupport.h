#ifndef CTIERCEL_VM_SUPPORT_H
#define CTIERCEL_VM_SUPPORT_H
#include <stddef.h>
#include <stdint.h>

// Calls visit(context, low, high) with the calling thread's native stack from
// the current stack pointer up to the stack's top, after spilling the
// callee-saved registers into that range, so that a conservative scan sees
// pointers held only in registers. Swift cannot call setjmp, hence C.
void tiercel_scan_native_stack(void *context,
                               void (*visit)(void *context, const void *low, const void *high));

// memmem(3): the first occurrence of a byte string in another, or NULL.
const void *tiercel_memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

// The highest address of the calling thread's stack (its base).
const void *tiercel_stack_top(void);

// The eval breaker: nonzero when the interpreter must stop at its next
// safe point (a loop's back edge) to do pending work: signals to handle
// (SIGINT as KeyboardInterrupt, or Python handlers), weak-reference
// callbacks to run. One word, read with one load on the hot path; the
// signal handler and the collector set it.
extern volatile int tiercel_eval_breaker;

static inline int tiercel_breaker_is_set(void) { return tiercel_eval_breaker; }
static inline void tiercel_set_breaker(void) { tiercel_eval_breaker = 1; }
static inline void tiercel_clear_breaker(void) { tiercel_eval_breaker = 0; }

// The signals caught since the last call, as a bit mask (bit n: signal n); clears them.
unsigned long long tiercel_take_signals(void);
// Catches signal_number into the pending mask; 0 or -1 with errno, as sigaction.
int tiercel_catch_signal(int signal_number);
// Sets SIG_IGN (ignore != 0) or SIG_DFL.
int tiercel_set_signal_disposition(int signal_number, int ignore);
int tiercel_signal_is_ignored(int signal_number);
// Whether signal_number is routed to the pending mask.
int tiercel_signal_is_caught(int signal_number);

// Catches SIGINT unless it is ignored (what CPython does at startup).
void tiercel_install_interrupt_handler(void);
// Restores SIGINT's default action and raises it, so the process ends as
// killed by SIGINT, which is how CPython exits on an uncaught KeyboardInterrupt.
void tiercel_exit_by_interrupt(void);

#endif
