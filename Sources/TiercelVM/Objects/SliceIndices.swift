/// slice.indices(length) over ints of any size. Subscripting uses
/// Runtime.sliceIndices, whose machine ints suffice for real sequences;
/// the method must also answer for lengths and steps past Py_ssize_t, as
/// CPython's does, so it works in Values.
extension BuiltinMethods {
    static func sliceIndicesOfAnySize(_ rt: Runtime, _ slice: UnsafeMutableRawPointer, length: Value) throws -> Value {
        let zero = Value(uncheckedSmallInt: 0)
        func less(_ a: Value, _ b: Value) throws -> Bool { try rt.truth(try rt.richCompare(.less, a, b)) }
        if try less(length, zero) { throw PythonError("ValueError", "length should not be negative") }
        func int(_ v: Value) throws -> Value? {
            if v.isNone { return nil }
            guard let i = try rt.indexValue(v) else {
                throw PythonError("TypeError", "slice indices must be integers or None or have an __index__ method")
            }
            return i
        }
        return try rt.withTemporaryRoots(7) { roots in
            let parts = ValueVector.values(slice)
            roots[0] = try int(parts[2]) ?? Value(uncheckedSmallInt: 1)
            if try rt.ops.equal(roots[0], zero) { throw PythonError("ValueError", "slice step cannot be zero") }
            let backwards = try less(roots[0], zero)
            roots[1] = backwards ? Value(uncheckedSmallInt: -1) : zero
            roots[2] = backwards ? try rt.binary(.add, length, roots[1]) : length
            let lower = roots[1], upper = roots[2]
            func clamped(_ v: Value?, _ missing: Value) throws -> Value {
                guard var x = v else { return missing }
                if try less(x, zero) {
                    x = try rt.binary(.add, x, length)
                    return try less(x, lower) ? lower : x
                }
                return try less(upper, x) ? upper : x
            }
            // __index__ results are rooted before the arithmetic that clamps them allocates.
            roots[5] = try int(parts[0]) ?? .empty
            roots[6] = try int(parts[1]) ?? .empty
            roots[3] = try clamped(roots[5].isEmpty ? nil : roots[5], backwards ? upper : lower)
            roots[4] = try clamped(roots[6].isEmpty ? nil : roots[6], backwards ? lower : upper)
            return try rt.tuple([roots[3], roots[4], roots[0]])
        }
    }
}
