#define UNW_LOCAL_ONLY
#include <libunwind.h>
#include <string.h>
#include "CTiercelUnwind.h"

int tiercel_unwind_backtrace(tiercel_native_frame *frames, int capacity) {
    unw_context_t context;
    unw_cursor_t cursor;
    if (unw_getcontext(&context) != 0) return -1;
    if (unw_init_local(&cursor, &context) != 0) return -1;
    // Step past this C frame: callers want their own frame first.
    if (unw_step(&cursor) <= 0) return 0;
    int count = 0;
    do {
        if (count >= capacity) break;
        tiercel_native_frame *frame = &frames[count++];
        unw_word_t ip = 0, sp = 0, offset = 0;
        unw_get_reg(&cursor, UNW_REG_IP, &ip);
        unw_get_reg(&cursor, UNW_REG_SP, &sp);
        frame->ip = ip;
        frame->sp = sp;
        frame->name[0] = 0;
        frame->offset = 0;
        if (unw_get_proc_name(&cursor, frame->name, sizeof frame->name, &offset) == 0)
            frame->offset = offset;
        else
            frame->name[0] = 0;
    } while (unw_step(&cursor) > 0);
    return count;
}
