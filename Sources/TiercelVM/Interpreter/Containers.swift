/// Subscripts, membership and the built-in methods of the container kinds.
extension Runtime {
    /// A sequence index after Python's negative-index adjustment, or IndexError.
    private func index(_ i: Value, count: Int, kind: String, indicesName: String? = nil) throws -> Int {
        guard i.isSmallInt || i.isBool else {
            if let n = IntArithmetic.isBigInt(i) ? i : try indexValue(i) {
                if n.isSmallInt { return try index(n, count: count, kind: kind, indicesName: indicesName) }
                // Past the inline range but within Py_ssize_t: beyond any sequence's length.
                if ints.int64(n) != nil { throw PythonError("IndexError", kind.isEmpty ? "index out of range" : "\(kind) index out of range") }
                // The message names the object indexed with, not its __index__ result.
                throw PythonError("IndexError", "cannot fit '\(typeName(i))' into an index-sized integer")
            }
            if kind == "string" { throw PythonError("TypeError", "string indices must be integers, not '\(typeName(i))'") }
            throw PythonError("TypeError", "\(indicesName ?? kind) indices must be integers or slices, not \(typeName(i))")
        }
        var n = i.isBool ? (i == .true ? 1 : 0) : Int(i.asSmallInt)
        if n < 0 { n += count }
        guard n >= 0 && n < count else { throw PythonError("IndexError", kind.isEmpty ? "index out of range" : "\(kind) index out of range") }
        return n
    }

    /// slice.indices(length): start, stop, step and the resulting count.
    func sliceIndices(_ slice: UnsafeMutableRawPointer, length: Int) throws -> (Int, Int, Int, Int) {
        let parts = ValueVector.values(slice)
        func int(_ v: Value) throws -> Int? {
            if v.isNone { return nil }
            if v.isSmallInt { return Int(v.asSmallInt) }
            if v.isBool { return v == .true ? 1 : 0 }
            if IntArithmetic.isBigInt(v) { return ints.sign(v) < 0 ? Int.min / 2 : Int.max / 2 }
            if let n = try indexValue(v) { return try int(n) }
            throw PythonError("TypeError", "slice indices must be integers or None or have an __index__ method")
        }
        let step = try int(parts[2]) ?? 1
        if step == 0 { throw PythonError("ValueError", "slice step cannot be zero") }
        func clamp(_ v: Int?, _ defaultValue: Int) -> Int {
            guard var x = v else { return defaultValue }
            if x < 0 {
                x += length
                if x < 0 { x = step < 0 ? -1 : 0 }
            } else if x >= length {
                x = step < 0 ? length - 1 : length
            }
            return x
        }
        let start = clamp(try int(parts[0]), step < 0 ? length - 1 : 0)
        let stop = clamp(try int(parts[1]), step < 0 ? -1 : length)
        let count: Int
        if step > 0 { count = stop > start ? (stop - start + step - 1) / step : 0 }
        else { count = start > stop ? (start - stop - step - 1) / -step : 0 }
        return (start, stop, step, count)
    }

