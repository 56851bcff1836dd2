#if canImport(Glibc)
import Glibc
#endif
import CGMP

/// A Python-level error from an int operation; the interpreter turns it into
/// the named exception with this message.
public enum IntError: Error, Equatable {
    case zeroDivision(String)
    case overflow(String)
    case value(String)
    case memory
}

/// Python int semantics over two representations: small ints inline in the
/// Value (48-bit payload) and big ints as heap objects holding GMP limbs:
///
///     [header 16 bytes][size: Int][limbs: UInt64 × |size|]
///
/// `size` follows GMP's convention (its sign is the number's sign), so a big
/// int is handed to GMP as a read-only mpz view with no copying. Results that
/// fit 48 bits always come back as small ints: a big int is never small.
public final class IntArithmetic {
    let heap: Heap
    /// Scratch integers, reused across operations; GMP grows them as needed.
    /// Pointers (not stored structs) so an operation may name one twice.
    private let result: UnsafeMutablePointer<__mpz_struct>
    private let result2: UnsafeMutablePointer<__mpz_struct>
    private let scratchA: UnsafeMutablePointer<__mpz_struct>
    private let scratchB: UnsafeMutablePointer<__mpz_struct>

    public static let sizeOffset = 16
    public static let limbsOffset = 24

    public init(heap: Heap) {
        self.heap = heap
        let all = UnsafeMutablePointer<__mpz_struct>.allocate(capacity: 4)
        result = all
        result2 = all + 1
        scratchA = all + 2
        scratchB = all + 3
        for i in 0..<4 { __gmpz_init(all + i) }
    }

    deinit {
        for i in 0..<4 { __gmpz_clear(result + i) }
        result.deallocate()
    }

    // MARK: - Representation

    public static func isBigInt(_ v: Value) -> Bool {
        v.isObject && v.asObject.objectKind == .bigInt
    }

    public static func isInt(_ v: Value) -> Bool { v.isSmallInt || isBigInt(v) }

    /// Runs `body` with a read-only mpz view of the int `v` (no allocation).
    @inline(__always)
    func withMPZ<T>(_ v: Value, _ body: (UnsafePointer<__mpz_struct>) throws -> T) rethrows -> T {
        var view = __mpz_struct()
        if v.isSmallInt {
            let i = v.asSmallInt
            var limb = UInt(i.magnitude)
            return try withUnsafePointer(to: &limb) { limbPointer in
                __gmpz_roinit_n(&view, limbPointer, i < 0 ? -1 : (i == 0 ? 0 : 1))
                return try body(&view)
            }
        }
        let object = v.asObject
        let size = object.load(fromByteOffset: IntArithmetic.sizeOffset, as: Int.self)
        let limbs = (object + IntArithmetic.limbsOffset).assumingMemoryBound(to: mp_limb_t.self)
        __gmpz_roinit_n(&view, limbs, size)
        return try body(&view)
    }

    /// The Value for an mpz: a small int when it fits, else a new heap object.
    func value(of z: UnsafePointer<__mpz_struct>) throws -> Value {
        let size = Int(z.pointee._mp_size)
        if size == 0 { return Value(uncheckedSmallInt: 0) }
        if size == 1 || size == -1 {
            let magnitude = UInt64(z.pointee._mp_d[0])
            if magnitude <= UInt64(Value.smallIntMax) {
                let i = Int64(magnitude)
                return Value(uncheckedSmallInt: size < 0 ? -i : i)
            }
            if size < 0 && magnitude == UInt64(Value.smallIntMax) + 1 {
                return Value(uncheckedSmallInt: Value.smallIntMin)
            }
        }
        let count = abs(size)
        // Every byte past the header is written below: no need to clear the cell first.
        guard let object = heap.allocate(bytes: IntArithmetic.limbsOffset + count * 8, layout: .leaf, zeroed: false) else {
            throw IntError.memory
        }
        object.objectKind = .bigInt
        object.storeBytes(of: size, toByteOffset: IntArithmetic.sizeOffset, as: Int.self)
        (object + IntArithmetic.limbsOffset).copyMemory(from: z.pointee._mp_d, byteCount: count * 8)
        return Value(object: object)
    }

    public func make(_ i: Int64) throws -> Value {
        if let v = Value(smallInt: i) { return v }
        var z = __mpz_struct()
        __gmpz_init_set_si(&z, Int(i))
        defer { __gmpz_clear(&z) }
        return try value(of: &z)
    }

