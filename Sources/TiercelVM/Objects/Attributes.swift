/// Attribute access: CPython's generic getattr/setattr/delattr with
/// descriptors, instance slots (shapes), type attributes through the
/// metaclass, and `__getattr__` / `__getattribute__` / `__setattr__` hooks.
extension Runtime {
    // MARK: Reading

    func getAttr(_ v: Value, _ name: Value) throws -> Value {
        if v.isObject && v.asObject.objectKind == .superObject { return try superGetAttr(v, name) }
        let t = typeOf(v).asObject
        if TypeObject.flags(t) & TypeObject.customAttributes != 0 {
            if let hook = try TypeObject.lookup(self, t, try intern("__getattribute__")), hook.asObject.objectKind != .methodDescriptor {
                return try callAttributeHook(hook, v, [name], fallbackOnAttributeError: true, name: name)
            }
            guard let hook = try TypeObject.lookup(self, t, try intern("__getattr__")) else {
                if let found = try genericGetAttr(v, name) { return found }
                throw attributeError(v, name)
            }
            // An AttributeError from a descriptor (a property's getter) also falls back to __getattr__.
            do {
                if let found = try genericGetAttr(v, name) { return found }
            } catch let e as RaisedException where isException(e.value, "AttributeError") {
            } catch let e as PythonError where e.type == "AttributeError" {
            }
            return try call(hook, [v, name])
        }
        if let found = try genericGetAttr(v, name) { return found }
        throw attributeError(v, name)
    }

    /// `__getattribute__` defined in Python; an AttributeError from it falls
    /// back to `__getattr__` when the class has one.
    private func callAttributeHook(_ hook: Value, _ v: Value, _ args: [Value], fallbackOnAttributeError: Bool,
                                   name: Value) throws -> Value {
        do {
            return try call(hook, [v] + args)
        } catch let e as RaisedException where fallbackOnAttributeError {
            let t = typeOf(v).asObject
            guard isException(e.value, "AttributeError"),
                  let fallback = try TypeObject.lookup(self, t, try intern("__getattr__")) else { throw e }
            return try call(fallback, [v, name])
        }
    }

    func attributeError(_ v: Value, _ name: Value) -> PythonError {
        if TypeObject.isType(v) {
            return PythonError("AttributeError", "type object '\(TypeObject.nameString(self, v.asObject))' has no attribute '\(swiftString(name))'", name: name, object: v)
        }
        if v.isObject && v.asObject.objectKind == .module {
            return PythonError("AttributeError", "module '\(ModuleObject.name(self, v))' has no attribute '\(swiftString(name))'", name: name, object: v)
        }
        return PythonError("AttributeError", "'\(typeName(v))' object has no attribute '\(swiftString(name))'", name: name, object: v)
    }

    /// object.__getattribute__: nil when the attribute does not exist.
    func genericGetAttr(_ v: Value, _ name: Value) throws -> Value? {
        if TypeObject.isType(v) { return try typeGetAttr(v, name) }
        let t = typeOf(v)
        let descriptor = try TypeObject.lookup(self, t.asObject, name)
        if let d = descriptor, try isDataDescriptor(d) { return try bind(d, to: v, type: t) }
        if v.isObject {
            let o = v.asObject
            switch o.objectKind {
            case .instance, .exception:
                if let own = try Instance.get(self, o, name) { return own }
            case .module:
                if let own = try DictObject.get(ModuleObject.dict(o), name, ops) { return own }
            case .function:
                let d = FunctionObject.dict(o)
                if d.isObject, let own = try DictObject.get(d.asObject, name, ops) { return own }
            case .dict, .list, .str, .tuple, .bytes:
                if let d = try BuiltinSubclass.attributes(self, o, create: false), let own = try DictObject.get(d, name, ops) {
                    return own
                }
            default: break
            }
            if let special = try specialAttribute(o, swiftString(name)) { return special }
        }
        if let d = descriptor { return try bind(d, to: v, type: t) }
        if swiftString(name) == "__class__" { return t }
        if ImmutableSubclass.isBoxed(v) { return try genericGetAttr(ImmutableSubclass.unboxed(v), name) }
        if v.isSmallInt || v.isDouble || v.isBool || IntArithmetic.isBigInt(v) {
            let n = v.isBool ? Value(uncheckedSmallInt: v == .true ? 1 : 0) : v
            switch swiftString(name) {
            case "real": return n
            case "imag": return v.isDouble ? Value(double: 0) : Value(uncheckedSmallInt: 0)
            case "numerator" where !v.isDouble: return n
            case "denominator" where !v.isDouble: return Value(uncheckedSmallInt: 1)
            default: break
            }
        }
        return nil
    }

