/// The dunder protocols for classes defined in Python: operators with
/// reflected and in-place forms, rich comparison, truth, len, iteration,
/// containment, subscripts. The built-in kinds are handled before these
/// are consulted, so the fast paths never look a method up.
extension Runtime {
    /// A special method defined in Python (not a built-in type's native) on `v`'s type.
    /// Instances of native types with an instance layout (open files) count
    /// too; the defaults `object` and `type` provide do not.
    @inline(__always) func userMethod(_ v: Value, _ name: String) throws -> Value? {
        let t = typeOf(v).asObject
        guard TypeObject.flags(t) & TypeObject.heapType != 0 || (v.isObject && v.asObject.objectKind == .instance) else { return nil }
        guard let m = try TypeObject.lookup(self, t, try intern(name)) else { return nil }
        if m.isObject && m.asObject.objectKind == .methodDescriptor {
            let owner = ValueVector.values(m.asObject)[2]
            if owner.bits == types.object.bits || owner.bits == types.type.bits { return nil }
            // A built-in type's own operator, inherited, is the built-in
            // behaviour; the same descriptor stored on a subclass (enum's
            // `__str__ = int.__repr__`) is an override.
            if operatorNatives.contains(Int(ValueVector.values(m.asObject)[0].asSmallInt)) {
                let key = try intern(name)
                let holder = try TypeObject.mroItems(t).first { c in
                    try DictObject.get(TypeObject.field(c.asObject, TypeObject.dict).asObject, key, ops) != nil
                }
                if holder?.bits == owner.bits { return nil }
            }
        }
        return m
    }

    /// Whether exception `e` is an instance of the built-in exception type `name`.
    func isException(_ e: Value, _ name: String) -> Bool {
        guard let t = try? builtin(name) else { return false }
        return TypeObject.isSubtype(typeOf(e).asObject, t.asObject)
    }

    /// Calls special method `m` (found on the type) with `v` as its receiver.
    func callSpecial(_ m: Value, _ v: Value, _ args: [Value], keywords: [(Value, Value)] = []) throws -> Value {
        if m.isObject && m.asObject.objectKind == .function { return try call(m, [v] + args, keywords: keywords) }
        if m.isNone { throw PythonError("TypeError", "'NoneType' object is not callable") }
        return try call(try bind(m, to: v, type: typeOf(v)), args, keywords: keywords)
    }

    static let binaryNames: [BinaryOp: (String, String, String)] = [
        .add: ("__add__", "__radd__", "__iadd__"), .subtract: ("__sub__", "__rsub__", "__isub__"),
        .multiply: ("__mul__", "__rmul__", "__imul__"), .trueDivide: ("__truediv__", "__rtruediv__", "__itruediv__"),
        .floorDivide: ("__floordiv__", "__rfloordiv__", "__ifloordiv__"), .modulo: ("__mod__", "__rmod__", "__imod__"),
        .power: ("__pow__", "__rpow__", "__ipow__"), .leftShift: ("__lshift__", "__rlshift__", "__ilshift__"),
        .rightShift: ("__rshift__", "__rrshift__", "__irshift__"), .bitAnd: ("__and__", "__rand__", "__iand__"),
        .bitOr: ("__or__", "__ror__", "__ior__"), .bitXor: ("__xor__", "__rxor__", "__ixor__"),
        .matrixMultiply: ("__matmul__", "__rmatmul__", "__imatmul__"),
    ]

    /// `a op b` through `__op__` / `__rop__`, or nil when neither applies.
    func binaryDunder(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        let (name, reflected, _) = Runtime.binaryNames[op]!
        // Operators do not try the reflected method of the same type; comparisons do.
        return try dispatchSpecial(a, b, name, reflected, reflectSameType: false)
    }

    /// CPython's order for a binary special method: the reflected method of
    /// a right operand whose type is a proper subclass first, then the
    /// forward one, then the reflected one; nil when all say NotImplemented.
    private func dispatchSpecial(_ a: Value, _ b: Value, _ name: String, _ reflected: String,
                                 reflectSameType: Bool) throws -> Value? {
        let ta = typeOf(a), tb = typeOf(b)
        let forward = try userMethod(a, name)
        var backward = !reflectSameType && ta.bits == tb.bits ? nil : try userMethod(b, reflected)
        if let m = backward, ta.bits != tb.bits, TypeObject.isSubtype(tb.asObject, ta.asObject) {
            let r = try callSpecial(m, b, [a])
            if r != .notImplemented { return r }
            backward = nil
        }
        if let m = forward {
            let r = try callSpecial(m, a, [b])
            if r != .notImplemented { return r }
        }
        if let m = backward {
            let r = try callSpecial(m, b, [a])
            if r != .notImplemented { return r }
        }
        return nil
    }