    /// Parses digits (no sign, prefix or underscores) in `base`.
    public func parse(digits: String, base: Int32 = 10, negative: Bool = false) throws -> Value {
        guard __gmpz_set_str(scratchA, digits, base) == 0 else { throw IntError.value("invalid digits") }
        if negative { __gmpz_neg(scratchA, scratchA) }
        return try value(of: scratchA)
    }

    // MARK: - Arithmetic

    public func add(_ a: Value, _ b: Value) throws -> Value {
        if a.isSmallInt && b.isSmallInt { return try make(a.asSmallInt + b.asSmallInt) }
        return try binary(a, b) { __gmpz_add($0, $1, $2) }
    }

    public func subtract(_ a: Value, _ b: Value) throws -> Value {
        if a.isSmallInt && b.isSmallInt { return try make(a.asSmallInt - b.asSmallInt) }
        return try binary(a, b) { __gmpz_sub($0, $1, $2) }
    }

    public func multiply(_ a: Value, _ b: Value) throws -> Value {
        if a.isSmallInt && b.isSmallInt {
            let (p, overflow) = a.asSmallInt.multipliedReportingOverflow(by: b.asSmallInt)
            if !overflow { return try make(p) }
        }
        return try binary(a, b) { __gmpz_mul($0, $1, $2) }
    }

    /// `a // b`, rounding toward negative infinity.
    public func floorDivide(_ a: Value, _ b: Value) throws -> Value {
        try checkDivisor(b, "integer division or modulo by zero")
        if a.isSmallInt && b.isSmallInt {
            let x = a.asSmallInt, y = b.asSmallInt
            var q = x / y
            if (x % y != 0) && ((x < 0) != (y < 0)) { q -= 1 }
            return try make(q)
        }
        return try binary(a, b) { __gmpz_fdiv_q($0, $1, $2) }
    }

    /// `a % b`, with the sign of `b`.
    public func modulo(_ a: Value, _ b: Value) throws -> Value {
        try checkDivisor(b, "integer modulo by zero")
        if a.isSmallInt && b.isSmallInt {
            let y = b.asSmallInt
            var r = a.asSmallInt % y
            if r != 0 && ((r < 0) != (y < 0)) { r += y }
            return Value(uncheckedSmallInt: r)
        }
        return try binary(a, b) { __gmpz_fdiv_r($0, $1, $2) }
    }

    /// `a ** b` for b >= 0 (a negative exponent makes a float: the caller's case).
    public func power(_ a: Value, _ b: Value) throws -> Value {
        precondition(sign(b) >= 0)
        if !b.isSmallInt || b.asSmallInt > Int64(UInt32.max) {
            // Only 0, 1 and -1 survive an exponent this large.
            if a.isSmallInt && abs(a.asSmallInt) <= 1 {
                let odd = try withMPZ(b) { __gmpz_tstbit($0, 0) } == 1
                return Value(uncheckedSmallInt: a.asSmallInt == -1 && !odd ? 1 : a.asSmallInt)
            }
            throw IntError.memory
        }
        let e = UInt(b.asSmallInt)
        withMPZ(a) { __gmpz_pow_ui(result, $0, e) }
        return try value(of: result)
    }

    /// Three-argument pow: `pow(a, b, m)`.
    public func power(_ a: Value, _ b: Value, modulo m: Value) throws -> Value {
        if sign(m) == 0 { throw IntError.value("pow() 3rd argument cannot be 0") }
        let ok: Bool = withMPZ(a) { za in
            withMPZ(b) { zb in
                withMPZ(m) { zm in
                    let mAbs = scratchA
                    __gmpz_abs(mAbs, zm)
                    if __gmpz_sgn_swift(zb) < 0 {
                        // A negative exponent needs the inverse of a modulo m.
                        if __gmpz_invert(result2, za, mAbs) == 0 { return false }
                        let negB = scratchB
                        __gmpz_neg(negB, zb)
                        __gmpz_powm(result, result2, negB, mAbs)
                    } else {
                        __gmpz_powm(result, za, zb, mAbs)
                    }
                    // Python gives the result the sign of m.
                    if __gmpz_sgn_swift(zm) < 0 && __gmpz_sgn_swift(result) != 0 {
                        __gmpz_add(result, result, zm)
                    }
                    return true
                }
            }
        }
        if !ok { throw IntError.value("base is not invertible for the given modulus") }
        return try value(of: result)
    }

    public func negate(_ a: Value) throws -> Value {
        if a.isSmallInt { return try make(-a.asSmallInt) }
        withMPZ(a) { __gmpz_neg(result, $0) }
        return try value(of: result)
    }

    public func absolute(_ a: Value) throws -> Value {
        sign(a) < 0 ? try negate(a) : a
    }

