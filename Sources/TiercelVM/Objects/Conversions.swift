import TiercelFrontEnd

/// str(), repr(), truth and type names of the built-in kinds.
extension Runtime {
    /// str(v), calling `__str__` of classes defined in Python.
    public func str(_ v: Value) throws -> String {
        if v.isObject {
            let o = v.asObject
            if o.objectKind == .str && o.objectHeader.pointee.classWord == 0 { return StrObject.swiftString(o) }
            if TypeObject.flags(typeOf(v).asObject) & TypeObject.heapType != 0 {
                if let m = try userMethod(v, "__str__") { return try checkedString(try callSpecial(m, v, []), "__str__") }
                // int, float and tuple have no __str__ of their own: a
                // subclass's __repr__ decides, as object.__str__ does.
                if o.objectKind == .str { return StrObject.swiftString(o) }
                // object.__str__ calls the __repr__ slot itself; str() then checks the result as __str__'s.
                if o.objectKind != .exception, let m = try userMethod(v, "__repr__") {
                    return try checkedString(try callSpecial(m, v, []), "__str__")
                }
            }
            if o.objectKind == .exception { return try ExceptionObject.message(self, v) }
        }
        return try repr(v)
    }

    private func checkedString(_ r: Value, _ method: String) throws -> String {
        guard StrObject.isStr(r) else { throw PythonError("TypeError", "\(method) returned non-string (type \(typeName(r)))") }
        return StrObject.swiftString(r.asObject)
    }

    /// repr(v), calling `__repr__` of classes defined in Python. Containers
    /// that contain themselves print `[...]`, as CPython does.
    public func repr(_ v: Value) throws -> String {
        if v.isSmallInt { return String(v.asSmallInt) }
        if v.isDouble { return PythonRepr.float(v.asDouble) }
        if v == .true { return "True" }
        if v == .false { return "False" }
        if v.isNone { return "None" }
        if v == .ellipsis { return "Ellipsis" }
        if v == .notImplemented { return "NotImplemented" }
        guard v.isObject else { return "<value>" }
        if TypeObject.flags(typeOf(v).asObject) & TypeObject.heapType != 0, let m = try userMethod(v, "__repr__") {
            return try checkedString(try callSpecial(m, v, []), "__repr__")
        }
        return try builtinRepr(v)
    }

    /// The built-in type's own repr, below any subclass override (dict.__repr__).
    func builtinRepr(_ v: Value) throws -> String {
        guard v.isObject else { return try repr(v) }
        if ImmutableSubclass.isBoxed(v) { return try repr(ImmutableSubclass.unboxed(v)) }
        let o = v.asObject
        switch o.objectKind {
        case .tuple, .list, .dict, .dictView, .set, .frozenset:
            let key = UInt(bitPattern: o)
            if reprActive.contains(key) { return o.objectKind == .dict ? "{...}" : (o.objectKind == .list ? "[...]" : "(...)") }
            reprActive.insert(key)
            defer { reprActive.remove(key) }
            return try containerRepr(o)
        default:
            return try plainRepr(v, o)
        }
    }

    private func containerRepr(_ o: UnsafeMutableRawPointer) throws -> String {
        switch o.objectKind {
        case .tuple:
            let items = try (0..<TupleObject.count(o)).map { try repr(TupleObject.items(o)[$0]) }
            return items.count == 1 ? "(\(items[0]),)" : "(" + items.joined(separator: ", ") + ")"
        case .dict:
            return "{" + (try DictObject.items(o).map { "\(try repr($0.0)): \(try repr($0.1))" }).joined(separator: ", ") + "}"
        case .list:
            return "[" + (try (0..<ListObject.count(o)).map { try repr(ListObject.items(o)[$0]) }).joined(separator: ", ") + "]"
        case .set, .frozenset:
            let frozen = o.objectKind == .frozenset
            let items = try SetObject.items(o).map { try repr($0) }
            if items.isEmpty { return frozen ? "frozenset()" : "set()" }
            let body = "{" + items.joined(separator: ", ") + "}"
            return frozen ? "frozenset(\(body))" : body
        default:
            let kind = ["dict_keys", "dict_values", "dict_items"][Int(DictViews.which(o))]
            let items = try repr(try DictViews.snapshot(self, o))
            let inner = items == "()" ? "" : (items.hasSuffix(",)") ? String(items.dropFirst().dropLast(2)) : String(items.dropFirst().dropLast()))
            return "\(kind)([\(inner)])"
        }
    }

