#if canImport(Glibc)
import Glibc
#endif

/// os and os.path essentials: environment, working directory, files and
/// directories, path manipulation (POSIX rules, as posixpath).
enum OSModule {
    static func oserror(_ rt: Runtime, _ path: Value) throws -> PythonError {
        let code = errno
        return PythonError.os(OSErrors.typeName(errno: code), errno: code, strerror: String(cString: strerror(code)), filename: path, shown: try rt.repr(path))
    }

    static func string(_ rt: Runtime, _ v: Value, _ function: String) throws -> String {
        guard StrObject.isStr(v) else {
            throw PythonError("TypeError", "\(function): path should be string, bytes or os.PathLike, not \(rt.typeName(v))")
        }
        return rt.swiftString(v)
    }

    static func make(_ rt: Runtime) throws -> Value {
        let m = try NativeModules.module(rt, "os") { rt, d in
            try NativeModules.value(rt, d, "sep", try rt.intern("/"))
            try NativeModules.value(rt, d, "linesep", try rt.intern("\n"))
            try NativeModules.value(rt, d, "name", try rt.intern("posix"))
            try NativeModules.value(rt, d, "curdir", try rt.intern("."))
            try NativeModules.value(rt, d, "pardir", try rt.intern(".."))
            try rt.withTemporaryRoots(1) { roots in
                roots[0] = try rt.newDict()
                var p = environ
                while let entry = p.pointee {
                    let s = String(cString: entry)
                    if let eq = s.firstIndex(of: "=") {
                        try DictObject.set(rt.heap, roots[0].asObject, try rt.makeStr(String(s[..<eq])),
                                           try rt.makeStr(String(s[s.index(after: eq)...])), rt.ops)
                    }
                    p += 1
                }
                try NativeModules.value(rt, d, "environ", roots[0])
            }
            try NativeModules.function(rt, d, "getenv") { rt, args in
                guard args.count == 1 || args.count == 2 else { throw PythonError("TypeError", "getenv() takes 1 or 2 arguments") }
                let name = try string(rt, args[0], "getenv")
                if let v = getenv(name) { return try rt.makeStr(String(cString: v)) }
                return args.count == 2 ? args[1] : .none
            }
            try NativeModules.function(rt, d, "fspath") { rt, args in
                try Builtins.exactly(1, "fspath", args)
                let path = args[0]
                if StrObject.isStr(path) || BytesObject.isBytes(path) { return path }
                guard let method = try TypeObject.lookup(rt, rt.typeOf(path).asObject, try rt.intern("__fspath__")) else {
                    throw PythonError("TypeError", "expected str, bytes or os.PathLike object, not \(rt.typeName(path))")
                }
                let result = try rt.call(method, [path])
                guard StrObject.isStr(result) || BytesObject.isBytes(result) else {
                    throw PythonError("TypeError", "expected \(rt.typeName(path)).__fspath__() to return str or bytes, not \(rt.typeName(result))")
                }
                return result
            }
            try NativeModules.function(rt, d, "getcwd") { rt, _ in
                var buffer = [CChar](repeating: 0, count: 4096)
                guard getcwd(&buffer, buffer.count) != nil else { throw PythonError("OSError", "getcwd failed") }
                return try rt.makeStr(String(cString: buffer))
            }
            try NativeModules.function(rt, d, "remove") { rt, args in
                try Builtins.exactly(1, "remove", args)
                if unlink(try string(rt, args[0], "remove")) != 0 { throw try oserror(rt, args[0]) }
                return .none
            }
            try NativeModules.function(rt, d, "mkdir") { rt, args in
                if mkdir(try string(rt, args[0], "mkdir"), 0o777) != 0 { throw try oserror(rt, args[0]) }
                return .none
            }
            try NativeModules.function(rt, d, "rmdir") { rt, args in
                if rmdir(try string(rt, args[0], "rmdir")) != 0 { throw try oserror(rt, args[0]) }
                return .none
            }
            try NativeModules.function(rt, d, "listdir") { rt, args in
                let path = args.isEmpty ? "." : try string(rt, args[0], "listdir")
                guard let dir = opendir(path) else { throw try oserror(rt, args.isEmpty ? try rt.makeStr(".") : args[0]) }
                defer { closedir(dir) }
                var names: [String] = []
                while let entry = readdir(dir) {
                    let name = withUnsafePointer(to: entry.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
                    if name != "." && name != ".." { names.append(name) }
                }
                return try rt.withTemporaryRoots(2) { roots in
                    roots[0] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
                    for n in names {
                        roots[1] = try rt.makeStr(n)
                        try ListObject.append(rt, roots[0].asObject, roots[1])
                    }
                    return roots[0]
                }
            }
            try NativeModules.function(rt, d, "urandom") { rt, args in
                try Builtins.exactly(1, "urandom", args)
                let n = try BuiltinMethods.index(rt, args[0])
                if n < 0 { throw PythonError("ValueError", "negative argument not allowed") }
                var bytes = [UInt8](repeating: 0, count: n)
                let fd = open("/dev/urandom", O_RDONLY)
                guard fd >= 0 else {
                    throw PythonError.os("OSError", errno: errno, strerror: String(cString: strerror(errno)), filename: nil, shown: nil)
                }
                defer { close(fd) }
                var filled = 0
                while filled < n {
                    let got = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, n - filled) }
                    if got < 0 {
                        if errno == EINTR { continue }
                        throw PythonError.os("OSError", errno: errno, strerror: String(cString: strerror(errno)), filename: nil, shown: nil)
                    }
                    if got == 0 { break }
                    filled += got
                }
                return try BytesObject.make(rt, bytes)
            }
            try NativeModules.function(rt, d, "getpid") { _, _ in Value(uncheckedSmallInt: Int64(getpid())) }
            try NativeModules.function(rt, d, "kill") { rt, args in
                guard args.count == 2 else { throw PythonError("TypeError", "kill expected 2 arguments, got \(args.count)") }
                if kill(pid_t(try BuiltinMethods.index(rt, args[0])), Int32(try BuiltinMethods.index(rt, args[1]))) != 0 {
                    let code = errno
                    throw PythonError.os(OSErrors.typeName(errno: code), errno: code, strerror: String(cString: strerror(code)), filename: nil, shown: nil)
                }
                // A signal sent to this process is handled before kill returns, as in CPython.
                try rt.serviceSignals()
                return .none
            }
            for (name, value) in [("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2)] {
                try NativeModules.value(rt, d, name, Value(uncheckedSmallInt: Int64(value)))
            }
            let path = try OSPath.make(rt)
            try NativeModules.value(rt, d, "path", path)
            try OSStat.install(rt, d)
        }
        try rt.runEmbedded(OSStat.python, module: "os", globals: Value(object: ModuleObject.dict(m.asObject)))
        return m
    }
}

