/// Hidden classes. An instance's class word points at its shape; the shape
/// knows the instance's type and which slot holds each attribute, so an
/// attribute cache is "class word == cached shape, then load slot k".
///
/// A shape is a value vector of kind `.shape`:
///
///     0 type         the instances' type
///     1 parent       the shape before the last attribute was added (None at the root)
///     2 names        dict: attribute name → slot number (None at the root)
///     3 transitions  dict: attribute name → child shape, made on first use
///     4 count        number of slots
///     5 dictMode     True for the one shape per type whose instances keep a real dict
///
/// Shapes form a tree per type; adding attributes in the same order reaches
/// the same shape, so instances built by one `__init__` share it.
enum Shape {
    static let type = 0, parent = 1, names = 2, transitions = 3, count = 4, dictMode = 5
    static let fieldCount = 6
    /// Past this many attributes an instance switches to a dict.
    static let maxSlots = 64

    static func makeRoot(_ rt: Runtime, type: Value, dictMode: Bool) throws -> Value {
        try vector(rt, kind: .shape, [type, .none, .none, .none, Value(uncheckedSmallInt: 0), .bool(dictMode)])
    }

    @inline(__always) static func of(_ o: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(bitPattern: UInt(o.objectHeader.pointee.classWord))!
    }

    @inline(__always) static func typeOf(shape s: UnsafeMutableRawPointer) -> Value { ValueVector.values(s)[type] }
    @inline(__always) static func isDictMode(_ s: UnsafeMutableRawPointer) -> Bool { ValueVector.values(s)[dictMode] == .true }
    @inline(__always) static func slotCount(_ s: UnsafeMutableRawPointer) -> Int { Int(ValueVector.values(s)[count].asSmallInt) }

    /// The slot holding `name` in shape `s`, or nil.
    static func slot(_ rt: Runtime, _ s: UnsafeMutableRawPointer, _ name: Value) throws -> Int? {
        let table = ValueVector.values(s)[names]
        guard table.isObject, let v = try DictObject.get(table.asObject, name, rt.ops) else { return nil }
        return Int(v.asSmallInt)
    }

    /// The shape after adding `name` to `s`, or nil when `s` is full.
    static func transition(_ rt: Runtime, _ s: UnsafeMutableRawPointer, _ name: Value) throws -> UnsafeMutableRawPointer? {
        let fields = ValueVector.values(s)
        if fields[transitions].isObject, let child = try DictObject.get(fields[transitions].asObject, name, rt.ops) {
            return child.asObject
        }
        let n = slotCount(s)
        if n >= maxSlots { return nil }
        return try rt.withTemporaryRoots(2) { roots in
            if !fields[transitions].isObject { fields[transitions] = try rt.newDict() }
            roots[0] = try vector(rt, kind: .shape, [fields[type], Value(object: s), .none, .none,
                                                     Value(uncheckedSmallInt: Int64(n + 1)), .false])
            roots[1] = try rt.newDict()
            if fields[names].isObject {
                for (k, v) in DictObject.items(fields[names].asObject) { try DictObject.set(rt.heap, roots[1].asObject, k, v, rt.ops) }
            }
            try DictObject.set(rt.heap, roots[1].asObject, name, Value(uncheckedSmallInt: Int64(n)), rt.ops)
            ValueVector.values(roots[0].asObject)[names] = roots[1]
            try DictObject.set(rt.heap, fields[transitions].asObject, name, roots[0], rt.ops)
            return roots[0].asObject
        }
    }
}

/// Objects whose attributes live in shape slots: plain instances, and
/// exceptions (which keep their own fields first).
///
///     [header][count][fixed fields (prefix)][slot 0][slot 1]...
///
/// Field 0 of every such object is the "backing store": an overflow value
/// vector for slots past the inline ones while the shape is in slot mode,
/// the instance's dict in dict mode.
enum Instance {
    static let backing = 0

    /// A boxed int or float keeps its value after the backing field.
    static let boxedValue = 1

    /// Fixed fields before the `__slots__` fields.
    @inline(__always) static func fixedFields(_ o: UnsafeMutableRawPointer) -> Int {
        o.objectKind == .exception ? ExceptionObject.fieldCount : (o.hasFlag(ObjectFlags.boxedValue) ? 2 : 1)
    }

    /// How many `__slots__` fields `o` has.
    @inline(__always) static func memberSlots(_ o: UnsafeMutableRawPointer) -> Int {
        Int((o.objectHeader.pointee.kindAndFlags & ObjectFlags.memberSlotMask) >> ObjectFlags.memberSlotShift)
    }

    /// Fields before the inline shape slots: the fixed ones, then the `__slots__` ones.
    @inline(__always) static func prefix(_ o: UnsafeMutableRawPointer) -> Int {
        fixedFields(o) + memberSlots(o)
    }

    /// The `__slots__` field `k` (see SlotDescriptors).
    @inline(__always) static func memberSlot(_ o: UnsafeMutableRawPointer, _ k: Int) -> UnsafeMutablePointer<Value> {
        ValueVector.values(o) + fixedFields(o) + k
    }

    static func hasSlots(_ o: UnsafeMutableRawPointer) -> Bool {
        let k = o.objectKind
        return (k == .instance || k == .exception) && o.objectHeader.pointee.classWord != 0
    }

