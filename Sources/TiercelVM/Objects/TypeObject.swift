/// Type objects: a value vector of kind `.type` with fixed fields.
///
/// A type's class word is 0 when its metaclass is `type`, else the root
/// shape of its metaclass. Attribute lookups walk `mro` (C3 order, the type
/// itself first) through each type's own `dict`. `version` changes whenever
/// the type or a base changes, so caches keyed on (shape, version) stay
/// valid without being flushed; machine code will guard on the same word.
enum TypeObject {
    static let name = 0, qualname = 1, bases = 2, mro = 3, dict = 4, rootShape = 5, version = 6, flags = 7
    static let instanceKind = 8, subclasses = 9, module = 10, slotHint = 11, constructor = 12, dictShape = 13
    /// What calling the class inline needs: its Python `__init__` (or None
    /// when the generic path must run), valid while `version` equals
    /// `initCacheVersion`.
    static let initCache = 14, initCacheVersion = 15
    /// How many `__slots__` fields its instances have, its bases' included.
    static let memberSlots = 16
    static let fieldCount = 17

    /// Bits of the `flags` field.
    static let heapType: Int64 = 1
    static let baseType: Int64 = 2
    /// The class (or a base) defines __getattr__ / __getattribute__ / __setattr__
    /// / __delattr__: the generic attribute paths must call them.
    static let customAttributes: Int64 = 4
    /// A class a native module defines: messages name it module.name, as
    /// CPython's tp_name does ('functools.partial').
    static let qualifiedName: Int64 = 8
    /// Instances match sequence / mapping patterns in `match` (CPython's
    /// Py_TPFLAGS_SEQUENCE / MAPPING); subclasses inherit them.
    static let sequence: Int64 = 16
    static let mapping: Int64 = 32
    /// Instances are boxed ints or floats (a Python subclass of int or float):
    /// `.instance` objects carrying ObjectFlags.boxedValue.
    static let boxed: Int64 = 64
    /// Every class in the MRO declares `__slots__` without `__dict__`:
    /// instances take no attributes but their slots. Not inherited: a
    /// subclass without `__slots__` has a dict again.
    static let noInstanceDict: Int64 = 128
    /// Likewise without `__weakref__`: instances cannot be weakly referenced.
    static let noWeakrefs: Int64 = 256
    static let inherited: Int64 = customAttributes | sequence | mapping | boxed

    @inline(__always) static func field(_ t: UnsafeMutableRawPointer, _ i: Int) -> Value { ValueVector.values(t)[i] }
    @inline(__always) static func set(_ t: UnsafeMutableRawPointer, _ i: Int, _ v: Value) { ValueVector.values(t)[i] = v }

    static func isType(_ v: Value) -> Bool { v.isObject && v.asObject.objectKind == .type }

    static func flags(_ t: UnsafeMutableRawPointer) -> Int64 { field(t, flags).asSmallInt }

    static func nameString(_ rt: Runtime, _ t: UnsafeMutableRawPointer) -> String { rt.swiftString(field(t, name)) }

    static func instanceKind(_ t: UnsafeMutableRawPointer) -> ObjectKind {
        ObjectKind(rawValue: UInt8(field(t, instanceKind).asSmallInt)) ?? .other
    }

    static func mroItems(_ t: UnsafeMutableRawPointer) -> UnsafeBufferPointer<Value> {
        let m = field(t, mro).asObject
        return UnsafeBufferPointer(start: TupleObject.items(m), count: TupleObject.count(m))
    }

