#define _GNU_SOURCE
#include <pthread.h>
#include <setjmp.h>
#include <stddef.h>
#include "CTiercelVMSupport.h"

static __thread const void *cached_stack_top;

const void *tiercel_stack_top(void) {
    if (cached_stack_top) return cached_stack_top;
    pthread_attr_t attr;
    void *addr = NULL;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        pthread_attr_getstack(&attr, &addr, &size);
        pthread_attr_destroy(&attr);
    }
    cached_stack_top = (const char *)addr + size;
    return cached_stack_top;
}

// noinline keeps the jmp_buf in this frame, below every caller's frame.
__attribute__((noinline))
void tiercel_scan_native_stack(void *context,
                               void (*visit)(void *context, const void *low, const void *high)) {
    jmp_buf registers;
    setjmp(registers);
    volatile char marker = 0;
    const void *low = (const void *)&registers;
    if ((const void *)&marker < low) low = (const void *)&marker;
    visit(context, low, tiercel_stack_top());
    (void)marker;
}
