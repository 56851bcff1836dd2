/// Function objects and the small built-in object kinds the interpreter's
/// first slice needs. All are value vectors, so the collector traces them
/// without special cases.
enum FunctionObject {
    static let codeIndex = 0, globals = 1, name = 2, qualname = 3, defaults = 4, kwdefaults = 5, closure = 6
    static let dict = 7, module = 8, doc = 9
    static let fieldCount = 10

    static func make(_ rt: Runtime, code: CodeBlock, globals: Value, defaults: Value = .none,
                     kwdefaults: Value = .none, closure: Value = .none) throws -> Value {
        var fields = [Value](repeating: .none, count: fieldCount)
        fields[codeIndex] = Value(uncheckedSmallInt: Int64(code.index))
        fields[self.globals] = globals
        fields[name] = try rt.intern(code.name)
        fields[qualname] = try rt.intern(code.qualname)
        fields[self.defaults] = defaults
        fields[self.kwdefaults] = kwdefaults
        fields[self.closure] = closure
        fields[module] = try DictObject.get(globals.asObject, try rt.intern("__name__"), rt.ops) ?? .none
        fields[doc] = code.docString
        return try vector(rt, kind: .function, fields)
    }

    @inline(__always) static func codeIndex(_ f: UnsafeMutableRawPointer) -> Int {
        Int(ValueVector.values(f)[codeIndex].asSmallInt)
    }

    @inline(__always) static func globals(_ f: UnsafeMutableRawPointer) -> Value { ValueVector.values(f)[globals] }
    @inline(__always) static func field(_ f: UnsafeMutableRawPointer, _ i: Int) -> Value { ValueVector.values(f)[i] }
    @inline(__always) static func setField(_ f: UnsafeMutableRawPointer, _ i: Int, _ v: Value) { ValueVector.values(f)[i] = v }
    static func dict(_ f: UnsafeMutableRawPointer) -> Value { ValueVector.values(f)[dict] }

    static func ensureDict(_ rt: Runtime, _ f: UnsafeMutableRawPointer) throws -> Value {
        if !ValueVector.values(f)[dict].isObject { ValueVector.values(f)[dict] = try rt.newDict() }
        return ValueVector.values(f)[dict]
    }
}

enum ModuleObject {
    static func make(_ rt: Runtime, name: String, dict: Value) throws -> Value {
        try vector(rt, kind: .module, [dict, try rt.intern(name)])
    }

    static func dict(_ m: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer { ValueVector.values(m)[0].asObject }
    static func name(_ rt: Runtime, _ m: Value) -> String { rt.swiftString(ValueVector.values(m.asObject)[1]) }
}

enum CellObject {
    static func make(_ rt: Runtime, _ contents: Value) throws -> Value { try vector(rt, kind: .cell, [contents]) }
    @inline(__always) static func contents(_ c: UnsafeMutableRawPointer) -> UnsafeMutablePointer<Value> { ValueVector.values(c) }
}

enum BuiltinFunctionObject {
    // [index into Runtime.natives: small int][name: str][bound receiver, or `empty`]
    static func make(_ rt: Runtime, index: Int, name: String) throws -> Value {
        try vector(rt, kind: .builtinFunction, [Value(uncheckedSmallInt: Int64(index)), try rt.intern(name), .empty])
    }
}

/// Iterators over ranges, tuples and strs: [source][position][end][step].
/// Their class word names CPython's type for the source (list_iterator,
/// str_ascii_iterator, dict_keyiterator, ...); all share one layout.
enum IteratorObject {
    /// CPython's iterator type names, made at startup (see Runtime.iteratorTypes).
    static let typeNames = ["list_iterator", "tuple_iterator", "str_ascii_iterator", "str_iterator", "range_iterator",
                            "longrange_iterator", "bytes_iterator", "bytearray_iterator", "dict_keyiterator",
                            "dict_valueiterator", "dict_itemiterator", "dict_reversekeyiterator",
                            "dict_reversevalueiterator", "dict_reverseitemiterator", "set_iterator", "memory_iterator",
                            "list_reverseiterator", "reversed", "callable_iterator", "iterator"]

    static func make(_ rt: Runtime, over v: Value) throws -> Value {
        let it = try unnamed(rt, over: v)
        if it.bits != v.bits, it.isObject, it.asObject.objectKind == .iterator, v.isObject, let kindName = typeName(for: v.asObject) {
            name(it, rt.iteratorTypes[kindName]!)
        }
        return it
    }

    /// Gives iterator `it` the type `type`.
    static func name(_ it: Value, _ type: Value) {
        it.asObject.objectHeader.pointee.classWord = UInt64(UInt(bitPattern: TypeObject.field(type.asObject, TypeObject.rootShape).asObject))
    }