    private func sliced(_ o: UnsafeMutableRawPointer, _ slice: UnsafeMutableRawPointer) throws -> Value {
        switch o.objectKind {
        case .list, .tuple:
            let isList = o.objectKind == .list
            let n = isList ? ListObject.count(o) : TupleObject.count(o)
            let items = isList ? ListObject.items(o) : TupleObject.items(o)
            let (start, _, step, count) = try sliceIndices(slice, length: n)
            // Allocation cannot collect here (newVector), so `items` stays put.
            let result = isList ? try ListObject.make(self, capacity: count) : try newVector(self, kind: .tuple, count: count)
            let to = isList ? ListObject.items(result) : TupleObject.items(result)
            if step == 1 {
                if count > 0 { to.update(from: items + start, count: count) }
            } else {
                for k in 0..<count { to[k] = items[start + k * step] }
            }
            if isList { ListObject.setCount(result, count) }
            return Value(object: result)
        case .str:
            let (start, _, step, count) = try sliceIndices(slice, length: StrObject.length(o))
            guard let s = StrObject.make(heap, codePoints: (0..<count).map { StrObject.codePoint(o, start + $0 * step) }) else {
                throw PythonError("MemoryError", "")
            }
            return s
        case .range:
            if !RangeObject.isBig(o) {
                let r = ValueVector.values(o)
                let (start, stop, step, _) = try sliceIndices(slice, length: Int(RangeObject.length(o)))
                let first = r[0].asSmallInt, by = r[2].asSmallInt
                return try RangeObject.make(self, first + Int64(start) * by, first + Int64(stop) * by, by * Int64(step))
            }
            return try RangeObject.slice(self, o, slice)
        case .bytes, .bytearray:
            let b = BytesObject.view(Value(object: o))!
            let (start, _, step, count) = try sliceIndices(slice, length: b.count)
            let picked = (0..<count).map { b[start + $0 * step] }
            return o.objectKind == .bytes ? try BytesObject.make(self, picked) : try ByteArrayObject.make(self, picked)
        default:
            throw PythonError("TypeError", "'\(typeName(Value(object: o)))' object is not subscriptable")
        }
    }

    /// A Python subclass of a built-in container overriding special method `name`.
    @inline(__always) func subclassOverride(_ v: Value, _ name: String) throws -> Value? {
        guard v.isObject, v.asObject.objectHeader.pointee.classWord != 0,
              [.dict, .list].contains(v.asObject.objectKind) else { return nil }
        return try userMethod(v, name)
    }

    /// A dict whose type is exactly dict: no __getitem__/__setitem__ of a subclass to honour.
    @inline(__always) func isPlainDict(_ v: Value) -> Bool {
        v.isObject && v.asObject.objectKind == .dict && v.asObject.objectHeader.pointee.classWord == 0
    }

    /// A class body's namespace lookup (LOAD_NAME): a metaclass's
    /// __prepare__ may return any mapping, whose __getitem__ runs.
    func namespaceGet(_ namespace: Value, _ name: Value) throws -> Value? {
        if isPlainDict(namespace) { return try DictObject.get(namespace.asObject, name, ops) }
        return try unless("KeyError") { try getItem(namespace, name) }
    }

    /// DELETE_NAME: false when the name is not bound.
    func namespaceDelete(_ namespace: Value, _ name: Value) throws -> Bool {
        if isPlainDict(namespace) { return try DictObject.delete(namespace.asObject, name, ops) }
        return try unless("KeyError") { try deleteSubscript(namespace, name); return true } ?? false
    }

    func getItem(_ container: Value, _ i: Value) throws -> Value {
        if let m = try subclassOverride(container, "__getitem__") { return try callSpecial(m, container, [i]) }
        return try builtinGetItem(container, i)
    }

