/// Class creation (`__build_class__`, `type.__new__`) and the methods of
/// `object` and `type` that classes inherit.
extension Runtime {
    /// Python 3.11 wraps an exception from `__set_name__` in a RuntimeError
    /// naming the descriptor, the attribute and the class; the original is its cause.
    fileprivate func setNameFailure(_ cause: Value, _ descriptor: Value, _ name: Value, _ cls: Value) throws -> RaisedException {
        try withTemporaryRoots(2) { roots in
            roots[0] = cause
            let message = "Error calling __set_name__ on '\(typeName(descriptor))' instance \(try repr(name)) in '\(TypeObject.nameString(self, cls.asObject))'"
            roots[1] = try ExceptionObject.instance(self, type: try builtin("RuntimeError"), args: [try makeStr(message)])
            let fields = ValueVector.values(roots[1].asObject)
            fields[ExceptionObject.causeField] = cause
            fields[ExceptionObject.contextField] = cause
            fields[ExceptionObject.suppressField] = .true
            return RaisedException(value: roots[1])
        }
    }
}

extension Runtime {
    /// __build_class__(body, name, *bases, metaclass=None, **kwds): runs the
    /// class body with a fresh namespace, then calls the metaclass.
    func buildClass(_ args: UnsafeBufferPointer<Value>) throws -> Value {
        guard args.count >= 2, args[0].isObject, args[0].asObject.objectKind == .function else {
            throw PythonError("TypeError", "__build_class__: func must be a function")
        }
        guard StrObject.isStr(args[1]) else { throw PythonError("TypeError", "__build_class__: name is not a string") }
        var metaclass: Value? = nil
        var keywords: [(Value, Value)] = []
        for (name, value) in pendingKeywords {
            if name == "metaclass" { metaclass = value } else { keywords.append((try intern(name), value)) }
        }
        pendingKeywords = []
        return try withTemporaryRoots(6) { roots in
            // PEP 560: a base that is not a class names the classes it stands for.
            roots[3] = try tuple(Array(args[2...]))
            // The resolved bases are collected only once a base has been replaced.
            var replaced = false
            let entriesName = try intern("__mro_entries__")
            for (i, b) in args[2...].enumerated() {
                if !TypeObject.isType(b), let entries = try getAttrOrNil(b, entriesName) {
                    roots[5] = try call(entries, [roots[3]])
                    let result = roots[5]
                    guard TupleObject.isTuple(result) else { throw PythonError("TypeError", "__mro_entries__ must return a tuple") }
                    if !replaced {
                        roots[4] = try ListObject.make(self, UnsafeBufferPointer(rebasing: args[2..<(2 + i)]))
                        replaced = true
                    }
                    for item in UnsafeBufferPointer(start: TupleObject.items(result.asObject), count: TupleObject.count(result.asObject)) {
                        try ListObject.append(self, roots[4].asObject, item)
                    }
                } else if replaced {
                    try ListObject.append(self, roots[4].asObject, b)
                }
            }
            roots[0] = replaced ? try tupleFrom(roots[4]) : roots[3]
            let bases = Array(UnsafeBufferPointer(start: TupleObject.items(roots[0].asObject), count: TupleObject.count(roots[0].asObject)))
            var meta = metaclass ?? (bases.isEmpty ? types.type : typeOf(bases[0]))
            if TypeObject.isType(meta) { meta = try mostDerivedMetaclass(meta, bases) }
            roots[2] = meta
            if let prepare = try getAttrOrNil(meta, try intern("__prepare__")), !(prepare.isObject && prepare.asObject.objectKind == .methodDescriptor) {
                roots[1] = try call(prepare, [args[1], roots[0]], keywords: keywords)
            } else {
                roots[1] = try newDict()
            }
            let namespace = roots[1]
            _ = try interpreter.callFunction(args[0].asObject, selfValue: .empty,
                                             args: UnsafeBufferPointer(start: roots + 1, count: 1), keywords: [])
            if replaced { try storeSubscript(namespace, try intern("__orig_bases__"), roots[3]) }
            let cls = try call(meta, [args[1], roots[0], namespace], keywords: keywords)
            let cellKey = try intern("__classcell__")
            if DictObject.isDict(namespace), let cell = try DictObject.get(namespace.asObject, cellKey, ops),
               cell.isObject, cell.asObject.objectKind == .cell {
                CellObject.contents(cell.asObject).pointee = cls
            }
            return cls
        }
    }

