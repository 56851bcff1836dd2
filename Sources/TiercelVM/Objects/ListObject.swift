/// Python lists: a two-slot value vector [length, storage], where storage is
/// a value vector whose own count is the capacity. Growing replaces the
/// storage, so the list object's address never changes.
enum ListObject {
    static func make(_ rt: Runtime, _ items: UnsafeBufferPointer<Value>) throws -> Value {
        // `items` may point into Swift memory the collector does not scan.
        try rt.heap.withoutCollecting {
            let l = try make(rt, capacity: items.count)
            if items.count > 0 { self.items(l).update(from: items.baseAddress!, count: items.count) }
            ValueVector.values(l)[0] = Value(uncheckedSmallInt: Int64(items.count))
            return Value(object: l)
        }
    }

    /// An empty list with room for `capacity` items.
    static func make(_ rt: Runtime, capacity: Int) throws -> UnsafeMutableRawPointer {
        try rt.heap.withoutCollecting {
            let storage = try newVector(rt, kind: .other, count: max(capacity, 4))
            return try newVector(rt, kind: .list, Value(uncheckedSmallInt: 0), Value(object: storage))
        }
    }

    /// Makes room for at least `needed` items, growing by half again so
    /// appends stay amortized constant time.
    static func reserve(_ rt: Runtime, _ l: UnsafeMutableRawPointer, _ needed: Int) throws {
        let capacity = self.capacity(l)
        if needed <= capacity { return }
        let n = count(l)
        let grown = try newVector(rt, kind: .other, count: max(needed, n + n / 2 + 4))
        ValueVector.values(grown).update(from: items(l), count: n)
        ValueVector.values(l)[1] = Value(object: grown)
    }

    /// Sets the length to `n` (within the capacity), clearing slots past it.
    static func setCount(_ l: UnsafeMutableRawPointer, _ n: Int) {
        let old = count(l)
        if n < old { (items(l) + n).update(repeating: .none, count: old - n) }
        ValueVector.values(l)[0] = Value(uncheckedSmallInt: Int64(n))
    }

    /// Replaces items `start..<stop` with `m` items from `source` (which may
    /// not alias the list), moving the tail.
    static func replace(_ rt: Runtime, _ l: UnsafeMutableRawPointer, _ start: Int, _ stop: Int,
                        with source: UnsafePointer<Value>?, count m: Int) throws {
        let n = count(l)
        let newCount = n - (stop - start) + m
        try reserve(rt, l, newCount)
        let p = items(l)
        if m != stop - start { (p + start + m).update(from: p + stop, count: n - stop) }
        if m > 0 { (p + start).update(from: source!, count: m) }
        setCount(l, newCount)
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
        // `v` and the old items stay reachable (caller's register, old storage) while allocating.
        if n == capacity(l) { try reserve(rt, l, n + 1) }
        items(l)[n] = v
        ValueVector.values(l)[0] = Value(uncheckedSmallInt: Int64(n + 1))
    }

    /// Inserts `v` before index `i` (0...count).
    static func insert(_ rt: Runtime, _ l: UnsafeMutableRawPointer, _ i: Int, _ v: Value) throws {
        let n = count(l)
        if n == capacity(l) { try reserve(rt, l, n + 1) }
        let p = items(l)
        (p + i + 1).update(from: p + i, count: n - i)
        p[i] = v
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
        (p + i).update(from: p + i + 1, count: n - 1 - i)
        p[n - 1] = .none
        ValueVector.values(l)[0] = Value(uncheckedSmallInt: Int64(n - 1))
        return v
    }

    /// Replaces the contents with `items` (which the caller keeps reachable).
    static func replaceAll(_ rt: Runtime, _ l: UnsafeMutableRawPointer, _ items: [Value]) throws {
        try items.withUnsafeBufferPointer { try replace(rt, l, 0, count(l), with: $0.baseAddress, count: $0.count) }
    }

    static func clear(_ rt: Runtime, _ l: UnsafeMutableRawPointer) throws {
        let p = items(l)
        for i in 0..<count(l) { p[i] = .none }
        ValueVector.values(l)[0] = Value(uncheckedSmallInt: 0)
    }
}