    /// Whether `f.__isabstractmethod__` is true (what abc looks for).
    private func abstract(_ f: Value) throws -> Bool {
        guard !f.isNone, let flag = try getAttrOrNil(f, try intern("__isabstractmethod__")) else { return false }
        return try truth(flag)
    }

    /// Attributes of built-in objects that CPython implements as getset
    /// descriptors (`__name__` of functions, `args` of exceptions, ...).
    private func specialAttribute(_ o: UnsafeMutableRawPointer, _ name: String) throws -> Value? {
        switch o.objectKind {
        case .dict, .list, .str, .tuple, .bytes:
            if name == "__dict__", let d = try BuiltinSubclass.attributes(self, o, create: true) { return Value(object: d) }
            return nil
        case .instance, .exception:
            if name == "__dict__" {
                let t = typeOf(Value(object: o))
                if TypeObject.flags(t.asObject) & TypeObject.noInstanceDict != 0 || t.bits == types.object.bits { return nil }
                return try Instance.dictionary(self, o)
            }
            guard o.objectKind == .exception else { return nil }
            let fields = ValueVector.values(o)
            switch name {
            case "args": return fields[ExceptionObject.argsField]
            case "__cause__": return fields[ExceptionObject.causeField]
            case "__context__": return fields[ExceptionObject.contextField]
            case "__traceback__": return fields[ExceptionObject.tracebackField]
            case "__suppress_context__": return fields[ExceptionObject.suppressField]
            case "value" where isException(Value(object: o), "StopIteration"):
                let args = fields[ExceptionObject.argsField].asObject
                return TupleObject.count(args) > 0 ? TupleObject.items(args)[0] : Value.none
            case let attribute where ["errno", "strerror", "filename", "filename2"].contains(attribute)
                                     && isException(Value(object: o), "OSError"):
                if let own = try Instance.get(self, o, try intern(name)) { return own }
                let args = fields[ExceptionObject.argsField].asObject
                let n = TupleObject.count(args)
                switch name {
                case "errno": return n >= 2 && n <= 5 ? TupleObject.items(args)[0] : Value.none
                case "strerror": return n >= 2 && n <= 5 ? TupleObject.items(args)[1] : Value.none
                case "filename": return n >= 3 && n <= 5 ? TupleObject.items(args)[2] : Value.none
                default: return Value.none
                }
            case "code" where isException(Value(object: o), "SystemExit"):
                // One argument is the code; none is None; several are the tuple.
                if let own = try Instance.get(self, o, try intern("code")) { return own }
                let args = fields[ExceptionObject.argsField].asObject
                switch TupleObject.count(args) {
                case 0: return Value.none
                case 1: return TupleObject.items(args)[0]
                default: return fields[ExceptionObject.argsField]
                }
            default: return nil
            }
        case .function:
            switch name {
            case "__name__": return FunctionObject.field(o, FunctionObject.name)
            case "__qualname__": return FunctionObject.field(o, FunctionObject.qualname)
            case "__defaults__": return FunctionObject.field(o, FunctionObject.defaults)
            case "__kwdefaults__": return FunctionObject.field(o, FunctionObject.kwdefaults)
            case "__closure__": return FunctionObject.field(o, FunctionObject.closure)
            case "__module__": return FunctionObject.field(o, FunctionObject.module)
            case "__doc__": return FunctionObject.field(o, FunctionObject.doc)
            case "__globals__": return FunctionObject.field(o, FunctionObject.globals)
            case "__code__": return try CodeObject.of(self, code(at: FunctionObject.codeIndex(o)))
            case "__annotations__":
                // Made empty on first use and kept, as CPython's getter does.
                let d = try FunctionObject.ensureDict(self, o)
                return try withTemporaryRoots(1) { roots in
                    roots[0] = try newDict()
                    try DictObject.set(heap, d.asObject, try intern("__annotations__"), roots[0], ops)
                    return roots[0]
                }
            case "__dict__": return try FunctionObject.ensureDict(self, o)
            default: return nil
            }
        case .generator:
            let f = GeneratorObject.field(o, GeneratorObject.function).asObject
            switch name {
            case "__name__": return FunctionObject.field(f, FunctionObject.name)
            case "__qualname__": return FunctionObject.field(f, FunctionObject.qualname)
            case "gi_running", "cr_running", "ag_running": return .bool(GeneratorObject.state(o) == GeneratorObject.running)
            case "gi_suspended", "cr_suspended": return .bool(GeneratorObject.state(o) == GeneratorObject.suspended)
            case "gi_code", "cr_code", "ag_code": return try CodeObject.of(self, code(at: FunctionObject.codeIndex(f)))
            case "gi_frame", "cr_frame", "ag_frame":
                let state = GeneratorObject.state(o)
                if state == GeneratorObject.finished { return Value.none }
                let registers = ValueVector.values(GeneratorObject.field(o, GeneratorObject.registers).asObject)
                let pc = state == GeneratorObject.created ? -1 : Int(GeneratorObject.field(o, GeneratorObject.yieldPc).asSmallInt)
                return try FrameObject.make(self, code: Value(uncheckedSmallInt: Int64(FunctionObject.codeIndex(f))),
                                            globals: GeneratorObject.field(o, GeneratorObject.globals), registers: registers,
                                            pc: pc, back: Value.none)
            case "gi_yieldfrom", "cr_await":
                // The iterator a suspended `yield from` / `await` is running.
                guard GeneratorObject.state(o) == GeneratorObject.suspended else { return Value.none }
                let code = self.code(at: FunctionObject.codeIndex(f))
                let sendAt = Int(GeneratorObject.field(o, GeneratorObject.yieldPc).asSmallInt) - Opcode.send.info.length
                guard sendAt >= 0, code.words[sendAt] == UInt32(Opcode.send.rawValue) else { return Value.none }
                return ValueVector.values(GeneratorObject.field(o, GeneratorObject.registers).asObject)[Int(code.words[sendAt + 2])]
            default: return nil
            }
        case .boundMethod:
            switch name {
            case "__self__": return ValueVector.values(o)[1]
            case "__func__": return ValueVector.values(o)[0]
            default: return try genericGetAttr(ValueVector.values(o)[0], try intern(name))
            }
        case .builtinFunction, .methodDescriptor:
            switch name {
            case "__name__", "__qualname__": return ValueVector.values(o)[1]
            case "__self__": return o.objectKind == .builtinFunction && !ValueVector.values(o)[2].isEmpty ? ValueVector.values(o)[2] : Value.none
            case "__module__" where o.objectKind == .builtinFunction:
                let receiver = ValueVector.values(o)[2]
                guard receiver.isEmpty || (receiver.isObject && receiver.asObject.objectKind == .module),
                      let module = natives[Int(ValueVector.values(o)[0].asSmallInt)].module else { return Value.none }
                return try intern(module)
            // Native functions carry no docstrings or signatures.
            case "__doc__", "__text_signature__": return Value.none
            default: return nil
            }
        case .property:
            switch name {
            case "fget": return ValueVector.values(o)[0]
            case "fset": return ValueVector.values(o)[1]
            case "fdel": return ValueVector.values(o)[2]
            case "__doc__": return ValueVector.values(o)[3]
            case "__isabstractmethod__":
                // A subclass's class attribute (abc.abstractproperty's True) comes first in the MRO.
                let t = typeOf(Value(object: o))
                if t.bits != types.property.bits, let own = try TypeObject.lookup(self, t.asObject, try intern(name)) { return own }
                for i in 0..<3 where try abstract(ValueVector.values(o)[i]) { return .true }
                return .false
            default: return nil
            }
        case .memberDescriptor:
            return try SlotDescriptors.attribute(self, o, name)
        case .memoryview:
            return try MemoryView.attribute(self, o, name)
        case .complex:
            switch name {
            case "real": return Value(double: ComplexObject.parts(o).real)
            case "imag": return Value(double: ComplexObject.parts(o).imag)
            default: return nil
            }
        case .classmethod, .staticmethod:
            if name == "__isabstractmethod__" { return .bool(try abstract(ValueVector.values(o)[0])) }
            return name == "__func__" || name == "__wrapped__" ? ValueVector.values(o)[0] : nil
        case .module:
            return name == "__dict__" ? ValueVector.values(o)[0] : nil
        case .code: return try CodeObject.attribute(self, o, name)
        case .frame: return try FrameObject.attribute(self, o, name)
        case .traceback: return try TracebackObject.attribute(self, o, name)
        case .cell:
            if name == "cell_contents" {
                let v = ValueVector.values(o)[0]
                if v.isEmpty { throw PythonError("ValueError", "Cell is empty") }
                return v
            }
            return nil
        case .slice:
            switch name {
            case "start": return ValueVector.values(o)[0]
            case "stop": return ValueVector.values(o)[1]
            case "step": return ValueVector.values(o)[2]
            default: return nil
            }
        case .range:
            switch name {
            case "start": return ValueVector.values(o)[0]
            case "stop": return ValueVector.values(o)[1]
            case "step": return ValueVector.values(o)[2]
            default: return nil
            }
        default:
            return nil
        }
    }

