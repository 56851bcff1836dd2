/// The charmap codec behind the `encodings` package's 8-bit code pages:
/// decoding through a 256-character table (or any mapping), encoding
/// through the dict `charmap_build` makes from such a table (or any mapping).
enum CharmapCodec {
    static func install(_ rt: Runtime, _ d: UnsafeMutableRawPointer) throws {
        try NativeModules.function(rt, d, "charmap_build") { rt, args in
            try CodecsModule.arguments(rt, "charmap_build", args, 1...1)
            let table = try CodecsModule.str(rt, "charmap_build", args, 0)
            return try rt.withTemporaryRoots(1) { roots in
                roots[0] = try rt.newDict()
                for (i, u) in table.enumerated() {
                    try DictObject.set(rt.heap, roots[0].asObject, Value(uncheckedSmallInt: Int64(u)),
                                       Value(uncheckedSmallInt: Int64(i)), rt.ops)
                }
                return roots[0]
            }
        }
        try NativeModules.function(rt, d, "charmap_decode") { rt, args in
            try CodecsModule.arguments(rt, "charmap_decode", args, 1...3)
            let bytes = try CodecsModule.data(rt, args, 0)
            let errors = try CodecsModule.errors(rt, "charmap_decode", args, 1)
            guard args.count > 2, !args[2].isNone else {
                return try CodecsModule.decoded(rt, try Codecs.decode(rt, bytes, .latin1, errors: errors, final: true).text, bytes.count)
            }
            return try CodecsModule.decoded(rt, try decode(rt, bytes, args[2], errors), bytes.count)
        }
        try NativeModules.function(rt, d, "charmap_encode") { rt, args in
            try CodecsModule.arguments(rt, "charmap_encode", args, 1...3)
            let text = try CodecsModule.str(rt, "charmap_encode", args, 0)
            let errors = try CodecsModule.errors(rt, "charmap_encode", args, 1)
            guard args.count > 2, !args[2].isNone else {
                return try CodecsModule.encoded(rt, try Codecs.encode(rt, text, .latin1, errors: errors), text.count)
            }
            return try CodecsModule.encoded(rt, try encode(rt, text, args[2], errors), text.count)
        }
    }

    /// mapping[key], or nil where CPython's charmap finds no entry (a LookupError or None).
    private static func entry(_ rt: Runtime, _ mapping: Value, _ key: Int) throws -> Value? {
        let k = Value(uncheckedSmallInt: Int64(key))
        if DictObject.isDict(mapping) && mapping.asObject.objectHeader.pointee.classWord == 0 {
            let v = try DictObject.get(mapping.asObject, k, rt.ops)
            return v?.isNone == false ? v : nil
        }
        do {
            let v = try rt.getItem(mapping, k)
            return v.isNone ? nil : v
        } catch let e as PythonError where ["LookupError", "KeyError", "IndexError"].contains(e.type) {
            return nil
        } catch let e as RaisedException {
            if try rt.isInstance(e.value, try rt.builtin("LookupError")) { return nil }
            throw e
        }
    }

    private static func decode(_ rt: Runtime, _ bytes: [UInt8], _ mapping: Value, _ errors: String) throws -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(bytes.count)
        let table: [UInt32]? = StrObject.isStr(mapping) ? StrObject.codePoints(mapping.asObject) : nil
        var i = 0
        while i < bytes.count {
            let b = Int(bytes[i])
            var mapped: [UInt32]? = nil
            if let table {
                if b < table.count && table[b] != 0xFFFE { mapped = [table[b]] }
            } else if let v = try entry(rt, mapping, b) {
                if StrObject.isStr(v) {
                    let codes = StrObject.codePoints(v.asObject)
                    mapped = codes == [0xFFFE] ? nil : codes
                } else if v.isSmallInt || IntArithmetic.isBigInt(v) {
                    let u = try BuiltinMethods.index(rt, v)
                    guard u >= 0 && u <= 0x10FFFF else {
                        throw PythonError("TypeError", "character mapping must be in range(0x110000)")
                    }
                    mapped = u == 0xFFFE ? nil : [UInt32(u)]
                } else {
                    throw PythonError("TypeError", "character mapping must return integer, None or str")
                }
            }
            if let mapped {
                out += mapped
                i += 1
            } else {
                i = try CodecErrors.decodeFailure(rt, CodecFailure(encoding: "charmap", start: i, end: i + 1,
                                                                   reason: "character maps to <undefined>"),
                                                  bytes, errors, into: &out, codec: nil)
            }
        }
        return out
    }

    private static func encode(_ rt: Runtime, _ text: [UInt32], _ mapping: Value, _ errors: String) throws -> [UInt8] {
        // Every character that may be written, looked up once: the input's and
        // the ASCII that error handlers write.
        var known: [UInt32: [UInt8]?] = [:]
        func lookup(_ u: UInt32) throws {
            guard known[u] == nil else { return }
            guard let v = try entry(rt, mapping, Int(u)) else {
                known[u] = .some(nil)
                return
            }
            if let bytes = BytesObject.array(v), BytesObject.isBytes(v) {
                known[u] = bytes
            } else if v.isSmallInt || IntArithmetic.isBigInt(v) {
                let b = try BuiltinMethods.index(rt, v)
                guard b >= 0 && b <= 255 else { throw PythonError("TypeError", "character mapping must be in range(256)") }
                known[u] = [UInt8(b)]
            } else {
                throw PythonError("TypeError", "character mapping must return integer, bytes or None, not \(rt.typeName(v))")
            }
        }
        for u in text { try lookup(u) }
        for u in UInt32(0x20)..<0x7F { try lookup(u) }
        let encodable: (UInt32) -> Bool = { u in (known[u] ?? nil) != nil }
        var out: [UInt8] = []
        var i = 0
        while i < text.count {
            if let bytes = known[text[i]] ?? nil {
                out += bytes
                i += 1
                continue
            }
            var end = i + 1
            while end < text.count, !encodable(text[end]) { end += 1 }
            i = try CodecErrors.encodeFailure(rt, CodecFailure(encoding: "charmap", start: i, end: end, reason: "character maps to <undefined>"),
                                              text, errors, into: &out, encodable: encodable,
                                              append: { u, out in out += (known[u] ?? nil) ?? [] }, surrogatePass: nil)
        }
        return out
    }
}