    /// `a op= b`: `__iop__` first, in-place list concatenation, then `a op b`.
    func inplace(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        if a.isObject {
            if try a.asObject.objectKind == .list && (TypeObject.flags(typeOf(a).asObject) & TypeObject.heapType == 0
                                                      || userMethod(a, Runtime.binaryNames[op]!.2) == nil) {
                if op == .add {
                    try extend(a, with: b)
                    return a
                }
                if op == .multiply && (b.isSmallInt || b.isBool) {
                    let l = a.asObject
                    let n = ListObject.count(l)
                    let times = b.isBool ? (b == .true ? 1 : 0) : Int(b.asSmallInt)
                    if times <= 0 {
                        try ListObject.clear(self, l)
                    } else {
                        for _ in 1..<times { for i in 0..<n { try ListObject.append(self, l, ListObject.items(l)[i]) } }
                    }
                    return a
                }
            }
            if a.asObject.objectKind == .bytearray && (op == .add || op == .multiply) {
                let result = try binary(op, a, b)
                try ByteArrayObject.replaceAll(self, a.asObject, Array(BytesObject.view(result)!))
                return a
            }
            if let result = try SetMethods.binary(self, op, a, b, inplace: true) { return result }
            if try op == .bitOr && a.asObject.objectKind == .dict && (TypeObject.flags(typeOf(a).asObject) & TypeObject.heapType == 0
                                                                      || userMethod(a, "__ior__") == nil) {
                // d |= other accepts any mapping or iterable of pairs.
                try dictUpdate(a, b)
                return a
            }
            if let m = try userMethod(a, Runtime.binaryNames[op]!.2) {
                let r = try callSpecial(m, a, [b])
                if r != .notImplemented { return r }
            }
        }
        do {
            return try binary(op, a, b)
        } catch let e as PythonError where e.type == "TypeError" && e.message.hasPrefix("unsupported operand") {
            throw PythonError("TypeError", "unsupported operand type(s) for \(op.rawValue)=: '\(typeName(a))' and '\(typeName(b))'")
        }
    }

    enum CompareOp {
        case less, lessEqual, equal, notEqual, greater, greaterEqual

        var symbol: String {
            switch self {
            case .less: return "<"
            case .lessEqual: return "<="
            case .equal: return "=="
            case .notEqual: return "!="
            case .greater: return ">"
            case .greaterEqual: return ">="
            }
        }

        var dunder: String {
            switch self {
            case .less: return "__lt__"
            case .lessEqual: return "__le__"
            case .equal: return "__eq__"
            case .notEqual: return "__ne__"
            case .greater: return "__gt__"
            case .greaterEqual: return "__ge__"
            }
        }

        var reflected: CompareOp {
            switch self {
            case .less: return .greater
            case .lessEqual: return .greaterEqual
            case .equal: return .equal
            case .notEqual: return .notEqual
            case .greater: return .less
            case .greaterEqual: return .lessEqual
            }
        }
    }

    /// Whether either operand's type is a class defined in Python.
    @inline(__always) func involvesUserType(_ a: Value, _ b: Value) -> Bool {
        (a.isObject && TypeObject.flags(typeOf(a).asObject) & TypeObject.heapType != 0)
            || (b.isObject && TypeObject.flags(typeOf(b).asObject) & TypeObject.heapType != 0)
    }

