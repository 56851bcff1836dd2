/// A Python-level error raised by a primitive operation; the interpreter
/// turns it into the exception named by `type` with this message.
public struct PythonError: Error, Equatable {
    public var type: String
    public var message: String
    /// The exception's one argument when it is not a str (KeyError's key).
    public var value: Value?
    /// NameError.name / AttributeError.name, and AttributeError.obj.
    public var name: Value?
    public var object: Value?
    /// OSError's errno, and the file name it is about.
    public var errno: Int32?
    public var strerror: String?
    public var filename: Value?

    /// An OSError (or the subclass `type`) for a failed system call on `filename`.
    public static func os(_ type: String, errno code: Int32, strerror: String, filename: Value?, shown: String?) -> PythonError {
        var e = PythonError(type, "[Errno \(code)] \(strerror)" + (shown.map { ": " + $0 } ?? ""))
        e.errno = code
        e.strerror = strerror
        e.filename = filename
        return e
    }

    public init(_ type: String, _ message: String, name: Value, object: Value? = nil) {
        self.type = type
        self.message = message
        self.name = name
        self.object = object
    }

    public init(_ type: String, _ message: String) {
        self.type = type
        self.message = message
    }

    public init(_ type: String, value: Value) {
        self.type = type
        self.message = ""
        self.value = value
    }
}

/// Hashing and equality of the built-in value kinds, with CPython's results
/// (numbers of different types that are equal hash alike and compare equal).
/// User-defined `__hash__` and `__eq__` will dispatch from here once classes
/// exist.
public struct ValueOps {
    /// unowned(unsafe), as `runtime` below: ValueOps is passed by value on
    /// every dict probe, and a strong reference would be retained and
    /// released each time. The runtime owns the IntArithmetic.
    public unowned(unsafe) let ints: IntArithmetic
    /// The runtime, for `__eq__` and `__hash__` of classes defined in Python.
    /// unowned(unsafe): the runtime owns this value; no reference counting
    /// on the hashing path.
    unowned(unsafe) var runtime: Runtime?

    public init(ints: IntArithmetic) { self.ints = ints }

    public func hash(_ v: Value) throws -> Int64 {
        if v.isSmallInt || IntArithmetic.isBigInt(v) { return ints.hash(v) }
        if v.isDouble {
            let d = v.asDouble
            // CPython hashes NaNs by identity; unboxed NaNs have none, so use a
            // constant (NaN never equals itself, so keys still stay distinct
            // only by identity of the Value bits).
            return d.isNaN ? 0 : NumericHash.double(d)
        }
        if v.isBool { return v == .true ? 1 : 0 }
        if v.isImmediate { return Int64(bitPattern: v.bits >> 4) }
        let object = v.asObject
        switch object.objectKind {
        case .str:
            return StrObject.hash(object)
        case .complex:
            return ComplexObject.hash(ComplexObject.parts(object))
        case .tuple:
            var hashes: [Int64] = []
            hashes.reserveCapacity(TupleObject.count(object))
            for i in 0..<TupleObject.count(object) { hashes.append(try hash(TupleObject.items(object)[i])) }
            return NumericHash.tuple(hashes)
        case .dict:
            throw PythonError("TypeError", "unhashable type: 'dict'")
        case .bigInt:
            return ints.hash(v)
        case .list:
            throw PythonError("TypeError", "unhashable type: 'list'")
        case .dictView:
            throw PythonError("TypeError", "unhashable type: '\(DictViews.which(object) == 0 ? "dict_keys" : DictViews.which(object) == 1 ? "dict_values" : "dict_items")'")
        case .slice:
            throw PythonError("TypeError", "unhashable type: 'slice'")
        case .set:
            throw PythonError("TypeError", "unhashable type: 'set'")
        case .frozenset:
            return SetObject.hash(object)
        case .bytes:
            return BytesObject.hash(object)
        case .memoryview:
            guard MemoryView.readonly(object) else { throw PythonError("ValueError", "cannot hash writable memoryview object") }
            return BytesObject.hashBytes(MemoryView.bytes(try MemoryView.live(object)))
        case .range:
            // As CPython: the hash of (len, start, step), with None for what does not matter.
            let n = RangeObject.field(object, RangeObject.length)
            let r = ValueVector.values(object)
            let noneHash = try hash(.none)
            let empty = ints.sign(n) == 0, single = n.isSmallInt && n.asSmallInt == 1
            return NumericHash.tuple([ints.hash(n), empty ? noneHash : ints.hash(r[0]),
                                      empty || single ? noneHash : ints.hash(r[2])])
        case .bytearray:
            throw PythonError("TypeError", "unhashable type: 'bytearray'")
        case .weakref:
            guard let rt = runtime else { return Int64(bitPattern: UInt64(UInt(bitPattern: object)) >> 4) }
            return try WeakRefObject.hash(rt, object)
        case .instance, .exception, .type:
            if let rt = runtime, TypeObject.flags(rt.typeOf(v).asObject) & TypeObject.heapType != 0 {
                return try rt.userHash(v)
            }
            return Int64(bitPattern: UInt64(UInt(bitPattern: object)) >> 4)
        default:
            return Int64(bitPattern: UInt64(UInt(bitPattern: object)) >> 4)
        }
    }

