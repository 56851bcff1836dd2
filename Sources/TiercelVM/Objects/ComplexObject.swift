#if canImport(Glibc)
import Glibc
#endif
import TiercelFrontEnd

/// complex: a leaf object holding two doubles (real at byte 16, imaginary
/// at byte 24), with CPython's arithmetic algorithms so results agree to
/// the last bit (Smith's division, exponentiation by squaring for small
/// integral powers, the polar form otherwise).
enum ComplexObject {
    static let realOffset = 16, imagOffset = 24, bytes = 32

    struct Parts: Equatable {
        var real: Double
        var imag: Double
    }

    static func make(_ rt: Runtime, _ p: Parts) throws -> Value {
        guard let o = rt.heap.allocate(bytes: bytes, layout: .leaf) else { throw PythonError("MemoryError", "") }
        o.objectKind = .complex
        o.storeBytes(of: p.real, toByteOffset: realOffset, as: Double.self)
        o.storeBytes(of: p.imag, toByteOffset: imagOffset, as: Double.self)
        return Value(object: o)
    }

    @inline(__always) static func isComplex(_ v: Value) -> Bool { v.isObject && v.asObject.objectKind == .complex }

    static func parts(_ o: UnsafeMutableRawPointer) -> Parts {
        Parts(real: o.load(fromByteOffset: realOffset, as: Double.self), imag: o.load(fromByteOffset: imagOffset, as: Double.self))
    }

    // MARK: Arithmetic (CPython's _Py_c_* functions)

    static func add(_ a: Parts, _ b: Parts) -> Parts { Parts(real: a.real + b.real, imag: a.imag + b.imag) }
    static func subtract(_ a: Parts, _ b: Parts) -> Parts { Parts(real: a.real - b.real, imag: a.imag - b.imag) }
    static func multiply(_ a: Parts, _ b: Parts) -> Parts {
        Parts(real: a.real * b.real - a.imag * b.imag, imag: a.real * b.imag + a.imag * b.real)
    }

    /// a / b, or nil when b is zero. Scales by the larger part of b so that
    /// neither the ratio nor the denominator overflows needlessly.
    static func divide(_ a: Parts, _ b: Parts) -> Parts? {
        let absReal = Swift.abs(b.real), absImag = Swift.abs(b.imag)
        if absReal >= absImag {
            if absReal == 0 { return nil }
            let ratio = b.imag / b.real
            let denominator = b.real + b.imag * ratio
            return Parts(real: (a.real + a.imag * ratio) / denominator, imag: (a.imag - a.real * ratio) / denominator)
        }
        if absImag >= absReal {
            let ratio = b.real / b.imag
            let denominator = b.real * ratio + b.imag
            return Parts(real: (a.real * ratio + a.imag) / denominator, imag: (a.imag * ratio - a.real) / denominator)
        }
        // At least one part of b is a NaN.
        return Parts(real: .nan, imag: .nan)
    }

    enum PowerFailure: Error { case domain, range }

    /// a ** b as complex.__pow__ computes it.
    static func power(_ a: Parts, _ b: Parts) throws -> Parts {
        let result: Parts
        if b.imag == 0 && b.real == b.real.rounded(.down) && Swift.abs(b.real) <= 100 {
            result = try integralPower(a, Int(b.real))
        } else {
            result = try polarPower(a, b)
        }
        if result.real.isInfinite || result.imag.isInfinite { throw PowerFailure.range }
        return result
    }

    private static func integralPower(_ x: Parts, _ n: Int) throws -> Parts {
        func unsignedPower(_ x: Parts, _ n: Int) -> Parts {
            var r = Parts(real: 1, imag: 0), p = x, mask = 1
            while mask > 0 && n >= mask {
                if n & mask != 0 { r = multiply(r, p) }
                mask <<= 1
                p = multiply(p, p)
            }
            return r
        }
        if n > 0 { return unsignedPower(x, n) }
        guard let r = divide(Parts(real: 1, imag: 0), unsignedPower(x, -n)) else { throw PowerFailure.domain }
        return r
    }