    /// The built-in type's own subscript, below any subclass override (dict.__getitem__).
    func builtinGetItem(_ container: Value, _ i: Value) throws -> Value {
        if container.isObject, i.isObject, i.asObject.objectKind == .slice,
           [.list, .tuple, .str, .bytes, .bytearray, .range].contains(container.asObject.objectKind) {
            return try sliced(container.asObject, i.asObject)
        }
        if container.isObject {
            let o = container.asObject
            switch o.objectKind {
            case .list: return ListObject.items(o)[try index(i, count: ListObject.count(o), kind: "list")]
            case .memoryview: return try MemoryView.item(self, o, i)
            case .tuple: return TupleObject.items(o)[try index(i, count: TupleObject.count(o), kind: "tuple")]
            case .str:
                let k = try index(i, count: StrObject.length(o), kind: "string")
                guard let c = StrObject.character(heap, o, k) else { throw PythonError("MemoryError", "") }
                return c
            case .bytes, .bytearray:
                let b = BytesObject.view(container)!
                return Value(uncheckedSmallInt: Int64(b[try index(i, count: b.count, kind: o.objectKind == .bytes ? "" : "bytearray",
                                                                    indicesName: o.objectKind == .bytes ? "byte" : "bytearray")]))
            case .range:
                if RangeObject.isBig(o) || IntArithmetic.isBigInt(i) {
                    guard let k = try indexValue(i) else {
                        throw PythonError("TypeError", "range indices must be integers or slices, not \(typeName(i))")
                    }
                    return try RangeObject.element(self, o, k)
                }
                let r = ValueVector.values(o)
                let k = try index(i, count: Int(RangeObject.length(o)), kind: "range object", indicesName: "range")
                return Value(uncheckedSmallInt: r[0].asSmallInt + Int64(k) * r[2].asSmallInt)
            case .dict:
                if let v = try DictObject.get(o, i, ops) { return v }
                if TypeObject.flags(typeOf(container).asObject) & TypeObject.heapType != 0,
                   let missing = try userMethod(container, "__missing__") {
                    return try callSpecial(missing, container, [i])
                }
                throw PythonError("KeyError", value: i)
            case .type:
                // A metaclass __getitem__ comes before __class_getitem__, as in PyObject_GetItem.
                if let m = try userMethod(container, "__getitem__") { return try callSpecial(m, container, [i]) }
                if let m = try TypeObject.lookup(self, o, try intern("__class_getitem__")) {
                    return try call(try bind(m, to: container, type: container), [i])
                }
                throw PythonError("TypeError", "type '\(TypeObject.nameString(self, o))' is not subscriptable")
            default:
                if let m = try userMethod(container, "__getitem__") { return try callSpecial(m, container, [i]) }
            }
        }
        throw PythonError("TypeError", "'\(typeName(container))' object is not subscriptable")
    }

    func storeSubscript(_ container: Value, _ i: Value, _ v: Value) throws {
        if let m = try subclassOverride(container, "__setitem__") {
            _ = try callSpecial(m, container, [i, v])
            return
        }
        try builtinStoreSubscript(container, i, v)
    }

    func builtinStoreSubscript(_ container: Value, _ i: Value, _ v: Value) throws {
        if container.isObject {
            let o = container.asObject
            switch o.objectKind {
            case .list:
                if i.isObject && i.asObject.objectKind == .slice {
                    try assignSlice(o, i.asObject, v)
                    return
                }
                ListObject.items(o)[try index(i, count: ListObject.count(o), kind: "list assignment")] = v
                return
            case .dict:
                try DictObject.set(heap, o, i, v, ops)
                return
            case .bytearray:
                try storeByteArray(o, i, v)
                return
            case .memoryview:
                try MemoryView.store(self, o, i, v)
                return
            default:
                if let m = try userMethod(container, "__setitem__") {
                    _ = try callSpecial(m, container, [i, v])
                    return
                }
            }
        }
        throw PythonError("TypeError", "'\(typeName(container))' object does not support item assignment")
    }