    /// A type object with its fields set; `mro` is computed from `bases`.
    static func make(_ rt: Runtime, name: String, bases: [Value], dict: Value?, instanceKind: ObjectKind,
                     flags: Int64, metaclass: Value? = nil, module: String = "builtins") throws -> Value {
        try rt.withTemporaryRoots(3) { roots in
            roots[0] = try vector(rt, kind: .type, [Value](repeating: .none, count: fieldCount))
            let t = roots[0].asObject
            set(t, self.name, try rt.intern(name))
            set(t, qualname, try rt.intern(name))
            guard let b = TupleObject.make(rt.heap, bases) else { throw PythonError("MemoryError", "") }
            set(t, self.bases, b)
            set(t, self.dict, try dict ?? rt.newDict())
            set(t, version, Value(uncheckedSmallInt: rt.nextTypeVersion()))
            set(t, self.flags, Value(uncheckedSmallInt: flags))
            set(t, self.instanceKind, Value(uncheckedSmallInt: Int64(instanceKind.rawValue)))
            set(t, subclasses, try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0)))
            set(t, self.module, try rt.intern(module))
            set(t, slotHint, Value(uncheckedSmallInt: 0))
            set(t, memberSlots, Value(uncheckedSmallInt: 0))
            set(t, mro, try linearize(rt, roots[0], bases))
            set(t, rootShape, try Shape.makeRoot(rt, type: roots[0], dictMode: false))
            set(t, dictShape, try Shape.makeRoot(rt, type: roots[0], dictMode: true))
            if let metaclass, metaclass.bits != rt.types.type.bits {
                t.objectHeader.pointee.classWord = UInt64(UInt(bitPattern: field(metaclass.asObject, rootShape).asObject))
            }
            for base in bases {
                try ListObject.append(rt, field(base.asObject, subclasses).asObject, roots[0])
                let passed = TypeObject.flags(base.asObject) & inherited
                set(t, self.flags, Value(uncheckedSmallInt: TypeObject.flags(t) | passed))
                // Bases' __slots__ fields form a chain (typeNew checks), so the longest is all of them.
                let members = field(base.asObject, memberSlots).asSmallInt
                if members > field(t, memberSlots).asSmallInt { set(t, memberSlots, Value(uncheckedSmallInt: members)) }
            }
            return roots[0]
        }
    }

    /// C3 linearization: the type, then a merge of the bases' MROs and the
    /// bases list that keeps every local precedence order.
    static func linearize(_ rt: Runtime, _ type: Value, _ bases: [Value]) throws -> Value {
        for (i, base) in bases.enumerated() where bases[..<i].contains(base) {
            throw PythonError("TypeError", "duplicate base class \(nameString(rt, base.asObject))")
        }
        var sequences: [[Value]] = bases.map { Array(mroItems($0.asObject)) }
        sequences.append(bases)
        var result: [Value] = [type]
        while true {
            sequences = sequences.filter { !$0.isEmpty }
            if sequences.isEmpty { break }
            var candidate: Value?
            for s in sequences {
                let head = s[0]
                if !sequences.contains(where: { $0.dropFirst().contains(head) }) {
                    candidate = head
                    break
                }
            }
            guard let next = candidate else {
                let names = bases.map { nameString(rt, $0.asObject) }.joined(separator: ", ")
                throw PythonError("TypeError", "Cannot create a consistent method resolution\norder (MRO) for bases \(names)")
            }
            result.append(next)
            sequences = sequences.map { $0.first == next ? Array($0.dropFirst()) : $0 }
        }
        guard let t = TupleObject.make(rt.heap, result) else { throw PythonError("MemoryError", "") }
        return t
    }

    /// The first definition of `name` along the MRO, or nil.
    static func lookup(_ rt: Runtime, _ t: UnsafeMutableRawPointer, _ name: Value) throws -> Value? {
        // The method cache (as CPython's type attribute cache): one entry per
        // (version, name) hash, valid while the type's version is unchanged;
        // a type's version changes with any change to it or a base.
        let tag = field(t, version)
        let entry = rt.lookupCache.entry(tag, name)
        if entry[0].bits == tag.bits && entry[1].bits == name.bits { return entry[2].isEmpty ? nil : entry[2] }
        var found: Value? = nil
        for k in mroItems(t) {
            if let v = try DictObject.get(field(k.asObject, dict).asObject, name, rt.ops) { found = v; break }
        }
        entry[0] = tag
        entry[1] = name
        entry[2] = found ?? .empty
        return found
    }

    /// Sets `name` in a type's own dict from native code, invalidating
    /// the lookup caches that may hold the old answer.
    static func setInDict(_ rt: Runtime, _ t: UnsafeMutableRawPointer, _ name: Value, _ value: Value) throws {
        try DictObject.set(rt.heap, field(t, dict).asObject, name, value, rt.ops)
        invalidate(rt, t)
    }

    /// Whether `t` has `base` in its MRO.
    static func isSubtype(_ t: UnsafeMutableRawPointer, _ base: UnsafeMutableRawPointer) -> Bool {
        if t == base { return true }
        for k in mroItems(t) where k.asObject == base { return true }
        return false
    }

    /// A change to `t`'s attributes: new version tags for it and every subclass.
    static func invalidate(_ rt: Runtime, _ t: UnsafeMutableRawPointer) {
        set(t, version, Value(uncheckedSmallInt: rt.nextTypeVersion()))
        let subs = field(t, subclasses).asObject
        for i in 0..<ListObject.count(subs) { invalidate(rt, ListObject.items(subs)[i].asObject) }
    }

    /// Sets an attribute in a type's own dict (for `C.x = v` and class creation).
    static func setAttribute(_ rt: Runtime, _ t: UnsafeMutableRawPointer, _ name: Value, _ value: Value) throws {
        try DictObject.set(rt.heap, field(t, dict).asObject, name, value, rt.ops)
        try noteSpecialName(rt, t, name)
        invalidate(rt, t)
    }

    /// Marks `t` and its subclasses when a name the attribute paths must honour appears.
    static func noteSpecialName(_ rt: Runtime, _ t: UnsafeMutableRawPointer, _ name: Value) throws {
        let s = rt.swiftString(name)
        guard s == "__getattr__" || s == "__getattribute__" || s == "__setattr__" || s == "__delattr__" else { return }
        func mark(_ k: UnsafeMutableRawPointer) {
            set(k, flags, Value(uncheckedSmallInt: flags(k) | customAttributes))
            let subs = field(k, subclasses).asObject
            for i in 0..<ListObject.count(subs) { mark(ListObject.items(subs)[i].asObject) }
        }
        mark(t)
    }
}

/// The built-in types, created once per runtime and pinned.
struct BuiltinTypes {
    var object = Value.none, type = Value.none, int = Value.none, bool = Value.none, float = Value.none
    var str = Value.none, tuple = Value.none, list = Value.none, dict = Value.none, range = Value.none
    var slice = Value.none, function = Value.none, builtinFunction = Value.none, methodDescriptor = Value.none
    var memberDescriptor = Value.none, complex = Value.none
    var baseExceptionGroup = Value.none, exceptionGroup = Value.none, memoryview = Value.none
    var method = Value.none, cell = Value.none, noneType = Value.none, ellipsis = Value.none
    var notImplemented = Value.none, iterator = Value.none, dictKeys = Value.none, dictValues = Value.none
    var dictItems = Value.none, property = Value.none, classmethod = Value.none, staticmethod = Value.none
    var superType = Value.none, baseException = Value.none, code = Value.none, generator = Value.none
    var module = Value.none, set = Value.none, frozenset = Value.none, bytes = Value.none, bytearray = Value.none
    var callableIterator = Value.none, coroutine = Value.none, asyncGenerator = Value.none
    var frame = Value.none, traceback = Value.none
}
