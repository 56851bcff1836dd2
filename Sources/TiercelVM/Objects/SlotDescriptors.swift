/// `__slots__`: fixed fields in the instance and a member descriptor per
/// slot name on the class, as CPython lays them out.
///
/// A class's slot fields follow its bases' (TypeObject.memberSlots counts
/// them all; the instance header records the count, see
/// ObjectFlags.memberSlotMask), between an instance's fixed fields and its
/// shape slots, so neither a shape transition nor a switch to dict mode
/// moves them and they never appear in a subclass's `__dict__`. A class
/// flagged TypeObject.noInstanceDict refuses attributes that are not slots.
enum SlotDescriptors {
    /// Member descriptor fields: the slot's name, the class that declared
    /// it, its field index among the instance's slot fields, its doc.
    static let name = 0, owner = 1, index = 2, doc = 3

    /// What a class body's `__slots__` declares.
    struct Declaration {
        /// Slot names after private-name mangling, sorted as CPython stores them.
        var names: [Value]
        /// Docstrings when `__slots__` is a dict, by position in `names`.
        var docs: [Value]
        /// `__dict__` was listed: instances keep a dict after all.
        var wantsDict: Bool
        /// `__weakref__` was listed.
        var wantsWeakref: Bool
    }

    /// Reads and checks `__slots__` from a class namespace; nil without one.
    static func declaration(_ rt: Runtime, className: String, namespace: UnsafeMutableRawPointer) throws -> Declaration? {
        guard let spec = try DictObject.get(namespace, try rt.intern("__slots__"), rt.ops) else { return nil }
        let items: [Value]
        if StrObject.isStr(spec) {
            items = [spec]
        } else {
            let list = try rt.listFrom(spec)
            items = Array(UnsafeBufferPointer(start: ListObject.items(list.asObject), count: ListObject.count(list.asObject)))
        }
        var names: [(String, Value)] = []
        var wantsDict = false, wantsWeakref = false
        for item in items {
            guard StrObject.isStr(item) else {
                throw PythonError("TypeError", "__slots__ items must be strings, not '\(rt.typeName(item))'")
            }
            let text = rt.swiftString(item)
            guard isIdentifier(text) else { throw PythonError("TypeError", "__slots__ must be identifiers") }
            if text == "__dict__" {
                if wantsDict { throw PythonError("TypeError", "__dict__ slot disallowed: we already got one") }
                wantsDict = true
                continue
            }
            if text == "__weakref__" {
                if wantsWeakref {
                    throw PythonError("TypeError", "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
                }
                wantsWeakref = true
                continue
            }
            let mangled = mangle(text, className: className)
            if try DictObject.get(namespace, try rt.intern(mangled), rt.ops) != nil {
                throw PythonError("ValueError", "'\(text)' in __slots__ conflicts with class variable")
            }
            // (3.11 ignores the values of a dict __slots__; 3.12 makes them docstrings.)
            if !names.contains(where: { $0.0 == mangled }) { names.append((mangled, .none)) }
        }
        names.sort { $0.0 < $1.0 }
        return Declaration(names: try names.map { try rt.intern($0.0) }, docs: names.map { $0.1 },
                           wantsDict: wantsDict, wantsWeakref: wantsWeakref)
    }

    /// `__x` declared in class `C` is stored as `_C__x`, as the compiler mangles it.
    private static func mangle(_ name: String, className: String) -> String {
        guard name.hasPrefix("__"), !name.hasSuffix("__") else { return name }
        let stripped = className.drop { $0 == "_" }
        return stripped.isEmpty ? name : "_\(stripped)\(name)"
    }

    private static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first.properties.isXIDStart || first == "_" else { return false }
        return s.unicodeScalars.dropFirst().allSatisfy { $0.properties.isXIDContinue }
    }

    static func make(_ rt: Runtime, name: Value, index: Int, doc: Value) throws -> Value {
        try vector(rt, kind: .memberDescriptor, [name, .none, Value(uncheckedSmallInt: Int64(index)), doc])
    }