    /// `bytearray[i] = byte` and `bytearray[slice] = bytes-like or iterable of ints`.
    private func storeByteArray(_ a: UnsafeMutableRawPointer, _ i: Value, _ v: Value) throws {
        var b = Array(BytesObject.view(Value(object: a))!)
        if i.isObject && i.asObject.objectKind == .slice {
            if v.isSmallInt || v.isBool || StrObject.isStr(v) {
                throw PythonError("TypeError", "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
            }
            let new = try BytesMethods.fromObject(self, v, typeName: "bytearray")
            let (start, _, step, count) = try sliceIndices(i.asObject, length: b.count)
            if step != 1 && new.isEmpty {
                // An empty value deletes an extended slice, where a list would refuse.
                try builtinDeleteSubscript(Value(object: a), i)
                return
            }
            if step == 1 {
                b.replaceSubrange(start..<max(start, start + count), with: new)
            } else {
                guard new.count == count else {
                    throw PythonError("ValueError", "attempt to assign bytes of size \(new.count) to extended slice of size \(count)")
                }
                for k in 0..<count { b[start + k * step] = new[k] }
            }
            try ByteArrayObject.replaceAll(self, a, b)
            return
        }
        let k = try index(i, count: b.count, kind: "bytearray", indicesName: "bytearray")
        ByteArrayObject.data(a)[k] = try BytesMethods.byteValue(self, v)
    }

    /// `list[slice] = iterable`, with CPython's rules for extended slices.
    private func assignSlice(_ l: UnsafeMutableRawPointer, _ slice: UnsafeMutableRawPointer, _ v: Value) throws {
        try withTemporaryRoots(1) { roots in
            // Copy first: `a[:] = a` must see the old items. Another exact
            // list or a tuple is read in place.
            let inPlace = v.isObject && v.asObject != l && v.asObject.objectHeader.pointee.classWord == 0
                && (v.asObject.objectKind == .list || v.asObject.objectKind == .tuple)
            roots[0] = inPlace ? v : try rewordingNotIterable(v, "can only assign an iterable") { try listFrom(v) }
            let new = roots[0].asObject
            let isTuple = new.objectKind == .tuple
            let m = isTuple ? TupleObject.count(new) : ListObject.count(new)
            let n = ListObject.count(l)
            let (start, _, step, count) = try sliceIndices(slice, length: n)
            if step == 1 {
                let stop = max(start, start + count)
                // Growing the list cannot collect (newVector), and `new` is rooted.
                try ListObject.replace(self, l, start, stop, with: isTuple ? TupleObject.items(new) : ListObject.items(new), count: m)
                return
            }
            guard m == count else {
                throw PythonError("ValueError", "attempt to assign sequence of size \(m) to extended slice of size \(count)")
            }
            let from = isTuple ? TupleObject.items(new) : ListObject.items(new)
            for k in 0..<count { ListObject.items(l)[start + k * step] = from[k] }
        }
    }

    func deleteSubscript(_ container: Value, _ i: Value) throws {
        if let m = try subclassOverride(container, "__delitem__") {
            _ = try callSpecial(m, container, [i])
            return
        }
        try builtinDeleteSubscript(container, i)
    }

    func builtinDeleteSubscript(_ container: Value, _ i: Value) throws {
        if container.isObject {
            let o = container.asObject
            switch o.objectKind {
            case .list:
                let n = ListObject.count(o)
                if i.isObject && i.asObject.objectKind == .slice {
                    var (start, _, step, count) = try sliceIndices(i.asObject, length: n)
                    if count <= 0 { return }
                    if step < 0 {
                        // The same items, walked upward.
                        start += (count - 1) * step
                        step = -step
                    }
                    // Keep every item whose offset from `start` is not a multiple of step within the run.
                    let p = ListObject.items(o)
                    var kept = start
                    for k in start..<n where !((k - start) % step == 0 && (k - start) / step < count) {
                        p[kept] = p[k]
                        kept += 1
                    }
                    ListObject.setCount(o, kept)
                } else {
                    _ = try ListObject.pop(self, o, try index(i, count: n, kind: "list assignment"))
                }
                return
            case .dict:
                if !(try DictObject.delete(o, i, ops)) { throw PythonError("KeyError", value: i) }
                return
            case .bytearray:
                var b = Array(BytesObject.view(container)!)
                if i.isObject && i.asObject.objectKind == .slice {
                    let (start, _, step, count) = try sliceIndices(i.asObject, length: b.count)
                    let doomed = Set((0..<count).map { start + $0 * step })
                    b = b.enumerated().filter { !doomed.contains($0.offset) }.map(\.element)
                } else {
                    b.remove(at: try index(i, count: b.count, kind: "bytearray", indicesName: "bytearray"))
                }
                try ByteArrayObject.replaceAll(self, o, b)
                return
            default:
                if let m = try userMethod(container, "__delitem__") {
                    _ = try callSpecial(m, container, [i])
                    return
                }
            }
        }
        // CPython words it by the route it took: a sequence type with an
        // integer index, or anything else.
        let sequenceRoute = try container.isObject && (IntArithmetic.isInt(i) || i.isBool || indexValue(i) != nil)
            && ([.str, .bytes, .tuple, .range, .set, .frozenset, .dictView].contains(container.asObject.objectKind)
                || TypeObject.flags(typeOf(container).asObject) & TypeObject.heapType != 0)
        throw PythonError("TypeError", "'\(typeName(container))' object \(sequenceRoute ? "doesn't" : "does not") support item deletion")
    }

    func contains(_ container: Value, _ item: Value) throws -> Bool {
        if let m = try subclassOverride(container, "__contains__") { return try truth(try callSpecial(m, container, [item])) }
        return try builtinContains(container, item)
    }

    func builtinContains(_ container: Value, _ item: Value) throws -> Bool {
        if container.isObject {
            let o = container.asObject
            switch o.objectKind {
            case .list, .tuple:
                let n = o.objectKind == .list ? ListObject.count(o) : TupleObject.count(o)
                for k in 0..<n {
                    let x = o.objectKind == .list ? ListObject.items(o)[k] : TupleObject.items(o)[k]
                    if x.bits == item.bits { return true }
                    if try isEqual(x, item) { return true }
                }
                return false
            case .str:
                guard StrObject.isStr(item) else {
                    throw PythonError("TypeError", "'in <string>' requires string as left operand, not \(typeName(item))")
                }
                return StrSearch.find(o, item.asObject, from: 0, to: StrObject.length(o)) != nil
            case .dict:
                return try DictObject.get(o, item, ops) != nil
            case .bytes, .bytearray:
                let hay = Array(BytesObject.view(container)!)
                if item.isSmallInt || item.isBool || IntArithmetic.isBigInt(item) {
                    return hay.contains(try BytesMethods.byteValue(self, item))
                }
                guard let needle = BytesObject.array(item) else {
                    throw PythonError("TypeError", "a bytes-like object is required, not '\(typeName(item))'")
                }
                return StrMethods.find(BytesMethods.codes(hay), BytesMethods.codes(needle), from: 0, to: hay.count) != nil
            case .set, .frozenset:
                return try SetObject.contains(self, o, item)
            case .range:
                if item.isBool { return try contains(container, Value(uncheckedSmallInt: item == .true ? 1 : 0)) }
                if IntArithmetic.isBigInt(item) || (item.isSmallInt && RangeObject.isBig(o)) {
                    return try RangeObject.position(self, o, of: item) != nil
                }
                guard item.isSmallInt else {
                    // Other numbers (and objects) compare by ==, as CPython's fallback does.
                    var k: Int64 = 0
                    let n = try RangeObject.count(self, o)
                    while k < n {
                        if try isEqual(try RangeObject.item(self, o, Value(uncheckedSmallInt: k)), item) { return true }
                        k += 1
                    }
                    return false
                }
                let r = ValueVector.values(o)
                let x = item.asSmallInt, start = r[0].asSmallInt, step = r[2].asSmallInt
                let n = RangeObject.length(o)
                guard n > 0 else { return false }
                let offset = x - start
                return offset % step == 0 && offset / step >= 0 && offset / step < n
            default: break
            }
        }
        if let m = try userMethod(container, "__contains__") { return try truth(try callSpecial(m, container, [item])) }
        if isIterable(container) {
            return try withTemporaryRoots(1) { roots in
                roots[0] = try getIter(container)
                while let x = try nextOrNil(roots[0]) {
                    if x.bits == item.bits { return true }
                    if try isEqual(x, item) { return true }
                }
                return false
            }
        }
        throw PythonError("TypeError", "argument of type '\(typeName(container))' is not iterable")
    }
}