    /// `a op b` for a comparison, with CPython's dispatch: the reflected
    /// method of a right operand whose type is a subclass goes first;
    /// == and != fall back to identity.
    func richCompare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value {
        if involvesUserType(a, b) {
            // A comparison that may run Python code counts one level of
            // recursion, as CPython's PyObject_RichCompare does; hitting the
            // limit here gets its " in comparison" message.
            if depth >= recursionLimit {
                throw PythonError("RecursionError", "maximum recursion depth exceeded in comparison")
            }
            depth += 1
            defer { depth -= 1 }
            if let r = try dispatchSpecial(a, b, op.dunder, op.reflected.dunder, reflectSameType: true) { return r }
            // Subclasses of built-in types without their own method compare
            // as their built-in kind (a namedtuple equals the plain tuple).
            func builtinKind(_ v: Value) -> Bool {
                !v.isObject || ![.instance, .exception, .type].contains(v.asObject.objectKind) || ImmutableSubclass.isBoxed(v)
            }
            if builtinKind(a) && builtinKind(b) {
                let x = ImmutableSubclass.unboxed(a), y = ImmutableSubclass.unboxed(b)
                // A str, tuple or bytes subclass instance never equals an
                // immediate; asking ops.equal would come back here.
                let unequalKinds = !(x.isObject && y.isObject) && involvesUserType(x, y)
                switch op {
                case .equal: return .bool(unequalKinds ? false : try ops.equal(x, y))
                case .notEqual: return .bool(unequalKinds ? true : !(try ops.equal(x, y)))
                default: return .bool(try order(op.symbol, x, y))
                }
            }
            switch op {
            case .equal: return .bool(a.bits == b.bits)
            case .notEqual:
                if let eq = try userMethod(a, "__eq__") {
                    let r = try callSpecial(eq, a, [b])
                    if r != .notImplemented { return .bool(!(try truth(r))) }
                }
                return .bool(a.bits != b.bits)
            default:
                throw PythonError("TypeError", "'\(op.symbol)' not supported between instances of '\(typeName(a))' and '\(typeName(b))'")
            }
        }
        switch op {
        case .equal: return .bool(try ops.equal(a, b))
        case .notEqual: return .bool(!(try ops.equal(a, b)))
        default: return .bool(try order(op.symbol, a, b))
        }
    }

    /// `a == b` as a Swift Bool (container comparisons, `in`, dict keys).
    func isEqual(_ a: Value, _ b: Value) throws -> Bool {
        // The identity shortcut of PyObject_RichCompareBool. Unboxed floats
        // have no identity apart from their bits, so every NaN is "the same
        // object" here, as in PyPy (ARCHITECTURE.md, Values).
        if a.bits == b.bits { return true }
        if involvesUserType(a, b) { return try truth(try richCompare(.equal, a, b)) }
        return try ops.equal(a, b)
    }

    /// The start of a `with` block: the bound __exit__, then __enter__'s result.
    func beforeWith(_ manager: Value, exit: UnsafeMutablePointer<Value>, entered: UnsafeMutablePointer<Value>) throws {
        let t = typeOf(manager).asObject
        guard let enter = try TypeObject.lookup(self, t, try intern("__enter__")) else {
            throw PythonError("TypeError", "'\(typeName(manager))' object does not support the context manager protocol")
        }
        guard let exitMethod = try TypeObject.lookup(self, t, try intern("__exit__")) else {
            throw PythonError("TypeError", "'\(typeName(manager))' object does not support the context manager protocol (missed __exit__ method)")
        }
        exit.pointee = try bind(exitMethod, to: manager, type: typeOf(manager))
        entered.pointee = try callSpecial(enter, manager, [])
    }

    // MARK: Truth, length

    /// bool(v).
    @inline(__always) public func truth(_ v: Value) throws -> Bool {
        if v == .true { return true }
        if v == .false || v.isNone { return false }
        if v.isSmallInt { return v.asSmallInt != 0 }
        if v.isDouble { return v.asDouble != 0 }
        guard v.isObject else { return true }
        let o = v.asObject
        if o.objectHeader.pointee.classWord != 0 && (o.objectKind == .dict || o.objectKind == .list) {
            if let m = try subclassOverride(v, "__bool__") {
                let r = try callSpecial(m, v, [])
                guard r.isBool else { throw PythonError("TypeError", "__bool__ should return bool, returned \(typeName(r))") }
                return r == .true
            }
            return try length(v) != 0
        }
        switch o.objectKind {
        case .str: return StrObject.length(o) != 0
        case .complex: return ComplexObject.parts(o) != .init(real: 0, imag: 0)
        case .bytes: return BytesObject.length(o) != 0
        case .bytearray: return ByteArrayObject.count(o) != 0
        case .tuple: return TupleObject.count(o) != 0
        case .dict: return DictObject.count(o) != 0
        case .range: return ints.sign(RangeObject.field(o, RangeObject.length)) != 0
        case .list: return ListObject.count(o) != 0
        case .dictView: return DictObject.count(DictViews.dict(o)) != 0
        case .set, .frozenset: return SetObject.count(o) != 0
        case .bigInt: return true
        case .instance, .exception:
            if let m = try userMethod(v, "__bool__") {
                let r = try callSpecial(m, v, [])
                guard r.isBool else { throw PythonError("TypeError", "__bool__ should return bool, returned \(typeName(r))") }
                return r == .true
            }
            if let m = try userMethod(v, "__len__") { return try lengthResult(try callSpecial(m, v, [])) != 0 }
            if ImmutableSubclass.isBoxed(v) { return try truth(ImmutableSubclass.unboxed(v)) }
            return true
        default: return true
        }
    }

