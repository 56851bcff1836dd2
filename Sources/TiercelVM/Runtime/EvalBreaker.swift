import CTiercelVMSupport

/// The eval breaker (CTiercelVMSupport/interrupt.c): one word the SIGINT
/// handler and the collector set, which the interpreter tests at each loop
/// back edge. The JIT tiers must test it at the same points.
extension Runtime {
    /// Work the eval breaker asked for: due weakref callbacks, then a
    /// pending SIGINT as KeyboardInterrupt. Runs at a loop's back edge.
    func serviceBreaker() throws {
        tiercel_clear_breaker()
        runWeakCallbacks()
        if tiercel_take_interrupt() != 0 { throw PythonError("KeyboardInterrupt", "") }
    }

    /// For blocking calls that a signal interrupted (EINTR): a SIGINT
    /// becomes KeyboardInterrupt now, as CPython's PyErr_CheckSignals does.
    func raisePendingInterrupt() throws {
        if tiercel_take_interrupt() != 0 { throw PythonError("KeyboardInterrupt", "") }
    }
}