    static func make(_ rt: Runtime, type: Value) throws -> Value {
        let t = type.asObject
        let kind = TypeObject.instanceKind(t)
        let hint = Int(TypeObject.field(t, TypeObject.slotHint).asSmallInt)
        let inline = min(max(hint, 2), 16)
        let boxed = TypeObject.flags(t) & TypeObject.boxed != 0
        let members = Int(TypeObject.field(t, TypeObject.memberSlots).asSmallInt)
        let n = (kind == .exception ? ExceptionObject.fieldCount : (boxed ? 2 : 1)) + members + inline
        guard let o = rt.heap.allocate(bytes: ValueVector.bytes(count: n), layout: .valueVector) else {
            throw PythonError("MemoryError", "")
        }
        o.objectKind = kind
        if boxed { o.objectHeader.pointee.kindAndFlags |= ObjectFlags.boxedValue }
        o.objectHeader.pointee.kindAndFlags |= UInt64(members) << ObjectFlags.memberSlotShift
        o.storeBytes(of: n, toByteOffset: ValueVector.countOffset, as: Int.self)
        let values = ValueVector.values(o)
        for i in 0..<n { values[i] = .empty }
        values[backing] = .none
        o.objectHeader.pointee.classWord = UInt64(UInt(bitPattern: TypeObject.field(t, TypeObject.rootShape).asObject))
        return Value(object: o)
    }

    @inline(__always) static func inlineCapacity(_ o: UnsafeMutableRawPointer) -> Int {
        ValueVector.count(o) - prefix(o)
    }

    /// The address of slot `k`.
    @inline(__always) static func slotAddress(_ o: UnsafeMutableRawPointer, _ k: Int) -> UnsafeMutablePointer<Value> {
        let capacity = inlineCapacity(o)
        if k < capacity { return ValueVector.values(o) + prefix(o) + k }
        return ValueVector.values(ValueVector.values(o)[backing].asObject) + (k - capacity)
    }

    /// The instance's own attribute `name`, or nil.
    static func get(_ rt: Runtime, _ o: UnsafeMutableRawPointer, _ name: Value) throws -> Value? {
        let s = Shape.of(o)
        if Shape.isDictMode(s) { return try DictObject.get(ValueVector.values(o)[backing].asObject, name, rt.ops) }
        guard let k = try Shape.slot(rt, s, name) else { return nil }
        let v = slotAddress(o, k).pointee
        return v.isEmpty ? nil : v
    }

    static func set(_ rt: Runtime, _ o: UnsafeMutableRawPointer, _ name: Value, _ value: Value) throws {
        let s = Shape.of(o)
        if Shape.isDictMode(s) {
            try DictObject.set(rt.heap, ValueVector.values(o)[backing].asObject, name, value, rt.ops)
            return
        }
        if let k = try Shape.slot(rt, s, name) {
            slotAddress(o, k).pointee = value
            return
        }
        guard let child = try Shape.transition(rt, s, name) else {
            try dictionary(rt, o)
            try set(rt, o, name, value)
            return
        }
        let k = Shape.slotCount(child) - 1
        let capacity = inlineCapacity(o)
        if k >= capacity {
            // Grow the overflow store; the old one stays reachable from `o` until replaced.
            let values = ValueVector.values(o)
            let old = values[backing]
            let oldCount = old.isObject ? ValueVector.count(old.asObject) : 0
            if k - capacity >= oldCount {
                var items = [Value](repeating: .empty, count: max(4, oldCount * 2))
                for i in 0..<oldCount { items[i] = ValueVector.values(old.asObject)[i] }
                values[backing] = try vector(rt, kind: .other, items)
            }
        }
        slotAddress(o, k).pointee = value
        o.objectHeader.pointee.classWord = UInt64(UInt(bitPattern: child))
        let t = Shape.typeOf(shape: child).asObject
        if TypeObject.field(t, TypeObject.slotHint).asSmallInt < Int64(k + 1) {
            TypeObject.set(t, TypeObject.slotHint, Value(uncheckedSmallInt: Int64(k + 1)))
        }
    }

    /// Removes attribute `name`; false when absent.
    static func delete(_ rt: Runtime, _ o: UnsafeMutableRawPointer, _ name: Value) throws -> Bool {
        try dictionary(rt, o)
        return try DictObject.delete(ValueVector.values(o)[backing].asObject, name, rt.ops)
    }

    /// Switches `o` to dict mode (for `__dict__`, deletion, or too many
    /// attributes) and returns its dict.
    @discardableResult
    static func dictionary(_ rt: Runtime, _ o: UnsafeMutableRawPointer) throws -> Value {
        let s = Shape.of(o)
        if Shape.isDictMode(s) { return ValueVector.values(o)[backing] }
        return try rt.withTemporaryRoots(1) { roots in
            roots[0] = try rt.newDict()
            let table = ValueVector.values(s)[Shape.names]
            if table.isObject {
                for (name, k) in DictObject.items(table.asObject) {
                    let v = slotAddress(o, Int(k.asSmallInt)).pointee
                    if !v.isEmpty { try DictObject.set(rt.heap, roots[0].asObject, name, v, rt.ops) }
                }
            }
            let capacity = inlineCapacity(o)
            for k in 0..<capacity { ValueVector.values(o)[prefix(o) + k] = .empty }
            ValueVector.values(o)[backing] = roots[0]
            let t = Shape.typeOf(shape: s).asObject
            o.objectHeader.pointee.classWord = UInt64(UInt(bitPattern: TypeObject.field(t, TypeObject.dictShape).asObject))
            return roots[0]
        }
    }
}