    private func lengthResult(_ r: Value) throws -> Int {
        guard r.isSmallInt || r.isBool || IntArithmetic.isBigInt(r) else {
            throw PythonError("TypeError", "'\(typeName(r))' object cannot be interpreted as an integer")
        }
        if IntArithmetic.isBigInt(r) {
            if ints.sign(r) < 0 { throw PythonError("ValueError", "__len__() should return >= 0") }
            throw PythonError("OverflowError", "cannot fit 'int' into an index-sized integer")
        }
        let n = r.isBool ? (r == .true ? 1 : 0) : Int(r.asSmallInt)
        if n < 0 { throw PythonError("ValueError", "__len__() should return >= 0") }
        return n
    }

    /// len(v).
    func length(_ v: Value) throws -> Int {
        if let m = try subclassOverride(v, "__len__") { return try lengthResult(try callSpecial(m, v, [])) }
        return try builtinLength(v)
    }

    func builtinLength(_ v: Value) throws -> Int {
        if v.isObject {
            let o = v.asObject
            switch o.objectKind {
            case .str: return StrObject.length(o)
            case .bytes: return BytesObject.length(o)
            case .bytearray: return ByteArrayObject.count(o)
            case .tuple: return TupleObject.count(o)
            case .dict: return DictObject.count(o)
            case .range: return try RangeObject.count(self, o)
            case .memoryview: return MemoryView.length(try MemoryView.live(o))
            case .list: return ListObject.count(o)
            case .dictView: return DictObject.count(DictViews.dict(o))
            case .set, .frozenset: return SetObject.count(o)
            default:
                if let m = try userMethod(v, "__len__") { return try lengthResult(try callSpecial(m, v, [])) }
            }
        }
        throw PythonError("TypeError", "object of type '\(typeName(v))' has no len()")
    }

    // MARK: Iteration

    /// iter(v).
    func getIter(_ v: Value) throws -> Value {
        if let m = try subclassOverride(v, "__iter__") { return try callSpecial(m, v, []) }
        return try builtinGetIter(v)
    }

    func builtinGetIter(_ v: Value) throws -> Value {
        if v.isObject {
            switch v.asObject.objectKind {
            case .instance, .exception, .type:
                if let m = try userMethod(v, "__iter__") {
                    // `__iter__ = None` declares the class not iterable.
                    if m.isNone { throw PythonError("TypeError", "'\(typeName(v))' object is not iterable") }
                    let it = try callSpecial(m, v, [])
                    if it.isObject && [.iterator, .generator, .lazyIterator].contains(it.asObject.objectKind) { return it }
                    guard try userMethod(it, "__next__") != nil else {
                        throw PythonError("TypeError", "iter() returned non-iterator of type '\(typeName(it))'")
                    }
                    return it
                }
                if try userMethod(v, "__getitem__") != nil {
                    return try IteratorObject.makeSequence(self, over: v)
                }
                throw PythonError("TypeError", "'\(typeName(v))' object is not iterable")
            default: break
            }
        }
        return try IteratorObject.make(self, over: v)
    }

    /// The StopIteration for a finished generator: its return value as the
    /// argument, none for None.
    func stopIteration() -> PythonError {
        generatorReturnValue.isNone ? PythonError("StopIteration", "") : PythonError("StopIteration", value: generatorReturnValue)
    }

