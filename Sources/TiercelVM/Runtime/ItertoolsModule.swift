/// itertools: lazy iterators over the same object kind as map and zip
/// (a tag, then state fields). Combinatoric iterators take their inputs as
/// tuples up front and keep their index state in a list, as CPython does.
///
///     [tag][a][b][c][d][e]
enum ItertoolsModule {
    static let count: Int64 = 10, repeatTag: Int64 = 11, cycle: Int64 = 12, chain: Int64 = 13, islice: Int64 = 14
    static let accumulate: Int64 = 15, takewhile: Int64 = 16, dropwhile: Int64 = 17, starmap: Int64 = 18
    static let product: Int64 = 19, permutations: Int64 = 20, combinations: Int64 = 21, zipLongest: Int64 = 22
    static let pairwise: Int64 = 23, compress: Int64 = 24, combinationsWithReplacement: Int64 = 25

    static func make(_ rt: Runtime) throws -> Value {
        let m = try nativePart(rt)
        try rt.runEmbedded(pythonPart, module: "itertools", globals: Value(object: ModuleObject.dict(m.asObject)))
        return m
    }

    /// groupby, tee and filterfalse, as classes written in Python.
    static let pythonPart = """
    class groupby:
        def __init__(self, iterable, key=None):
            self._key = (lambda x: x) if key is None else key
            self._it = iter(iterable)
            self._done = False
            self._started = False
            self._current = self._current_key = self._group_key = None
            self._group_id = 0
        def __iter__(self):
            return self
        def _advance(self):
            try:
                self._current = next(self._it)
            except StopIteration:
                self._done = True
                raise
            self._current_key = self._key(self._current)
        def __next__(self):
            if not self._started:
                self._started = True
                self._advance()
            else:
                # Skip what is left of the previous group.
                while self._current_key == self._group_key:
                    self._advance()
            self._group_key = self._current_key
            self._group_id += 1
            return (self._current_key, self._group(self._group_id))
        def _group(self, group_id):
            key = self._group_key
            while self._group_id == group_id and not self._done:
                yield self._current
                try:
                    self._advance()
                except StopIteration:
                    return
                if self._current_key != key:
                    return

    class _TeeBuffer:
        def __init__(self, iterable):
            self.it = iter(iterable)
            self.items = []
            self.base = 0

    class _tee:
        def __init__(self, buffer):
            self._buffer = buffer
            self._index = 0
        def __iter__(self):
            return self
        def __next__(self):
            b = self._buffer
            if self._index < len(b.items):
                value = b.items[self._index]
            else:
                value = next(b.it)
                b.items.append(value)
            self._index += 1
            return value
        def __copy__(self):
            copy = _tee(self._buffer)
            copy._index = self._index
            return copy

    def tee(iterable, n=2):
        if n < 0:
            raise ValueError("n must be >= 0")
        if isinstance(iterable, _tee):
            first = iterable
        else:
            first = _tee(_TeeBuffer(iterable))
        result = [first]
        for _ in range(n - 1):
            result.append(first.__copy__())
        return tuple(result[:n])

    class filterfalse:
        def __init__(self, function, iterable, /):
            self._predicate = bool if function is None else function
            self._source = iter(iterable)
        def __iter__(self):
            return self
        def __next__(self):
            predicate = self._predicate
            for x in self._source:
                if not predicate(x):
                    return x
            raise StopIteration
    """