    /// `a == b` for built-in kinds.
    public func equal(_ a: Value, _ b: Value) throws -> Bool {
        if a.bits == b.bits { return !(a.isDouble && a.asDouble.isNaN) }
        if let numeric = try numericEqual(a, b) { return numeric }
        guard a.isObject && b.isObject else {
            // An instance of a Python class (an int subclass among them) may equal an immediate.
            guard let rt = runtime, rt.involvesUserType(a, b) else { return false }
            return try rt.truth(try rt.richCompare(.equal, a, b))
        }
        let x = a.asObject, y = b.asObject
        switch (x.objectKind, y.objectKind) {
        case (.str, .str):
            return StrObject.equal(x, y)
        case (.weakref, .weakref):
            guard let rt = runtime else { return false }
            return try WeakRefObject.equal(rt, x, y)
        case (.tuple, .tuple), (.list, .list):
            let isList = x.objectKind == .list
            let n = isList ? ListObject.count(x) : TupleObject.count(x)
            guard n == (isList ? ListObject.count(y) : TupleObject.count(y)) else { return false }
            for i in 0..<n {
                let p = isList ? ListObject.items(x)[i] : TupleObject.items(x)[i]
                let q = isList ? ListObject.items(y)[i] : TupleObject.items(y)[i]
                // Identity implies equality for container items, as in CPython.
                if p.bits != q.bits, try !equal(p, q) { return false }
            }
            return true
        case (.dict, .dict):
            guard DictObject.count(x) == DictObject.count(y) else { return false }
            for (key, value) in DictObject.items(x) {
                guard let other = try DictObject.get(y, key, self) else { return false }
                if other.bits != value.bits, try !equal(value, other) { return false }
            }
            return true
        case (.dictView, .set), (.dictView, .frozenset), (.set, .dictView), (.frozenset, .dictView), (.dictView, .dictView)
            where (x.objectKind != .dictView || DictViews.which(x) != 1) && (y.objectKind != .dictView || DictViews.which(y) != 1):
            // Keys and items views equal sets (and each other) with the same elements.
            guard let rt = runtime else { return false }
            return try rt.withTemporaryRoots(2) { roots in
                roots[0] = x.objectKind == .dictView ? try rt.call(rt.types.set, [a]) : a
                roots[1] = y.objectKind == .dictView ? try rt.call(rt.types.set, [b]) : b
                guard SetObject.count(roots[0].asObject) == SetObject.count(roots[1].asObject) else { return false }
                return try SetObject.isSubset(rt, roots[0].asObject, roots[1].asObject)
            }
        case (.set, .set), (.set, .frozenset), (.frozenset, .set), (.frozenset, .frozenset):
            guard let rt = runtime, SetObject.count(x) == SetObject.count(y) else { return false }
            return try SetObject.isSubset(rt, x, y)
        case (.boundMethod, .boundMethod):
            // Methods are equal when they bind the same function to the same object.
            let p = ValueVector.values(x), q = ValueVector.values(y)
            return p[0].bits == q[0].bits && p[1].bits == q[1].bits
        case (.range, .range):
            guard let rt = runtime else { return false }
            return RangeObject.equal(rt, x, y)
        case (.slice, .slice):
            for i in 0..<3 {
                let p = ValueVector.values(x)[i], q = ValueVector.values(y)[i]
                if p.bits != q.bits, try !equal(p, q) { return false }
            }
            return true
        case (.bytes, .bytes), (.bytes, .bytearray), (.bytearray, .bytes), (.bytearray, .bytearray),
             (.memoryview, .bytes), (.memoryview, .bytearray), (.memoryview, .memoryview), (.bytes, .memoryview), (.bytearray, .memoryview):
            return BytesObject.compare(BytesObject.view(a)!, BytesObject.view(b)!) == 0
        case (.instance, _), (_, .instance), (.exception, _), (_, .exception):
            // Only classes defined in Python have an __eq__ to call; built-in
            // instances (object(), ValueError()) are equal only to themselves.
            guard let rt = runtime, rt.involvesUserType(a, b) else { return false }
            return try rt.truth(try rt.richCompare(.equal, a, b))
        default:
            return false
        }
    }

    /// Equality when both are numbers (int, bool, float), else nil.
    private func numericEqual(_ a: Value, _ b: Value) throws -> Bool? {
        if ComplexObject.isComplex(a) || ComplexObject.isComplex(b) { return try complexEqual(a, b) }
        guard let x = asNumber(a), let y = asNumber(b) else { return nil }
        switch (x, y) {
        case (.int(let i), .int(let j)):
            return ints.compare(i, j) == 0
        case (.float(let d), .float(let e)):
            return d == e
        case (.int(let i), .float(let d)), (.float(let d), .int(let i)):
            // Exact: 2**53 + 1 != float(2**53 + 1).
            guard d.isFinite, d == d.rounded(.towardZero) else { return false }
            return ints.compare(i, try ints.fromDouble(d)) == 0
        }
    }

    /// complex == number: the imaginary part is 0 and the real parts are
    /// equal (an int exactly, as int == float compares); nil for non-numbers.
    private func complexEqual(_ a: Value, _ b: Value) throws -> Bool? {
        let (z, other) = ComplexObject.isComplex(a) ? (a, b) : (b, a)
        let p = ComplexObject.parts(z.asObject)
        if ComplexObject.isComplex(other) { return p == ComplexObject.parts(other.asObject) }
        guard asNumber(other) != nil else { return nil }
        return p.imag == 0 ? try numericEqual(Value(double: p.real), other) : false
    }

    private enum Number { case int(Value), float(Double) }

    private func asNumber(_ v: Value) -> Number? {
        if v.isDouble { return .float(v.asDouble) }
        if v.isSmallInt || IntArithmetic.isBigInt(v) { return .int(v) }
        if v.isBool { return .int(Value(uncheckedSmallInt: v == .true ? 1 : 0)) }
        return nil
    }
}