    private static func polarPower(_ a: Parts, _ b: Parts) throws -> Parts {
        if b.real == 0 && b.imag == 0 { return Parts(real: 1, imag: 0) }
        if a.real == 0 && a.imag == 0 {
            if b.imag != 0 || b.real < 0 { throw PowerFailure.domain }
            return Parts(real: 0, imag: 0)
        }
        let magnitude = hypot(a.real, a.imag)
        var length = pow(magnitude, b.real)
        let angle = atan2(a.imag, a.real)
        var phase = angle * b.real
        if b.imag != 0 {
            length /= exp(angle * b.imag)
            phase += b.imag * log(magnitude)
        }
        return Parts(real: length * cos(phase), imag: length * sin(phase))
    }

    /// abs(z), with CPython's rules for infinities and NaNs.
    static func magnitude(_ z: Parts) throws -> Double {
        if z.real.isInfinite || z.imag.isInfinite { return .infinity }
        if z.real.isNaN || z.imag.isNaN { return .nan }
        let r = hypot(z.real, z.imag)
        if r.isInfinite { throw PythonError("OverflowError", "absolute value too large") }
        return r
    }

    /// CPython's complex hash: hash(real) + 1000003 * hash(imag), wrapping.
    static func hash(_ z: Parts) -> Int64 {
        func part(_ d: Double) -> Int64 { d.isNaN ? 0 : NumericHash.double(d) }
        let h = part(z.real) &+ 1_000_003 &* part(z.imag)
        return h == -1 ? -2 : h
    }

    // MARK: Text

    /// repr(z): `2j`, `(1+2j)`, `(-0-1j)`; parts in repr form without a
    /// trailing `.0`, the real part left out when it is +0.
    static func repr(_ z: Parts) -> String {
        if z.real == 0 && z.real.sign == .plus { return PythonRepr.shortest(z.imag) + "j" }
        return "(" + PythonRepr.shortest(z.real) + signed(PythonRepr.shortest(z.imag)) + "j)"
    }

    static func signed(_ text: String) -> String { text.hasPrefix("-") ? text : "+" + text }

    /// complex(string): `1+2j`, `-3.5j`, `(1e3-2J)`, `inf+nanj`, with
    /// surrounding whitespace and parentheses; nil when malformed.
    static func parse(_ text: String) -> Parts? {
        var s = Substring(text.trimmingWhitespace())
        if s.hasPrefix("(") {
            guard s.hasSuffix(")") else { return nil }
            s = Substring(String(s.dropFirst().dropLast()).trimmingWhitespace())
        }
        let chars = Array(s.utf8)
        var i = 0
        /// A float literal at i (sign included), as float() reads one.
        func number() -> Double? {
            let start = i
            if i < chars.count && (chars[i] == UInt8(ascii: "+") || chars[i] == UInt8(ascii: "-")) { i += 1 }
            let body = i
            while i < chars.count {
                let c = chars[i]
                let isExponentSign = (c == UInt8(ascii: "+") || c == UInt8(ascii: "-"))
                    && i > body && (chars[i - 1] | 0x20) == UInt8(ascii: "e")
                guard (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: ".") || c == UInt8(ascii: "_") || isExponentSign
                        || ((c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z") && (c | 0x20) != UInt8(ascii: "j")) else { break }
                i += 1
            }
            guard i > body, let literal = String(bytes: chars[start..<i], encoding: .utf8) else {
                i = start
                return nil
            }
            return FloatParsing.parse(literal)
        }
        func isJ() -> Bool { i < chars.count && (chars[i] | 0x20) == UInt8(ascii: "j") }
        // "j" / "+j" / "-j" alone: an imaginary unit.
        func unit() -> Double? {
            let start = i
            var sign = 1.0
            if i < chars.count && (chars[i] == UInt8(ascii: "+") || chars[i] == UInt8(ascii: "-")) {
                sign = chars[i] == UInt8(ascii: "-") ? -1 : 1
                i += 1
            }
            if isJ() { i += 1; return sign }
            i = start
            return nil
        }
        if let u = unit() { return i == chars.count ? Parts(real: 0, imag: u) : nil }
        guard let first = number() else { return nil }
        if isJ() {
            i += 1
            return i == chars.count ? Parts(real: 0, imag: first) : nil
        }
        if i == chars.count { return Parts(real: first, imag: 0) }
        guard chars[i] == UInt8(ascii: "+") || chars[i] == UInt8(ascii: "-") else { return nil }
        if let u = unit() { return i == chars.count ? Parts(real: first, imag: u) : nil }
        guard let second = number(), isJ() else { return nil }
        i += 1
        return i == chars.count ? Parts(real: first, imag: second) : nil
    }
}

private extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[start...end])
    }
}
