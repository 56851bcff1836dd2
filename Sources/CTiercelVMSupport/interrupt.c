#include <signal.h>
#include <string.h>
#include "CTiercelVMSupport.h"

volatile int tiercel_eval_breaker = 0;
volatile int tiercel_interrupt_pending = 0;

static void on_interrupt(int signal_number) {
    (void)signal_number;
    tiercel_interrupt_pending = 1;
    tiercel_eval_breaker = 1;
}

int tiercel_take_interrupt(void) {
    int pending = tiercel_interrupt_pending;
    tiercel_interrupt_pending = 0;
    return pending;
}

void tiercel_install_interrupt_handler(void) {
    // An ignored SIGINT stays ignored (a background job of a script), as in CPython.
    struct sigaction current;
    if (sigaction(SIGINT, NULL, &current) == 0 && current.sa_handler == SIG_IGN) return;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    // Interrupted reads restart; the interrupt is seen at the next back edge.
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, NULL);
}

void tiercel_exit_by_interrupt(void) {
    signal(SIGINT, SIG_DFL);
    raise(SIGINT);
}