    /// The metaclass among `meta` and the bases' types that is a subclass of
    /// all the others (_PyType_CalculateMetaclass); a base whose type is
    /// unrelated (5, an int) is a conflict.
    func mostDerivedMetaclass<S: Sequence<Value>>(_ meta: Value, _ bases: S) throws -> Value {
        var winner = meta
        for b in bases {
            let bt = typeOf(b)
            if TypeObject.isSubtype(winner.asObject, bt.asObject) { continue }
            if TypeObject.isSubtype(bt.asObject, winner.asObject) { winner = bt; continue }
            throw PythonError("TypeError", "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
        }
        return winner
    }

    /// type.__new__(meta, name, bases, namespace, **kwds).
    func typeNew(_ meta: Value, _ name: Value, _ basesValue: Value, _ namespace: Value,
                 keywords: [(Value, Value)]) throws -> Value {
        guard StrObject.isStr(name) else {
            throw PythonError("TypeError", "type.__new__() argument 1 must be str, not \(typeName(name))")
        }
        guard TupleObject.isTuple(basesValue) else {
            throw PythonError("TypeError", "type.__new__() argument 2 must be tuple, not \(typeName(basesValue))")
        }
        guard DictObject.isDict(namespace) else {
            throw PythonError("TypeError", "type.__new__() argument 3 must be dict, not \(typeName(namespace))")
        }
        var bases = Array(UnsafeBufferPointer(start: TupleObject.items(basesValue.asObject), count: TupleObject.count(basesValue.asObject)))
        if bases.isEmpty { bases = [types.object] }
        var kind = ObjectKind.instance
        var layoutBase: UnsafeMutableRawPointer? = nil
        // The class is made by the most derived metaclass; one with its own
        // __new__ makes it itself, as type_new hands over in CPython.
        let winner = try mostDerivedMetaclass(meta, bases)
        if winner.bits != meta.bits {
            if let constructor = try TypeObject.lookup(self, winner.asObject, names.new),
               let typeConstructor = try TypeObject.lookup(self, types.type.asObject, names.new),
               constructor.bits != typeConstructor.bits {
                return try call(try bind(constructor, to: .none, type: winner), [winner, name, basesValue, namespace], keywords: keywords)
            }
            return try typeNew(winner, name, basesValue, namespace, keywords: keywords)
        }
        for b in bases {
            guard TypeObject.isType(b) else { throw PythonError("TypeError", "bases must be types") }
            let bt = b.asObject
            if TypeObject.flags(bt) & TypeObject.baseType == 0 {
                throw PythonError("TypeError", "type '\(TypeObject.nameString(self, bt))' is not an acceptable base type")
            }
            // int and float subclasses are boxed instances; tell them apart
            // by their numeric root so int and float bases still conflict.
            var k = TypeObject.instanceKind(bt)
            if let root = ImmutableSubclass.numericRoot(self, bt) { k = root == .int ? .bigInt : .other }
            if k == .instance { continue }
            if kind != .instance && kind != k {
                throw PythonError("TypeError", "multiple bases have instance lay-out conflict")
            }
            kind = k
            layoutBase = bt
        }
        var boxed = false
        if kind == .bigInt || (kind == .other && layoutBase.map { ImmutableSubclass.numericRoot(self, $0) != nil } == true) {
            kind = .instance
            boxed = true
        }
        if ![.instance, .exception, .type, .classmethod, .staticmethod, .property, .dict, .list, .str, .tuple, .bytes, .module].contains(kind),
           let bt = layoutBase {
            throw PythonError("NotImplementedError", "subclassing '\(TypeObject.nameString(self, bt))' is not supported by tiercel yet")
        }
        return try withTemporaryRoots(2) { roots in
            // The class's own dict: a copy of the namespace.
            roots[0] = try newDict()
            let dict = roots[0].asObject
            let classCell = try intern("__classcell__")
            for (k, v) in DictObject.items(namespace.asObject) where k.bits != classCell.bits {
                try DictObject.set(heap, dict, k, v, ops)
            }
            // __new__ is implicitly static; __init_subclass__ and __class_getitem__ implicitly class methods.
            for (implicit, kind) in [("__new__", ObjectKind.staticmethod), ("__init_subclass__", .classmethod),
                                     ("__class_getitem__", .classmethod)] {
                let key = try intern(implicit)
                if let f = try DictObject.get(dict, key, ops), f.isObject, f.asObject.objectKind == .function {
                    try DictObject.set(heap, dict, key, try vector(self, kind: kind, [f]), ops)
                }
            }
            let slots = try SlotDescriptors.declaration(self, className: swiftString(name), namespace: namespace.asObject)
            if let slots, !slots.names.isEmpty, let bt = layoutBase, boxed || [.str, .tuple, .bytes].contains(kind),
               ImmutableSubclass.numericRoot(self, bt) != .float {
                throw PythonError("TypeError", "nonempty __slots__ not supported for subtype of '\(TypeObject.nameString(self, bt))'")
            }
            let inheritedSlots = try SlotDescriptors.inheritedCount(self, bases)
            if let slots { try SlotDescriptors.addDescriptors(self, slots, inherited: inheritedSlots, to: dict) }
            // Every class has its own __doc__ (None unless it has a docstring).
            if try DictObject.get(dict, try intern("__doc__"), ops) == nil {
                try DictObject.set(heap, dict, try intern("__doc__"), .none, ops)
            }
            // A class that defines __eq__ but not __hash__ is unhashable.
            if try DictObject.get(dict, try intern("__eq__"), ops) != nil,
               try DictObject.get(dict, try intern("__hash__"), ops) == nil {
                try DictObject.set(heap, dict, try intern("__hash__"), .none, ops)
            }
            let module = try DictObject.get(dict, try intern("__module__"), ops)
            roots[1] = try TypeObject.make(self, name: swiftString(name), bases: bases, dict: roots[0], instanceKind: kind,
                                           flags: TypeObject.heapType | TypeObject.baseType | (boxed ? TypeObject.boxed : 0), metaclass: meta,
                                           module: module.flatMap { StrObject.isStr($0) ? swiftString($0) : nil } ?? "builtins")
            let cls = roots[1]
            let t = cls.asObject
            if let slots { try SlotDescriptors.adopt(self, slots, cls, inherited: inheritedSlots, bases: bases) }
            if let qualname = try DictObject.get(dict, try intern("__qualname__"), ops) {
                TypeObject.set(t, TypeObject.qualname, qualname)
                _ = try DictObject.delete(dict, try intern("__qualname__"), ops)
                TypeObject.invalidate(self, t)
            }
            for (k, _) in DictObject.items(dict) { try TypeObject.noteSpecialName(self, t, k) }
            // __set_name__ on descriptors, then the parent's __init_subclass__.
            for (k, v) in DictObject.items(dict) {
                if v.isObject && v.asObject.objectKind == .property && typeOf(v).bits == types.property.bits {
                    // property.__set_name__ records the name its error messages use.
                    ValueVector.values(v.asObject)[4] = k
                } else if let setName = try userMethod(v, "__set_name__") {
                    do {
                        _ = try callSpecial(setName, v, [cls, k])
                    } catch let error as PythonError {
                        throw try setNameFailure(try ExceptionObject.instance(self, for: error), v, k, cls)
                    } catch let error as RaisedException {
                        throw try setNameFailure(error.value, v, k, cls)
                    }
                }
            }
            let mro = TypeObject.mroItems(t)
            var handled = false
            for k in mro.dropFirst() {
                if let hook = try DictObject.get(TypeObject.field(k.asObject, TypeObject.dict).asObject,
                                                 try intern("__init_subclass__"), ops) {
                    if hook.isObject && hook.asObject.objectKind == .classmethod {
                        _ = try call(ValueVector.values(hook.asObject)[0], [cls], keywords: keywords)
                        handled = true
                    }
                    break
                }
            }
            if !handled && !keywords.isEmpty {
                throw PythonError("TypeError", "\(swiftString(name)).__init_subclass__() takes no keyword arguments")
            }
            return cls
        }
    }

    func installObjectAndTypeMethods() throws {
        let object = types.object, type = types.type
        try defineMethod(object, "__init__") { _, _ in .none }
        objectInit = try TypeObject.lookup(self, object.asObject, try intern("__init__"))!
        try defineMethod(object, "__new__") { rt, args in
            guard let cls = args.first, TypeObject.isType(cls) else {
                throw PythonError("TypeError", "object.__new__(X): X is not a type object")
            }
            return try rt.allocateInstance(cls, Array(args.dropFirst()))
        }
        objectNew = try TypeObject.lookup(self, object.asObject, try intern("__new__"))!
        try defineMethod(object, "__setattr__") { rt, args in
            try Builtins.exactly(3, "__setattr__", args)
            try rt.genericSetAttr(args[0], args[1], args[2])
            return .none
        }
        try defineMethod(object, "__getattribute__") { rt, args in
            try Builtins.exactly(2, "__getattribute__", args)
            if let v = try rt.genericGetAttr(args[0], args[1]) { return v }
            throw rt.attributeError(args[0], args[1])
        }
        try defineMethod(object, "__delattr__") { rt, args in
            try Builtins.exactly(2, "__delattr__", args)
            try rt.genericDelAttr(args[0], args[1])
            return .none
        }
        try defineMethod(object, "__repr__") { rt, args in
            let t = rt.typeOf(args[0]).asObject
            let module = rt.swiftString(TypeObject.field(t, TypeObject.module))
            let name = rt.swiftString(TypeObject.field(t, TypeObject.qualname))
            let address = args[0].isObject ? "0x" + String(UInt(bitPattern: args[0].asObject), radix: 16) : "0x0"
            return try rt.makeStr("<\(module == "builtins" ? "" : module + ".")\(name) object at \(address)>")
        }
        // object.__str__ is repr(self), whatever __str__ the type has.
        try defineMethod(object, "__str__") { rt, args in try rt.makeStr(try rt.repr(args[0])) }
        try defineMethod(object, "__eq__") { _, args in args[0].bits == args[1].bits ? .true : .notImplemented }
        try defineMethod(object, "__ne__") { rt, args in
            let r = try rt.richCompare(.equal, args[0], args[1])
            return r == .notImplemented ? r : .bool(!(try rt.truth(r)))
        }
        try defineMethod(object, "__hash__") { rt, args in try intResult { try rt.ints.make(try rt.ops.hash(args[0])) } }
        try defineMethod(object, "__format__") { rt, args in
            try Builtins.exactly(2, "__format__", args)
            if !rt.swiftString(args[1]).isEmpty {
                throw PythonError("TypeError", "unsupported format string passed to \(rt.typeName(args[0])).__format__")
            }
            return try rt.makeStr(try rt.str(args[0]))
        }
        try defineMethod(object, "__init_subclass__") { _, _ in .none }
        // abc's __subclasscheck__ asks it first; NotImplemented lets the normal rules decide.
        try defineClassMethod(object, "__subclasshook__") { _, _ in .notImplemented }
        // What copy and pickle build objects from: (copyreg.__newobj__, (cls,),
        // state, list items, dict items), as object.__reduce_ex__(2+) gives.
        for name in ["__reduce_ex__", "__reduce__"] {
            try defineMethod(object, name) { rt, args in
                let v = args[0]
                let t = rt.typeOf(v)
                // set.__reduce__ and bytearray.__reduce_ex__: rebuilt from their items.
                if v.isObject, [.set, .frozenset, .bytearray].contains(v.asObject.objectKind) {
                    return try rt.withTemporaryRoots(3) { roots in
                        let isBytes = v.asObject.objectKind == .bytearray
                        roots[0] = isBytes ? try BytesObject.make(rt, BytesObject.array(v)!) : try rt.listFrom(v)
                        roots[1] = try rt.tuple([roots[0]])
                        roots[2] = .none
                        if let d = try rt.getAttrOrNil(v, try rt.intern("__dict__")), DictObject.isDict(d), DictObject.count(d.asObject) > 0 {
                            roots[2] = d
                        }
                        return try rt.tuple([t, roots[1], roots[2]])
                    }
                }
                guard TypeObject.flags(t.asObject) & TypeObject.heapType != 0 else {
                    throw PythonError("TypeError", "cannot pickle '\(rt.typeName(v))' object")
                }
                return try rt.withTemporaryRoots(5) { roots in
                    let copyreg = try rt.loadModule("copyreg")
                    roots[0] = try rt.getAttr(copyreg, try rt.intern("__newobj__"))
                    roots[1] = try rt.tuple([t])
                    roots[2] = .none
                    if let d = try rt.getAttrOrNil(v, try rt.intern("__dict__")), DictObject.isDict(d), DictObject.count(d.asObject) > 0 {
                        roots[2] = d
                    }
                    roots[3] = v.isObject && v.asObject.objectKind == .list ? try rt.builtinGetIter(v) : .none
                    if v.isObject && v.asObject.objectKind == .dict {
                        roots[4] = try rt.getIter(try rt.call(try rt.getAttr(v, try rt.intern("items")), []))
                    }
                    return try rt.tuple([roots[0], roots[1], roots[2], roots[3], roots[4]])
                }
            }
        }
        try defineMethod(object, "__dir__") { rt, args in try Builtins.dir(rt, args[0]) }
        try defineMethod(type, "__new__") { rt, args in
            guard args.count == 4 else {
                throw PythonError("TypeError", "type.__new__() takes exactly 3 arguments (\(args.count - 1) given)")
            }
            let keywords = try rt.pendingKeywords.map { (try rt.intern($0.0), $0.1) }
            return try rt.typeNew(args[0], args[1], args[2], args[3], keywords: keywords)
        }
        // type.__init__ ignores class keywords (they went to __new__ and
        // __init_subclass__), refusing them only in the one-argument form.
        try defineMethod(type, "__init__", keywords: ["*"]) { rt, args in
            if args.count == 2 && !rt.pendingKeywords.isEmpty {
                throw PythonError("TypeError", "type.__init__() takes no keyword arguments")
            }
            return .none
        }
        try defineMethod(type, "__call__", keywords: ["*"]) { rt, args in
            guard let cls = args.first, TypeObject.isType(cls) else {
                throw PythonError("TypeError", "descriptor '__call__' requires a 'type' object")
            }
            let keywords = try rt.pendingKeywords.map { (try rt.intern($0.0), $0.1) }
            return try rt.construct(cls, Array(args.dropFirst()), keywords: keywords)
        }
        try defineMethod(type, "mro") { rt, args in try rt.listFrom(TypeObject.field(args[0].asObject, TypeObject.mro)) }
        try defineMethod(type, "__subclasses__") { rt, args in
            try rt.listFrom(TypeObject.field(args[0].asObject, TypeObject.subclasses))
        }
        // type(x) and type(name, bases, dict).
        defineConstructor(type, keywords: ["*"]) { rt, args in
            if args.count == 1 && rt.pendingKeywords.isEmpty { return rt.typeOf(args[0]) }
            guard args.count == 3 else { throw PythonError("TypeError", "type() takes 1 or 3 arguments") }
            let keywords = try rt.pendingKeywords.map { (try rt.intern($0.0), $0.1) }
            return try rt.typeNew(rt.types.type, args[0], args[1], args[2], keywords: keywords)
        }
        defineConstructor(object) { rt, args in
            if !args.isEmpty { throw PythonError("TypeError", "object() takes no arguments") }
            return try Instance.make(rt, type: rt.types.object)
        }
    }
}
