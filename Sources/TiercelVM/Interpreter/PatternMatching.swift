/// The tests `match` statements compile to (PEP 634). The compiler does the
/// control flow and bindings; these answer "does the subject have this
/// shape" and fetch what sub-patterns then match against.
extension Runtime {
    /// A sequence pattern's test: a sequence type (not str/bytes) whose
    /// length is `count` (`exact`) or at least `count` (with a star).
    func matchSequence(_ subject: Value, count: Int, exact: Bool) throws -> Bool {
        guard TypeObject.flags(typeOf(subject).asObject) & TypeObject.sequence != 0 else { return false }
        let n = try length(subject)
        return exact ? n == count : n >= count
    }

    func matchMapping(_ subject: Value) -> Bool {
        TypeObject.flags(typeOf(subject).asObject) & TypeObject.mapping != 0
    }

    /// The values of `keys` in the mapping, as a tuple, or None when one is
    /// missing. Looked up with `get`, so a defaultdict's factory is not called.
    func matchKeys(_ subject: Value, _ keys: Value) throws -> Value {
        let k = keys.asObject
        let count = TupleObject.count(k)
        return try withTemporaryRoots(count + 3) { roots in
            roots[count] = try builtin("object")
            roots[count + 1] = try call(roots[count], [])  // a default no mapping can hold
            roots[count + 2] = try getAttr(subject, try intern("get"))
            for i in 0..<count {
                let key = TupleObject.items(k)[i]
                for j in 0..<i where try isEqual(TupleObject.items(k)[j], key) {
                    throw PythonError("ValueError", "mapping pattern checks duplicate key (\(try repr(key)))")
                }
                roots[i] = try call(roots[count + 2], [key, roots[count + 1]])
                if roots[i].bits == roots[count + 1].bits { return .none }
            }
            return try tuple(Array(UnsafeBufferPointer(start: roots, count: count)))
        }
    }

    /// `**rest`: a new dict of the subject's items without `keys`.
    func copyDictWithoutKeys(_ subject: Value, _ keys: Value) throws -> Value {
        try withTemporaryRoots(1) { roots in
            roots[0] = try newDict()
            try dictUpdate(roots[0], subject)
            let k = keys.asObject
            for i in 0..<TupleObject.count(k) { _ = try DictObject.delete(roots[0].asObject, TupleObject.items(k)[i], ops) }
            return roots[0]
        }
    }

    /// A class pattern `cls(p0, p1, ..., name=p)`: None when the subject is
    /// not an instance or lacks an attribute, else a tuple of the values the
    /// `count` positional and then the keyword sub-patterns match against.
    func matchClass(_ subject: Value, _ cls: Value, count: Int, names: Value) throws -> Value {
        guard TypeObject.isType(cls) else {
            throw PythonError("TypeError", "called match pattern must be a type")
        }
        guard try isInstance(subject, cls) else { return .none }
        let keywordNames = names.asObject
        let keywordCount = TupleObject.count(keywordNames)
        let typeName = TypeObject.nameString(self, cls.asObject)
        var attributeNames: [Value] = []
        // A class with no __match_args__ from these built-in types matches
        // its one positional sub-pattern against the subject itself.
        var matchSelf = false
        if count > 0 {
            if let matchArgs = try getAttrOrNil(cls, try intern("__match_args__")) {
                guard TupleObject.isTuple(matchArgs) else {
                    throw PythonError("TypeError", "\(typeName).__match_args__ must be a tuple (got \(self.typeName(matchArgs)))")
                }
                let m = matchArgs.asObject
                if count > TupleObject.count(m) {
                    let allowed = TupleObject.count(m)
                    throw PythonError("TypeError", "\(typeName)() accepts \(allowed) positional sub-pattern\(allowed == 1 ? "" : "s") (\(count) given)")
                }
                for i in 0..<count {
                    let name = TupleObject.items(m)[i]
                    guard StrObject.isStr(name) else {
                        throw PythonError("TypeError", "__match_args__ elements must be strings (got \(self.typeName(name)))")
                    }
                    attributeNames.append(name)
                }
            } else if selfMatchingTypes.contains(where: { TypeObject.isSubtype(cls.asObject, $0.asObject) }) {
                if count > 1 {
                    throw PythonError("TypeError", "\(typeName)() accepts 1 positional sub-pattern (\(count) given)")
                }
                matchSelf = true
            } else {
                throw PythonError("TypeError", "\(typeName)() accepts 0 positional sub-patterns (\(count) given)")
            }
        }
        for i in 0..<keywordCount { attributeNames.append(TupleObject.items(keywordNames)[i]) }
        for (i, name) in attributeNames.enumerated() {
            for earlier in attributeNames[..<i] where try isEqual(earlier, name) {
                throw PythonError("TypeError", "\(typeName)() got multiple sub-patterns for attribute \(try repr(name))")
            }
        }
        let total = count + keywordCount
        return try withTemporaryRoots(total) { roots in
            var next = 0
            if matchSelf {
                roots[0] = subject
                next = 1
            }
            for name in attributeNames {
                guard let v = try getAttrOrNil(subject, name) else { return .none }
                roots[next] = v
                next += 1
            }
            return try tuple(Array(UnsafeBufferPointer(start: roots, count: total)))
        }
    }

    /// bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple.
    private var selfMatchingTypes: [Value] {
        [types.bool, types.bytearray, types.bytes, types.dict, types.float, types.frozenset, types.int, types.list, types.set, types.str, types.tuple]
    }
}