    /// Attribute lookup on a type: the metaclass's data descriptors, then
    /// the type's MRO, then the metaclass's other attributes.
    private func typeGetAttr(_ v: Value, _ name: Value) throws -> Value? {
        let t = v.asObject
        let meta = typeOf(v)
        let metaDescriptor = try TypeObject.lookup(self, meta.asObject, name)
        if let d = metaDescriptor, try isDataDescriptor(d) { return try bind(d, to: v, type: meta) }
        if let found = try TypeObject.lookup(self, t, name) {
            if found.isObject {
                switch found.asObject.objectKind {
                case .classmethod: return try boundMethod(ValueVector.values(found.asObject)[0], v)
                case .staticmethod: return ValueVector.values(found.asObject)[0]
                case .instance:
                    if let get = try TypeObject.lookup(self, typeOf(found).asObject, try intern("__get__")) {
                        return try call(get, [found, .none, v])
                    }
                default: break
                }
            }
            return found
        }
        switch swiftString(name) {
        case "__name__": return TypeObject.field(t, TypeObject.name)
        case "__qualname__": return TypeObject.field(t, TypeObject.qualname)
        case "__module__": return TypeObject.field(t, TypeObject.module)
        case "__bases__": return TypeObject.field(t, TypeObject.bases)
        case "__base__":
            let bases = TypeObject.field(t, TypeObject.bases).asObject
            return TupleObject.count(bases) > 0 ? TupleObject.items(bases)[0] : Value.none
        case "__mro__": return TypeObject.field(t, TypeObject.mro)
        case "__dict__":
            // Read-only, as CPython's mappingproxy: writing the dict itself would
            // bypass the version tags that the lookup and inline caches rely on.
            let proxy = try getAttr(try loadModule("types"), try intern("MappingProxyType"))
            return try call(proxy, [TypeObject.field(t, TypeObject.dict)])
        case "__doc__": return Value.none
        case "__class__": return meta
        default: break
        }
        if let d = metaDescriptor { return try bind(d, to: v, type: meta) }
        return nil
    }

