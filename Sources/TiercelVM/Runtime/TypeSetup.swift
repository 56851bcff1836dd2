/// A function implemented in Swift. Methods receive their receiver as args[0].
struct NativeFunction {
    let name: String
    let body: Builtins.Native
    /// Keyword parameters it accepts (nil: none).
    let keywords: Set<String>?
    /// The module whose function it is, for `__module__` (nil: a method).
    var module: String? = nil
}

/// The built-in types and the registry of native functions.
extension Runtime {
    func nextTypeVersion() -> Int64 {
        typeVersionCounter += 1
        return typeVersionCounter
    }

    /// The type of any value: one load for heap objects with a class word,
    /// a table by kind for the other built-in objects.
    @inline(__always) func typeOf(_ v: Value) -> Value {
        if v.isObject {
            let o = v.asObject
            let classWord = o.objectHeader.pointee.classWord
            if classWord != 0 { return Shape.typeOf(shape: UnsafeMutableRawPointer(bitPattern: UInt(classWord))!) }
            return kindTypes[Int(o.objectKind.rawValue)]
        }
        if v.isSmallInt { return types.int }
        if v.isDouble { return types.float }
        if v.isBool { return types.bool }
        if v.isNone { return types.noneType }
        if v == .ellipsis { return types.ellipsis }
        return types.notImplemented
    }

    /// How argument-checking messages name a value's type: CPython's
    /// argument clinic says "not None" rather than "not NoneType".
    func argumentTypeName(_ v: Value) -> String { v.isNone ? "None" : typeName(v) }

    public func typeName(_ v: Value) -> String {
        if v.isObject && v.asObject.objectKind == .dictView {
            return ["dict_keys", "dict_values", "dict_items"][Int(DictViews.which(v.asObject))]
        }
        let t = typeOf(v).asObject
        if TypeObject.flags(t) & TypeObject.qualifiedName != 0 {
            return swiftString(TypeObject.field(t, TypeObject.module)) + "." + TypeObject.nameString(self, t)
        }
        return TypeObject.nameString(self, t)
    }

    func swiftString(_ v: Value) -> String { StrObject.swiftString(v.asObject) }

    func builtin(_ name: String) throws -> Value {
        guard let v = try DictObject.get(builtins.asObject, try intern(name), ops) else {
            throw PythonError("SystemError", "missing builtin \(name)")
        }
        return v
    }

    /// The type of objects of `kind` with a zero class word.
    func setKindType(_ kind: ObjectKind, _ type: Value) {
        kindTypes[Int(kind.rawValue)] = type
    }

    func address(_ v: Value) -> String { v.isObject ? address(v.asObject) : "0x0" }

    func setBuiltin(_ name: String, _ v: Value) throws {
        if v.isObject && v.asObject.objectKind == .builtinFunction && ValueVector.values(v.asObject)[2].isEmpty {
            natives[Int(ValueVector.values(v.asObject)[0].asSmallInt)].module = "builtins"
        }
        try DictObject.set(heap, builtins.asObject, try intern(name), v, ops)
    }

    func tuple(_ items: [Value]) throws -> Value {
        guard let t = TupleObject.make(heap, items) else { throw PythonError("MemoryError", "") }
        return t
    }

    /// Registers a native function; returns its index.
    func registerNative(_ name: String, keywords: Set<String>? = nil, _ body: @escaping Builtins.Native) -> Int {
        natives.append(NativeFunction(name: name, body: body, keywords: keywords))
        return natives.count - 1
    }

    /// A native method in a built-in type's dict.
    func defineMethod(_ type: Value, _ name: String, keywords: Set<String>? = nil,
                      _ body: @escaping Builtins.Native) throws {
        let index = registerNative(name, keywords: keywords, body)
        let descriptor = try vector(self, kind: .methodDescriptor,
                                    [Value(uncheckedSmallInt: Int64(index)), try intern(name), type])
        try TypeObject.setInDict(self, type.asObject, try intern(name), descriptor)
    }

    /// Makes `type(args)` run `body` (for built-in types, whose instances
    /// are made natively).
    func defineConstructor(_ type: Value, keywords: Set<String>? = nil, _ body: @escaping Builtins.Native) {
        let name = TypeObject.nameString(self, type.asObject)
        let index = registerNative(name, keywords: keywords, body)
        TypeObject.set(type.asObject, TypeObject.constructor, Value(uncheckedSmallInt: Int64(index)))
    }

