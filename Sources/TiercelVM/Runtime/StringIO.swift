/// io.StringIO: an in-memory text stream whose buffer holds code points
/// (four bytes each), so seeks and reads index characters directly.
enum StringIOType {
    /// The newline argument: '\n' (the default, no translation), None
    /// (universal reading, writes translated to '\n'), '' (universal
    /// reading, no translation), '\r' and '\r\n' (written for each '\n').
    enum Newline: Int64 { case lf = 0, universalTranslated = 1, universal = 2, cr = 3, crlf = 4 }

    static let width = 4

    static func make(_ rt: Runtime, base: Value) throws -> Value {
        let t = try MemoryStreams.nativeClass(rt, "StringIO", bases: [base], fields: MemoryStreams.fieldCount)
        func buffer(_ rt: Runtime, _ v: Value) throws -> UnsafeMutableRawPointer {
            try MemoryStreams.openBuffer(rt, v, t, period: false)
        }
        func newline(_ rt: Runtime, _ v: Value) throws -> Newline {
            Newline(rawValue: try MemoryStreams.field(rt, v, MemoryStreams.newline, t).pointee.asSmallInt) ?? .lf
        }
        func codePoints(_ b: UnsafeMutableRawPointer, _ range: Range<Int>) -> [UInt32] {
            let p = UnsafeRawPointer(ByteArrayObject.data(b)).assumingMemoryBound(to: UInt32.self)
            return Array(UnsafeBufferPointer(start: p + range.lowerBound, count: range.count))
        }
        func str(_ rt: Runtime, _ codes: [UInt32]) throws -> Value {
            guard let s = StrObject.make(rt.heap, codePoints: codes) else { throw PythonError("MemoryError", "") }
            return s
        }
        /// Writes `s` at the position with the mode's newline translation; its length.
        func write(_ rt: Runtime, _ v: Value, _ s: Value) throws -> Int {
            guard StrObject.isStr(s) else { throw PythonError("TypeError", "string argument expected, got '\(rt.typeName(s))'") }
            let b = try buffer(rt, v)
            var codes = StrObject.codePoints(s.asObject)
            let length = codes.count
            switch try newline(rt, v) {
            case .universalTranslated: codes = translateToLF(codes)
            case .cr: codes = codes.map { $0 == 0x0A ? 0x0D : $0 }
            case .crlf: codes = codes.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }
            case .lf, .universal: break
            }
            let at = try MemoryStreams.position(rt, v, t)
            try codes.withUnsafeBytes { try MemoryStreams.write(rt, b, at: at, width: width, $0) }
            try MemoryStreams.setPosition(rt, v, t, at + codes.count)
            return length
        }
        /// The end of the line starting at `start` (after its terminator), at most `limit` characters on.
        func lineEnd(_ rt: Runtime, _ v: Value, _ b: UnsafeMutableRawPointer, from start: Int, limit: Int?) throws -> Int {
            let n = MemoryStreams.count(b, width: width)
            let stop = limit.map { min(n, start + $0) } ?? n
            let p = UnsafeRawPointer(ByteArrayObject.data(b)).assumingMemoryBound(to: UInt32.self)
            let mode = try newline(rt, v)
            var i = start
            while i < stop {
                let c = p[i]
                i += 1
                switch mode {
                case .lf, .universalTranslated: if c == 0x0A { return i }
                case .cr: if c == 0x0D { return i }
                case .crlf: if c == 0x0A && i - 2 >= start && p[i - 2] == 0x0D { return i }
                case .universal:
                    if c == 0x0A { return i }
                    if c == 0x0D { return i < stop && p[i] == 0x0A ? i + 1 : i }
                }
            }
            return stop
        }
        func readLine(_ rt: Runtime, _ v: Value, limit: Int?) throws -> Value {
            let b = try buffer(rt, v)
            let start = min(try MemoryStreams.position(rt, v, t), MemoryStreams.count(b, width: width))
            let end = try lineEnd(rt, v, b, from: start, limit: limit)
            try MemoryStreams.setPosition(rt, v, t, end)
            return try str(rt, codePoints(b, start..<end))
        }

        try rt.defineMethod(t, "__init__", keywords: ["initial_value", "newline"]) { rt, args in
            try BuiltinMethods.arity("StringIO", args, 0...2)
            var initial: Value = args.count > 1 ? args[1] : .none
            var nl: Value = args.count > 2 ? args[2] : try rt.intern("\n")
            for (k, value) in rt.pendingKeywords { if k == "initial_value" { initial = value } else { nl = value } }
            let mode: Newline
            switch nl.isNone ? nil : (StrObject.isStr(nl) ? rt.swiftString(nl) : "?") {
            case nil: mode = .universalTranslated
            case "": mode = .universal
            case "\n": mode = .lf
            case "\r": mode = .cr
            case "\r\n": mode = .crlf
            default:
                if !StrObject.isStr(nl) { throw PythonError("TypeError", "newline must be str or None, not \(rt.typeName(nl))") }
                throw PythonError("ValueError", "illegal newline value: \(try rt.repr(nl))")
            }
            if !initial.isNone && !StrObject.isStr(initial) {
                throw PythonError("TypeError", "initial_value must be str or None, not \(rt.typeName(initial))")
            }
            try MemoryStreams.initialize(rt, args[0], t)
            try MemoryStreams.field(rt, args[0], MemoryStreams.newline, t).pointee = Value(uncheckedSmallInt: mode.rawValue)
            if StrObject.isStr(initial) {
                _ = try write(rt, args[0], initial)
                try MemoryStreams.setPosition(rt, args[0], t, 0)
            }
            return .none
        }
        try rt.defineMethod(t, "getvalue") { rt, args in
            let b = try buffer(rt, args[0])
            return try str(rt, codePoints(b, 0..<MemoryStreams.count(b, width: width)))
        }
        try rt.defineMethod(t, "read") { rt, args in
            try BuiltinMethods.arity("read", args, 0...1)
            let b = try buffer(rt, args[0])
            let n = MemoryStreams.count(b, width: width)
            let start = min(try MemoryStreams.position(rt, args[0], t), n)
            let end = try MemoryStreams.size(rt, args, 1).map { min(n, start + $0) } ?? n
            try MemoryStreams.setPosition(rt, args[0], t, end)
            return try str(rt, codePoints(b, start..<end))
        }
        try MemoryStreams.defineLineReading(rt, t, length: MemoryStreams.strLength) { rt, v, limit in try readLine(rt, v, limit: limit) }
        try MemoryStreams.definePositioned(rt, t, width: width, text: true, write: write)
        try MemoryStreams.defineCommon(rt, t, period: false)
        try rt.defineProperty(t, "line_buffering") { _, _ in .false }
        return t
    }

    /// Universal newlines on write: \r\n and \r become \n.
    static func translateToLF(_ codes: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(codes.count)
        var i = 0
        while i < codes.count {
            if codes[i] == 0x0D {
                out.append(0x0A)
                if i + 1 < codes.count && codes[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(codes[i])
            }
            i += 1
        }
        return out
    }
}
