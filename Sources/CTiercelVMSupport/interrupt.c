#include <signal.h>
#include <string.h>
#include "CTiercelVMSupport.h"

volatile int tiercel_eval_breaker = 0;
static volatile unsigned long long pending_signals = 0;

static void on_signal(int signal_number) {
    // The mask has a bit per signal below 64; SIGRTMAX (64) cannot be queued.
    if (signal_number <= 0 || signal_number >= 64) return;
    __atomic_fetch_or(&pending_signals, 1ull << signal_number, __ATOMIC_SEQ_CST);
    tiercel_eval_breaker = 1;
}

unsigned long long tiercel_take_signals(void) {
    return __atomic_exchange_n(&pending_signals, 0, __ATOMIC_SEQ_CST);
}

int tiercel_catch_signal(int signal_number) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    // Interrupted reads restart; the signal is handled at the next back edge.
    // sleep() is interrupted regardless and handles it at once.
    action.sa_flags = SA_RESTART;
    return sigaction(signal_number, &action, NULL);
}

int tiercel_set_signal_disposition(int signal_number, int ignore) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = ignore ? SIG_IGN : SIG_DFL;
    sigemptyset(&action.sa_mask);
    return sigaction(signal_number, &action, NULL);
}

int tiercel_signal_is_ignored(int signal_number) {
    struct sigaction current;
    return sigaction(signal_number, NULL, &current) == 0 && current.sa_handler == SIG_IGN;
}

int tiercel_signal_is_caught(int signal_number) {
    struct sigaction current;
    return sigaction(signal_number, NULL, &current) == 0 && current.sa_handler == on_signal;
}

void tiercel_install_interrupt_handler(void) {
    // An ignored SIGINT stays ignored (a background job of a script), as in CPython.
    if (tiercel_signal_is_ignored(SIGINT)) return;
    tiercel_catch_signal(SIGINT);
}

void tiercel_exit_by_interrupt(void) {
    signal(SIGINT, SIG_DFL);
    raise(SIGINT);
}
