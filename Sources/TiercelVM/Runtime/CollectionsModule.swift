/// collections: defaultdict, Counter and OrderedDict are dicts whose class
/// word names their type (a dict subclass), so every dict operation applies;
/// deque keeps its items in a list.
enum CollectionsModule {
    /// collections.abc: the host library's _collections_abc under its public
    /// name (as CPython's collections/abc.py re-exports it), also set as
    /// the `abc` attribute of collections.
    static func makeAbstractBaseClasses(_ rt: Runtime) throws -> Value {
        let parent = try rt.loadModule("collections")
        let source = try rt.loadModule("_collections_abc")
        return try rt.withTemporaryRoots(1) { roots in
            roots[0] = try NativeModules.module(rt, "collections.abc") { rt, d in
                for (k, v) in DictObject.items(ModuleObject.dict(source.asObject)) {
                    let name = rt.swiftString(k)
                    if name.hasPrefix("__") && name != "__all__" { continue }
                    try DictObject.set(rt.heap, d, k, v, rt.ops)
                }
            }
            try rt.setAttr(parent, try rt.intern("abc"), roots[0])
            return roots[0]
        }
    }

    static func make(_ rt: Runtime) throws -> Value {
        let m = try natives(rt)
        // The Python part imports collections.abc, whose parent is this module: registered first, as an import would.
        try DictObject.set(rt.heap, try rt.sysModulesDict(), try rt.intern("collections"), m, rt.ops)
        try rt.runEmbedded(pythonPart, module: "collections", globals: Value(object: ModuleObject.dict(m.asObject)))
        try rt.runEmbedded(NamedTuple.pythonPart, module: "collections", globals: Value(object: ModuleObject.dict(m.asObject)))
        try rt.runEmbedded(CounterArithmetic.pythonPart, module: "collections", globals: Value(object: ModuleObject.dict(m.asObject)))
        try rt.runEmbedded(UserCollections.pythonPart, module: "collections", globals: Value(object: ModuleObject.dict(m.asObject)))
        return m
    }

    /// ChainMap, written in Python over collections.abc.MutableMapping.
    static let pythonPart = """
from collections.abc import Mapping as _Mapping, MutableMapping as _MutableMapping

class ChainMap(_MutableMapping):
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        seen = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                seen[key] = None
        return iter(seen)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)

del _Mapping, _MutableMapping
"""