    /// A read-only property of a native class, computed by `getter`.
    func defineProperty(_ type: Value, _ name: String, _ getter: @escaping (Runtime, Value) throws -> Value,
                        setter: ((Runtime, Value, Value) throws -> Void)? = nil) throws {
        let index = registerNative(name) { rt, args in try getter(rt, args[0]) }
        try withTemporaryRoots(2) { roots in
            roots[0] = try BuiltinFunctionObject.make(self, index: index, name: name)
            roots[1] = .none
            if let setter {
                let set = registerNative(name) { rt, args in
                    try setter(rt, args[0], args[1])
                    return .none
                }
                roots[1] = try BuiltinFunctionObject.make(self, index: set, name: name)
            }
            let property = try vector(self, kind: .property, [roots[0], roots[1], .none, .none, try intern(name)])
            try TypeObject.setInDict(self, type.asObject, try intern(name), property)
        }
    }

    /// A native class method in a built-in type's dict (`dict.fromkeys`):
    /// the native gets the class as its first argument.
    func defineClassMethod(_ type: Value, _ name: String, keywords: Set<String>? = nil,
                           _ body: @escaping Builtins.Native) throws {
        let index = registerNative(name, keywords: keywords, body)
        try withTemporaryRoots(1) { roots in
            roots[0] = try BuiltinFunctionObject.make(self, index: index, name: name)
            let wrapped = try vector(self, kind: .classmethod, [roots[0]])
            try TypeObject.setInDict(self, type.asObject, try intern(name), wrapped)
        }
    }

    /// Rebuilds the builtins dict in CPython's insertion order, which
    /// NameError suggestions follow when two names are equally close.
    func orderBuiltins() throws {
        let order = ["__build_class__", "__import__", "abs", "all", "any", "ascii", "bin", "breakpoint", "callable",
                     "chr", "compile", "delattr", "dir", "divmod", "eval", "exec", "format", "getattr", "globals",
                     "hasattr", "hash", "hex", "id", "input", "isinstance", "issubclass", "iter", "aiter", "len",
                     "locals", "max", "min", "next", "anext", "oct", "ord", "pow", "print", "repr", "round", "setattr",
                     "sorted", "sum", "vars", "None", "Ellipsis", "NotImplemented", "False", "True", "bool",
                     "memoryview", "bytearray", "bytes", "classmethod", "complex", "dict", "enumerate", "filter",
                     "float", "frozenset", "property", "int", "list", "map", "object", "range", "reversed", "set",
                     "slice", "staticmethod", "str", "super", "tuple", "type", "zip", "__debug__", "BaseException",
                     "BaseExceptionGroup", "Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit",
                     "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError",
                     "LookupError", "MemoryError", "NameError", "OSError", "ReferenceError", "RuntimeError",
                     "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemError", "TypeError", "ValueError",
                     "Warning", "FloatingPointError", "OverflowError", "ZeroDivisionError", "BytesWarning",
                     "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
                     "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning",
                     "UnicodeWarning", "UserWarning", "BlockingIOError", "ChildProcessError", "ConnectionError",
                     "FileExistsError", "FileNotFoundError", "InterruptedError", "IsADirectoryError",
                     "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError", "IndentationError",
                     "IndexError", "KeyError", "ModuleNotFoundError", "NotImplementedError", "RecursionError",
                     "UnboundLocalError", "UnicodeError", "BrokenPipeError", "ConnectionAbortedError",
                     "ConnectionRefusedError", "ConnectionResetError", "TabError", "UnicodeDecodeError",
                     "UnicodeEncodeError", "UnicodeTranslateError", "ExceptionGroup", "EnvironmentError", "IOError",
                     "open", "quit", "exit", "copyright", "credits", "license", "help"]
        let old = builtins.asObject
        let fresh = pin(try newDict())
        for name in order {
            let key = try intern(name)
            if let v = try DictObject.get(old, key, ops) { try DictObject.set(heap, fresh.asObject, key, v, ops) }
        }
        for (k, v) in DictObject.items(old) where try DictObject.get(fresh.asObject, k, ops) == nil {
            try DictObject.set(heap, fresh.asObject, k, v, ops)
        }
        builtins = fresh
    }