    @inline(__always) static func field(_ d: UnsafeMutableRawPointer, _ i: Int) -> Value { ValueVector.values(d)[i] }

    /// The field of `v` that member descriptor `d` reads and writes, or the
    /// TypeError CPython gives when `v` is not an instance of its class.
    private static func slot(_ rt: Runtime, _ d: UnsafeMutableRawPointer, _ v: Value) throws -> UnsafeMutablePointer<Value> {
        let owner = field(d, owner)
        let k = Int(field(d, index).asSmallInt)
        guard v.isObject, TypeObject.isSubtype(rt.typeOf(v).asObject, owner.asObject),
              [.instance, .exception].contains(v.asObject.objectKind), k < Instance.memberSlots(v.asObject) else {
            throw PythonError("TypeError", "descriptor '\(rt.swiftString(field(d, name)))' for '\(TypeObject.nameString(rt, owner.asObject))' objects doesn't apply to a '\(rt.typeName(v))' object")
        }
        return Instance.memberSlot(v.asObject, k)
    }

    static func get(_ rt: Runtime, _ d: UnsafeMutableRawPointer, _ v: Value) throws -> Value {
        let value = try slot(rt, d, v).pointee
        if !value.isEmpty { return value }
        throw PythonError("AttributeError", "'\(rt.typeName(v))' object has no attribute '\(rt.swiftString(field(d, name)))'",
                          name: field(d, name), object: v)
    }

    static func set(_ rt: Runtime, _ d: UnsafeMutableRawPointer, _ v: Value, _ value: Value) throws {
        try slot(rt, d, v).pointee = value
    }

    static func delete(_ rt: Runtime, _ d: UnsafeMutableRawPointer, _ v: Value) throws {
        let field = try slot(rt, d, v)
        if field.pointee.isEmpty { throw PythonError("AttributeError", rt.swiftString(self.field(d, name))) }
        field.pointee = .empty
    }

    /// Adds `slots`' member descriptors to a new class's dict (before its
    /// `__doc__`, where CPython puts them), numbered after `inherited`
    /// fields of its bases; their owner is set by `adopt` once the class exists.
    static func addDescriptors(_ rt: Runtime, _ slots: Declaration, inherited: Int, to dict: UnsafeMutableRawPointer) throws {
        for (i, slot) in slots.names.enumerated() {
            try DictObject.set(rt.heap, dict, slot, try make(rt, name: slot, index: inherited + i, doc: slots.docs[i]), rt.ops)
        }
    }

    static func adopt(_ rt: Runtime, _ slots: Declaration, _ cls: Value, inherited: Int, bases: [Value]) throws {
        let t = cls.asObject
        let dict = TypeObject.field(t, TypeObject.dict).asObject
        for slot in slots.names { ValueVector.values(try DictObject.get(dict, slot, rt.ops)!.asObject)[owner] = cls }
        TypeObject.set(t, TypeObject.memberSlots, Value(uncheckedSmallInt: Int64(inherited + slots.names.count)))
        let object = rt.types.object.bits
        // A built-in base (tuple, int, ...) gives its instances no dict, except BaseException and module.
        func addsNoDict(_ base: Value) -> Bool {
            let flags = TypeObject.flags(base.asObject)
            return base.bits == object || flags & TypeObject.noInstanceDict != 0
                || (flags & TypeObject.heapType == 0 && base.bits != rt.types.module.bits
                    && !TypeObject.isSubtype(base.asObject, rt.types.baseException.asObject))
        }
        if !slots.wantsDict && bases.allSatisfy(addsNoDict) {
            TypeObject.set(t, TypeObject.flags, Value(uncheckedSmallInt: TypeObject.flags(t) | TypeObject.noInstanceDict))
        }
        if !slots.wantsWeakref && bases.allSatisfy({ $0.bits == object || TypeObject.flags($0.asObject) & TypeObject.noWeakrefs != 0 }) {
            TypeObject.set(t, TypeObject.flags, Value(uncheckedSmallInt: TypeObject.flags(t) | TypeObject.noWeakrefs))
        }
    }

