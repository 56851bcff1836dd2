#if canImport(Glibc)
import Glibc
#endif

/// time: clocks and sleep here; the calendar functions in TimeCalendar.
enum TimeModule {
    static func make(_ rt: Runtime) throws -> Value {
        let m = try clocks(rt)
        try rt.runEmbedded(TimeCalendar.python, module: "time", globals: Value(object: ModuleObject.dict(m.asObject)))
        return m
    }

    private static func clocks(_ rt: Runtime) throws -> Value {
        try NativeModules.module(rt, "time") { rt, d in
            try TimeCalendar.install(rt, d)
            func clock(_ id: clockid_t) -> Double {
                var ts = timespec()
                clock_gettime(id, &ts)
                return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
            }
            func clockNanoseconds(_ id: clockid_t) -> Int64 {
                var ts = timespec()
                clock_gettime(id, &ts)
                return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
            }
            try NativeModules.function(rt, d, "time") { _, _ in Value(double: clock(CLOCK_REALTIME)) }
            try NativeModules.function(rt, d, "perf_counter") { _, _ in Value(double: clock(CLOCK_MONOTONIC)) }
            try NativeModules.function(rt, d, "monotonic") { _, _ in Value(double: clock(CLOCK_MONOTONIC)) }
            try NativeModules.function(rt, d, "process_time") { _, _ in Value(double: clock(CLOCK_PROCESS_CPUTIME_ID)) }
            try NativeModules.function(rt, d, "time_ns") { rt, _ in try rt.ints.make(clockNanoseconds(CLOCK_REALTIME)) }
            try NativeModules.function(rt, d, "perf_counter_ns") { rt, _ in try rt.ints.make(clockNanoseconds(CLOCK_MONOTONIC)) }
            try NativeModules.function(rt, d, "monotonic_ns") { rt, _ in try rt.ints.make(clockNanoseconds(CLOCK_MONOTONIC)) }
            try NativeModules.function(rt, d, "sleep") { rt, args in
                try Builtins.exactly(1, "sleep", args)
                let seconds = args[0].isDouble ? args[0].asDouble : Double(try BuiltinMethods.index(rt, args[0]))
                if seconds < 0 { throw PythonError("ValueError", "sleep length must be non-negative") }
                rt.flush()
                var request = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - seconds.rounded(.down)) * 1e9))
                var remaining = timespec()
                while nanosleep(&request, &remaining) != 0 && errno == EINTR {
                    try rt.serviceSignals()
                    request = remaining
                }
                return .none
            }
        }
    }
}
