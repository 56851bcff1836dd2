/// Python lists: a two-slot value vector [length, storage], where storage is
/// a value vector whose own count is the capacity. Growing replaces the
/// storage, so the list object's address never changes.
enum ListObject {
    static func make(_ rt: Runtime, _ items: UnsafeBufferPointer<Value>) throws -> Value {
        // `items` may point into Swift memory the collector does not scan.
        try rt.heap.withoutCollecting {
            let storage = try vector(rt, kind: .other, Array(items) + [Value](repeating: .none, count: max(4 - items.count, 0)))
            return try vector(rt, kind: .list, [Value(uncheckedSmallInt: Int64(items.count)), storage])
        }
    }

    @inline(__always) static func count(_ l: UnsafeMutableRawPointer) -> Int {
        Int(ValueVector.values(l)[0].asSmallInt)
    }

    @inline(__always) static func items(_ l: UnsafeMutableRawPointer) -> UnsafeMutablePointer<Value> {
        ValueVector.values(ValueVector.values(l)[1].asObject)
    }

    static func capacity(_ l: UnsafeMutableRawPointer) -> Int {
        ValueVector.count(ValueVector.values(l)[1].asObject)
    }

    static func append(_ rt: Runtime, _ l: UnsafeMutableRawPointer, _ v: Value) throws {
        let n = count(l)
        if n == capacity(l) {
            let old = items(l)
            var grown = (0..<n).map { old[$0] }
            grown += [Value](repeating: .none, count: n + n / 2 + 4)
            // `v` and the old items stay reachable (caller's register, old storage) while allocating.
            ValueVector.values(l)[1] = try vector(rt, kind: .other, grown)
        }
        items(l)[n] = v
        ValueVector.values(l)[0] = Value(uncheckedSmallInt: Int64(n + 1))
    }

    static func pop(_ rt: Runtime, _ l: UnsafeMutableRawPointer, _ index: Int?) throws -> Value {
        let n = count(l)
        if n == 0 { throw PythonError("IndexError", "pop from empty list") }
        var i = index ?? n - 1
        if i < 0 { i += n }
        guard i >= 0 && i < n else { throw PythonError("IndexError", "pop index out of range") }
        let p = items(l)
        let v = p[i]
        for k in i..<(n - 1) { p[k] = p[k + 1] }
        p[n - 1] = .none
        ValueVector.values(l)[0] = Value(uncheckedSmallInt: Int64(n - 1))
        return v
    }

    /// Replaces the contents with `items` (which the caller keeps reachable).
    static func replaceAll(_ rt: Runtime, _ l: UnsafeMutableRawPointer, _ items: [Value]) throws {
        if items.count > capacity(l) {
            ValueVector.values(l)[1] = try vector(rt, kind: .other, items + [Value](repeating: .none, count: 4))
        } else {
            let p = self.items(l)
            for (i, v) in items.enumerated() { p[i] = v }
            for i in items.count..<capacity(l) { p[i] = .none }
        }
        ValueVector.values(l)[0] = Value(uncheckedSmallInt: Int64(items.count))
    }

    static func clear(_ rt: Runtime, _ l: UnsafeMutableRawPointer) throws {
        let p = items(l)
        for i in 0..<count(l) { p[i] = .none }
        ValueVector.values(l)[0] = Value(uncheckedSmallInt: 0)
    }
}
