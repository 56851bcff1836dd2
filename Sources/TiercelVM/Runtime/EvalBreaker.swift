import CTiercelVMSupport
#if canImport(Glibc)
import Glibc
#endif

/// The eval breaker (CTiercelVMSupport/interrupt.c): one word the signal
/// handler and the collector set, which the interpreter tests at each loop
/// back edge. The JIT tiers must test it at the same points.
extension Runtime {
    /// Work the eval breaker asked for: a collection that fell due inside a
    /// constructor, due weakref callbacks, then caught signals. Runs at a
    /// loop's back edge.
    func serviceBreaker() throws {
        tiercel_clear_breaker()
        if heap.collectionRequested { heap.collect() }
        runWeakCallbacks()
        try serviceSignals()
    }

    /// Runs the Python handler of each signal caught since the last call;
    /// SIGINT without one (or with default_int_handler) is KeyboardInterrupt.
    /// Blocking calls that a signal interrupted (EINTR) call this too, as
    /// CPython's PyErr_CheckSignals.
    func serviceSignals() throws {
        let pending = tiercel_take_signals()
        guard pending != 0 else { return }
        for n in 1..<64 where pending & (1 << UInt64(n)) != 0 {
            let number = Value(uncheckedSmallInt: Int64(n))
            let handler = signalHandlers.isNone ? nil : try DictObject.get(signalHandlers.asObject, number, ops)
            if let handler, handler.bits != defaultIntHandler.bits {
                _ = try call(handler, [number, .none])
            } else if n == Int(SIGINT) {
                throw PythonError("KeyboardInterrupt", "")
            }
        }
    }
}