    /// An int in decimal, refused past CPython 3.11's 4300-digit limit.
    func decimalString(_ v: Value) throws -> String {
        let s = ints.toString(v)
        if s.count - (s.hasPrefix("-") ? 1 : 0) > 4300 {
            throw PythonError("ValueError", "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
        }
        return s
    }

    /// An object's address as CPython prints it in reprs (0x7f...).
    func address(_ o: UnsafeMutableRawPointer) -> String { "0x" + String(UInt(bitPattern: o), radix: 16) }

    private func plainRepr(_ v: Value, _ o: UnsafeMutableRawPointer) throws -> String {
        switch o.objectKind {
        case .bigInt: return try decimalString(v)
        case .complex: return ComplexObject.repr(ComplexObject.parts(o))
        case .memoryview:
            return ValueVector.values(o)[MemoryView.released] == .true ? "<released memory at \(address(o))>" : "<memory at \(address(o))>"
        case .str: return PythonRepr.codePoints(StrObject.codePoints(o))
        case .bytes: return BytesObject.repr(BytesObject.view(v)!)
        case .bytearray: return "bytearray(\(BytesObject.repr(BytesObject.view(v)!, escapingApostrophe: true)))"
        case .function:
            return "<function \(swiftString(FunctionObject.field(o, FunctionObject.qualname))) at \(address(o))>"
        case .builtinFunction:
            let receiver = ValueVector.values(o)[2]
            if !receiver.isEmpty && !(receiver.isObject && receiver.asObject.objectKind == .module) {
                return "<built-in method \(swiftString(ValueVector.values(o)[1])) of \(typeName(receiver)) object at \(receiver.isObject ? address(receiver.asObject) : "0x0")>"
            }
            return "<built-in function \(swiftString(ValueVector.values(o)[1]))>"
        case .methodDescriptor:
            return "<method '\(swiftString(ValueVector.values(o)[1]))' of '\(TypeObject.nameString(self, ValueVector.values(o)[2].asObject))' objects>"
        case .boundMethod:
            let f = ValueVector.values(o)[0]
            let name = f.isObject && f.asObject.objectKind == .function ? swiftString(FunctionObject.field(f.asObject, FunctionObject.qualname)) : "?"
            return "<bound method \(name) of \(try repr(ValueVector.values(o)[1]))>"
        case .range:
            return try RangeObject.repr(self, o)
        case .slice:
            let p = ValueVector.values(o)
            return "slice(\(try repr(p[0])), \(try repr(p[1])), \(try repr(p[2])))"
        case .type:
            let module = swiftString(TypeObject.field(o, TypeObject.module))
            let name = swiftString(TypeObject.field(o, TypeObject.qualname))
            return module == "builtins" ? "<class '\(name)'>" : "<class '\(module).\(name)'>"
        case .exception: return try ExceptionObject.defaultRepr(self, v)
        case .cell: return "<cell at \(address(o)): \(CellObject.contents(o).pointee.isEmpty ? "empty" : "\(typeName(CellObject.contents(o).pointee)) object at ...")>"
        case .module: return "<module '\(ModuleObject.name(self, v))'>"
        case .property: return "<property object at \(address(o))>"
        case .memberDescriptor: return SlotDescriptors.repr(self, o)
        case .classmethod: return "<classmethod(\(try repr(ValueVector.values(o)[0])))>"
        case .staticmethod: return "<staticmethod(\(try repr(ValueVector.values(o)[0])))>"
        case .superObject:
            return "<super: <class '\(TypeObject.nameString(self, ValueVector.values(o)[0].asObject))'>, <\(typeName(ValueVector.values(o)[1])) object>>"
        case .iterator: return "<iterator object at \(address(o))>"
        case .lazyIterator where ValueVector.values(o)[0].isSmallInt:
            if let text = try ItertoolsModule.repr(self, o) { return text }
            return try defaultObjectRepr(v, o)
        case .code: return CodeObject.repr(self, o)
        case .frame: return FrameObject.repr(self, o)
        case .traceback: return "<traceback object at \(address(o))>"
        case .generator:
            let f = GeneratorObject.field(o, GeneratorObject.function).asObject
            return "<generator object \(swiftString(FunctionObject.field(f, FunctionObject.qualname))) at \(address(o))>"
        default:
            return try defaultObjectRepr(v, o)
        }
    }

    private func defaultObjectRepr(_ v: Value, _ o: UnsafeMutableRawPointer) throws -> String {
        let t = typeOf(v).asObject
        let module = swiftString(TypeObject.field(t, TypeObject.module))
        let name = swiftString(TypeObject.field(t, TypeObject.qualname))
        return "<\(module == "builtins" ? "" : module + ".")\(name) object at \(address(o))>"
    }

    func makeStr(_ s: String) throws -> Value {
        guard let v = StrObject.make(heap, s) else { throw PythonError("MemoryError", "") }
        return v
    }
}
