#if canImport(Glibc)
import Glibc
#endif

/// OSError's errno-to-subclass map (CPython's errnomap): `OSError(2, ...)`
/// is a FileNotFoundError, and so is a failed open() of a missing file.
/// And the OSError constructor's argument rules: (errno, strerror[,
/// filename[, winerror, filename2]]), where a file name moves out of args.
enum OSErrors {
    static func typeName(errno code: Int32) -> String {
        switch code {
        case EAGAIN, EALREADY, EWOULDBLOCK, EINPROGRESS: return "BlockingIOError"
        case ECHILD: return "ChildProcessError"
        case EPIPE, ESHUTDOWN: return "BrokenPipeError"
        case ECONNABORTED: return "ConnectionAbortedError"
        case ECONNREFUSED: return "ConnectionRefusedError"
        case ECONNRESET: return "ConnectionResetError"
        case EEXIST: return "FileExistsError"
        case ENOENT: return "FileNotFoundError"
        case EISDIR: return "IsADirectoryError"
        case ENOTDIR: return "NotADirectoryError"
        case EINTR: return "InterruptedError"
        case EACCES, EPERM: return "PermissionError"
        case ESRCH: return "ProcessLookupError"
        case ETIMEDOUT: return "TimeoutError"
        default: return "OSError"
        }
    }

    /// `type(*args)` for OSError and its subclasses.
    static func instance(_ rt: Runtime, type: Value, args: [Value]) throws -> Value {
        var t = type
        let osError = try rt.builtin("OSError")
        if type.bits == osError.bits, (2...5).contains(args.count), args[0].isSmallInt,
           let code = Int32(exactly: args[0].asSmallInt), typeName(errno: code) != "OSError" {
            t = try rt.builtin(typeName(errno: code))
        }
        guard (2...5).contains(args.count), args.count >= 3, !args[2].isNone else {
            return try ExceptionObject.instance(rt, type: t, args: args)
        }
        return try rt.withTemporaryRoots(1) { roots in
            roots[0] = try ExceptionObject.instance(rt, type: t, args: Array(args[0..<2]))
            try Instance.set(rt, roots[0].asObject, try rt.intern("filename"), args[2])
            if args.count == 5 { try Instance.set(rt, roots[0].asObject, try rt.intern("filename2"), args[4]) }
            return roots[0]
        }
    }
}
