/// range: [start, stop, step, length], each an int.
///
/// Most ranges have bounds well inside the small-int payload, and the
/// interpreter's loops over them use plain Int64 arithmetic. A range with
/// a bound or step beyond ±2**46 (so that position + step cannot leave the
/// payload either) is flagged ObjectFlags.bigRange and computed with
/// arbitrary-precision ints; its iterator walks an index instead.
enum RangeObject {
    static let start = 0, stop = 1, step = 2, length = 3
    static let smallLimit: Int64 = 1 << 46

    static func make(_ rt: Runtime, _ start: Int64, _ stop: Int64, _ step: Int64) throws -> Value {
        if [start, stop, step].allSatisfy({ Swift.abs($0) <= smallLimit }) {
            let n = step > 0 ? (stop > start ? (stop - start + step - 1) / step : 0)
                : (start > stop ? (start - stop - step - 1) / -step : 0)
            return try vector(rt, kind: .range, [Value(uncheckedSmallInt: start), Value(uncheckedSmallInt: stop),
                                                 Value(uncheckedSmallInt: step), Value(uncheckedSmallInt: n)])
        }
        return try make(rt, try rt.ints.make(start), try rt.ints.make(stop), try rt.ints.make(step))
    }

    /// A range from any three ints (step not zero).
    static func make(_ rt: Runtime, _ start: Value, _ stop: Value, _ step: Value) throws -> Value {
        if start.isSmallInt && stop.isSmallInt && step.isSmallInt,
           [start, stop, step].allSatisfy({ Swift.abs($0.asSmallInt) <= smallLimit }) {
            return try make(rt, start.asSmallInt, stop.asSmallInt, step.asSmallInt)
        }
        return try rt.withTemporaryRoots(5) { roots in
            roots[0] = start; roots[1] = stop; roots[2] = step
            let ints = rt.ints
            // length = (hi - lo - 1) // |step| + 1 when lo < hi, else 0.
            let up = ints.sign(step) > 0
            let (lo, hi) = up ? (start, stop) : (stop, start)
            if ints.compare(lo, hi) < 0 {
                roots[3] = try intResult { try ints.subtract(try ints.subtract(hi, lo), Value(uncheckedSmallInt: 1)) }
                roots[4] = try intResult { try ints.absolute(step) }
                roots[3] = try intResult { try ints.floorDivide(roots[3], roots[4]) }
                roots[3] = try intResult { try ints.add(roots[3], Value(uncheckedSmallInt: 1)) }
            } else {
                roots[3] = Value(uncheckedSmallInt: 0)
            }
            let r = try vector(rt, kind: .range, [roots[0], roots[1], roots[2], roots[3]])
            r.asObject.objectHeader.pointee.kindAndFlags |= ObjectFlags.bigRange
            return r
        }
    }

    @inline(__always) static func field(_ r: UnsafeMutableRawPointer, _ i: Int) -> Value { ValueVector.values(r)[i] }
    @inline(__always) static func isBig(_ r: UnsafeMutableRawPointer) -> Bool { r.hasFlag(ObjectFlags.bigRange) }

    /// The length of a small range (big ranges: `field(r, length)`).
    @inline(__always) static func length(_ r: UnsafeMutableRawPointer) -> Int64 { field(r, length).asSmallInt }

    /// len(r), or CPython's OverflowError past sys.maxsize.
    static func count(_ rt: Runtime, _ r: UnsafeMutableRawPointer) throws -> Int {
        guard let n = rt.ints.int64(field(r, length)) else {
            throw PythonError("OverflowError", "Python int too large to convert to C ssize_t")
        }
        return Int(n)
    }

    /// start + k * step.
    static func item(_ rt: Runtime, _ r: UnsafeMutableRawPointer, _ k: Value) throws -> Value {
        if !isBig(r) && k.isSmallInt { return Value(uncheckedSmallInt: field(r, start).asSmallInt + k.asSmallInt * field(r, step).asSmallInt) }
        return try rt.withTemporaryRoots(1) { roots in
            roots[0] = try intResult { try rt.ints.multiply(k, field(r, step)) }
            return try intResult { try rt.ints.add(field(r, start), roots[0]) }
        }
    }

    /// r[i] for an int i, with negative indices from the end.
    static func element(_ rt: Runtime, _ r: UnsafeMutableRawPointer, _ i: Value) throws -> Value {
        let ints = rt.ints
        return try rt.withTemporaryRoots(1) { roots in
            roots[0] = i
            if ints.sign(i) < 0 { roots[0] = try intResult { try ints.add(i, field(r, length)) } }
            guard ints.sign(roots[0]) >= 0, ints.compare(roots[0], field(r, length)) < 0 else {
                throw PythonError("IndexError", "range object index out of range")
            }
            return try item(rt, r, roots[0])
        }
    }

