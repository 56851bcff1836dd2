/// The built-in error handlers as the functions `codecs.lookup_error`
/// returns, for Python code that calls them with an exception itself (the
/// codecs apply them without a call, in CodecErrors).
enum ErrorHandlerFunctions {
    private enum Kind { case encode, decode, translate }

    static func install(_ rt: Runtime, _ d: UnsafeMutableRawPointer) throws {
        try NativeModules.function(rt, d, "strict_errors") { rt, args in
            guard args.count == 1 else { throw PythonError("TypeError", "strict_errors() takes exactly one argument (\(args.count) given)") }
            guard ExceptionObject.isInstance(args[0]) else { throw PythonError("TypeError", "codec must pass exception instance") }
            throw RaisedException(value: args[0])
        }
        let handlers: [(String, (Runtime, Kind, Value, Int, Int) throws -> [UInt32])] = [
            ("ignore_errors", { _, _, _, _, _ in [] }),
            ("replace_errors", { _, kind, _, start, end in
                kind == .encode ? [UInt32](repeating: 0x3F, count: end - start)
                                : [UInt32](repeating: 0xFFFD, count: kind == .decode ? 1 : end - start)
            }),
            ("backslashreplace_errors", { _, kind, object, start, end in
                kind == .decode ? (BytesObject.array(object) ?? [])[start..<end].flatMap { Codecs.escape(UInt32($0)).unicodeScalars.map(\.value) }
                                : StrObject.codePoints(object.asObject)[start..<end].flatMap { Codecs.escape($0).unicodeScalars.map(\.value) }
            }),
            ("xmlcharrefreplace_errors", { rt, kind, object, start, end in
                guard kind == .encode else { throw unhandled(rt, kind) }
                return StrObject.codePoints(object.asObject)[start..<end].flatMap { "&#\($0);".unicodeScalars.map(\.value) }
            }),
            ("namereplace_errors", { rt, kind, object, start, end in
                guard kind == .encode else { throw unhandled(rt, kind) }
                return StrObject.codePoints(object.asObject)[start..<end].flatMap { CodecErrors.nameEscape($0).unicodeScalars.map(\.value) }
            }),
        ]
        for (name, replacement) in handlers {
            try NativeModules.function(rt, d, name) { rt, args in
                let (kind, object, start, end) = try unpack(rt, name, args)
                return try answer(rt, try StrMethods.make(rt, try replacement(rt, kind, object, start, end)), end)
            }
        }
        for name in ["surrogateescape", "surrogatepass"] {
            try NativeModules.function(rt, d, name) { rt, args in
                let (kind, object, start, end) = try unpack(rt, name, args)
                let exception = args[0]
                switch kind {
                case .encode:
                    let codes = StrObject.codePoints(object.asObject)
                    var out: [UInt8] = []
                    let codec = name == "surrogatepass" ? Codecs.nativeCodec(rt.swiftString(try attribute(rt, exception, "encoding"))) : nil
                    for u in codes[start..<end] {
                        if name == "surrogateescape", (0xDC80...0xDCFF).contains(u) {
                            out.append(UInt8(u - 0xDC00))
                        } else if let codec, codec.isUTF, (0xD800...0xDFFF).contains(u) {
                            codec.append(u, &out)
                        } else {
                            throw RaisedException(value: exception)
                        }
                    }
                    return try answer(rt, try BytesObject.make(rt, out), end)
                case .decode:
                    let bytes = BytesObject.array(object) ?? []
                    var out: [UInt32] = []
                    let codec = name == "surrogatepass" ? Codecs.nativeCodec(rt.swiftString(try attribute(rt, exception, "encoding"))) : nil
                    let resume = try CodecErrors.decodeFailure(rt, CodecFailure(encoding: "", start: start, end: end, reason: ""),
                                                               bytes, name, into: &out, codec: codec)
                    return try answer(rt, try StrMethods.make(rt, out), resume)
                case .translate:
                    throw unhandled(rt, kind)
                }
            }
        }
    }

    private static func attribute(_ rt: Runtime, _ v: Value, _ name: String) throws -> Value {
        try rt.getAttr(v, try rt.intern(name))
    }

    private static func unhandled(_ rt: Runtime, _ kind: Kind) -> PythonError {
        let type = kind == .encode ? "UnicodeEncodeError" : (kind == .decode ? "UnicodeDecodeError" : "UnicodeTranslateError")
        return PythonError("TypeError", "don't know how to handle \(type) in error callback")
    }

    private static func unpack(_ rt: Runtime, _ name: String, _ args: UnsafeBufferPointer<Value>) throws -> (Kind, Value, Int, Int) {
        guard args.count == 1 else { throw PythonError("TypeError", "\(name)() takes exactly one argument (\(args.count) given)") }
        let e = args[0]
        var kind: Kind? = nil
        for (k, type) in [(Kind.encode, "UnicodeEncodeError"), (.decode, "UnicodeDecodeError"), (.translate, "UnicodeTranslateError")] {
            if let t = try? rt.builtin(type), try rt.isInstance(e, t) { kind = k; break }
        }
        guard let kind else {
            throw PythonError("TypeError", "don't know how to handle \(rt.typeName(e)) in error callback")
        }
        let object = try attribute(rt, e, "object")
        let start = try BuiltinMethods.index(rt, try attribute(rt, e, "start"))
        let end = try BuiltinMethods.index(rt, try attribute(rt, e, "end"))
        let length = kind == .decode ? (BytesObject.view(object)?.count ?? 0) : (StrObject.isStr(object) ? StrObject.length(object.asObject) : 0)
        return (kind, object, max(0, min(start, length)), max(0, min(end, length)))
    }

    private static func answer(_ rt: Runtime, _ replacement: Value, _ position: Int) throws -> Value {
        try rt.withTemporaryRoots(1) { roots in
            roots[0] = replacement
            return try rt.tuple([roots[0], Value(uncheckedSmallInt: Int64(position))])
        }
    }
}