    func installTypes() throws {
        func make(_ name: String, _ kind: ObjectKind, base: Value? = nil, subclassable: Bool = false,
                  flags: Int64 = 0) throws -> Value {
            let bases = base.map { [$0] } ?? (types.object.isNone ? [] : [types.object])
            let t = pin(try TypeObject.make(self, name: name, bases: bases, dict: nil, instanceKind: kind,
                                            flags: (subclassable ? TypeObject.baseType : 0) | flags))
            if kindTypes[Int(kind.rawValue)].isNone { kindTypes[Int(kind.rawValue)] = t }
            return t
        }
        // `object` and `type` first: every later type's MRO ends in object.
        types.object = try make("object", .instance, subclassable: true)
        kindTypes[Int(ObjectKind.instance.rawValue)] = types.object
        types.type = try make("type", .type, subclassable: true)
        types.int = try make("int", .bigInt, subclassable: true)
        types.bool = try make("bool", .other, base: types.int)
        types.float = try make("float", .other, subclassable: true)
        types.str = try make("str", .str, subclassable: true)
        types.tuple = try make("tuple", .tuple, subclassable: true, flags: TypeObject.sequence)
        types.list = try make("list", .list, subclassable: true, flags: TypeObject.sequence)
        types.dict = try make("dict", .dict, subclassable: true, flags: TypeObject.mapping)
        types.range = try make("range", .range, flags: TypeObject.sequence)
        types.slice = try make("slice", .slice)
        types.function = try make("function", .function)
        types.builtinFunction = try make("builtin_function_or_method", .builtinFunction)
        types.methodDescriptor = try make("method_descriptor", .methodDescriptor)
        types.method = try make("method", .boundMethod)
        types.cell = try make("cell", .cell)
        types.noneType = try make("NoneType", .other)
        types.ellipsis = try make("ellipsis", .other)
        types.notImplemented = try make("NotImplementedType", .other)
        types.iterator = try make("iterator", .iterator)
        for name in IteratorObject.typeNames {
            iteratorTypes[name] = name == "iterator" ? types.iterator : try make(name, .iterator)
        }
        types.dictKeys = try make("dict_keys", .dictView)
        types.dictValues = try make("dict_values", .other)
        types.dictItems = try make("dict_items", .other)
        types.property = try make("property", .property, subclassable: true)
        types.memberDescriptor = try make("member_descriptor", .memberDescriptor)
        types.complex = try make("complex", .complex)
        types.memoryview = try make("memoryview", .memoryview)
        types.classmethod = try make("classmethod", .classmethod, subclassable: true)
        types.staticmethod = try make("staticmethod", .staticmethod, subclassable: true)
        types.superType = try make("super", .superObject, subclassable: true)
        types.code = try make("code", .code)
        types.frame = try make("frame", .frame)
        types.traceback = try make("traceback", .traceback)
        types.generator = try make("generator", .generator)
        types.module = try make("module", .module, subclassable: true)
        types.set = try make("set", .set)
        types.frozenset = try make("frozenset", .frozenset)
        types.bytes = try make("bytes", .bytes, subclassable: true)
        types.bytearray = try make("bytearray", .bytearray, subclassable: true)
        kindTypes[Int(ObjectKind.other.rawValue)] = types.object
        // The type objects made before `type` existed have class word 0,
        // which already reads as `type` through kindTypes.
        for (name, t) in [("object", types.object), ("type", types.type), ("int", types.int), ("bool", types.bool),
                          ("float", types.float), ("str", types.str), ("tuple", types.tuple), ("list", types.list),
                          ("dict", types.dict), ("range", types.range), ("slice", types.slice),
                          ("property", types.property), ("classmethod", types.classmethod),
                          ("staticmethod", types.staticmethod), ("super", types.superType),
                          ("set", types.set), ("frozenset", types.frozenset), ("bytes", types.bytes),
                          ("bytearray", types.bytearray), ("complex", types.complex), ("memoryview", types.memoryview)] {
            try setBuiltin(name, t)
        }
    }
}