    /// next(it), or nil when the iterator is exhausted (StopIteration).
    func nextOrNil(_ it: Value) throws -> Value? {
        if it.isObject && it.asObject.objectKind == .iterator { return try IteratorObject.next(self, it.asObject) }
        if it.isObject && it.asObject.objectKind == .generator {
            return try interpreter.resume(it.asObject, sending: .none, throwing: nil)
        }
        if it.isObject && it.asObject.objectKind == .lazyIterator { return try LazyIterator.next(self, it.asObject) }
        guard let m = try userMethod(it, "__next__") else {
            throw PythonError("TypeError", "'\(typeName(it))' object is not an iterator")
        }
        do {
            return try callSpecial(m, it, [])
        } catch let e as RaisedException where isException(e.value, "StopIteration") {
            return nil
        } catch let e as PythonError where e.type == "StopIteration" {
            return nil
        }
    }

    /// Runs `body`, rewording the "'T' object is not iterable" it raises for
    /// `v` itself into CPython's message for that call site.
    func rewordingNotIterable<T>(_ v: Value, _ message: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as PythonError where e.type == "TypeError" && e.message == "'\(typeName(v))' object is not iterable" {
            throw PythonError("TypeError", message)
        }
    }

    /// The items of an iterable in a new list (rooted by the caller's use of the result).
    func listFrom(_ iterable: Value) throws -> Value {
        try withTemporaryRoots(3) { roots in
            roots[0] = try getIter(iterable)
            roots[1] = try ListObject.make(self, UnsafeBufferPointer(start: nil, count: 0))
            while let x = try nextOrNil(roots[0]) {
                roots[2] = x
                try ListObject.append(self, roots[1].asObject, x)
            }
            return roots[1]
        }
    }

    func tupleFrom(_ iterable: Value) throws -> Value {
        if TupleObject.isTuple(iterable) { return try ImmutableSubclass.exact(self, iterable) }
        return try withTemporaryRoots(1) { roots in
            roots[0] = try listFrom(iterable)
            let l = roots[0].asObject
            return try tuple(Array(UnsafeBufferPointer(start: ListObject.items(l), count: ListObject.count(l))))
        }
    }

    /// list.extend / `+=` on a list.
    /// Where a `*` operand came from, for CPython's message when it is not
    /// iterable: `f(*x)` names the callee; displays and calls with more
    /// positional parts say "Value" (LIST_EXTEND).
    enum StarredOperand {
        case display
        case call(callee: Value)
    }

    /// list.extend(iterable); with `starred`, the LIST_EXTEND of a `*` operand.
    func extend(_ list: Value, with iterable: Value, starred: StarredOperand? = nil) throws {
        let l = list.asObject
        if iterable.isObject && (iterable.asObject.objectKind == .list || iterable.asObject.objectKind == .tuple) {
            let o = iterable.asObject
            let isList = o.objectKind == .list
            let n = isList ? ListObject.count(o) : TupleObject.count(o)
            for i in 0..<n { try ListObject.append(self, l, isList ? ListObject.items(o)[i] : TupleObject.items(o)[i]) }
            return
        }
        try withTemporaryRoots(2) { roots in
            roots[0] = try starred.map { try starredIter(iterable, $0) } ?? getIter(iterable)
            while let x = try nextOrNil(roots[0]) {
                roots[1] = x
                try ListObject.append(self, l, x)
            }
        }
    }

    /// iter() for a `*` operand, with CPython's message when the operand
    /// has no iteration protocol at all.
    private func starredIter(_ iterable: Value, _ starred: StarredOperand) throws -> Value {
        do {
            return try getIter(iterable)
        } catch let e as PythonError where e.type == "TypeError" {
            if iterable.isObject, [.instance, .exception, .type].contains(iterable.asObject.objectKind),
               try userMethod(iterable, "__iter__") != nil || userMethod(iterable, "__getitem__") != nil {
                throw e
            }
            var what = "Value"
            if case .call(let callee) = starred { what = try calleeName(callee) + " argument" }
            throw PythonError("TypeError", "\(what) after * must be an iterable, not \(typeName(iterable))")
        }
    }