    static func natives(_ rt: Runtime) throws -> Value {
        try NativeModules.module(rt, "collections") { rt, d in
            func dictClass(_ name: String) throws -> Value {
                let t = rt.pin(try TypeObject.make(rt, name: name, bases: [rt.types.dict], dict: nil, instanceKind: .dict,
                                                   flags: TypeObject.heapType | (name == "Counter" ? 0 : TypeObject.qualifiedName),
                                                   module: "collections"))
                try NativeModules.value(rt, d, name, t)
                return t
            }
            func newDict(_ rt: Runtime, _ type: Value, extra: Int = 0) throws -> Value {
                let v = try DictObject.make(rt.heap, extraSlots: extra)
                v.asObject.objectHeader.pointee.classWord = UInt64(UInt(bitPattern: TypeObject.field(type.asObject, TypeObject.rootShape).asObject))
                return v
            }
            func itemsRepr(_ rt: Runtime, _ o: UnsafeMutableRawPointer) throws -> String {
                "{" + (try DictObject.items(o).map { "\(try rt.repr($0.0)): \(try rt.repr($0.1))" }).joined(separator: ", ") + "}"
            }

            // defaultdict(default_factory, ...)
            let defaultdict = try dictClass("defaultdict")
            rt.defineConstructor(defaultdict, keywords: ["*"]) { rt, args in
                let factory = args.first ?? .none
                if !factory.isNone, !(try rt.isCallable(factory)) { throw PythonError("TypeError", "first argument must be callable or None") }
                return try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try newDict(rt, defaultdict, extra: 1)
                    ValueVector.values(roots[0].asObject)[6] = factory
                    if args.count > 1 { try rt.dictUpdate(roots[0], args[1]) }
                    for (k, v) in rt.pendingKeywords { try DictObject.set(rt.heap, roots[0].asObject, try rt.intern(k), v, rt.ops) }
                    return roots[0]
                }
            }
            try rt.defineMethod(defaultdict, "__missing__") { rt, args in
                let factory = ValueVector.values(args[0].asObject)[6]
                if factory.isNone { throw PythonError("KeyError", value: args[1]) }
                let v = try rt.call(factory, [])
                try DictObject.set(rt.heap, args[0].asObject, args[1], v, rt.ops)
                return v
            }
            try rt.defineProperty(defaultdict, "default_factory", { _, v in ValueVector.values(v.asObject)[6] },
                                  setter: { _, v, factory in ValueVector.values(v.asObject)[6] = factory })
            try rt.defineMethod(defaultdict, "__repr__") { rt, args in
                let factory = ValueVector.values(args[0].asObject)[6]
                return try rt.makeStr("defaultdict(\(try rt.repr(factory)), \(try itemsRepr(rt, args[0].asObject)))")
            }

            // Counter(iterable or mapping)
            let counter = try dictClass("Counter")
            func count(_ rt: Runtime, _ c: Value, _ source: Value, sign: Int64) throws {
                if DictObject.isDict(source) {
                    for (k, v) in DictObject.items(source.asObject) {
                        let old = try DictObject.get(c.asObject, k, rt.ops) ?? Value(uncheckedSmallInt: 0)
                        let new = sign > 0 ? try rt.binary(.add, old, v) : try rt.binary(.subtract, old, v)
                        try DictObject.set(rt.heap, c.asObject, k, new, rt.ops)
                    }
                    return
                }
                try rt.withTemporaryRoots(2) { roots in
                    roots[0] = try rt.getIter(source)
                    while let x = try rt.nextOrNil(roots[0]) {
                        roots[1] = x
                        let old = try DictObject.get(c.asObject, x, rt.ops) ?? Value(uncheckedSmallInt: 0)
                        try DictObject.set(rt.heap, c.asObject, x, try rt.binary(.add, old, Value(uncheckedSmallInt: sign)), rt.ops)
                    }
                }
            }
            func mostCommon(_ rt: Runtime, _ c: Value) throws -> [(Value, Value)] {
                // Stable sort by count, descending: ties keep insertion order.
                var items = DictObject.items(c.asObject)
                var failure: Error? = nil
                items = items.enumerated().sorted { a, b in
                    do {
                        if try rt.truth(try rt.richCompare(.greater, a.element.1, b.element.1)) { return true }
                        if try rt.truth(try rt.richCompare(.less, a.element.1, b.element.1)) { return false }
                    } catch { failure = error }
                    return a.offset < b.offset
                }.map(\.element)
                if let failure { throw failure }
                return items
            }
            rt.defineConstructor(counter, keywords: ["*"]) { rt, args in
                try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try newDict(rt, counter)
                    if let source = args.first { try count(rt, roots[0], source, sign: 1) }
                    for (k, v) in rt.pendingKeywords { try DictObject.set(rt.heap, roots[0].asObject, try rt.intern(k), v, rt.ops) }
                    return roots[0]
                }
            }
            try rt.defineMethod(counter, "__missing__") { _, _ in Value(uncheckedSmallInt: 0) }
            try rt.defineMethod(counter, "update", keywords: ["*"]) { rt, args in
                if args.count > 1 { try count(rt, args[0], args[1], sign: 1) }
                for (k, v) in rt.pendingKeywords {
                    let key = try rt.intern(k)
                    let old = try DictObject.get(args[0].asObject, key, rt.ops) ?? Value(uncheckedSmallInt: 0)
                    try DictObject.set(rt.heap, args[0].asObject, key, try rt.binary(.add, old, v), rt.ops)
                }
                return .none
            }
            try rt.defineMethod(counter, "subtract") { rt, args in
                if args.count > 1 { try count(rt, args[0], args[1], sign: -1) }
                return .none
            }
            try rt.defineMethod(counter, "total") { rt, args in
                var total = Value(uncheckedSmallInt: 0)
                for (_, v) in DictObject.items(args[0].asObject) { total = try rt.binary(.add, total, v) }
                return total
            }
            try rt.defineMethod(counter, "most_common") { rt, args in
                var items = try mostCommon(rt, args[0])
                if args.count > 1 && !args[1].isNone { items = Array(items.prefix(max(0, try BuiltinMethods.index(rt, args[1])))) }
                return try rt.withTemporaryRoots(2) { roots in
                    roots[0] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
                    for (k, v) in items {
                        roots[1] = try rt.tuple([k, v])
                        try ListObject.append(rt, roots[0].asObject, roots[1])
                    }
                    return roots[0]
                }
            }
            try rt.defineMethod(counter, "elements") { rt, args in
                try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
                    for (k, v) in DictObject.items(args[0].asObject) where v.isSmallInt && v.asSmallInt > 0 {
                        for _ in 0..<v.asSmallInt { try ListObject.append(rt, roots[0].asObject, k) }
                    }
                    return try rt.getIter(roots[0])
                }
            }
            try rt.defineMethod(counter, "__repr__") { rt, args in
                let items = try mostCommon(rt, args[0])
                if items.isEmpty { return try rt.makeStr("Counter()") }
                return try rt.makeStr("Counter({" + (try items.map { "\(try rt.repr($0.0)): \(try rt.repr($0.1))" }).joined(separator: ", ") + "})")
            }

            // OrderedDict: a dict (insertion-ordered already) with its own methods.
            let ordered = try dictClass("OrderedDict")
            rt.defineConstructor(ordered, keywords: ["*"]) { rt, args in
                try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try newDict(rt, ordered)
                    if let source = args.first { try rt.dictUpdate(roots[0], source) }
                    for (k, v) in rt.pendingKeywords { try DictObject.set(rt.heap, roots[0].asObject, try rt.intern(k), v, rt.ops) }
                    return roots[0]
                }
            }
            try rt.defineMethod(ordered, "move_to_end", keywords: ["last"]) { rt, args in
                var last = true
                for (_, v) in rt.pendingKeywords { last = try rt.truth(v) }
                let o = args[0].asObject
                guard let v = try DictObject.get(o, args[1], rt.ops) else { throw PythonError("KeyError", value: args[1]) }
                try DictObject.delete(o, args[1], rt.ops)
                if last {
                    try DictObject.set(rt.heap, o, args[1], v, rt.ops)
                } else {
                    let rest = DictObject.items(o)
                    for (k, _) in rest { try DictObject.delete(o, k, rt.ops) }
                    try DictObject.set(rt.heap, o, args[1], v, rt.ops)
                    for (k, x) in rest { try DictObject.set(rt.heap, o, k, x, rt.ops) }
                }
                return .none
            }
            try rt.defineMethod(ordered, "popitem", keywords: ["last"]) { rt, args in
                var last = true
                for (_, v) in rt.pendingKeywords { last = try rt.truth(v) }
                let items = DictObject.items(args[0].asObject)
                guard let (k, v) = last ? items.last : items.first else { throw PythonError("KeyError", value: try rt.makeStr("dictionary is empty")) }
                let pair = try rt.tuple([k, v])
                try DictObject.delete(args[0].asObject, k, rt.ops)
                return pair
            }
            try rt.defineMethod(ordered, "__repr__") { rt, args in
                let items = DictObject.items(args[0].asObject)
                if items.isEmpty { return try rt.makeStr("OrderedDict()") }
                return try rt.makeStr("OrderedDict([" + (try items.map { "(\(try rt.repr($0.0)), \(try rt.repr($0.1)))" }).joined(separator: ", ") + "])")
            }

            // deque([iterable[, maxlen]])
            let deque = rt.pin(try TypeObject.make(rt, name: "deque", bases: [rt.types.object], dict: nil, instanceKind: .instance,
                                                   flags: TypeObject.heapType | TypeObject.qualifiedName | TypeObject.sequence,
                                                   module: "collections"))
            try NativeModules.value(rt, d, "deque", deque)
            func items(_ rt: Runtime, _ q: Value) throws -> UnsafeMutableRawPointer {
                try Instance.get(rt, q.asObject, try rt.intern("_items"))!.asObject
            }
            func maxlen(_ rt: Runtime, _ q: Value) throws -> Int? {
                let m = try Instance.get(rt, q.asObject, try rt.intern("maxlen")) ?? .none
                return m.isNone ? nil : Int(m.asSmallInt)
            }
            func trim(_ rt: Runtime, _ q: Value, fromLeft: Bool) throws {
                guard let m = try maxlen(rt, q) else { return }
                let l = try items(rt, q)
                while ListObject.count(l) > m { _ = try ListObject.pop(rt, l, fromLeft ? 0 : nil) }
            }
            rt.defineConstructor(deque, keywords: ["maxlen"]) { rt, args in
                var m: Value = args.count > 1 ? args[1] : .none
                for (_, v) in rt.pendingKeywords { m = v }
                if !m.isNone {
                    let n = try BuiltinMethods.index(rt, m)
                    if n < 0 { throw PythonError("ValueError", "maxlen must be non-negative") }
                }
                return try rt.withTemporaryRoots(2) { roots in
                    roots[0] = try Instance.make(rt, type: deque)
                    roots[1] = args.isEmpty ? try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0)) : try rt.listFrom(args[0])
                    try Instance.set(rt, roots[0].asObject, try rt.intern("_items"), roots[1])
                    try Instance.set(rt, roots[0].asObject, try rt.intern("maxlen"), m)
                    try trim(rt, roots[0], fromLeft: true)
                    return roots[0]
                }
            }
            try rt.defineMethod(deque, "append") { rt, args in
                try ListObject.append(rt, try items(rt, args[0]), args[1])
                try trim(rt, args[0], fromLeft: true)
                return .none
            }
            try rt.defineMethod(deque, "appendleft") { rt, args in
                let l = try items(rt, args[0])
                var all = Array(Builtins.elements(Value(object: l)))
                all.insert(args[1], at: 0)
                try ListObject.replaceAll(rt, l, all)
                try trim(rt, args[0], fromLeft: false)
                return .none
            }
            try rt.defineMethod(deque, "pop") { rt, args in
                let l = try items(rt, args[0])
                if ListObject.count(l) == 0 { throw PythonError("IndexError", "pop from an empty deque") }
                return try ListObject.pop(rt, l, nil)
            }
            try rt.defineMethod(deque, "popleft") { rt, args in
                let l = try items(rt, args[0])
                if ListObject.count(l) == 0 { throw PythonError("IndexError", "pop from an empty deque") }
                return try ListObject.pop(rt, l, 0)
            }
            try rt.defineMethod(deque, "extend") { rt, args in
                try rt.extend(Value(object: try items(rt, args[0])), with: args[1])
                try trim(rt, args[0], fromLeft: true)
                return .none
            }
            try rt.defineMethod(deque, "extendleft") { rt, args in
                try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try rt.listFrom(args[1])
                    let l = try items(rt, args[0])
                    let all = Array(Builtins.elements(roots[0]).reversed()) + Array(Builtins.elements(Value(object: l)))
                    try ListObject.replaceAll(rt, l, all)
                }
                try trim(rt, args[0], fromLeft: false)
                return .none
            }
            try rt.defineMethod(deque, "rotate") { rt, args in
                let l = try items(rt, args[0])
                let n = ListObject.count(l)
                if n == 0 { return .none }
                let k = ((args.count > 1 ? try BuiltinMethods.index(rt, args[1]) : 1) % n + n) % n
                let all = Array(Builtins.elements(Value(object: l)))
                try ListObject.replaceAll(rt, l, Array(all[(n - k)...] + all[..<(n - k)]))
                return .none
            }
            try rt.defineMethod(deque, "clear") { rt, args in
                try ListObject.clear(rt, try items(rt, args[0]))
                return .none
            }
            try rt.defineMethod(deque, "__len__") { rt, args in Value(uncheckedSmallInt: Int64(ListObject.count(try items(rt, args[0])))) }
            try rt.defineMethod(deque, "__iter__") { rt, args in try rt.getIter(Value(object: try items(rt, args[0]))) }
            /// An index into the deque (ints only, as CPython's deque), or IndexError.
            func position(_ rt: Runtime, _ q: Value, _ i: Value) throws -> Int {
                guard i.isSmallInt || i.isBool else {
                    throw PythonError("TypeError", "sequence index must be integer, not '\(rt.typeName(i))'")
                }
                let n = ListObject.count(try items(rt, q))
                var k = try BuiltinMethods.index(rt, i)
                if k < 0 { k += n }
                guard k >= 0 && k < n else { throw PythonError("IndexError", "deque index out of range") }
                return k
            }
            try rt.defineMethod(deque, "__getitem__") { rt, args in
                ListObject.items(try items(rt, args[0]))[try position(rt, args[0], args[1])]
            }
            try rt.defineMethod(deque, "__setitem__") { rt, args in
                ListObject.items(try items(rt, args[0]))[try position(rt, args[0], args[1])] = args[2]
                return .none
            }
            try rt.defineMethod(deque, "__delitem__") { rt, args in
                _ = try ListObject.pop(rt, try items(rt, args[0]), try position(rt, args[0], args[1]))
                return .none
            }
            try rt.defineMethod(deque, "remove") { rt, args in
                let l = try items(rt, args[0])
                for k in 0..<ListObject.count(l) where try rt.isEqual(ListObject.items(l)[k], args[1]) {
                    _ = try ListObject.pop(rt, l, k)
                    return .none
                }
                throw PythonError("ValueError", "\(try rt.repr(args[1])) is not in deque")
            }
            try rt.defineMethod(deque, "count") { rt, args in
                let l = try items(rt, args[0])
                var c: Int64 = 0
                for k in 0..<ListObject.count(l) where try rt.isEqual(ListObject.items(l)[k], args[1]) { c += 1 }
                return Value(uncheckedSmallInt: c)
            }
            try rt.defineMethod(deque, "index") { rt, args in
                let l = try items(rt, args[0])
                let n = ListObject.count(l)
                let (start, stop) = try BuiltinMethods.searchBounds(rt, args, count: n)
                var k = start
                while k < min(stop, ListObject.count(l)) {
                    if try rt.isEqual(ListObject.items(l)[k], args[1]) { return Value(uncheckedSmallInt: Int64(k)) }
                    k += 1
                }
                throw PythonError("ValueError", "\(try rt.repr(args[1])) is not in deque")
            }
            try rt.defineMethod(deque, "insert") { rt, args in
                let l = try items(rt, args[0])
                if let m = try maxlen(rt, args[0]), ListObject.count(l) >= m {
                    throw PythonError("IndexError", "deque already at its maximum size")
                }
                var all = Array(Builtins.elements(Value(object: l)))
                var k = try BuiltinMethods.index(rt, args[1])
                if k < 0 { k = max(0, k + all.count) }
                all.insert(args[2], at: min(k, all.count))
                try ListObject.replaceAll(rt, l, all)
                return .none
            }
            try rt.defineMethod(deque, "reverse") { rt, args in
                let l = try items(rt, args[0])
                try ListObject.replaceAll(rt, l, Array(Builtins.elements(Value(object: l)).reversed()))
                return .none
            }
            try rt.defineMethod(deque, "copy") { rt, args in
                let m = try maxlen(rt, args[0])
                return try rt.call(rt.typeOf(args[0]), [Value(object: try items(rt, args[0]))]
                                   + (m.map { [Value(uncheckedSmallInt: Int64($0))] } ?? []))
            }
            try rt.defineMethod(deque, "__contains__") { rt, args in .bool(try rt.contains(Value(object: try items(rt, args[0])), args[1])) }
            try rt.defineMethod(deque, "__eq__") { rt, args in
                guard rt.typeOf(args[1]).bits == deque.bits else { return .notImplemented }
                return .bool(try rt.isEqual(Value(object: try items(rt, args[0])), Value(object: try items(rt, args[1]))))
            }
            try rt.defineMethod(deque, "__repr__") { rt, args in
                let body = try rt.repr(Value(object: try items(rt, args[0])))
                if let m = try maxlen(rt, args[0]) { return try rt.makeStr("deque(\(body), maxlen=\(m))") }
                return try rt.makeStr("deque(\(body))")
            }

            try NamedTuple.installNatives(rt, d)
        }
    }
}
