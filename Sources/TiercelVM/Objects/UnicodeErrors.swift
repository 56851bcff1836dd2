/// UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: their
/// constructor's checks, their attributes (encoding, object, start, end,
/// reason) and the message CPython builds from them.
enum UnicodeErrors {
    private enum Kind { case encode, decode, translate }

    static func install(_ rt: Runtime) throws {
        for (name, kind) in [("UnicodeEncodeError", Kind.encode), ("UnicodeDecodeError", .decode), ("UnicodeTranslateError", .translate)] {
            let type = try rt.builtin(name)
            try rt.defineMethod(type, "__init__") { rt, args in
                let e = args[0].asObject
                let given = Array(args.dropFirst())
                ValueVector.values(e)[ExceptionObject.argsField] = try rt.tuple(given)
                let expected = kind == .translate ? 4 : 5
                guard given.count == expected else {
                    throw PythonError("TypeError", "function takes exactly \(expected) arguments (\(given.count) given)")
                }
                let fields = kind == .translate ? ["object", "start", "end", "reason"] : ["encoding", "object", "start", "end", "reason"]
                for (i, field) in fields.enumerated() {
                    var v = given[i]
                    switch field {
                    case "encoding", "reason":
                        guard StrObject.isStr(v) else { throw argument(rt, i, "str", v) }
                    case "object" where kind == .decode:
                        guard let bytes = BytesObject.array(v) else {
                            throw PythonError("TypeError", "argument \(i + 1) must be bytes-like object, not '\(rt.typeName(v))'")
                        }
                        if !BytesObject.isBytes(v) { v = try BytesObject.make(rt, bytes) }
                    case "object":
                        guard StrObject.isStr(v) else { throw argument(rt, i, "str", v) }
                    default:
                        guard IntArithmetic.isInt(v) else {
                            throw PythonError("TypeError", "'\(rt.typeName(v))' object cannot be interpreted as an integer")
                        }
                    }
                    try Instance.set(rt, e, try rt.intern(field), v)
                }
                if kind == .translate { try Instance.set(rt, e, try rt.intern("encoding"), .none) }
                return .none
            }
        }
    }

    /// The message of a Unicode error made with its five (or four) arguments; nil for any other exception.
    static func describe(_ rt: Runtime, _ e: Value) throws -> String? {
        guard rt.isException(e, "UnicodeError") else { return nil }
        for (name, kind) in [("UnicodeEncodeError", Kind.encode), ("UnicodeDecodeError", .decode), ("UnicodeTranslateError", .translate)]
        where rt.isException(e, name) {
            return try message(rt, e, kind)
        }
        return nil
    }

    private static func argument(_ rt: Runtime, _ i: Int, _ what: String, _ v: Value) -> PythonError {
        PythonError("TypeError", "argument \(i + 1) must be \(what), not \(rt.typeName(v))")
    }

    private static func message(_ rt: Runtime, _ e: Value, _ kind: Kind) throws -> String? {
        func field(_ name: String) throws -> Value? { try Instance.get(rt, e.asObject, try rt.intern(name)) }
        guard let object = try field("object"), let startValue = try field("start"), let endValue = try field("end"),
              let reasonValue = try field("reason") else { return nil }
        let reason = try rt.str(reasonValue)
        let size = kind == .decode ? (BytesObject.view(object)?.count ?? 0) : (StrObject.isStr(object) ? StrObject.length(object.asObject) : 0)
        // CPython clamps the positions into the object before describing them.
        var start = try BuiltinMethods.index(rt, startValue), end = try BuiltinMethods.index(rt, endValue)
        start = max(0, min(start, max(0, size - 1)))
        end = max(1, min(end, size))
        let prefix = kind == .translate ? "can't translate" : "'\(try rt.str(try field("encoding") ?? .none))' codec can't \(kind == .encode ? "encode" : "decode")"
        if start < size && end == start + 1 {
            if kind == .decode {
                let b = BytesObject.view(object)![start]
                let hex = String(b, radix: 16)
                return "\(prefix) byte 0x\(hex.count == 1 ? "0" : "")\(hex) in position \(start): \(reason)"
            }
            let u = StrObject.codePoints(object.asObject)[start]
            return "\(prefix) character '\(Codecs.escape(u))' in position \(start): \(reason)"
        }
        return "\(prefix) \(kind == .decode ? "bytes" : "characters") in position \(start)-\(end - 1): \(reason)"
    }
}