    /// Whether `d` (found on a type) is a data descriptor, which takes
    /// precedence over an instance's own attributes.
    func isDataDescriptor(_ d: Value) throws -> Bool {
        guard d.isObject else { return false }
        switch d.asObject.objectKind {
        case .property, .memberDescriptor: return true
        case .instance:
            let t = typeOf(d).asObject
            return try TypeObject.lookup(self, t, try intern("__set__")) != nil
                || TypeObject.lookup(self, t, try intern("__delete__")) != nil
        default: return false
        }
    }

    /// A descriptor found on `type`, read through instance `v`.
    func bind(_ d: Value, to v: Value, type: Value) throws -> Value {
        guard d.isObject else { return d }
        let o = d.asObject
        switch o.objectKind {
        case .function: return try boundMethod(d, v)
        case .methodDescriptor:
            // __new__ is static: it takes the class explicitly.
            if natives[Int(ValueVector.values(o)[0].asSmallInt)].name == "__new__" { return d }
            let receiver = ImmutableSubclass.unboxesReceiver(self, ValueVector.values(o)[2]) ? ImmutableSubclass.unboxed(v) : v
            return try vector(self, kind: .builtinFunction, [ValueVector.values(o)[0], ValueVector.values(o)[1], receiver])
        case .classmethod: return try boundMethod(ValueVector.values(o)[0], type)
        case .staticmethod: return ValueVector.values(o)[0]
        case .memberDescriptor: return try SlotDescriptors.get(self, o, v)
        case .property:
            let getter = ValueVector.values(o)[0]
            if getter.isNone {
                throw PythonError("AttributeError", "property '\(try propertyName(o))' of '\(typeName(v))' object has no getter")
            }
            return try call(getter, [v])
        case .instance:
            if let get = try TypeObject.lookup(self, typeOf(d).asObject, try intern("__get__")) {
                return try call(get, [d, v, type])
            }
            return d
        default: return d
        }
    }

