import TiercelFrontEnd

/// str(), repr(), truth and type names of the built-in kinds.
extension Runtime {
    public func typeName(_ v: Value) -> String {
        if v.isSmallInt { return "int" }
        if v.isDouble { return "float" }
        if v.isBool { return "bool" }
        if v.isNone { return "NoneType" }
        if v == .ellipsis { return "ellipsis" }
        if v == .notImplemented { return "NotImplementedType" }
        guard v.isObject else { return "object" }
        switch v.asObject.objectKind {
        case .bigInt: return "int"
        case .str: return "str"
        case .tuple: return "tuple"
        case .dict: return "dict"
        case .function: return "function"
        case .builtinFunction: return "builtin_function_or_method"
        case .range: return "range"
        case .iterator: return "iterator"
        case .list: return "list"
        case .exceptionType: return "type"
        case .slice: return "slice"
        case .dictView: return ["dict_keys", "dict_values", "dict_items"][Int(DictViews.which(v.asObject))]
        case .exception: return ExceptionObject.typeName(self, ExceptionObject.type(of: v))
        case .other: return "object"
        }
    }

    public func str(_ v: Value) -> String {
        if v.isObject && v.asObject.objectKind == .str { return StrObject.swiftString(v.asObject) }
        if ExceptionObject.isInstance(v) { return ExceptionObject.message(self, v) }
        return repr(v)
    }

    public func repr(_ v: Value) -> String {
        if v.isSmallInt { return String(v.asSmallInt) }
        if v.isDouble { return PythonRepr.float(v.asDouble) }
        if v == .true { return "True" }
        if v == .false { return "False" }
        if v.isNone { return "None" }
        if v == .ellipsis { return "Ellipsis" }
        if v == .notImplemented { return "NotImplemented" }
        guard v.isObject else { return "<value>" }
        let o = v.asObject
        switch o.objectKind {
        case .bigInt: return ints.toString(v)
        case .str: return PythonRepr.codePoints(StrObject.codePoints(o))
        case .tuple:
            let items = (0..<TupleObject.count(o)).map { repr(TupleObject.items(o)[$0]) }
            return items.count == 1 ? "(\(items[0]),)" : "(" + items.joined(separator: ", ") + ")"
        case .dict:
            return "{" + DictObject.items(o).map { "\(repr($0.0)): \(repr($0.1))" }.joined(separator: ", ") + "}"
        case .function:
            return "<function \(str(ValueVector.values(o)[2])) at 0x\(String(UInt(bitPattern: o), radix: 16))>"
        case .builtinFunction:
            return "<built-in function \(str(ValueVector.values(o)[1]))>"
        case .range:
            let r = ValueVector.values(o)
            let step = r[2].asSmallInt
            return "range(\(r[0].asSmallInt), \(r[1].asSmallInt)\(step == 1 ? "" : ", \(step)"))"
        case .list:
            return "[" + (0..<ListObject.count(o)).map { repr(ListObject.items(o)[$0]) }.joined(separator: ", ") + "]"
        case .dictView:
            let kind = ["dict_keys", "dict_values", "dict_items"][Int(DictViews.which(o))]
            let items = (try? DictViews.snapshot(self, o)).map { repr($0) } ?? "()"
            let inner = items == "()" ? "" : (items.hasSuffix(",)") ? String(items.dropFirst().dropLast(2)) : String(items.dropFirst().dropLast()))
            return "\(kind)([\(inner)])"
        case .slice:
            let p = ValueVector.values(o)
            return "slice(\(repr(p[0])), \(repr(p[1])), \(repr(p[2])))"
        case .exceptionType: return "<class '\(ExceptionObject.typeName(self, v))'>"
        case .exception:
            let a = ExceptionObject.args(of: v)
            let inner = TupleObject.count(a) == 1 ? repr(TupleObject.items(a)[0]) : String(repr(Value(object: a)).dropFirst().dropLast())
            return "\(ExceptionObject.typeName(self, ExceptionObject.type(of: v)))(\(inner))"
        case .iterator: return "<iterator object at 0x\(String(UInt(bitPattern: o), radix: 16))>"
        case .other: return "<object at 0x\(String(UInt(bitPattern: o), radix: 16))>"
        }
    }

    /// bool(v).
    @inline(__always) public func truth(_ v: Value) -> Bool {
        if v == .true { return true }
        if v == .false || v.isNone { return false }
        if v.isSmallInt { return v.asSmallInt != 0 }
        if v.isDouble { return v.asDouble != 0 }
        guard v.isObject else { return true }
        let o = v.asObject
        switch o.objectKind {
        case .str: return StrObject.length(o) != 0
        case .tuple: return TupleObject.count(o) != 0
        case .dict: return DictObject.count(o) != 0
        case .range: return RangeObject.length(o) != 0
        case .list: return ListObject.count(o) != 0
        case .dictView: return DictObject.count(DictViews.dict(o)) != 0
        default: return true
        }
    }

    func makeStr(_ s: String) throws -> Value {
        guard let v = StrObject.make(heap, s) else { throw PythonError("MemoryError", "") }
        return v
    }
}
