/// Python tuples: a value vector (count, then the items) of kind `.tuple`.
public enum TupleObject {
    public static func make(_ heap: Heap, _ items: [Value]) -> Value? {
        // `items` may hold the only references to its values: no collection here.
        guard let object = heap.withoutCollecting({ heap.allocate(bytes: ValueVector.bytes(count: items.count), layout: .valueVector) }) else {
            return nil
        }
        object.objectKind = .tuple
        object.storeBytes(of: items.count, toByteOffset: ValueVector.countOffset, as: Int.self)
        let values = ValueVector.values(object)
        for (i, item) in items.enumerated() { values[i] = item }
        return Value(object: object)
    }

    public static func isTuple(_ v: Value) -> Bool {
        v.isObject && v.asObject.objectKind == .tuple
    }

    @inline(__always) public static func count(_ t: UnsafeMutableRawPointer) -> Int { ValueVector.count(t) }
    @inline(__always) public static func items(_ t: UnsafeMutableRawPointer) -> UnsafeMutablePointer<Value> {
        ValueVector.values(t)
    }
}