    private func propertyName(_ p: UnsafeMutableRawPointer) throws -> String {
        // The class attribute's name, which __set_name__ recorded, else fget's.
        if StrObject.isStr(ValueVector.values(p)[4]) { return swiftString(ValueVector.values(p)[4]) }
        for f in [ValueVector.values(p)[0], ValueVector.values(p)[1], ValueVector.values(p)[2]] where f.isObject && f.asObject.objectKind == .function {
            return swiftString(FunctionObject.field(f.asObject, FunctionObject.name))
        }
        return "?"
    }

    func boundMethod(_ f: Value, _ receiver: Value) throws -> Value {
        Value(object: try newVector(self, kind: .boundMethod, f, receiver))
    }

    /// getattr(v, name, default) and hasattr: nil when an AttributeError was raised.
    func getAttrOrNil(_ v: Value, _ name: Value) throws -> Value? {
        try unless("AttributeError") { try getAttr(v, name) }
    }

    /// `body`'s result, or nil when it raised `exceptionType` (from Swift or Python).
    func unless<T>(_ exceptionType: String, _ body: () throws -> T) throws -> T? {
        do {
            return try body()
        } catch let e as PythonError where e.type == exceptionType {
            return nil
        } catch let e as RaisedException where isException(e.value, exceptionType) {
            return nil
        }
    }

    // MARK: Writing

    func setAttr(_ v: Value, _ name: Value, _ value: Value) throws {
        let t = typeOf(v).asObject
        if TypeObject.flags(t) & TypeObject.customAttributes != 0,
           let hook = try TypeObject.lookup(self, t, try intern("__setattr__")), hook.asObject.objectKind != .methodDescriptor {
            _ = try call(hook, [v, name, value])
            return
        }
        try genericSetAttr(v, name, value)
    }

