#if canImport(Glibc)
import Glibc
#endif

/// Instances of Python subclasses of the immutable built-in types.
///
/// - int and float: an int or float is an immediate (or a big-int object that
///   is never small), so a subclass instance cannot be one. It is an ordinary
///   `.instance` (shape slots, attributes) flagged ObjectFlags.boxedValue, whose
///   second fixed field holds the exact value. Native methods of int and
///   float receive that value as `self`, and the operator and conversion
///   fallbacks use it once the subclass's own methods have had their turn.
/// - str, tuple and bytes: the instance is the built-in object itself with
///   the subclass in its class word, so every native that takes a str, tuple
///   or bytes takes it unchanged. Its attribute dict lives in the last word
///   of its cell (ObjectFlags.trailingSlot), which the collector traces.
enum ImmutableSubclass {
    enum NumericRoot { case int, float }

    /// int or float when `t` is (or derives from) one of them.
    static func numericRoot(_ rt: Runtime, _ t: UnsafeMutableRawPointer) -> NumericRoot? {
        if TypeObject.isSubtype(t, rt.types.int.asObject) { return .int }
        if TypeObject.isSubtype(t, rt.types.float.asObject) { return .float }
        return nil
    }

    @inline(__always) static func isBoxed(_ v: Value) -> Bool {
        v.isObject && v.asObject.hasFlag(ObjectFlags.boxedValue)
    }

    /// The exact int or float a boxed instance stands for; other values unchanged.
    @inline(__always) static func unboxed(_ v: Value) -> Value {
        isBoxed(v) ? ValueVector.values(v.asObject)[Instance.boxedValue] : v
    }

    /// Whether a native method of `owner` takes the unboxed value as self.
    @inline(__always) static func unboxesReceiver(_ rt: Runtime, _ owner: Value) -> Bool {
        owner.bits == rt.types.int.bits || owner.bits == rt.types.float.bits
    }

    /// An instance of `cls` (a subclass of a built-in immutable type) equal
    /// to `exact`, the value that type's constructor made.
    static func instance(_ rt: Runtime, of cls: Value, from exact: Value) throws -> Value {
        let t = cls.asObject
        if TypeObject.flags(t) & TypeObject.heapType == 0 { return exact }
        if TypeObject.flags(t) & TypeObject.boxed != 0 {
            return try rt.withTemporaryRoots(1) { roots in
                roots[0] = exact
                let o = try Instance.make(rt, type: cls)
                ValueVector.values(o.asObject)[Instance.boxedValue] = roots[0]
                return o
            }
        }
        // str, tuple, bytes: a copy with room for the attribute dict.
        let source = exact.asObject
        let size = Heap.allocatedBytes(source)
        guard let o = rt.heap.allocate(bytes: size + 8, layout: source.objectLayout) else {
            throw PythonError("MemoryError", "")
        }
        memcpy(o, source, size)
        o.objectHeader.pointee.kindAndFlags |= ObjectFlags.trailingSlot
        o.objectHeader.pointee.classWord = UInt64(UInt(bitPattern: TypeObject.field(t, TypeObject.rootShape).asObject))
        Heap.trailingSlot(o).pointee = .none
        return Value(object: o)
    }

    /// The exact built-in value of a subclass instance (`str(s)`, `tuple(t)`).
    static func exact(_ rt: Runtime, _ v: Value) throws -> Value {
        if isBoxed(v) { return unboxed(v) }
        guard v.isObject, v.asObject.objectHeader.pointee.classWord != 0 else { return v }
        let o = v.asObject
        switch o.objectKind {
        case .str: return try rt.makeStr(StrObject.swiftString(o))
        case .tuple: return try rt.tuple(Array(UnsafeBufferPointer(start: TupleObject.items(o), count: TupleObject.count(o))))
        case .bytes: return try BytesObject.make(rt, Array(BytesObject.view(v)!))
        default: return v
        }
    }

    /// A native method's result, except that a str, tuple or bytes method
    /// returning its subclass-instance receiver unchanged returns the exact
    /// value instead (`S("a").strip()` is a str, as in CPython).
    @inline(__always) static func unlessReceiver(_ rt: Runtime, _ result: Value, _ receiver: Value) throws -> Value {
        guard result.bits == receiver.bits, result.isObject, result.asObject.hasFlag(ObjectFlags.trailingSlot) else { return result }
        return try exact(rt, result)
    }

    /// `int.__new__(cls, ...)` and the same for float, str, tuple and bytes:
    /// the built-in constructor's result, made an instance of `cls`.
    static func install(_ rt: Runtime) throws {
        let t = rt.types
        for type in [t.int, t.float, t.str, t.tuple, t.bytes] {
            let constructor = Int(TypeObject.field(type.asObject, TypeObject.constructor).asSmallInt)
            let name = TypeObject.nameString(rt, type.asObject)
            try rt.defineMethod(type, "__new__", keywords: rt.natives[constructor].keywords) { rt, args in
                guard let cls = args.first else { throw PythonError("TypeError", "\(name).__new__(): not enough arguments") }
                guard TypeObject.isType(cls) else {
                    throw PythonError("TypeError", "\(name).__new__(X): X is not a type object (\(rt.typeName(cls)))")
                }
                guard TypeObject.isSubtype(cls.asObject, type.asObject) else {
                    let c = TypeObject.nameString(rt, cls.asObject)
                    throw PythonError("TypeError", "\(name).__new__(\(c)): \(c) is not a subtype of \(name)")
                }
                let made = try rt.natives[constructor].body(rt, UnsafeBufferPointer(rebasing: args[1...]))
                return try instance(rt, of: cls, from: try exact(rt, made))
            }
        }
    }
}