    /// The position of int `x` in `r`, or nil.
    static func position(_ rt: Runtime, _ r: UnsafeMutableRawPointer, of x: Value) throws -> Value? {
        let ints = rt.ints
        let s = field(r, start), e = field(r, stop), st = field(r, step)
        let inside = ints.sign(st) > 0 ? ints.compare(s, x) <= 0 && ints.compare(x, e) < 0
            : ints.compare(e, x) < 0 && ints.compare(x, s) <= 0
        guard inside else { return nil }
        return try rt.withTemporaryRoots(1) { roots in
            roots[0] = try intResult { try ints.subtract(x, s) }
            guard ints.sign(try intResult { try ints.modulo(roots[0], st) }) == 0 else { return nil }
            return try intResult { try ints.floorDivide(roots[0], st) }
        }
    }

    /// r[a:b:c]: another range, with CPython's clamping of the slice's bounds.
    static func slice(_ rt: Runtime, _ r: UnsafeMutableRawPointer, _ s: UnsafeMutableRawPointer) throws -> Value {
        let ints = rt.ints
        return try rt.withTemporaryRoots(6) { roots in
            let parts = ValueVector.values(s)
            roots[0] = parts[2].isNone ? Value(uncheckedSmallInt: 1) : try rt.requireIndex(parts[2])
            if ints.sign(roots[0]) == 0 { throw PythonError("ValueError", "slice step cannot be zero") }
            let backwards = ints.sign(roots[0]) < 0
            let n = field(r, length)
            roots[1] = backwards ? Value(uncheckedSmallInt: -1) : Value(uncheckedSmallInt: 0)
            roots[2] = backwards ? try intResult { try ints.subtract(n, Value(uncheckedSmallInt: 1)) } : n
            func bound(_ v: Value, _ fallback: Value) throws -> Value {
                if v.isNone { return fallback }
                var k = try rt.withTemporaryRoots(1) { inner -> Value in
                    inner[0] = try rt.requireIndex(v)
                    return ints.sign(inner[0]) < 0 ? try intResult { try ints.add(inner[0], n) } : inner[0]
                }
                if ints.compare(k, roots[1]) < 0 { k = roots[1] } else if ints.compare(k, roots[2]) > 0 { k = roots[2] }
                return k
            }
            roots[3] = try bound(parts[0], backwards ? roots[2] : roots[1])
            roots[4] = try bound(parts[1], backwards ? roots[1] : roots[2])
            roots[3] = try item(rt, r, roots[3])
            roots[4] = try item(rt, r, roots[4])
            roots[5] = try intResult { try ints.multiply(field(r, step), roots[0]) }
            return try make(rt, roots[3], roots[4], roots[5])
        }
    }

    /// reversed(r) as a range: last, last - step, ... down to start.
    static func reversed(_ rt: Runtime, _ r: UnsafeMutableRawPointer) throws -> Value {
        let ints = rt.ints
        return try rt.withTemporaryRoots(3) { roots in
            roots[0] = try intResult { try ints.subtract(field(r, length), Value(uncheckedSmallInt: 1)) }
            roots[0] = try item(rt, r, roots[0])
            roots[1] = try intResult { try ints.subtract(field(r, start), field(r, step)) }
            roots[2] = try intResult { try ints.negate(field(r, step)) }
            return try make(rt, roots[0], roots[1], roots[2])
        }
    }

    static func repr(_ rt: Runtime, _ r: UnsafeMutableRawPointer) throws -> String {
        let st = field(r, step)
        let tail = st.isSmallInt && st.asSmallInt == 1 ? "" : ", \(try rt.decimalString(st))"
        return "range(\(try rt.decimalString(field(r, start))), \(try rt.decimalString(field(r, stop)))\(tail))"
    }

    /// Equal when they hold the same sequence.
    static func equal(_ rt: Runtime, _ x: UnsafeMutableRawPointer, _ y: UnsafeMutableRawPointer) -> Bool {
        let ints = rt.ints
        guard ints.compare(field(x, length), field(y, length)) == 0 else { return false }
        let n = field(x, length)
        if ints.sign(n) == 0 { return true }
        guard ints.compare(field(x, start), field(y, start)) == 0 else { return false }
        return n.isSmallInt && n.asSmallInt == 1 || ints.compare(field(x, step), field(y, step)) == 0
    }
}