    /// object.__setattr__.
    func genericSetAttr(_ v: Value, _ name: Value, _ value: Value) throws {
        if TypeObject.isType(v) {
            let t = v.asObject
            guard TypeObject.flags(t) & TypeObject.heapType != 0 else {
                throw PythonError("TypeError", "cannot set '\(swiftString(name))' attribute of immutable type '\(TypeObject.nameString(self, t))'")
            }
            let meta = typeOf(v)
            if let d = try TypeObject.lookup(self, meta.asObject, name), try isDataDescriptor(d) {
                try setThroughDescriptor(d, v, value, name)
                return
            }
            let key = swiftString(name)
            if (key == "__name__" || key == "__qualname__") && !StrObject.isStr(value) {
                throw PythonError("TypeError", "can only assign string to \(TypeObject.nameString(self, t)).\(key), not '\(typeName(value))'")
            }
            switch key {
            case "__name__": TypeObject.set(t, TypeObject.name, value)
            case "__qualname__": TypeObject.set(t, TypeObject.qualname, value)
            case "__bases__":
                // Reassigning the same bases (typing.NamedTuple does) changes nothing. Other
                // bases would need the MRO, layouts and caches to follow: refused, not stored.
                let current = TypeObject.field(t, TypeObject.bases)
                if TupleObject.isTuple(value), TupleObject.isTuple(current),
                   TupleObject.count(value.asObject) == TupleObject.count(current.asObject),
                   (0..<TupleObject.count(value.asObject)).allSatisfy({ TupleObject.items(value.asObject)[$0].bits == TupleObject.items(current.asObject)[$0].bits }) {
                    return
                }
                throw PythonError("NotImplementedError", "assigning __bases__ is not supported by tiercel yet")
            case "__module__":
                // repr and messages read the field; the dict keeps it too, as CPython's does.
                TypeObject.set(t, TypeObject.module, value)
                try TypeObject.setAttribute(self, t, name, value)
            default: try TypeObject.setAttribute(self, t, name, value)
            }
            return
        }
        let t = typeOf(v)
        if swiftString(name) == "__class__" {
            try assignClass(v, value)
            return
        }
        let found = try TypeObject.lookup(self, t.asObject, name)
        if let d = found, try isDataDescriptor(d) {
            try setThroughDescriptor(d, v, value, name)
            return
        }
        if TypeObject.flags(t.asObject) & TypeObject.noInstanceDict != 0 {
            if found != nil {
                throw PythonError("AttributeError", "'\(typeName(v))' object attribute '\(swiftString(name))' is read-only", name: name, object: v)
            }
            throw attributeError(v, name)
        }
        // Built-in objects without a __dict__: an attribute their type has is
        // read-only, others do not exist.
        func noInstanceDict() -> PythonError {
            if found != nil {
                return PythonError("AttributeError", "'\(typeName(v))' object attribute '\(swiftString(name))' is read-only", name: name, object: v)
            }
            return attributeError(v, name)
        }
        guard v.isObject else { throw noInstanceDict() }
        let o = v.asObject
        if Self.readonlyMembers[o.objectKind]?.contains(swiftString(name)) == true {
            throw PythonError("AttributeError", "readonly attribute")
        }
        switch o.objectKind {
        case .instance:
            if t.bits == types.object.bits { throw noInstanceDict() }
            if swiftString(name) == "__dict__" {
                // The instance goes to dict mode with the given dict as its store.
                guard DictObject.isDict(value) else {
                    throw PythonError("TypeError", "__dict__ must be set to a dictionary, not a '\(typeName(value))'")
                }
                try Instance.dictionary(self, o)
                ValueVector.values(o)[Instance.backing] = value
                return
            }
            try Instance.set(self, o, name, value)
        case .property where swiftString(name) == "__doc__":
            ValueVector.values(o)[3] = value
        case .builtinFunction where ["__name__", "__qualname__", "__doc__", "__self__", "__text_signature__"].contains(swiftString(name)):
            // Getset descriptors on the C type: present but not writable.
            throw PythonError("AttributeError", "attribute '\(swiftString(name))' of '\(typeName(v))' objects is not writable")
        case .traceback where swiftString(name) == "tb_next":
            try TracebackObject.setNext(self, o, value)
        case .dict, .list, .str, .tuple, .bytes:
            guard let d = try BuiltinSubclass.attributes(self, o, create: true) else { throw noInstanceDict() }
            try DictObject.set(heap, d, name, value, ops)
        case .exception:
            let fields = ValueVector.values(o)
            switch swiftString(name) {
            case "args": fields[ExceptionObject.argsField] = try tupleFrom(value)
            case "__cause__":
                guard value.isNone || ExceptionObject.isInstance(value) else {
                    throw PythonError("TypeError", "exception cause must be None or derive from BaseException")
                }
                fields[ExceptionObject.causeField] = value
                fields[ExceptionObject.suppressField] = .true
            case "__context__": fields[ExceptionObject.contextField] = value
            case "__traceback__":
                guard value.isNone || TracebackObject.isTraceback(value) else {
                    throw PythonError("TypeError", "__traceback__ must be a traceback or None")
                }
                fields[ExceptionObject.tracebackField] = value
            case "__suppress_context__": fields[ExceptionObject.suppressField] = .bool(try truth(value))
            default: try Instance.set(self, o, name, value)
            }
        case .function:
            let key = swiftString(name)
            if (key == "__name__" || key == "__qualname__") && !StrObject.isStr(value) {
                throw PythonError("TypeError", "\(key) must be set to a string object")
            }
            switch key {
            case "__name__": FunctionObject.setField(o, FunctionObject.name, value)
            case "__qualname__": FunctionObject.setField(o, FunctionObject.qualname, value)
            case "__doc__": FunctionObject.setField(o, FunctionObject.doc, value)
            case "__module__": FunctionObject.setField(o, FunctionObject.module, value)
            case "__defaults__": FunctionObject.setField(o, FunctionObject.defaults, value)
            case "__kwdefaults__": FunctionObject.setField(o, FunctionObject.kwdefaults, value)
            default: try DictObject.set(heap, try FunctionObject.ensureDict(self, o).asObject, name, value, ops)
            }
        case .module:
            try DictObject.set(heap, ModuleObject.dict(o), name, value, ops)
        default:
            throw noInstanceDict()
        }
    }