    private static func typeName(for o: UnsafeMutableRawPointer) -> String? {
        switch o.objectKind {
        case .list: return "list_iterator"
        case .tuple: return "tuple_iterator"
        case .str: return StrObject.isASCII(o) ? "str_ascii_iterator" : "str_iterator"
        case .range: return RangeObject.isBig(o) ? "longrange_iterator" : "range_iterator"
        case .bytes: return "bytes_iterator"
        case .bytearray: return "bytearray_iterator"
        case .dict: return "dict_keyiterator"
        case .dictView: return ["dict_keyiterator", "dict_valueiterator", "dict_itemiterator"][Int(DictViews.which(o))]
        case .set, .frozenset: return "set_iterator"
        case .memoryview: return "memory_iterator"
        default: return nil
        }
    }

    private static func unnamed(_ rt: Runtime, over v: Value) throws -> Value {
        guard v.isObject else { throw PythonError("TypeError", "'\(rt.typeName(v))' object is not iterable") }
        if v.asObject.objectKind == .instance || v.asObject.objectKind == .exception || v.asObject.objectKind == .type {
            return try rt.getIter(v)
        }
        let o = v.asObject
        switch o.objectKind {
        case .range:
            let r = ValueVector.values(o)
            if RangeObject.isBig(o) {
                // An index walk: no program gets through 2**46 items.
                let n = r[RangeObject.length]
                let end = n.isSmallInt ? n : Value(uncheckedSmallInt: RangeObject.smallLimit)
                return Value(object: try newVector(rt, kind: .iterator, v, Value(uncheckedSmallInt: 0), end, Value(uncheckedSmallInt: 1)))
            }
            return Value(object: try newVector(rt, kind: .iterator, v, r[0], r[1], r[2]))
        case .tuple:
            return Value(object: try newVector(rt, kind: .iterator, v, Value(uncheckedSmallInt: 0),
                                                    Value(uncheckedSmallInt: Int64(TupleObject.count(o))),
                                                    Value(uncheckedSmallInt: 1)))
        case .str:
            return Value(object: try newVector(rt, kind: .iterator, v, Value(uncheckedSmallInt: 0),
                                                    Value(uncheckedSmallInt: Int64(StrObject.length(o))),
                                                    Value(uncheckedSmallInt: 1)))
        case .memoryview:
            // Iterates a snapshot of the viewed bytes.
            return try make(rt, over: try BytesObject.make(rt, MemoryView.bytes(try MemoryView.live(o))))
        case .bytes:
            return Value(object: try newVector(rt, kind: .iterator, v, Value(uncheckedSmallInt: 0),
                                                    Value(uncheckedSmallInt: Int64(BytesObject.length(o))),
                                                    Value(uncheckedSmallInt: 1)))
        case .list, .bytearray:
            // The end is re-read each step: a list may grow while iterated.
            return Value(object: try newVector(rt, kind: .iterator, v, Value(uncheckedSmallInt: 0), Value(uncheckedSmallInt: -1),
                                                    Value(uncheckedSmallInt: 1)))
        case .dict, .dictView:
            return try TableIterator.make(rt, over: v, count: DictObject.count(o.objectKind == .dict ? o : DictViews.dict(o)))
        case .iterator, .generator, .lazyIterator:
            return v
        case .set, .frozenset:
            return try TableIterator.make(rt, over: v, count: SetObject.count(o))
        default:
            throw PythonError("TypeError", "'\(rt.typeName(v))' object is not iterable")
        }
    }

    /// An iterator calling `__getitem__` with 0, 1, 2, ... until IndexError.
    static func makeSequence(_ rt: Runtime, over v: Value) throws -> Value {
        Value(object: try newVector(rt, kind: .iterator, v, Value(uncheckedSmallInt: 0), Value(uncheckedSmallInt: Int64.max >> 17),
                                         Value(uncheckedSmallInt: 1)))
    }

