/// Where a codec failed: what its UnicodeEncodeError or UnicodeDecodeError says.
struct CodecFailure {
    let encoding: String
    var start: Int
    var end: Int
    let reason: String
}

/// The error handlers of CPython's codecs (strict, ignore, replace,
/// backslashreplace, xmlcharrefreplace, namereplace, surrogateescape,
/// surrogatepass) applied in Swift, and any other name looked up in the
/// registry (`codecs.register_error`) and called with the exception.
enum CodecErrors {
    /// Handles an encoding failure, appending what replaces the run; returns
    /// where encoding resumes. `surrogatePass` encodes a surrogate, for the UTFs.
    static func encodeFailure(_ rt: Runtime, _ f: CodecFailure, _ codes: [UInt32], _ errors: String,
                              into out: inout [UInt8], encodable: (UInt32) -> Bool,
                              append: (UInt32, inout [UInt8]) -> Void,
                              surrogatePass: ((UInt32, inout [UInt8]) -> Void)?) throws -> Int {
        func emit(_ text: [UInt32]) throws {
            for u in text {
                guard encodable(u) else { throw try encodeError(rt, f, codes) }
                append(u, &out)
            }
        }
        let run = codes[f.start..<f.end]
        switch errors {
        case "strict":
            throw try encodeError(rt, f, codes)
        case "ignore":
            break
        case "replace":
            try emit([UInt32](repeating: 0x3F, count: run.count))
        case "backslashreplace":
            try emit(run.flatMap { Codecs.escape($0).unicodeScalars.map(\.value) })
        case "xmlcharrefreplace":
            try emit(run.flatMap { "&#\($0);".unicodeScalars.map(\.value) })
        case "namereplace":
            try emit(run.flatMap { nameEscape($0).unicodeScalars.map(\.value) })
        case "surrogateescape", "surrogatepass":
            var k = f.start
            while k < f.end {
                let u = codes[k]
                if errors == "surrogateescape", (0xDC80...0xDCFF).contains(u) {
                    out.append(UInt8(u - 0xDC00))
                } else if errors == "surrogatepass", let surrogatePass, (0xD800...0xDFFF).contains(u) {
                    surrogatePass(u, &out)
                } else {
                    break
                }
                k += 1
            }
            if k < f.end {
                var rest = f
                rest.start = k
                throw try encodeError(rt, rest, codes)
            }
        default:
            let (replacement, position) = try callHandler(rt, errors, try encodeErrorObject(rt, f, codes), length: codes.count,
                                                          decoding: false)
            if let bytes = BytesObject.array(replacement) {
                out += bytes
            } else {
                try emit(StrObject.codePoints(replacement.asObject))
            }
            return position
        }
        return f.end
    }

    /// Handles a decoding failure, appending what replaces the bytes; returns where decoding resumes.
    static func decodeFailure(_ rt: Runtime, _ f: CodecFailure, _ bytes: [UInt8], _ errors: String,
                              into out: inout [UInt32], codec: Codecs.Codec?) throws -> Int {
        switch errors {
        case "strict":
            throw try decodeError(rt, f, bytes)
        case "ignore":
            return f.end
        case "replace":
            out.append(0xFFFD)
            return f.end
        case "backslashreplace":
            for k in f.start..<f.end { out += Codecs.escape(UInt32(bytes[k])).unicodeScalars.map(\.value) }
            return f.end
        case "surrogateescape":
            var k = f.start
            while k < f.end, bytes[k] >= 0x80 {
                out.append(0xDC00 + UInt32(bytes[k]))
                k += 1
            }
            if k == f.start { throw try decodeError(rt, f, bytes) }
            return k
        case "surrogatepass":
            guard let codec, let (u, length) = encodedSurrogate(bytes, at: f.start, codec) else {
                throw try decodeError(rt, f, bytes)
            }
            out.append(u)
            return f.start + length
        case "xmlcharrefreplace", "namereplace":
            throw PythonError("TypeError", "don't know how to handle UnicodeDecodeError in error callback")
        default:
            let (replacement, position) = try callHandler(rt, errors, try decodeErrorObject(rt, f, bytes), length: bytes.count,
                                                          decoding: true)
            out += StrObject.codePoints(replacement.asObject)
            return position
        }
    }