    /// CPython's READONLY member descriptors, which refuse assignment with
    /// a bare "readonly attribute".
    static let readonlyMembers: [ObjectKind: Set<String>] = [
        .range: ["start", "stop", "step"], .slice: ["start", "stop", "step"],
        .function: ["__globals__", "__closure__", "__builtins__"], .property: ["fget", "fset", "fdel"],
        .staticmethod: ["__func__"], .classmethod: ["__func__"], .complex: ["real", "imag"],
    ]

    private func setThroughDescriptor(_ d: Value, _ v: Value, _ value: Value, _ name: Value) throws {
        let o = d.asObject
        if o.objectKind == .memberDescriptor {
            try SlotDescriptors.set(self, o, v, value)
            return
        }
        if o.objectKind == .property {
            let setter = ValueVector.values(o)[1]
            let getter = ValueVector.values(o)[0]
            if setter.isNone && getter.isObject && getter.asObject.objectKind == .builtinFunction
                && Int(ValueVector.values(getter.asObject)[0].asSmallInt) == namedTupleGetter {
                throw PythonError("AttributeError", "can't set attribute")
            }
            if setter.isNone && getter.isObject && getter.asObject.objectKind == .builtinFunction {
                // A natively defined property stands for a C getset descriptor.
                let owner = try TypeObject.mroItems(typeOf(v).asObject).first { t in
                    try DictObject.get(TypeObject.field(t.asObject, TypeObject.dict).asObject, name, ops)?.bits == d.bits
                } ?? typeOf(v)
                throw PythonError("AttributeError", "attribute '\(swiftString(name))' of '\(TypeObject.nameString(self, owner.asObject))' objects is not writable")
            }
            if setter.isNone {
                throw PythonError("AttributeError", "property '\(try propertyName(o))' of '\(typeName(v))' object has no setter")
            }
            _ = try call(setter, [v, value])
            return
        }
        guard let set = try TypeObject.lookup(self, typeOf(d).asObject, try intern("__set__")) else {
            throw PythonError("AttributeError", "__set__")
        }
        _ = try call(set, [d, v, value])
    }