    /// The next item, or nil when exhausted.
    @inline(__always) static func next(_ rt: Runtime, _ it: UnsafeMutableRawPointer) throws -> Value? {
        let s = ValueVector.values(it)
        let source = s[0].asObject
        if source.objectKind == .instance || source.objectKind == .exception {
            // Forward iteration ends at IndexError, reversed() also below index 0.
            let position = s[1].asSmallInt, step = s[3].asSmallInt
            if step < 0 && position < 0 { return nil }
            do {
                let v = try rt.getItem(s[0], Value(uncheckedSmallInt: position))
                s[1] = Value(uncheckedSmallInt: position + step)
                return v
            } catch let e as RaisedException where rt.isException(e.value, "IndexError") || rt.isException(e.value, "StopIteration") {
                return nil
            } catch let e as PythonError where e.type == "IndexError" || e.type == "StopIteration" {
                return nil
            }
        }
        switch source.objectKind {
        case .dict, .dictView, .set, .frozenset: return try TableIterator.next(rt, s, source)
        default: break
        }
        let position = s[1].asSmallInt, step = s[3].asSmallInt
        let end = (source.objectKind == .list || source.objectKind == .bytearray) && step > 0
            ? Int64(source.objectKind == .list ? ListObject.count(source) : ByteArrayObject.count(source)) : s[2].asSmallInt
        if step > 0 ? position >= end : position <= end { return nil }
        s[1] = Value(uncheckedSmallInt: position + step)
        switch source.objectKind {
        case .range:
            if RangeObject.isBig(source) { return try RangeObject.item(rt, source, Value(uncheckedSmallInt: position)) }
            return Value(uncheckedSmallInt: position)
        case .list: return Int(position) < ListObject.count(source) ? ListObject.items(source)[Int(position)] : nil
        case .tuple: return TupleObject.items(source)[Int(position)]
        case .bytes: return Value(uncheckedSmallInt: Int64(BytesObject.data(source)[Int(position)]))
        case .bytearray:
            return Int(position) < ByteArrayObject.count(source) ? Value(uncheckedSmallInt: Int64(ByteArrayObject.data(source)[Int(position)])) : nil
        default:
            guard let c = StrObject.character(rt.heap, source, Int(position)) else { throw PythonError("MemoryError", "") }
            return c
        }
    }
}

func vector(_ rt: Runtime, kind: ObjectKind, _ items: [Value]) throws -> Value {
    // `items` may hold the only references to its values: no collection here.
    let o = try newVector(rt, kind: kind, count: items.count)
    items.withUnsafeBufferPointer { ValueVector.values(o).update(from: $0.baseAddress!, count: $0.count) }
    return Value(object: o)
}

/// A value vector of `count` slots, zero-filled (the float 0.0, which the
/// collector does not follow). No collection runs while allocating: the
/// caller's values may be held only in Swift locals.
@inline(__always)
func newVector(_ rt: Runtime, kind: ObjectKind, count: Int) throws -> UnsafeMutableRawPointer {
    guard let o = rt.heap.withoutCollecting({ rt.heap.allocate(bytes: ValueVector.bytes(count: count), layout: .valueVector) }) else {
        throw PythonError("MemoryError", "")
    }
    o.objectKind = kind
    o.storeBytes(of: count, toByteOffset: ValueVector.countOffset, as: Int.self)
    return o
}

/// Two- and three-slot vectors (bound methods, iterators, list headers)
/// without building an array.
func newVector(_ rt: Runtime, kind: ObjectKind, _ a: Value, _ b: Value) throws -> UnsafeMutableRawPointer {
    let o = try newVector(rt, kind: kind, count: 2)
    let v = ValueVector.values(o)
    v[0] = a
    v[1] = b
    return o
}

func newVector(_ rt: Runtime, kind: ObjectKind, _ a: Value, _ b: Value, _ c: Value, _ d: Value) throws -> UnsafeMutableRawPointer {
    let o = try newVector(rt, kind: kind, count: 4)
    let v = ValueVector.values(o)
    v[0] = a
    v[1] = b
    v[2] = c
    v[3] = d
    return o
}

enum DictViews {
    static func dict(_ view: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer { ValueVector.values(view)[0].asObject }
    static func which(_ view: UnsafeMutableRawPointer) -> Int64 { ValueVector.values(view)[1].asSmallInt }

    /// The view's items as a tuple (keys, values, or (key, value) pairs).
    static func snapshot(_ rt: Runtime, _ view: UnsafeMutableRawPointer) throws -> Value {
        let entries = DictObject.items(dict(view))
        // The result is allocated first and kept in a precise root while the
        // pairs are made and stored into it.
        return try rt.withTemporaryRoots(1) { roots in
            guard let t = TupleObject.make(rt.heap, [Value](repeating: .none, count: entries.count)) else {
                throw PythonError("MemoryError", "")
            }
            roots[0] = t
            for (i, (k, v)) in entries.enumerated() {
                switch which(view) {
                case 0: TupleObject.items(t.asObject)[i] = k
                case 1: TupleObject.items(t.asObject)[i] = v
                default:
                    guard let pair = TupleObject.make(rt.heap, [k, v]) else { throw PythonError("MemoryError", "") }
                    TupleObject.items(t.asObject)[i] = pair
                }
            }
            return t
        }
    }
}
