import CTiercelVMSupport
#if canImport(Glibc)
import Glibc
#endif

/// _signal, under the host library's signal.py: handlers written in Python
/// run from the eval breaker (Runtime.serviceSignals) at the next loop back
/// edge, or at once when the signal interrupts a sleep or comes from
/// raise_signal/os.kill of this process.
enum SignalModule {
    static let numbers: [(String, Int32)] = [
        ("SIGHUP", SIGHUP), ("SIGINT", SIGINT), ("SIGQUIT", SIGQUIT), ("SIGILL", SIGILL), ("SIGTRAP", SIGTRAP),
        ("SIGABRT", SIGABRT), ("SIGIOT", SIGIOT), ("SIGBUS", SIGBUS), ("SIGFPE", SIGFPE), ("SIGKILL", SIGKILL),
        ("SIGUSR1", SIGUSR1), ("SIGSEGV", SIGSEGV), ("SIGUSR2", SIGUSR2), ("SIGPIPE", SIGPIPE), ("SIGALRM", SIGALRM),
        ("SIGTERM", SIGTERM), ("SIGSTKFLT", SIGSTKFLT), ("SIGCHLD", SIGCHLD), ("SIGCLD", SIGCHLD), ("SIGCONT", SIGCONT),
        ("SIGSTOP", SIGSTOP), ("SIGTSTP", SIGTSTP), ("SIGTTIN", SIGTTIN), ("SIGTTOU", SIGTTOU), ("SIGURG", SIGURG),
        ("SIGXCPU", SIGXCPU), ("SIGXFSZ", SIGXFSZ), ("SIGVTALRM", SIGVTALRM), ("SIGPROF", SIGPROF),
        ("SIGWINCH", SIGWINCH), ("SIGIO", SIGIO), ("SIGPOLL", SIGPOLL), ("SIGPWR", SIGPWR), ("SIGSYS", SIGSYS),
        ("SIGRTMIN", 34), ("SIGRTMAX", 64),
    ]
    static let count: Int32 = 65

    static func make(_ rt: Runtime) throws -> Value {
        if rt.signalHandlers.isNone { rt.signalHandlers = rt.pin(try rt.newDict()) }
        return try NativeModules.module(rt, "_signal") { rt, d in
            for (name, n) in numbers { try NativeModules.value(rt, d, name, Value(uncheckedSmallInt: Int64(n))) }
            for (name, n) in [("NSIG", count), ("SIG_DFL", 0), ("SIG_IGN", 1), ("SIG_BLOCK", 0), ("SIG_UNBLOCK", 1),
                              ("SIG_SETMASK", 2), ("ITIMER_REAL", 0), ("ITIMER_VIRTUAL", 1), ("ITIMER_PROF", 2)] {
                try NativeModules.value(rt, d, name, Value(uncheckedSmallInt: Int64(n)))
            }
            try NativeModules.function(rt, d, "default_int_handler") { _, _ in throw PythonError("KeyboardInterrupt", "") }
            rt.defaultIntHandler = rt.pin(try DictObject.get(d, try rt.intern("default_int_handler"), rt.ops)!)
            // The CLI catches SIGINT at startup: that is default_int_handler's doing in CPython.
            if tiercel_signal_is_caught(SIGINT) != 0 {
                try DictObject.set(rt.heap, rt.signalHandlers.asObject, Value(uncheckedSmallInt: Int64(SIGINT)), rt.defaultIntHandler, rt.ops)
            }

            func number(_ rt: Runtime, _ v: Value) throws -> Int32 {
                let n = try BuiltinMethods.index(rt, v)
                guard n >= 1 && n < Int(count) else { throw PythonError("ValueError", "signal number out of range") }
                return Int32(n)
            }
            func current(_ rt: Runtime, _ n: Int32) throws -> Value {
                let key = Value(uncheckedSmallInt: Int64(n))
                if let h = try DictObject.get(rt.signalHandlers.asObject, key, rt.ops) { return h }
                return Value(uncheckedSmallInt: tiercel_signal_is_ignored(n) != 0 ? 1 : 0)
            }
            try NativeModules.function(rt, d, "getsignal") { rt, args in
                try Builtins.exactly(1, "getsignal", args)
                return try current(rt, try number(rt, args[0]))
            }
            try NativeModules.function(rt, d, "signal") { rt, args in
                guard args.count == 2 else { throw PythonError("TypeError", "signal expected 2 arguments, got \(args.count)") }
                let n = try number(rt, args[0])
                let handler = args[1], key = Value(uncheckedSmallInt: Int64(n))
                let old = try current(rt, n)
                let disposition = handler.isSmallInt ? handler.asSmallInt : -1
                guard try disposition == 0 || disposition == 1 || rt.isCallable(handler) else {
                    throw PythonError("TypeError", "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
                }
                let rc = disposition >= 0 ? tiercel_set_signal_disposition(n, Int32(disposition)) : tiercel_catch_signal(n)
                if rc != 0 { throw PythonError.os("OSError", errno: errno, strerror: String(cString: strerror(errno)), filename: nil, shown: nil) }
                if disposition >= 0 {
                    _ = try DictObject.delete(rt.signalHandlers.asObject, key, rt.ops)
                } else {
                    try DictObject.set(rt.heap, rt.signalHandlers.asObject, key, handler, rt.ops)
                }
                return old
            }
            try NativeModules.function(rt, d, "raise_signal") { rt, args in
                try Builtins.exactly(1, "raise_signal", args)
                if raise(try number(rt, args[0])) != 0 {
                    throw PythonError.os("OSError", errno: errno, strerror: String(cString: strerror(errno)), filename: nil, shown: nil)
                }
                try rt.serviceSignals()
                return .none
            }
            try NativeModules.function(rt, d, "alarm") { rt, args in
                try Builtins.exactly(1, "alarm", args)
                return Value(uncheckedSmallInt: Int64(Glibc.alarm(UInt32(clamping: try BuiltinMethods.index(rt, args[0])))))
            }
            try NativeModules.function(rt, d, "pause") { rt, _ in
                Glibc.pause()
                try rt.serviceSignals()
                return .none
            }
            try NativeModules.function(rt, d, "strsignal") { rt, args in
                try Builtins.exactly(1, "strsignal", args)
                guard let text = Glibc.strsignal(try number(rt, args[0])) else { return .none }
                return try rt.makeStr(String(cString: text))
            }
            try NativeModules.function(rt, d, "valid_signals") { rt, _ in
                try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try rt.call(rt.types.set, [])
                    for n in 1..<Int64(count) where n != 32 && n != 33 {
                        try SetObject.add(rt, roots[0].asObject, Value(uncheckedSmallInt: n))
                    }
                    return roots[0]
                }
            }
            try NativeModules.function(rt, d, "set_wakeup_fd", keywords: ["warn_on_full_buffer"]) { _, _ in Value(uncheckedSmallInt: -1) }
            try NativeModules.function(rt, d, "siginterrupt") { _, _ in .none }
        }
    }
}