    /// Sequence unpacking into `count` registers.
    func unpack(_ v: Value, into target: UnsafeMutablePointer<Value>, count n: Int) throws {
        if v.isObject && (v.asObject.objectKind == .tuple || v.asObject.objectKind == .list) {
            let o = v.asObject
            let isList = o.objectKind == .list
            let count = isList ? ListObject.count(o) : TupleObject.count(o)
            if count > n { throw PythonError("ValueError", "too many values to unpack (expected \(n))") }
            if count < n { throw PythonError("ValueError", "not enough values to unpack (expected \(n), got \(count))") }
            for i in 0..<n { target[i] = isList ? ListObject.items(o)[i] : TupleObject.items(o)[i] }
            return
        }
        guard isIterable(v) else { throw PythonError("TypeError", "cannot unpack non-iterable \(typeName(v)) object") }
        try withTemporaryRoots(1) { roots in
            roots[0] = try getIter(v)
            for i in 0..<n {
                guard let x = try nextOrNil(roots[0]) else {
                    throw PythonError("ValueError", "not enough values to unpack (expected \(n), got \(i))")
                }
                target[i] = x
            }
            if try nextOrNil(roots[0]) != nil { throw PythonError("ValueError", "too many values to unpack (expected \(n))") }
        }
    }

    /// a, *b, c = v
    func unpackStarred(_ v: Value, into target: UnsafeMutablePointer<Value>, before: Int, after: Int) throws {
        guard isIterable(v) else { throw PythonError("TypeError", "cannot unpack non-iterable \(typeName(v)) object") }
        try withTemporaryRoots(1) { roots in
            roots[0] = try listFrom(v)
            let l = roots[0].asObject
            let n = ListObject.count(l)
            if n < before + after {
                throw PythonError("ValueError", "not enough values to unpack (expected at least \(before + after), got \(n))")
            }
            for i in 0..<before { target[i] = ListObject.items(l)[i] }
            for i in 0..<after { target[before + 1 + i] = ListObject.items(l)[n - after + i] }
            target[before] = try ListObject.make(self, UnsafeBufferPointer(start: ListObject.items(l) + before, count: n - before - after))
        }
    }

    func isIterable(_ v: Value) -> Bool {
        guard v.isObject else { return false }
        switch v.asObject.objectKind {
        case .str, .tuple, .list, .dict, .range, .dictView, .iterator, .generator, .lazyIterator, .set, .frozenset, .memoryview,
             .bytes, .bytearray: return true
        case .instance, .exception, .type:
            return ((try? userMethod(v, "__iter__")) ?? nil) != nil || ((try? userMethod(v, "__getitem__")) ?? nil) != nil
        default: return false
        }
    }

    /// `**mapping` in a call: merged into `dict`, rejecting repeated names.
    func mergeKeywords(into dict: Value, _ mapping: Value, callee: Value) throws {
        guard DictObject.isDict(mapping) else {
            throw PythonError("TypeError", "\(try calleeName(callee)) argument after ** must be a mapping, not \(typeName(mapping))")
        }
        for (k, v) in DictObject.items(mapping.asObject) {
            guard StrObject.isStr(k) else { throw PythonError("TypeError", "keywords must be strings") }
            if try DictObject.get(dict.asObject, k, ops) != nil {
                throw PythonError("TypeError", "\(try calleeName(callee)) got multiple values for keyword argument '\(swiftString(k))'")
            }
            try DictObject.set(heap, dict.asObject, k, v, ops)
        }
    }

    /// How CPython names a callee in argument errors: `f()`, `A.m()`.
    func calleeName(_ callee: Value) throws -> String {
        guard callee.isObject else { return typeName(callee) + " object" }
        let o = callee.asObject
        switch o.objectKind {
        case .function:
            // CPython's _PyObject_FunctionStr: module-qualified unless builtins.
            let module = FunctionObject.field(o, FunctionObject.module)
            let prefix = StrObject.isStr(module) && swiftString(module) != "builtins" ? swiftString(module) + "." : ""
            return prefix + swiftString(FunctionObject.field(o, FunctionObject.qualname)) + "()"
        case .boundMethod: return try calleeName(ValueVector.values(o)[0])
        case .builtinFunction, .methodDescriptor: return swiftString(ValueVector.values(o)[1]) + "()"
        case .type: return TypeObject.nameString(self, o) + "()"
        default: return typeName(callee) + " object"
        }
    }
}