/// os.path (posixpath's rules).
enum OSPath {
    static func make(_ rt: Runtime) throws -> Value {
        let module = try NativeModules.module(rt, "posixpath") { rt, d in
            func pathFunction(_ name: String, _ f: @escaping (String) -> Value?) throws {
                try NativeModules.function(rt, d, name) { rt, args in
                    try Builtins.exactly(1, name, args)
                    let p = try OSModule.string(rt, args[0], name)
                    return f(p) ?? .none
                }
            }
            func mode(_ p: String) -> mode_t? {
                var s = Glibc.stat()
                return fstatat(AT_FDCWD, p, &s, 0) == 0 ? s.st_mode : nil
            }
            try pathFunction("exists") { p in .bool(mode(p) != nil) }
            try pathFunction("isfile") { p in .bool(mode(p).map { $0 & S_IFMT == S_IFREG } ?? false) }
            try pathFunction("isdir") { p in .bool(mode(p).map { $0 & S_IFMT == S_IFDIR } ?? false) }
            try pathFunction("isabs") { p in .bool(p.hasPrefix("/")) }
            for (name, field) in [("getsize", 0), ("getmtime", 1)] {
                try NativeModules.function(rt, d, name) { rt, args in
                    try Builtins.exactly(1, name, args)
                    let p = try OSModule.string(rt, args[0], name)
                    var s = Glibc.stat()
                    guard fstatat(AT_FDCWD, p, &s, 0) == 0 else {
                        let code = errno
                        throw PythonError.os(code == ENOENT ? "FileNotFoundError" : "OSError", errno: code,
                                             strerror: String(cString: strerror(code)), filename: args[0], shown: try rt.repr(args[0]))
                    }
                    if field == 0 { return try rt.ints.make(Int64(s.st_size)) }
                    return Value(double: Double(s.st_mtim.tv_sec) + Double(s.st_mtim.tv_nsec) / 1e9)
                }
            }
            try NativeModules.function(rt, d, "basename") { rt, args in
                let p = try OSModule.string(rt, args[0], "basename")
                return try rt.makeStr(p.lastIndex(of: "/").map { String(p[p.index(after: $0)...]) } ?? p)
            }
            try NativeModules.function(rt, d, "dirname") { rt, args in
                let p = try OSModule.string(rt, args[0], "dirname")
                guard let i = p.lastIndex(of: "/") else { return try rt.makeStr("") }
                var head = String(p[...i])
                if head != String(repeating: "/", count: head.count) { while head.hasSuffix("/") { head.removeLast() } }
                return try rt.makeStr(head)
            }
            try NativeModules.function(rt, d, "join") { rt, args in
                guard !args.isEmpty else { throw PythonError("TypeError", "join() missing 1 required positional argument: 'a'") }
                var result = try OSModule.string(rt, args[0], "join")
                for a in args.dropFirst() {
                    let b = try OSModule.string(rt, a, "join")
                    if b.hasPrefix("/") { result = b } else if result.isEmpty || result.hasSuffix("/") { result += b } else { result += "/" + b }
                }
                return try rt.makeStr(result)
            }
            try NativeModules.function(rt, d, "split") { rt, args in
                let p = try OSModule.string(rt, args[0], "split")
                guard let i = p.lastIndex(of: "/") else { return try rt.tuple([try rt.makeStr(""), args[0]]) }
                var head = String(p[...i])
                if head != String(repeating: "/", count: head.count) { while head.hasSuffix("/") { head.removeLast() } }
                return try rt.withTemporaryRoots(2) { roots in
                    roots[0] = try rt.makeStr(head)
                    roots[1] = try rt.makeStr(String(p[p.index(after: i)...]))
                    return try rt.tuple([roots[0], roots[1]])
                }
            }
            try NativeModules.function(rt, d, "splitext") { rt, args in
                let p = try OSModule.string(rt, args[0], "splitext")
                let nameStart = p.lastIndex(of: "/").map { p.index(after: $0) } ?? p.startIndex
                let name = p[nameStart...]
                let leadingDots = name.prefix { $0 == "." }.count
                if let dot = name.lastIndex(of: "."), name.distance(from: name.startIndex, to: dot) >= leadingDots, dot != name.startIndex || leadingDots == 0 {
                    if name.distance(from: name.startIndex, to: dot) > 0 && name[name.startIndex..<dot].contains(where: { $0 != "." }) {
                        return try rt.withTemporaryRoots(2) { roots in
                            roots[0] = try rt.makeStr(String(p[..<dot]))
                            roots[1] = try rt.makeStr(String(p[dot...]))
                            return try rt.tuple([roots[0], roots[1]])
                        }
                    }
                }
                return try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try rt.makeStr("")
                    return try rt.tuple([args[0], roots[0]])
                }
            }
            try NativeModules.function(rt, d, "abspath") { rt, args in
                let p = try OSModule.string(rt, args[0], "abspath")
                var full = p
                if !p.hasPrefix("/") {
                    var buffer = [CChar](repeating: 0, count: 4096)
                    _ = getcwd(&buffer, buffer.count)
                    full = String(cString: buffer) + "/" + p
                }
                return try rt.makeStr(normalize(full))
            }
            try NativeModules.function(rt, d, "normpath") { rt, args in
                try rt.makeStr(normalize(try OSModule.string(rt, args[0], "normpath")))
            }
        }
        try rt.runEmbedded(pythonPart, module: "posixpath", globals: Value(object: ModuleObject.dict(module.asObject)))
        return module
    }

    /// The pure string rules of posixpath, clearest in Python.
    static let pythonPart = """
    sep = "/"
    altsep = None
    curdir = "."
    pardir = ".."
    extsep = "."
    pathsep = ":"
    defpath = "/bin:/usr/bin"
    devnull = "/dev/null"
    supports_unicode_filenames = False

    def _text(p, function):
        if isinstance(p, (str, bytes)):
            return p
        fspath = getattr(type(p), "__fspath__", None)
        if fspath is None:
            raise TypeError(f"{function}: path should be string, bytes or os.PathLike, not {type(p).__name__}")
        return fspath(p)

    def normcase(s):
        # POSIX file names are case-sensitive: only the type is checked.
        return _text(s, "normcase")

    def splitdrive(p):
        p = _text(p, "splitdrive")
        return p[:0], p

    def commonprefix(m):
        if not m:
            return ""
        low, high = min(m), max(m)
        for i, c in enumerate(low):
            if c != high[i]:
                return low[:i]
        return low

    def relpath(path, start=None):
        if not path:
            raise ValueError("no path specified")
        path = _text(path, "relpath")
        start = curdir if start is None else _text(start, "relpath")
        here = [x for x in abspath(start).split(sep) if x]
        there = [x for x in abspath(path).split(sep) if x]
        shared = len(commonprefix([here, there]))
        parts = [pardir] * (len(here) - shared) + there[shared:]
        return join(*parts) if parts else curdir

    def expanduser(path):
        path = _text(path, "expanduser")
        if not path.startswith("~"):
            return path
        end = path.find(sep, 1)
        if end < 0:
            end = len(path)
        if end != 1:
            # ~user needs the password database, which tiercel does not read yet.
            return path
        import os
        home = os.environ.get("HOME")
        if home is None:
            return path
        return (home.rstrip(sep) or sep) + path[end:]
    """

    /// posixpath.normpath.
    static func normalize(_ p: String) -> String {
        if p.isEmpty { return "." }
        let initialSlashes = p.hasPrefix("//") && !p.hasPrefix("///") ? 2 : (p.hasPrefix("/") ? 1 : 0)
        var parts: [Substring] = []
        for c in p.split(separator: "/", omittingEmptySubsequences: true) where c != "." {
            if c == ".." && (initialSlashes == 0 && parts.isEmpty || parts.last == "..") {
                parts.append(c)
            } else if c == ".." {
                if !parts.isEmpty { parts.removeLast() }
            } else {
                parts.append(c)
            }
        }
        let joined = parts.joined(separator: "/")
        let result = String(repeating: "/", count: initialSlashes) + joined
        return result.isEmpty ? "." : result
    }
}