    func delAttr(_ v: Value, _ name: Value) throws {
        let t = typeOf(v).asObject
        if TypeObject.flags(t) & TypeObject.customAttributes != 0,
           let hook = try TypeObject.lookup(self, t, try intern("__delattr__")), hook.asObject.objectKind != .methodDescriptor {
            _ = try call(hook, [v, name])
            return
        }
        try genericDelAttr(v, name)
    }

    func genericDelAttr(_ v: Value, _ name: Value) throws {
        if let d = try TypeObject.lookup(self, typeOf(v).asObject, name), d.isObject {
            if d.asObject.objectKind == .memberDescriptor {
                try SlotDescriptors.delete(self, d.asObject, v)
                return
            }
            if d.asObject.objectKind == .property {
                let deleter = ValueVector.values(d.asObject)[2]
                if deleter.isNone {
                    throw PythonError("AttributeError", "property '\(try propertyName(d.asObject))' of '\(typeName(v))' object has no deleter")
                }
                _ = try call(deleter, [v])
                return
            }
            if d.asObject.objectKind == .instance, let del = try TypeObject.lookup(self, typeOf(d).asObject, try intern("__delete__")) {
                _ = try call(del, [d, v])
                return
            }
        }
        if TypeObject.isType(v) && TypeObject.flags(v.asObject) & TypeObject.heapType != 0 {
            if try DictObject.delete(TypeObject.field(v.asObject, TypeObject.dict).asObject, name, ops) {
                TypeObject.invalidate(self, v.asObject)
                return
            }
            throw attributeError(v, name)
        }
        if v.isObject {
            let o = v.asObject
            switch o.objectKind {
            case .instance, .exception:
                if try Instance.delete(self, o, name) { return }
            case .module:
                if try DictObject.delete(ModuleObject.dict(o), name, ops) { return }
            case .function:
                let d = FunctionObject.dict(o)
                if d.isObject, try DictObject.delete(d.asObject, name, ops) { return }
            case .dict, .list, .str, .tuple, .bytes:
                if let d = try BuiltinSubclass.attributes(self, o, create: false), try DictObject.delete(d, name, ops) { return }
            default: break
            }
        }
        // Without an instance dict, an attribute the type has is read-only.
        let t = typeOf(v).asObject
        if TypeObject.flags(t) & (TypeObject.heapType | TypeObject.noInstanceDict) != TypeObject.heapType,
           try TypeObject.lookup(self, t, name) != nil {
            throw PythonError("AttributeError", "'\(typeName(v))' object attribute '\(swiftString(name))' is read-only", name: name, object: v)
        }
        throw attributeError(v, name)
    }

    /// `obj.__class__ = C`: allowed between classes defined in Python whose
    /// instances have the same layout, as CPython's compatible_for_assignment.
    private func assignClass(_ v: Value, _ cls: Value) throws {
        guard TypeObject.isType(cls) else {
            throw PythonError("TypeError", "__class__ must be set to a class, not '\(typeName(cls))' object")
        }
        let old = typeOf(v).asObject, new = cls.asObject
        guard v.isObject, [.instance, .exception].contains(v.asObject.objectKind),
              TypeObject.flags(old) & TypeObject.heapType != 0, TypeObject.flags(new) & TypeObject.heapType != 0 else {
            throw PythonError("TypeError", "__class__ assignment only supported for mutable types or ModuleType subclasses")
        }
        let layout = TypeObject.noInstanceDict | TypeObject.noWeakrefs | TypeObject.boxed
        guard TypeObject.instanceKind(old) == TypeObject.instanceKind(new),
              TypeObject.flags(old) & layout == TypeObject.flags(new) & layout,
              try SlotDescriptors.layout(self, old) == SlotDescriptors.layout(self, new) else {
            throw PythonError("TypeError", "__class__ assignment: '\(TypeObject.nameString(self, new))' object layout differs from '\(TypeObject.nameString(self, old))'")
        }
        // The attributes move to a dict, whose shape can belong to any class.
        let o = v.asObject
        try Instance.dictionary(self, o)
        o.objectHeader.pointee.classWord = UInt64(UInt(bitPattern: TypeObject.field(new, TypeObject.dictShape).asObject))
    }
}