    /// `~a`, which is -a - 1.
    public func invert(_ a: Value) throws -> Value {
        if a.isSmallInt { return try make(~a.asSmallInt) }
        withMPZ(a) { __gmpz_com(result, $0) }
        return try value(of: result)
    }

    public func and(_ a: Value, _ b: Value) throws -> Value {
        if a.isSmallInt && b.isSmallInt { return Value(uncheckedSmallInt: a.asSmallInt & b.asSmallInt) }
        return try binary(a, b) { __gmpz_and($0, $1, $2) }
    }

    public func or(_ a: Value, _ b: Value) throws -> Value {
        if a.isSmallInt && b.isSmallInt { return Value(uncheckedSmallInt: a.asSmallInt | b.asSmallInt) }
        return try binary(a, b) { __gmpz_ior($0, $1, $2) }
    }

    public func xor(_ a: Value, _ b: Value) throws -> Value {
        if a.isSmallInt && b.isSmallInt { return Value(uncheckedSmallInt: a.asSmallInt ^ b.asSmallInt) }
        return try binary(a, b) { __gmpz_xor($0, $1, $2) }
    }

    public func leftShift(_ a: Value, _ b: Value) throws -> Value {
        if sign(b) < 0 { throw IntError.value("negative shift count") }
        if sign(a) == 0 { return a }
        guard b.isSmallInt, b.asSmallInt < Int64(1) << 40 else { throw IntError.overflow("too many digits in integer") }
        let n = Int(b.asSmallInt)
        if a.isSmallInt && n < 16 {
            return try make(a.asSmallInt << Int64(n))
        }
        withMPZ(a) { __gmpz_mul_2exp(result, $0, UInt(n)) }
        return try value(of: result)
    }

    /// `a >> b`, rounding toward negative infinity as Python does.
    public func rightShift(_ a: Value, _ b: Value) throws -> Value {
        if sign(b) < 0 { throw IntError.value("negative shift count") }
        guard b.isSmallInt else { return Value(uncheckedSmallInt: sign(a) < 0 ? -1 : 0) }
        let n = b.asSmallInt
        if a.isSmallInt { return Value(uncheckedSmallInt: a.asSmallInt >> min(n, 63)) }
        withMPZ(a) { __gmpz_fdiv_q_2exp(result, $0, UInt(n)) }
        return try value(of: result)
    }

    // MARK: - Comparison, hashing, conversion

    public func sign(_ a: Value) -> Int {
        if a.isSmallInt { return a.asSmallInt.signum() == 0 ? 0 : (a.asSmallInt < 0 ? -1 : 1) }
        return withMPZ(a) { Int(__gmpz_sgn_swift($0)) }
    }

    /// -1, 0 or 1.
    public func compare(_ a: Value, _ b: Value) -> Int {
        if a.isSmallInt && b.isSmallInt {
            let x = a.asSmallInt, y = b.asSmallInt
            return x < y ? -1 : (x == y ? 0 : 1)
        }
        return withMPZ(a) { za in withMPZ(b) { zb in Int(__gmpz_cmp(za, zb)).signum() } }
    }

    /// Python's hash of an int: the value modulo 2**61 - 1 with the sign kept,
    /// and -1 (reserved for errors) becoming -2.
    public func hash(_ a: Value) -> Int64 {
        let modulus: UInt64 = (1 << 61) - 1
        let s = sign(a)
        let magnitude: UInt64 = withMPZ(a) { z in
            var abs = __mpz_struct()
            __gmpz_roinit_n(&abs, z.pointee._mp_d, Int(z.pointee._mp_size.magnitude))
            return UInt64(__gmpz_fdiv_ui(&abs, UInt(modulus)))
        }
        var h = s < 0 ? -Int64(magnitude) : Int64(magnitude)
        if h == -1 { h = -2 }
        return h
    }

    /// `a` as an Int64 when it fits (a C ssize_t here), else nil.
    public func int64(_ a: Value) -> Int64? {
        if a.isSmallInt { return a.asSmallInt }
        return withMPZ(a) { z in __gmpz_fits_slong_p(z) != 0 ? Int64(__gmpz_get_si(z)) : nil }
    }

    public func bitLength(_ a: Value) -> Int {
        if sign(a) == 0 { return 0 }
        return withMPZ(a) { Int(__gmpz_sizeinbase($0, 2)) }
    }

