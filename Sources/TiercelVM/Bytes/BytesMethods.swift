/// The bytes and bytearray types: constructors and methods. Both share one
/// implementation over byte arrays; a method returns the receiver's type.
/// Searching and splitting reuse the str algorithms on byte values.
enum BytesMethods {
    typealias Bytes = [UInt8]

    /// A bytes-like argument's contents, or CPython's TypeError.
    static func argument(_ rt: Runtime, _ v: Value, _ message: String? = nil) throws -> Bytes {
        if let b = BytesObject.array(v) { return b }
        throw PythonError("TypeError", message ?? "a bytes-like object is required, not '\(rt.typeName(v))'")
    }

    /// Same type as `receiver`: bytes or bytearray.
    static func make(_ rt: Runtime, like receiver: Value, _ b: Bytes) throws -> Value {
        receiver.asObject.objectKind == .bytearray ? try ByteArrayObject.make(rt, b) : try BytesObject.make(rt, b)
    }

    static func codes(_ b: Bytes) -> [UInt32] { b.map { UInt32($0) } }
    static func bytes(_ c: [UInt32]) -> Bytes { c.map { UInt8($0) } }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (0x09...0x0D).contains(c) }
    static func isLower(_ c: UInt8) -> Bool { (0x61...0x7A).contains(c) }
    static func isUpper(_ c: UInt8) -> Bool { (0x41...0x5A).contains(c) }
    static func isDigit(_ c: UInt8) -> Bool { (0x30...0x39).contains(c) }
    static func lower(_ c: UInt8) -> UInt8 { isUpper(c) ? c + 32 : c }
    static func upper(_ c: UInt8) -> UInt8 { isLower(c) ? c - 32 : c }

    /// The bytes an int, an iterable of ints, or a bytes-like object stands for
    /// in bytes(x) / bytearray(x) / extend(x).
    static func fromObject(_ rt: Runtime, _ v: Value, typeName: String) throws -> Bytes {
        if let b = BytesObject.array(v) { return b }
        if v.isSmallInt || v.isBool || IntArithmetic.isBigInt(v) {
            let n = try BuiltinMethods.index(rt, v)
            if n < 0 { throw PythonError("ValueError", "negative count") }
            if n > 1 << 40 { throw PythonError("OverflowError", "cannot fit 'int' into an index-sized integer") }
            return Bytes(repeating: 0, count: n)
        }
        if StrObject.isStr(v) { throw PythonError("TypeError", "string argument without an encoding") }
        guard rt.isIterable(v) || (try? rt.userMethod(v, "__iter__")) != nil else {
            throw PythonError("TypeError", "cannot convert '\(rt.typeName(v))' object to \(typeName)")
        }
        return try rt.withTemporaryRoots(1) { roots in
            roots[0] = try rt.getIter(v)
            var out: Bytes = []
            while let x = try rt.nextOrNil(roots[0]) { out.append(try byteValue(rt, x, plural: typeName == "bytes")) }
            return out
        }
    }

    static func byteValue(_ rt: Runtime, _ x: Value, plural: Bool = false) throws -> UInt8 {
        let n = try BuiltinMethods.index(rt, try rt.requireIndex(x))
        guard (0...255).contains(n) else { throw PythonError("ValueError", "\(plural ? "bytes" : "byte") must be in range(0, 256)") }
        return UInt8(n)
    }

    /// bytes(...) and bytearray(...): (source, encoding, errors) with keywords.
    static func construct(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>, typeName: String) throws -> Bytes {
        var source: Value? = args.count > 0 ? args[0] : nil
        var encoding: Value? = args.count > 1 ? args[1] : nil
        var errors: Value? = args.count > 2 ? args[2] : nil
        if args.count > 3 {
            throw PythonError("TypeError", "\(typeName)() takes at most 3 arguments (\(args.count) given)")
        }
        for (k, v) in rt.pendingKeywords {
            switch k {
            case "source": source = v
            case "encoding": encoding = v
            default: errors = v
            }
        }
        guard let source else {
            if encoding != nil || errors != nil {
                throw PythonError("TypeError", encoding != nil ? "encoding without a string argument" : "errors without a string argument")
            }
            return []
        }
        if StrObject.isStr(source) {
            guard let encoding else { throw PythonError("TypeError", "string argument without an encoding") }
            let encoded = try Codecs.encodeText(rt, source, try text(rt, encoding, "\(typeName)() argument 'encoding'"),
                                                try errors.map { try text(rt, $0, "\(typeName)() argument 'errors'") } ?? "strict")
            return BytesObject.array(encoded) ?? []
        }
        if encoding != nil { throw PythonError("TypeError", "encoding without a string argument") }
        if errors != nil { throw PythonError("TypeError", "errors without a string argument") }
        if typeName == "bytes", let b = try bytesDunder(rt, source) { return BytesObject.array(b)! }
        return try fromObject(rt, source, typeName: typeName)
    }

    /// The result of `v.__bytes__()`, checked to be bytes; nil without the method.
    static func bytesDunder(_ rt: Runtime, _ v: Value) throws -> Value? {
        guard !BytesObject.isBytes(v), let m = try rt.userMethod(v, "__bytes__") else { return nil }
        let r = try rt.callSpecial(m, v, [])
        guard BytesObject.isBytes(r) else { throw PythonError("TypeError", "__bytes__ returned non-bytes (type \(rt.typeName(r)))") }
        return r
    }

    static func text(_ rt: Runtime, _ v: Value, _ what: String) throws -> String {
        guard StrObject.isStr(v) else { throw PythonError("TypeError", "\(what) must be str, not \(rt.typeName(v))") }
        return rt.swiftString(v)
    }

    static func hex(_ b: Bytes, separator: String? = nil, every: Int = 1) -> String {
        let digits = Array("0123456789abcdef")
        var groups: [String] = []
        var current = ""
        // Groups count from the right, as CPython's bytes.hex(sep, n) with n > 0.
        let lead = every > 0 ? b.count % every : 0
        for (i, c) in b.enumerated() {
            if separator != nil, i > 0, every > 0 ? (i - lead) % every == 0 : i % -every == 0 {
                groups.append(current)
                current = ""
            }
            current.append(digits[Int(c >> 4)])
            current.append(digits[Int(c & 15)])
        }
        groups.append(current)
        return groups.joined(separator: separator ?? "")
    }

    static func fromHex(_ rt: Runtime, _ s: [UInt32]) throws -> Bytes {
        var out: Bytes = []
        var i = 0
        func digit(_ c: UInt32) -> UInt8? {
            switch c {
            case 0x30...0x39: return UInt8(c - 0x30)
            case 0x61...0x66: return UInt8(c - 0x61 + 10)
            case 0x41...0x46: return UInt8(c - 0x41 + 10)
            default: return nil
            }
        }
        while i < s.count {
            if s[i] == 0x20 || (0x09...0x0D).contains(s[i]) { i += 1; continue }
            guard let hi = digit(s[i]) else {
                throw PythonError("ValueError", "non-hexadecimal number found in fromhex() arg at position \(i)")
            }
            guard i + 1 < s.count, let lo = digit(s[i + 1]) else {
                throw PythonError("ValueError", "non-hexadecimal number found in fromhex() arg at position \(i + 1)")
            }
            out.append(hi << 4 | lo)
            i += 2
        }
        return out
    }

    static func install(_ rt: Runtime) throws {
        rt.defineConstructor(rt.types.bytes, keywords: ["source", "encoding", "errors"]) { rt, args in
            if args.count == 1, rt.pendingKeywords.isEmpty, BytesObject.isBytes(args[0]) { return args[0] }
            return try BytesObject.make(rt, try construct(rt, args, typeName: "bytes"))
        }
        rt.defineConstructor(rt.types.bytearray, keywords: ["source", "encoding", "errors"]) { rt, args in
            try ByteArrayObject.make(rt, try construct(rt, args, typeName: "bytearray"))
        }
        for type in [rt.types.bytes, rt.types.bytearray] {
            try installShared(rt, type, name: type.bits == rt.types.bytes.bits ? "bytes" : "bytearray")
        }
        try installByteArray(rt)
        try installConversions(rt)
    }

    /// str.encode, int.to_bytes and int.from_bytes.
    private static func installConversions(_ rt: Runtime) throws {
        try rt.defineMethod(rt.types.str, "encode", keywords: ["encoding", "errors"]) { rt, args in
            try BuiltinMethods.arity("encode", args, 0...2)
            var encoding = args.count > 1 ? try text(rt, args[1], "encode() argument 'encoding'") : "utf-8"
            var errors = args.count > 2 ? try text(rt, args[2], "encode() argument 'errors'") : "strict"
            for (k, v) in rt.pendingKeywords {
                if k == "encoding" { encoding = try text(rt, v, "encode() argument 'encoding'") } else { errors = try text(rt, v, "encode() argument 'errors'") }
            }
            return try Codecs.encodeText(rt, args[0], encoding, errors)
        }
        func byteOrder(_ rt: Runtime, _ v: Value) throws -> Bool {
            let order = try text(rt, v, "to_bytes() argument 'byteorder'")
            guard order == "big" || order == "little" else {
                throw PythonError("ValueError", "byteorder must be either 'little' or 'big'")
            }
            return order == "little"
        }
        try rt.defineMethod(rt.types.int, "to_bytes", keywords: ["length", "byteorder", "signed"]) { rt, args in
            try BuiltinMethods.arity("to_bytes", args, 0...2)
            var length = args.count > 1 ? try BuiltinMethods.index(rt, args[1]) : 1
            var little = args.count > 2 ? try byteOrder(rt, args[2]) : false
            var signed = false
            for (k, v) in rt.pendingKeywords {
                switch k {
                case "length": length = try BuiltinMethods.index(rt, v)
                case "byteorder": little = try byteOrder(rt, v)
                default: signed = try rt.truth(v)
                }
            }
            if length < 0 { throw PythonError("ValueError", "length argument must be non-negative") }
            var value = args[0].isBool ? Value(uncheckedSmallInt: args[0] == .true ? 1 : 0) : args[0]
            let negative = rt.ints.sign(value) < 0
            if negative && !signed { throw PythonError("OverflowError", "can't convert negative int to unsigned") }
            let modulus = try rt.binary(.leftShift, Value(uncheckedSmallInt: 1), Value(uncheckedSmallInt: Int64(8 * length)))
            let limit = signed ? try rt.binary(.rightShift, modulus, Value(uncheckedSmallInt: 1)) : modulus
            // Zero fits in zero bytes, signed or not.
            let tooBig = rt.ints.sign(value) != 0 && rt.ints.compare(value, limit) >= 0
            let tooSmall = signed ? rt.ints.compare(value, try rt.unary(.negate, limit)) < 0 : false
            if tooBig || tooSmall { throw PythonError("OverflowError", "int too big to convert") }
            if negative { value = try rt.binary(.add, value, modulus) }
            var digits = rt.ints.toString(value, base: 16)
            if digits == "0" { digits = "" }
            digits = String(repeating: "0", count: max(0, 2 * length - digits.count)) + digits
            var out: Bytes = []
            var i = digits.startIndex
            while i < digits.endIndex {
                let j = digits.index(i, offsetBy: 2)
                out.append(UInt8(digits[i..<j], radix: 16)!)
                i = j
            }
            return try BytesObject.make(rt, little ? out.reversed() : out)
        }
        try rt.defineClassMethod(rt.types.int, "from_bytes", keywords: ["bytes", "byteorder", "signed"]) { rt, args in
            try BuiltinMethods.arity("from_bytes", args, 0...2)
            var source: Value? = args.count > 1 ? args[1] : nil
            var little = args.count > 2 ? try byteOrder(rt, args[2]) : false
            var signed = false
            for (k, v) in rt.pendingKeywords {
                switch k {
                case "bytes": source = v
                case "byteorder": little = try byteOrder(rt, v)
                default: signed = try rt.truth(v)
                }
            }
            guard let source else { throw PythonError("TypeError", "from_bytes() missing required argument 'bytes' (pos 1)") }
            // PyObject_Bytes: bytes-like objects, __bytes__, or iterables of ints; never a count or a str.
            if IntArithmetic.isInt(source) || source.isBool || StrObject.isStr(source) || source.isDouble {
                throw PythonError("TypeError", "cannot convert '\(rt.typeName(source))' object to bytes")
            }
            var b = try BytesObject.array(source) ?? BytesObject.array(bytesDunder(rt, source) ?? .none) ?? fromObject(rt, source, typeName: "bytes")
            if little { b.reverse() }
            let digits = hex(b)
            var value = Value(uncheckedSmallInt: 0)
            if !digits.isEmpty { value = try rt.ints.parse(digits: digits, base: 16) }
            if signed, let first = b.first, first & 0x80 != 0 {
                let modulus = try rt.binary(.leftShift, Value(uncheckedSmallInt: 1), Value(uncheckedSmallInt: Int64(8 * b.count)))
                value = try rt.binary(.subtract, value, modulus)
            }
            if args[0].bits != rt.types.int.bits { return try rt.call(args[0], [value]) }
            return value
        }
        try rt.defineClassMethod(rt.types.dict, "fromkeys") { rt, args in
            try BuiltinMethods.arity("fromkeys", args, 1...2)
            return try rt.withTemporaryRoots(2) { roots in
                roots[0] = try rt.call(args[0], [])
                roots[1] = try rt.getIter(args[1])
                let value = args.count > 2 ? args[2] : .none
                while let k = try rt.nextOrNil(roots[1]) { try rt.storeSubscript(roots[0], k, value) }
                return roots[0]
            }
        }
    }

    private static func installShared(_ rt: Runtime, _ type: Value, name typeName: String) throws {
        func method(_ name: String, _ arity: ClosedRange<Int>, keywords: Set<String>? = nil,
                    _ body: @escaping (Runtime, Bytes, UnsafeBufferPointer<Value>) throws -> Value) throws {
            try rt.defineMethod(type, name, keywords: keywords) { rt, args in
                try BuiltinMethods.arity(name, args, arity)
                guard let b = BytesObject.array(args[0]) else {
                    throw PythonError("TypeError", "descriptor '\(name)' requires a '\(typeName)' object but received a '\(rt.typeName(args[0]))'")
                }
                return try body(rt, b, args)
            }
        }
        try rt.defineClassMethod(type, "fromhex") { rt, args in
            try BuiltinMethods.arity("fromhex", args, 1...1)
            guard StrObject.isStr(args[1]) else {
                throw PythonError("TypeError", "fromhex() argument must be str, not \(rt.typeName(args[1]))")
            }
            let b = try fromHex(rt, StrObject.codePoints(args[1].asObject))
            if args[0].bits == rt.types.bytearray.bits { return try ByteArrayObject.make(rt, b) }
            if args[0].bits == rt.types.bytes.bits { return try BytesObject.make(rt, b) }
            return try rt.call(args[0], [try BytesObject.make(rt, b)])
        }
        try method("translate", 1...2, keywords: ["delete"]) { rt, b, args in
            var delete: Value? = args.count > 2 ? args[2] : nil
            for (_, v) in rt.pendingKeywords { delete = v }
            var table: Bytes? = nil
            if !args[1].isNone {
                guard let t = BytesObject.array(args[1]) else {
                    throw PythonError("TypeError", "a bytes-like object is required, not '\(rt.typeName(args[1]))'")
                }
                guard t.count == 256 else { throw PythonError("ValueError", "translation table must be 256 characters long") }
                table = t
            }
            var deleted = [Bool](repeating: false, count: 256)
            if let delete {
                guard let d = BytesObject.array(delete) else {
                    throw PythonError("TypeError", "a bytes-like object is required, not '\(rt.typeName(delete))'")
                }
                for x in d { deleted[Int(x)] = true }
            }
            return try make(rt, like: args[0], b.compactMap { deleted[Int($0)] ? nil : (table?[Int($0)] ?? $0) })
        }
        let maketrans = rt.registerNative("maketrans") { rt, args in
            try Builtins.exactly(2, "maketrans", args)
            guard let from = BytesObject.array(args[0]), let to = BytesObject.array(args[1]) else {
                let bad = BytesObject.array(args[0]) == nil ? args[0] : args[1]
                throw PythonError("TypeError", "a bytes-like object is required, not '\(rt.typeName(bad))'")
            }
            guard from.count == to.count else { throw PythonError("ValueError", "maketrans arguments must have same length") }
            var table = (0...255).map { UInt8($0) }
            for (f, t) in zip(from, to) { table[Int(f)] = t }
            return try BytesObject.make(rt, table)
        }
        try rt.withTemporaryRoots(1) { roots in
            roots[0] = try BuiltinFunctionObject.make(rt, index: maketrans, name: "maketrans")
            try TypeObject.setInDict(rt, type.asObject, try rt.intern("maketrans"),
                                     try vector(rt, kind: .staticmethod, [roots[0]]))
        }
        try method("decode", 0...2, keywords: ["encoding", "errors"]) { rt, b, args in
            var encoding = args.count > 1 ? try text(rt, args[1], "decode() argument 'encoding'") : "utf-8"
            var errors = args.count > 2 ? try text(rt, args[2], "decode() argument 'errors'") : "strict"
            for (k, v) in rt.pendingKeywords {
                if k == "encoding" { encoding = try text(rt, v, "decode() argument 'encoding'") } else { errors = try text(rt, v, "decode() argument 'errors'") }
            }
            return try Codecs.decodeText(rt, args[0], encoding, errors)
        }
        try method("hex", 0...2, keywords: ["sep", "bytes_per_sep"]) { rt, b, args in
            var sep: Value? = args.count > 1 ? args[1] : nil
            var every = args.count > 2 ? try BuiltinMethods.index(rt, args[2]) : 1
            for (k, v) in rt.pendingKeywords { if k == "sep" { sep = v } else { every = try BuiltinMethods.index(rt, v) } }
            var separator: String?
            if let sep {
                // CPython measures the separator before it checks its type.
                if try rt.length(sep) != 1 { throw PythonError("ValueError", "sep must be length 1.") }
                if StrObject.isStr(sep) { separator = rt.swiftString(sep) }
                else if let s = BytesObject.array(sep) { separator = String(decoding: s, as: UTF8.self) }
                else { throw PythonError("TypeError", "sep must be str or bytes.") }
                if !separator!.unicodeScalars.allSatisfy(\.isASCII) { throw PythonError("ValueError", "sep must be ASCII.") }
            }
            return try rt.makeStr(hex(b, separator: separator, every: every))
        }
        func predicate(_ name: String, _ test: @escaping (UInt8) -> Bool) throws {
            try method(name, 0...0) { _, b, _ in .bool(!b.isEmpty && b.allSatisfy(test)) }
        }
        try predicate("isdigit", isDigit)
        try predicate("isalpha") { isLower($0) || isUpper($0) }
        try predicate("isalnum") { isLower($0) || isUpper($0) || isDigit($0) }
        try predicate("isspace", isSpace)
        try method("isascii", 0...0) { _, b, _ in .bool(b.allSatisfy { $0 < 0x80 }) }
        try method("isupper", 0...0) { _, b, _ in .bool(b.contains(where: isUpper) && !b.contains(where: isLower)) }
        try method("islower", 0...0) { _, b, _ in .bool(b.contains(where: isLower) && !b.contains(where: isUpper)) }
        try method("istitle", 0...0) { _, b, _ in
            var cased = false, previousCased = false
            for c in b {
                if isUpper(c) {
                    if previousCased { return .false }
                    previousCased = true
                    cased = true
                } else if isLower(c) {
                    if !previousCased { return .false }
                    cased = true
                } else {
                    previousCased = false
                }
            }
            return .bool(cased)
        }
        try method("expandtabs", 0...1, keywords: ["tabsize"]) { rt, b, args in
            var size = args.count > 1 ? try BuiltinMethods.index(rt, args[1]) : 8
            for (_, v) in rt.pendingKeywords { size = try BuiltinMethods.index(rt, v) }
            return try make(rt, like: args[0], StrMethods.expandTabs(b, size))
        }
        func mapped(_ name: String, _ f: @escaping (Bytes) -> Bytes) throws {
            try method(name, 0...0) { rt, b, args in try make(rt, like: args[0], f(b)) }
        }
        try mapped("upper") { $0.map(upper) }
        try mapped("lower") { $0.map(lower) }
        try mapped("swapcase") { $0.map { isUpper($0) ? lower($0) : upper($0) } }
        try mapped("capitalize") { b in b.enumerated().map { $0.offset == 0 ? upper($0.element) : lower($0.element) } }
        try mapped("title") { b in
            var previousCased = false
            return b.map { c in
                let out = previousCased ? lower(c) : upper(c)
                previousCased = isLower(c) || isUpper(c)
                return out
            }
        }
        try method("join", 1...1) { rt, sep, args in
            try rt.withTemporaryRoots(1) { roots in
                roots[0] = try rt.listFrom(args[1])
                var out: Bytes = []
                for (i, x) in Builtins.elements(roots[0]).enumerated() {
                    guard let piece = BytesObject.array(x) else {
                        throw PythonError("TypeError", "sequence item \(i): expected a bytes-like object, \(rt.typeName(x)) found")
                    }
                    if i > 0 { out += sep }
                    out += piece
                }
                return try make(rt, like: args[0], out)
            }
        }
        func parts(_ rt: Runtime, _ receiver: Value, _ pieces: [[UInt32]]) throws -> Value {
            try rt.withTemporaryRoots(2) { roots in
                roots[0] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
                for p in pieces {
                    roots[1] = try make(rt, like: receiver, bytes(p))
                    try ListObject.append(rt, roots[0].asObject, roots[1])
                }
                return roots[0]
            }
        }
        for (name, reverse) in [("split", false), ("rsplit", true)] {
            try method(name, 0...2, keywords: ["sep", "maxsplit"]) { rt, b, args in
                var sep: Value = args.count > 1 ? args[1] : .none
                var maxsplit = args.count > 2 ? try BuiltinMethods.index(rt, args[2]) : -1
                for (k, v) in rt.pendingKeywords { if k == "sep" { sep = v } else { maxsplit = try BuiltinMethods.index(rt, v) } }
                let separator = sep.isNone ? nil : codes(try argument(rt, sep))
                if separator?.isEmpty == true { throw PythonError("ValueError", "empty separator") }
                let source = reverse ? Array(b.reversed()) : b
                var pieces: [[UInt32]]
                if let separator {
                    pieces = StrMethods.split(codes(source), reverse ? separator.reversed() : separator, maxsplit)
                } else {
                    pieces = splitWhitespace(source, maxsplit).map(codes)
                }
                if reverse { pieces = pieces.reversed().map { $0.reversed() } }
                return try parts(rt, args[0], pieces)
            }
        }
        try method("splitlines", 0...1, keywords: ["keepends"]) { rt, b, args in
            var keep = args.count > 1 ? try rt.truth(args[1]) : false
            for (_, v) in rt.pendingKeywords { keep = try rt.truth(v) }
            var pieces: [[UInt32]] = []
            var start = 0, i = 0
            while i < b.count {
                if b[i] == 0x0A || b[i] == 0x0D {
                    var end = i + 1
                    if b[i] == 0x0D && i + 1 < b.count && b[i + 1] == 0x0A { end += 1 }
                    pieces.append(codes(Array(b[start..<(keep ? end : i)])))
                    start = end
                    i = end
                } else {
                    i += 1
                }
            }
            if start < b.count { pieces.append(codes(Array(b[start...]))) }
            return try parts(rt, args[0], pieces)
        }
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            try method(name, 0...1) { rt, b, args in
                let chars: Set<UInt8>? = args.count > 1 && !args[1].isNone ? Set(try argument(rt, args[1])) : nil
                func strip(_ c: UInt8) -> Bool { chars.map { $0.contains(c) } ?? isSpace(c) }
                var lo = 0, hi = b.count
                if left { while lo < hi && strip(b[lo]) { lo += 1 } }
                if right { while hi > lo && strip(b[hi - 1]) { hi -= 1 } }
                return try make(rt, like: args[0], Array(b[lo..<hi]))
            }
        }
        for (name, atEnd) in [("startswith", false), ("endswith", true)] {
            try method(name, 1...3) { rt, b, args in
                let (start, end) = try StrMethods.bounds(rt, args, from: 2, length: b.count)
                var candidates: [Value] = [args[1]]
                if TupleObject.isTuple(args[1]) {
                    candidates = Array(UnsafeBufferPointer(start: TupleObject.items(args[1].asObject), count: TupleObject.count(args[1].asObject)))
                } else if !BytesObject.isBytesLike(args[1]) {
                    throw PythonError("TypeError", "\(name) first arg must be bytes or a tuple of bytes, not \(rt.typeName(args[1]))")
                }
                for c in candidates {
                    let p = try argument(rt, c)
                    if start > b.count || p.count > end - start { continue }
                    let slice = atEnd ? Array(b[(end - p.count)..<end]) : Array(b[start..<(start + p.count)])
                    if slice == p { return .true }
                }
                return .false
            }
        }
        /// A needle: a bytes-like object or an int in range(256).
        func needle(_ rt: Runtime, _ v: Value) throws -> [UInt32] {
            if v.isSmallInt || v.isBool { return [UInt32(try byteValue(rt, v))] }
            return codes(try argument(rt, v, "argument should be integer or bytes-like object, not '\(rt.typeName(v))'"))
        }
        for (name, reverse, raising) in [("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
            try method(name, 1...3) { rt, b, args in
                let n = try needle(rt, args[1])
                let (start, end) = try StrMethods.bounds(rt, args, from: 2, length: b.count)
                if start <= end, let i = StrMethods.find(codes(b), n, from: start, to: end, reverse: reverse) {
                    return Value(uncheckedSmallInt: Int64(i))
                }
                if raising { throw PythonError("ValueError", "subsection not found") }
                return Value(uncheckedSmallInt: -1)
            }
        }
        try method("count", 1...3) { rt, b, args in
            let n = try needle(rt, args[1])
            let (start, end) = try StrMethods.bounds(rt, args, from: 2, length: b.count)
            if start > end { return Value(uncheckedSmallInt: 0) }
            if n.isEmpty { return Value(uncheckedSmallInt: Int64(end - start + 1)) }
            var total = 0, i = start
            let hay = codes(b)
            while let j = StrMethods.find(hay, n, from: i, to: end) { total += 1; i = j + n.count }
            return Value(uncheckedSmallInt: Int64(total))
        }
        try method("replace", 2...3) { rt, b, args in
            let old = try argument(rt, args[1]), new = try argument(rt, args[2])
            var limit = args.count > 3 ? try BuiltinMethods.index(rt, args[3]) : -1
            var out: Bytes = []
            var i = 0
            if old.isEmpty {
                for c in b {
                    if limit != 0 { out += new; limit -= 1 }
                    out.append(c)
                }
                if limit != 0 { out += new }
                return try make(rt, like: args[0], out)
            }
            while i < b.count {
                if limit != 0, i + old.count <= b.count, Array(b[i..<(i + old.count)]) == old {
                    out += new
                    i += old.count
                    limit -= 1
                } else {
                    out.append(b[i])
                    i += 1
                }
            }
            return try make(rt, like: args[0], out)
        }
        for (name, align) in [("center", 0), ("ljust", 1), ("rjust", 2)] {
            try method(name, 1...2) { rt, b, args in
                let width = try BuiltinMethods.index(rt, args[1])
                var fill: UInt8 = 0x20
                if args.count > 2 {
                    guard let f = BytesObject.array(args[2]), f.count == 1 else {
                        throw PythonError("TypeError", "\(name)() argument 2 must be a byte string of length 1, not \(rt.typeName(args[2]))")
                    }
                    fill = f[0]
                }
                if width <= b.count { return try make(rt, like: args[0], b) }
                let total = width - b.count
                let left = align == 0 ? total / 2 + (total & width & 1) : (align == 1 ? 0 : total)
                return try make(rt, like: args[0], Bytes(repeating: fill, count: left) + b + Bytes(repeating: fill, count: total - left))
            }
        }
        try method("zfill", 1...1) { rt, b, args in
            let width = try BuiltinMethods.index(rt, args[1])
            if width <= b.count { return try make(rt, like: args[0], b) }
            var out = b
            let signed = !b.isEmpty && (b[0] == 0x2B || b[0] == 0x2D)
            out.insert(contentsOf: Bytes(repeating: 0x30, count: width - b.count), at: signed ? 1 : 0)
            return try make(rt, like: args[0], out)
        }
        for (name, reverse) in [("partition", false), ("rpartition", true)] {
            try method(name, 1...1) { rt, b, args in
                let sep = try argument(rt, args[1])
                if sep.isEmpty { throw PythonError("ValueError", "empty separator") }
                return try rt.withTemporaryRoots(3) { roots in
                    if let i = StrMethods.find(codes(b), codes(sep), from: 0, to: b.count, reverse: reverse) {
                        roots[0] = try make(rt, like: args[0], Array(b[..<i]))
                        roots[1] = try make(rt, like: args[0], sep)
                        roots[2] = try make(rt, like: args[0], Array(b[(i + sep.count)...]))
                    } else {
                        roots[0] = try make(rt, like: args[0], reverse ? [] : b)
                        roots[1] = try make(rt, like: args[0], [])
                        roots[2] = try make(rt, like: args[0], reverse ? b : [])
                    }
                    return try rt.tuple([roots[0], roots[1], roots[2]])
                }
            }
        }
        for (name, atEnd) in [("removeprefix", false), ("removesuffix", true)] {
            try method(name, 1...1) { rt, b, args in
                let p = try argument(rt, args[1])
                if !p.isEmpty && p.count <= b.count && (atEnd ? Array(b.suffix(p.count)) == p : Array(b.prefix(p.count)) == p) {
                    return try make(rt, like: args[0], atEnd ? Array(b.dropLast(p.count)) : Array(b.dropFirst(p.count)))
                }
                return try make(rt, like: args[0], b)
            }
        }
    }

    /// split() with no separator: runs of ASCII whitespace separate pieces.
    private static func splitWhitespace(_ b: Bytes, _ maxsplit: Int) -> [Bytes] {
        var pieces: [Bytes] = []
        var i = 0
        while i < b.count {
            while i < b.count && isSpace(b[i]) { i += 1 }
            if i == b.count { break }
            if maxsplit >= 0 && pieces.count == maxsplit {
                // The rest keeps its trailing whitespace, as str.split's does.
                pieces.append(Array(b[i...]))
                return pieces
            }
            let start = i
            while i < b.count && !isSpace(b[i]) { i += 1 }
            pieces.append(Array(b[start..<i]))
        }
        return pieces
    }

    private static func installByteArray(_ rt: Runtime) throws {
        let type = rt.types.bytearray
        func method(_ name: String, _ arity: ClosedRange<Int>,
                    _ body: @escaping (Runtime, UnsafeMutableRawPointer, UnsafeBufferPointer<Value>) throws -> Value) throws {
            try rt.defineMethod(type, name) { rt, args in
                try BuiltinMethods.arity(name, args, arity)
                guard args[0].isObject, args[0].asObject.objectKind == .bytearray else {
                    throw PythonError("TypeError", "descriptor '\(name)' requires a 'bytearray' object but received a '\(rt.typeName(args[0]))'")
                }
                return try body(rt, args[0].asObject, args)
            }
        }
        func contents(_ a: UnsafeMutableRawPointer) -> Bytes {
            Array(UnsafeBufferPointer(start: ByteArrayObject.data(a), count: ByteArrayObject.count(a)))
        }
        try method("append", 1...1) { rt, a, args in
            try ByteArrayObject.append(rt, a, try byteValue(rt, args[1]))
            return .none
        }
        try method("extend", 1...1) { rt, a, args in
            let more = try fromObject(rt, args[1], typeName: "bytearray")
            if args[1].isSmallInt { throw PythonError("TypeError", "can't extend bytearray with int") }
            try ByteArrayObject.replaceAll(rt, a, contents(a) + more)
            return .none
        }
        try method("pop", 0...1) { rt, a, args in
            var b = contents(a)
            if b.isEmpty { throw PythonError("IndexError", "pop from empty bytearray") }
            var i = args.count > 1 ? try BuiltinMethods.index(rt, args[1]) : b.count - 1
            if i < 0 { i += b.count }
            guard i >= 0 && i < b.count else { throw PythonError("IndexError", "pop index out of range") }
            let v = b.remove(at: i)
            try ByteArrayObject.replaceAll(rt, a, b)
            return Value(uncheckedSmallInt: Int64(v))
        }
        try method("insert", 2...2) { rt, a, args in
            var b = contents(a)
            var i = try BuiltinMethods.index(rt, args[1])
            if i < 0 { i = max(0, i + b.count) }
            b.insert(try byteValue(rt, args[2]), at: min(i, b.count))
            try ByteArrayObject.replaceAll(rt, a, b)
            return .none
        }
        try method("remove", 1...1) { rt, a, args in
            var b = contents(a)
            let v = try byteValue(rt, args[1])
            guard let i = b.firstIndex(of: v) else { throw PythonError("ValueError", "value not found in bytearray") }
            b.remove(at: i)
            try ByteArrayObject.replaceAll(rt, a, b)
            return .none
        }
        try method("clear", 0...0) { rt, a, _ in
            try ByteArrayObject.replaceAll(rt, a, [])
            return .none
        }
        try method("reverse", 0...0) { rt, a, _ in
            try ByteArrayObject.replaceAll(rt, a, contents(a).reversed())
            return .none
        }
        try method("copy", 0...0) { rt, a, _ in try ByteArrayObject.make(rt, contents(a)) }
    }
}