    /// The slot fields inherited from `bases`, or CPython's TypeError when
    /// two bases add slot fields of their own (their layouts cannot both hold).
    static func inheritedCount(_ rt: Runtime, _ bases: [Value]) throws -> Int {
        let slotted = bases.filter { TypeObject.field($0.asObject, TypeObject.memberSlots).asSmallInt > 0 }
        guard let widest = slotted.max(by: {
            TypeObject.field($0.asObject, TypeObject.memberSlots).asSmallInt < TypeObject.field($1.asObject, TypeObject.memberSlots).asSmallInt
        }) else { return 0 }
        for b in slotted where !TypeObject.isSubtype(widest.asObject, b.asObject) {
            throw PythonError("TypeError", "multiple bases have instance lay-out conflict")
        }
        return Int(TypeObject.field(widest.asObject, TypeObject.memberSlots).asSmallInt)
    }

    /// The slot names of `t`'s instances by field: instances of two classes
    /// have the same layout when these agree (CPython's same_slots_added).
    static func layout(_ rt: Runtime, _ t: UnsafeMutableRawPointer) throws -> [String] {
        var names = [String](repeating: "", count: Int(TypeObject.field(t, TypeObject.memberSlots).asSmallInt))
        for k in TypeObject.mroItems(t) {
            for (_, d) in DictObject.items(TypeObject.field(k.asObject, TypeObject.dict).asObject)
            where d.isObject && d.asObject.objectKind == .memberDescriptor {
                let i = Int(field(d.asObject, index).asSmallInt)
                if i < names.count && names[i].isEmpty { names[i] = rt.swiftString(field(d.asObject, name)) }
            }
        }
        return names
    }

    /// member_descriptor's methods.
    static func install(_ rt: Runtime) throws {
        let t = rt.types.memberDescriptor
        func descriptor(_ args: UnsafeBufferPointer<Value>, _ method: String) throws -> UnsafeMutableRawPointer {
            guard let d = args.first, d.isObject, d.asObject.objectKind == .memberDescriptor else {
                throw PythonError("TypeError", "descriptor '\(method)' requires a 'member_descriptor' object")
            }
            return d.asObject
        }
        try rt.defineMethod(t, "__get__") { rt, args in
            try BuiltinMethods.arity("__get__", args, 1...2)
            let d = try descriptor(args, "__get__")
            return args[1].isNone ? args[0] : try get(rt, d, args[1])
        }
        try rt.defineMethod(t, "__set__") { rt, args in
            try BuiltinMethods.arity("__set__", args, 2...2)
            try set(rt, try descriptor(args, "__set__"), args[1], args[2])
            return .none
        }
        try rt.defineMethod(t, "__delete__") { rt, args in
            try BuiltinMethods.arity("__delete__", args, 1...1)
            try delete(rt, try descriptor(args, "__delete__"), args[1])
            return .none
        }
    }

    /// `__name__`, `__qualname__`, `__objclass__` and `__doc__` of a member descriptor.
    static func attribute(_ rt: Runtime, _ d: UnsafeMutableRawPointer, _ attribute: String) throws -> Value? {
        switch attribute {
        case "__name__": return field(d, name)
        case "__qualname__":
            return try rt.makeStr("\(rt.swiftString(TypeObject.field(field(d, owner).asObject, TypeObject.qualname))).\(rt.swiftString(field(d, name)))")
        case "__objclass__": return field(d, owner)
        case "__doc__": return field(d, doc)
        default: return nil
        }
    }

    static func repr(_ rt: Runtime, _ d: UnsafeMutableRawPointer) -> String {
        "<member '\(rt.swiftString(field(d, name)))' of '\(TypeObject.nameString(rt, field(d, owner).asObject))' objects>"
    }
}