    /// Digits of `a` in `base` (2...36), with a leading '-' when negative.
    public func toString(_ a: Value, base: Int32 = 10) -> String {
        if a.isSmallInt && base == 10 { return String(a.asSmallInt) }
        return withMPZ(a) { z in
            guard let chars = __gmpz_get_str(nil, base, z) else { return "0" }
            defer { free(chars) }
            return String(cString: chars)
        }
    }

    /// float(a), correctly rounded (half to even), as CPython converts.
    public func toDouble(_ a: Value) throws -> Double {
        if a.isSmallInt { return Double(a.asSmallInt) }
        let bits = bitLength(a)
        if bits <= 53 { return withMPZ(a) { __gmpz_get_d($0) } }
        if bits > 1024 { throw IntError.overflow("int too large to convert to float") }
        // Keep 55 significant bits plus a sticky bit for everything shifted out,
        // and let the hardware round that to 53.
        let shift = max(0, bits - 55)
        let (top, sticky): (UInt64, Bool) = withMPZ(a) { z in
            var abs = __mpz_struct()
            __gmpz_roinit_n(&abs, z.pointee._mp_d, Int(z.pointee._mp_size.magnitude))
            __gmpz_fdiv_q_2exp(result, &abs, UInt(shift))
            let lowZero = __gmpz_scan1(&abs, 0) >= UInt(shift)
            return (UInt64(__gmpz_get_ui(result)), !lowZero)
        }
        let mantissa = Double(top | (sticky ? 1 : 0))
        let d = scalbn(mantissa, Int32(shift))
        if d.isInfinite { throw IntError.overflow("int too large to convert to float") }
        return sign(a) < 0 ? -d : d
    }

    /// int(d) for a finite double: truncation toward zero.
    public func fromDouble(_ d: Double) throws -> Value {
        if d.isNaN { throw IntError.value("cannot convert float NaN to integer") }
        if d.isInfinite { throw IntError.overflow("cannot convert float infinity to integer") }
        if abs(d) < 1e15 { return Value(uncheckedSmallInt: Int64(d)) }
        __gmpz_set_d(result, d)
        return try value(of: result)
    }

    /// `a / b`, correctly rounded like CPython's int true division (results
    /// in the subnormal range may be off by one rounding step).
    public func trueDivide(_ a: Value, _ b: Value) throws -> Double {
        try checkDivisor(b, "division by zero")
        let aBits = bitLength(a), bBits = bitLength(b)
        if aBits <= 53 && bBits <= 53 {
            return try toDouble(a) / toDouble(b)
        }
        // Scale so that q = floor(num / den) has 56 or 57 bits, reduce it to 55
        // bits with a sticky bit for everything discarded, and round once.
        let s = 56 - (aBits - bBits)
        let negative = (sign(a) < 0) != (sign(b) < 0)
        let (q, drop): (UInt64, Int) = withMPZ(a) { za in
            withMPZ(b) { zb in
                let num = scratchA, den = scratchB
                __gmpz_abs(num, za)
                __gmpz_abs(den, zb)
                if s >= 0 { __gmpz_mul_2exp(num, num, UInt(s)) } else { __gmpz_mul_2exp(den, den, UInt(-s)) }
                __gmpz_tdiv_qr(result, result2, num, den)
                var sticky = __gmpz_sgn_swift(result2) != 0
                let drop = Int(__gmpz_sizeinbase(result, 2)) - 55
                if drop > 0 {
                    if Int(__gmpz_scan1(result, 0)) < drop { sticky = true }
                    __gmpz_fdiv_q_2exp(result, result, UInt(drop))
                }
                return (UInt64(__gmpz_get_ui(result)) | (sticky ? 1 : 0), max(drop, 0))
            }
        }
        let d = scalbn(Double(q), Int32(drop - s))
        if d.isInfinite { throw IntError.overflow("integer division result too large for a float") }
        return negative ? -d : d
    }

    // MARK: - Helpers

    private func checkDivisor(_ b: Value, _ message: String) throws {
        if sign(b) == 0 { throw IntError.zeroDivision(message) }
    }

    private func binary(_ a: Value, _ b: Value,
                        _ op: (UnsafeMutablePointer<__mpz_struct>, UnsafePointer<__mpz_struct>, UnsafePointer<__mpz_struct>) -> Void) throws -> Value {
        withMPZ(a) { za in withMPZ(b) { zb in op(result, za, zb) } }
        return try value(of: result)
    }
}

/// mpz_sgn is a macro in gmp.h.
@inline(__always)
func __gmpz_sgn_swift(_ z: UnsafePointer<__mpz_struct>) -> Int32 {
    let size = z.pointee._mp_size
    return size < 0 ? -1 : (size > 0 ? 1 : 0)
}