    private static func nativePart(_ rt: Runtime) throws -> Value {
        try NativeModules.module(rt, "itertools") { rt, d in
            func iterator(_ name: String) throws -> Value {
                let t = rt.pin(try TypeObject.make(rt, name: name, bases: [rt.types.object], dict: nil,
                                                   instanceKind: .lazyIterator, flags: 0, module: "itertools"))
                try rt.defineMethod(t, "__iter__") { _, args in args[0] }
                try rt.defineMethod(t, "__next__") { rt, args in
                    guard let v = try LazyIterator.next(rt, args[0].asObject) else { throw PythonError("StopIteration", "") }
                    return v
                }
                try NativeModules.value(rt, d, name, t)
                return t
            }
            func new(_ rt: Runtime, _ tag: Int64, _ type: Value, _ fields: [Value]) throws -> Value {
                var all = [Value(uncheckedSmallInt: tag)] + fields
                while all.count < 6 { all.append(.none) }
                let v = try vector(rt, kind: .lazyIterator, all)
                v.asObject.objectHeader.pointee.classWord = UInt64(UInt(bitPattern: TypeObject.field(type.asObject, TypeObject.rootShape).asObject))
                return v
            }
            func tuples(_ rt: Runtime, _ args: Slice<UnsafeBufferPointer<Value>>, repeat r: Int = 1) throws -> Value {
                try rt.withTemporaryRoots(2) { roots in
                    roots[0] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
                    for _ in 0..<r {
                        for a in args {
                            roots[1] = try rt.tupleFrom(a)
                            try ListObject.append(rt, roots[0].asObject, roots[1])
                        }
                    }
                    return try rt.tupleFrom(roots[0])
                }
            }
            let countType = try iterator("count")
            rt.defineConstructor(countType, keywords: ["start", "step"]) { rt, args in
                let bound = try ClinicArguments.bind(rt, "count", args, ["start", "step"], required: 0, receiver: false)
                return try new(rt, count, countType, [bound[0] ?? Value(uncheckedSmallInt: 0), bound[1] ?? Value(uncheckedSmallInt: 1)])
            }
            let repeatType = try iterator("repeat")
            rt.defineConstructor(repeatType, keywords: ["object", "times"]) { rt, args in
                let bound = try ClinicArguments.bind(rt, "repeat", args, ["object", "times"], required: 1, receiver: false)
                var times: Value = .none
                if let t = bound[1] { times = Value(uncheckedSmallInt: Int64(max(0, try ClinicArguments.size(rt, t, default: 0)))) }
                return try new(rt, repeatTag, repeatType, [bound[0]!, times])
            }
            let cycleType = try iterator("cycle")
            rt.defineConstructor(cycleType) { rt, args in
                try Builtins.exactly(1, "cycle", args)
                return try rt.withTemporaryRoots(2) { roots in
                    roots[0] = try rt.getIter(args[0])
                    roots[1] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
                    return try new(rt, cycle, cycleType, [roots[0], roots[1], Value(uncheckedSmallInt: -1)])
                }
            }
            let chainType = try iterator("chain")
            rt.defineConstructor(chainType) { rt, args in
                try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try rt.getIter(try rt.tuple(Array(args)))
                    return try new(rt, chain, chainType, [roots[0], .none])
                }
            }
            // chain.from_iterable: a plain function in the type's dict (no binding).
            let fromIterable = rt.registerNative("from_iterable") { rt, args in
                try Builtins.exactly(1, "from_iterable", args)
                return try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try rt.getIter(args[0])
                    return try new(rt, chain, chainType, [roots[0], .none])
                }
            }
            try TypeObject.setInDict(rt, chainType.asObject, try rt.intern("from_iterable"),
                                     try BuiltinFunctionObject.make(rt, index: fromIterable, name: "from_iterable"))
            let isliceType = try iterator("islice")
            rt.defineConstructor(isliceType) { rt, args in
                guard args.count >= 2 && args.count <= 4 else { throw PythonError("TypeError", "islice expected at most 4 arguments, got \(args.count)") }
                func bound(_ v: Value, _ what: String) throws -> Int64 {
                    if v.isNone { return -1 }
                    guard v.isSmallInt, v.asSmallInt >= 0 else {
                        throw PythonError("ValueError", "\(what) argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
                    }
                    return v.asSmallInt
                }
                var start: Int64 = 0, stop: Int64 = -1, step: Int64 = 1
                if args.count == 2 {
                    stop = try bound(args[1], "Stop")
                } else {
                    start = max(0, try bound(args[1], "Indices"))
                    stop = try bound(args[2], "Stop")
                    if args.count == 4 && !args[3].isNone {
                        step = try bound(args[3], "Step")
                        if step < 1 { throw PythonError("ValueError", "Step for islice() must be a positive integer or None.") }
                    }
                }
                return try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try rt.getIter(args[0])
                    // [source, next index to yield, stop (-1: none), step, position]
                    return try new(rt, islice, isliceType, [roots[0], Value(uncheckedSmallInt: start), Value(uncheckedSmallInt: stop),
                                                           Value(uncheckedSmallInt: step), Value(uncheckedSmallInt: 0)])
                }
            }
            let accumulateType = try iterator("accumulate")
            rt.defineConstructor(accumulateType, keywords: ["iterable", "func", "initial"]) { rt, args in
                // initial is keyword-only: two positional parameters at most.
                if args.count > 2 { throw PythonError("TypeError", "accumulate() takes at most 2 arguments (\(args.count) given)") }
                let bound = try ClinicArguments.bind(rt, "accumulate", args, ["iterable", "func", "initial"], required: 1, receiver: false)
                let initial: Value = bound[2].flatMap { $0.isNone ? nil : $0 } ?? .empty
                return try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try rt.getIter(bound[0]!)
                    return try new(rt, accumulate, accumulateType, [roots[0], bound[1] ?? .none, initial])
                }
            }
            for (name, tag) in [("takewhile", takewhile), ("dropwhile", dropwhile)] {
                let t = try iterator(name)
                rt.defineConstructor(t) { rt, args in
                    guard args.count == 2 else { throw PythonError("TypeError", "\(name) expected 2 arguments, got \(args.count)") }
                    return try rt.withTemporaryRoots(1) { roots in
                        roots[0] = try rt.getIter(args[1])
                        return try new(rt, tag, t, [args[0], roots[0], .false])
                    }
                }
            }
            let starmapType = try iterator("starmap")
            rt.defineConstructor(starmapType) { rt, args in
                guard args.count == 2 else { throw PythonError("TypeError", "starmap expected 2 arguments, got \(args.count)") }
                return try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try rt.getIter(args[1])
                    return try new(rt, starmap, starmapType, [args[0], roots[0]])
                }
            }
            let productType = try iterator("product")
            rt.defineConstructor(productType, keywords: ["repeat"]) { rt, args in
                var r = 1
                for (_, v) in rt.pendingKeywords { r = try BuiltinMethods.index(rt, v) }
                if r < 0 { throw PythonError("ValueError", "repeat argument cannot be negative") }
                return try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try tuples(rt, args[0...], repeat: r)
                    return try new(rt, product, productType, [roots[0], .none])
                }
            }
            for (name, tag) in [("permutations", permutations), ("combinations", combinations),
                                ("combinations_with_replacement", combinationsWithReplacement)] {
                let t = try iterator(name)
                rt.defineConstructor(t, keywords: ["iterable", "r"]) { rt, args in
                    let bound = try ClinicArguments.bind(rt, name, args, ["iterable", "r"], required: tag == permutations ? 1 : 2, receiver: false)
                    let rValue = bound[1] ?? .none
                    return try rt.withTemporaryRoots(1) { roots in
                        roots[0] = try rt.tupleFrom(bound[0]!)
                        let n = TupleObject.count(roots[0].asObject)
                        let r = rValue.isNone ? n : try BuiltinMethods.index(rt, rValue)
                        if r < 0 { throw PythonError("ValueError", "r must be non-negative") }
                        return try new(rt, tag, t, [roots[0], Value(uncheckedSmallInt: Int64(r)), .none])
                    }
                }
            }
            let zipLongestType = try iterator("zip_longest")
            rt.defineConstructor(zipLongestType, keywords: ["fillvalue"]) { rt, args in
                var fill: Value = .none
                for (_, v) in rt.pendingKeywords { fill = v }
                return try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
                    for a in args { try ListObject.append(rt, roots[0].asObject, try rt.getIter(a)) }
                    return try new(rt, zipLongest, zipLongestType, [roots[0], fill, Value(uncheckedSmallInt: Int64(args.count))])
                }
            }
            let pairwiseType = try iterator("pairwise")
            rt.defineConstructor(pairwiseType) { rt, args in
                try Builtins.exactly(1, "pairwise", args)
                return try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try rt.getIter(args[0])
                    return try new(rt, pairwise, pairwiseType, [roots[0], .empty])
                }
            }
            let compressType = try iterator("compress")
            rt.defineConstructor(compressType, keywords: ["data", "selectors"]) { rt, args in
                let bound = try ClinicArguments.bind(rt, "compress", args, ["data", "selectors"], required: 2, receiver: false)
                return try rt.withTemporaryRoots(2) { roots in
                    roots[0] = try rt.getIter(bound[0]!)
                    roots[1] = try rt.getIter(bound[1]!)
                    return try new(rt, compress, compressType, [roots[0], roots[1]])
                }
            }
        }
    }

    /// count's and repeat's reprs, which show their state; nil for the
    /// iterators CPython shows as `<itertools.x object at ...>`.
    static func repr(_ rt: Runtime, _ it: UnsafeMutableRawPointer) throws -> String? {
        let f = ValueVector.values(it)
        switch f[0].asSmallInt {
        case count:
            let step = f[2]
            // An int step of 1 (True included, as CPython's PyLong test) is left out.
            let unitStep = (step.isSmallInt && step.asSmallInt == 1 && rt.typeOf(step).bits == rt.types.int.bits) || step == .true
            return "count(\(try rt.repr(f[1]))" + (unitStep ? ")" : ", \(try rt.repr(step)))")
        case repeatTag:
            return "repeat(\(try rt.repr(f[1]))" + (f[2].isNone ? ")" : ", \(f[2].asSmallInt))")
        default:
            return nil
        }
    }

    /// The next item of an itertools iterator, or nil.
    static func next(_ rt: Runtime, _ it: UnsafeMutableRawPointer) throws -> Value? {
        let f = ValueVector.values(it)
        switch f[0].asSmallInt {
        case count:
            let v = f[1]
            f[1] = try rt.binary(.add, v, f[2])
            return v
        case repeatTag:
            if f[2].isNone { return f[1] }
            let left = f[2].asSmallInt
            if left <= 0 { return nil }
            f[2] = Value(uncheckedSmallInt: left - 1)
            return f[1]
        case cycle:
            if f[3].asSmallInt < 0 {
                if let x = try rt.nextOrNil(f[1]) {
                    try ListObject.append(rt, f[2].asObject, x)
                    return x
                }
                f[3] = Value(uncheckedSmallInt: 0)
            }
            let saved = f[2].asObject
            let n = ListObject.count(saved)
            if n == 0 { return nil }
            let i = Int(f[3].asSmallInt)
            f[3] = Value(uncheckedSmallInt: Int64((i + 1) % n))
            return ListObject.items(saved)[i]
        case chain:
            while true {
                if !f[2].isNone, let x = try rt.nextOrNil(f[2]) { return x }
                guard let nextIterable = try rt.nextOrNil(f[1]) else { return nil }
                f[2] = try rt.getIter(nextIterable)
            }
        case islice:
            let target = f[2].asSmallInt, stop = f[3].asSmallInt, step = f[4].asSmallInt
            if stop >= 0 && target >= stop { return nil }
            while true {
                guard let x = try rt.nextOrNil(f[1]) else { return nil }
                let position = f[5].asSmallInt
                f[5] = Value(uncheckedSmallInt: position + 1)
                if position == target {
                    f[2] = Value(uncheckedSmallInt: target + step)
                    return x
                }
                if stop >= 0 && position + 1 >= stop { return nil }
            }
        case accumulate:
            // [source, function, initial (empty: none), started, total]
            if f[4] != .true {
                f[4] = .true
                if !f[3].isEmpty {
                    f[5] = f[3]
                    return f[3]
                }
                guard let x = try rt.nextOrNil(f[1]) else { return nil }
                f[5] = x
                return x
            }
            guard let x = try rt.nextOrNil(f[1]) else { return nil }
            let total = try rt.withTemporaryRoots(1) { roots in
                roots[0] = x
                return f[2].isNone ? try rt.binary(.add, f[5], x) : try rt.call(f[2], [f[5], x])
            }
            f[5] = total
            return total
        case takewhile:
            if f[3] == .true { return nil }
            guard let x = try rt.nextOrNil(f[2]) else { return nil }
            if try rt.truth(try rt.call(f[1], [x])) { return x }
            f[3] = .true
            return nil
        case dropwhile:
            while true {
                guard let x = try rt.nextOrNil(f[2]) else { return nil }
                if f[3] == .true { return x }
                if !(try rt.truth(try rt.call(f[1], [x]))) {
                    f[3] = .true
                    return x
                }
            }
        case starmap:
            guard let x = try rt.nextOrNil(f[2]) else { return nil }
            return try rt.withTemporaryRoots(1) { roots in
                roots[0] = try rt.tupleFrom(x)
                return try rt.call(f[1], Array(UnsafeBufferPointer(start: TupleObject.items(roots[0].asObject), count: TupleObject.count(roots[0].asObject))))
            }
        case product:
            let pools = f[1].asObject
            let n = TupleObject.count(pools)
            var indices: [Int]
            if f[2].isNone {
                for i in 0..<n where TupleObject.count(TupleObject.items(pools)[i].asObject) == 0 { f[2] = .false; return nil }
                indices = [Int](repeating: 0, count: n)
            } else {
                if f[2] == .false { return nil }
                indices = Builtins.elements(f[2]).map { Int($0.asSmallInt) }
                var i = n - 1
                while i >= 0 {
                    indices[i] += 1
                    if indices[i] < TupleObject.count(TupleObject.items(pools)[i].asObject) { break }
                    indices[i] = 0
                    i -= 1
                }
                if i < 0 { f[2] = .false; return nil }
            }
            f[2] = try indexList(rt, indices)
            return try rt.tuple((0..<n).map { TupleObject.items(TupleObject.items(pools)[$0].asObject)[indices[$0]] })
        case permutations:
            let pool = f[1].asObject
            let n = TupleObject.count(pool), r = Int(f[2].asSmallInt)
            if r > n { return nil }
            // State: indices (n) then cycles (r), as in the itertools recipe.
            var indices: [Int], cycles: [Int]
            if f[3].isNone {
                indices = Array(0..<n)
                cycles = Array(stride(from: n, to: n - r, by: -1))
            } else {
                if f[3] == .false { return nil }
                let state = Builtins.elements(f[3]).map { Int($0.asSmallInt) }
                indices = Array(state[0..<n])
                cycles = Array(state[n...])
                var found = false
                var i = r - 1
                while i >= 0 {
                    cycles[i] -= 1
                    if cycles[i] == 0 {
                        let moved = indices[i]
                        indices.remove(at: i)
                        indices.append(moved)
                        cycles[i] = n - i
                    } else {
                        let j = cycles[i]
                        indices.swapAt(i, n - j)
                        found = true
                        break
                    }
                    i -= 1
                }
                if !found { f[3] = .false; return nil }
            }
            f[3] = try indexList(rt, indices + cycles)
            return try rt.tuple((0..<r).map { TupleObject.items(pool)[indices[$0]] })
        case combinations, combinationsWithReplacement:
            let pool = f[1].asObject
            let n = TupleObject.count(pool), r = Int(f[2].asSmallInt)
            let replacing = f[0].asSmallInt == combinationsWithReplacement
            var indices: [Int]
            if f[3].isNone {
                if (!replacing && r > n) || (replacing && n == 0 && r > 0) { return nil }
                indices = replacing ? [Int](repeating: 0, count: r) : Array(0..<r)
            } else {
                if f[3] == .false { return nil }
                indices = Builtins.elements(f[3]).map { Int($0.asSmallInt) }
                var i = r - 1
                if replacing {
                    while i >= 0 && indices[i] == n - 1 { i -= 1 }
                    if i < 0 { f[3] = .false; return nil }
                    let v = indices[i] + 1
                    for k in i..<r { indices[k] = v }
                } else {
                    while i >= 0 && indices[i] == i + n - r { i -= 1 }
                    if i < 0 { f[3] = .false; return nil }
                    indices[i] += 1
                    for j in (i + 1)..<max(i + 1, r) { indices[j] = indices[j - 1] + 1 }
                }
            }
            f[3] = try indexList(rt, indices)
            return try rt.tuple(indices.map { TupleObject.items(pool)[$0] })
        case zipLongest:
            let sources = f[1].asObject
            let n = ListObject.count(sources)
            if n == 0 { return nil }
            return try rt.withTemporaryRoots(n) { roots in
                var active = 0
                for i in 0..<n {
                    let s = ListObject.items(sources)[i]
                    if !s.isNone, let x = try rt.nextOrNil(s) {
                        roots[i] = x
                        active += 1
                    } else {
                        ListObject.items(sources)[i] = .none
                        roots[i] = f[2]
                    }
                }
                if active == 0 { return nil }
                return try rt.tuple(Array(UnsafeBufferPointer(start: roots, count: n)))
            }
        case pairwise:
            if f[2].isEmpty {
                guard let first = try rt.nextOrNil(f[1]) else { return nil }
                f[2] = first
            }
            guard let x = try rt.nextOrNil(f[1]) else { return nil }
            let pair = try rt.withTemporaryRoots(1) { roots in
                roots[0] = x
                return try rt.tuple([f[2], x])
            }
            f[2] = x
            return pair
        case compress:
            while true {
                guard let x = try rt.nextOrNil(f[1]), let keep = try rt.nextOrNil(f[2]) else { return nil }
                if try rt.truth(keep) { return x }
            }
        default:
            return nil
        }
    }

    static func indexList(_ rt: Runtime, _ xs: [Int]) throws -> Value {
        let items = xs.map { Value(uncheckedSmallInt: Int64($0)) }
        return try items.withUnsafeBufferPointer { try ListObject.make(rt, $0) }
    }
}
