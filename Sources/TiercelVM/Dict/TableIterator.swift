/// Iterators over dicts, dict views, sets and frozensets: they walk the live
/// table, as CPython's do, so a size change between steps raises
/// RuntimeError instead of yielding a stale or partial sequence.
///
///     [source][position][count at start, -1 after a size error, -2 when done][remaining][step ±1]
///
/// The source is the dict or set, or a dict view (which says keys, values
/// or items). The iterator's class word names CPython's type.
enum TableIterator {
    static let failed: Int64 = -1, finished: Int64 = -2

    static func make(_ rt: Runtime, over v: Value, count: Int) throws -> Value {
        let n = Value(uncheckedSmallInt: Int64(count))
        return try vector(rt, kind: .iterator, [v, Value(uncheckedSmallInt: 0), n, n, Value(uncheckedSmallInt: 1)])
    }

    /// reversed() of a dict or view: newest entry first.
    static func makeReversed(_ rt: Runtime, over v: Value) throws -> Value {
        let o = v.asObject
        let d = o.objectKind == .dict ? o : DictViews.dict(o)
        let n = Value(uncheckedSmallInt: Int64(DictObject.count(d)))
        let it = try vector(rt, kind: .iterator, [v, Value(uncheckedSmallInt: Int64(DictObject.filled(d) - 1)), n, n,
                                                  Value(uncheckedSmallInt: -1)])
        let which = o.objectKind == .dict ? 0 : Int(DictViews.which(o))
        IteratorObject.name(it, rt.iteratorTypes[["dict_reversekeyiterator", "dict_reversevalueiterator",
                                                  "dict_reverseitemiterator"][which]]!)
        return it
    }

    static func next(_ rt: Runtime, _ s: UnsafeMutablePointer<Value>, _ source: UnsafeMutableRawPointer) throws -> Value? {
        let expected = s[2].asSmallInt
        if expected == finished { return nil }
        if source.objectKind == .set || source.objectKind == .frozenset {
            guard expected == Int64(SetObject.count(source)) else {
                s[2] = Value(uncheckedSmallInt: failed)
                throw PythonError("RuntimeError", "Set changed size during iteration")
            }
            let keys = SetObject.keyTable(source)
            let n = SetObject.int(source, SetObject.mask) + 1
            var i = Int(s[1].asSmallInt)
            while i < n && keys[i].isEmpty { i += 1 }
            if i >= n { return finish(s) }
            s[1] = Value(uncheckedSmallInt: Int64(i + 1))
            s[3] = Value(uncheckedSmallInt: s[3].asSmallInt - 1)
            return keys[i]
        }
        let isDict = source.objectKind == .dict
        let d = isDict ? source : DictViews.dict(source)
        guard expected == Int64(DictObject.count(d)) else {
            s[2] = Value(uncheckedSmallInt: failed)
            throw PythonError("RuntimeError", "dictionary changed size during iteration")
        }
        let entries = DictObject.entryTable(d)
        let filled = DictObject.filled(d)
        var i = Int(s[1].asSmallInt)
        if s[4].asSmallInt > 0 {
            while i < filled && entries[2 * i].isEmpty { i += 1 }
            if i >= filled { return finish(s) }
            // As many entries as at the start, yet another one: keys were
            // deleted and added between steps.
            if s[3].asSmallInt == 0 {
                s[2] = Value(uncheckedSmallInt: finished)
                throw PythonError("RuntimeError", "dictionary keys changed during iteration")
            }
            s[1] = Value(uncheckedSmallInt: Int64(i + 1))
        } else {
            i = min(i, filled - 1)
            while i >= 0 && entries[2 * i].isEmpty { i -= 1 }
            if i < 0 { return finish(s) }
            s[1] = Value(uncheckedSmallInt: Int64(i - 1))
        }
        s[3] = Value(uncheckedSmallInt: s[3].asSmallInt - 1)
        switch isDict ? 0 : DictViews.which(source) {
        case 0: return entries[2 * i]
        case 1: return entries[2 * i + 1]
        default:
            guard let pair = TupleObject.make(rt.heap, [entries[2 * i], entries[2 * i + 1]]) else {
                throw PythonError("MemoryError", "")
            }
            return pair
        }
    }

    private static func finish(_ s: UnsafeMutablePointer<Value>) -> Value? {
        s[2] = Value(uncheckedSmallInt: finished)
        return nil
    }
}