    /// A surrogate written in `codec` at `i` (what surrogatepass decodes), and its length.
    private static func encodedSurrogate(_ b: [UInt8], at i: Int, _ codec: Codecs.Codec) -> (UInt32, Int)? {
        let u: UInt32, length: Int
        switch codec {
        case .utf8:
            guard i + 2 < b.count, b[i] == 0xED, (0xA0...0xBF).contains(b[i + 1]), (0x80...0xBF).contains(b[i + 2]) else {
                return nil
            }
            u = 0xD000 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
            length = 3
        case .utf16(let big):
            guard i + 1 < b.count else { return nil }
            u = big ? UInt32(b[i]) << 8 | UInt32(b[i + 1]) : UInt32(b[i + 1]) << 8 | UInt32(b[i])
            length = 2
        case .utf32(let big):
            guard i + 3 < b.count else { return nil }
            let w = b[i..<(i + 4)].map(UInt32.init)
            u = big ? w[0] << 24 | w[1] << 16 | w[2] << 8 | w[3] : w[3] << 24 | w[2] << 16 | w[1] << 8 | w[0]
            length = 4
        default:
            return nil
        }
        return (0xD800...0xDFFF).contains(u) ? (u, length) : nil
    }

    /// `\N{NAME}` for a named character, else its backslash escape.
    static func nameEscape(_ u: UInt32) -> String {
        if let s = Unicode.Scalar(u), let name = s.properties.name ?? s.properties.nameAlias { return "\\N{\(name)}" }
        return Codecs.escape(u)
    }

    /// The handler registered as `name`, called with the exception; its
    /// replacement and where to resume, checked as CPython checks them.
    private static func callHandler(_ rt: Runtime, _ name: String, _ exception: Value, length: Int,
                                    decoding: Bool) throws -> (Value, Int) {
        try rt.withTemporaryRoots(2) { roots in
            roots[0] = exception
            let handler = try CodecRegistry.errorHandler(rt, name)
            roots[1] = try rt.call(handler, [roots[0]])
            let r = roots[1]
            let shape = decoding ? "decoding error handler must return (str, int) tuple"
                                 : "encoding error handler must return (str/bytes, int) tuple"
            guard TupleObject.isTuple(r), TupleObject.count(r.asObject) == 2 else { throw PythonError("TypeError", shape) }
            let replacement = TupleObject.items(r.asObject)[0], pos = TupleObject.items(r.asObject)[1]
            guard StrObject.isStr(replacement) || (!decoding && BytesObject.isBytes(replacement)),
                  pos.isSmallInt || IntArithmetic.isBigInt(pos) else {
                throw PythonError("TypeError", shape)
            }
            var position = try BuiltinMethods.index(rt, pos)
            if position < 0 { position += length }
            guard position >= 0 && position <= length else {
                throw PythonError("IndexError", "position \(position) from error handler out of bounds")
            }
            return (replacement, position)
        }
    }

    // MARK: The exceptions

    static func encodeErrorObject(_ rt: Runtime, _ f: CodecFailure, _ codes: [UInt32]) throws -> Value {
        try errorObject(rt, "UnicodeEncodeError", f) { try StrMethods.make(rt, codes) }
    }

    static func decodeErrorObject(_ rt: Runtime, _ f: CodecFailure, _ bytes: [UInt8]) throws -> Value {
        try errorObject(rt, "UnicodeDecodeError", f) { try BytesObject.make(rt, bytes) }
    }

    /// type(encoding, object, start, end, reason), `object` made by `input`.
    private static func errorObject(_ rt: Runtime, _ type: String, _ f: CodecFailure, _ input: () throws -> Value) throws -> Value {
        try rt.withTemporaryRoots(3) { roots in
            roots[0] = try rt.makeStr(f.encoding)
            roots[1] = try input()
            roots[2] = try rt.makeStr(f.reason)
            return try rt.call(try rt.builtin(type),
                               [roots[0], roots[1], Value(uncheckedSmallInt: Int64(f.start)), Value(uncheckedSmallInt: Int64(f.end)), roots[2]])
        }
    }

    static func encodeError(_ rt: Runtime, _ f: CodecFailure, _ codes: [UInt32]) throws -> RaisedException {
        RaisedException(value: try encodeErrorObject(rt, f, codes))
    }

    static func decodeError(_ rt: Runtime, _ f: CodecFailure, _ bytes: [UInt8]) throws -> RaisedException {
        RaisedException(value: try decodeErrorObject(rt, f, bytes))
    }
}
