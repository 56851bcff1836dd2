#if canImport(Glibc)
import Glibc
#endif

/// re.Pattern: a compiled regular expression and the searches over it.
enum PatternType {
    /// Fixed fields: the source (str, bytes or None), the flags, the code
    /// words (a bytes object of UInt32s), the number of groups, the name →
    /// number dict, the number → name tuple, and whether the source was
    /// bytes (True, False, or None when unknown).
    static let pattern = 0, flags = 1, code = 2, groups = 3, groupIndex = 4, indexGroup = 5, isBytes = 6
    static let fieldCount = 7

    static func compile(_ rt: Runtime, pattern: Value, flags: Value, code: Value, groups: Value,
                        groupindex: Value, indexgroup: Value) throws -> Value {
        guard DictObject.isDict(groupindex) else {
            throw PythonError("TypeError", "compile() argument 'groupindex' must be dict, not \(rt.typeName(groupindex))")
        }
        guard TupleObject.isTuple(indexgroup) else {
            throw PythonError("TypeError", "compile() argument 'indexgroup' must be tuple, not \(rt.typeName(indexgroup))")
        }
        guard code.isObject, code.asObject.objectKind == .list else {
            throw PythonError("TypeError", "compile() argument 'code' must be list, not \(rt.typeName(code))")
        }
        var words: [UInt32] = []
        let items = ListObject.items(code.asObject)
        for k in 0..<ListObject.count(code.asObject) {
            guard let i = try rt.indexValue(items[k]) else {
                throw PythonError("TypeError", "an integer is required")
            }
            let w = try BuiltinMethods.index(rt, i)
            guard w >= 0 && w <= Int(UInt32.max) else {
                throw PythonError("OverflowError", "regular expression code size limit exceeded")
            }
            words.append(UInt32(w))
        }
        let groupCount = try ClinicArguments.size(rt, groups, default: 0)
        try SREValidator.validate(words, groups: groupCount)
        return try rt.withTemporaryRoots(fieldCount) { f in
            f[self.pattern] = pattern
            f[self.flags] = try rt.requireIndex(flags)
            f[self.code] = try words.withUnsafeBytes { try BytesObject.make(rt, $0.bindMemory(to: UInt8.self)) }
            f[self.groups] = Value(uncheckedSmallInt: Int64(groupCount))
            f[groupIndex] = groupindex
            f[indexGroup] = indexgroup
            f[isBytes] = pattern.isNone ? .none : .bool(!StrObject.isStr(pattern))
            return try SREModule.instance(rt, rt.regexTypes.pattern, f, count: fieldCount)
        }
    }

    static func fields(_ rt: Runtime, _ v: Value) throws -> UnsafeMutablePointer<Value> {
        try SREModule.fields(rt, v, rt.regexTypes.pattern)
    }

    static func codeWords(_ f: UnsafeMutablePointer<Value>) -> UnsafePointer<UInt32> {
        UnsafeRawPointer(BytesObject.data(f[code].asObject)).assumingMemoryBound(to: UInt32.self)
    }

    static func groupCount(_ f: UnsafeMutablePointer<Value>) -> Int { Int(f[groups].asSmallInt) }

    /// The subject of a search, checked against the pattern's kind.
    static func subject(_ rt: Runtime, _ f: UnsafeMutablePointer<Value>, _ string: Value) throws -> SRESubject {
        let s = try SRESubject.of(rt, string)
        if f[isBytes] == .false && s.isBytes { throw PythonError("TypeError", "cannot use a string pattern on a bytes-like object") }
        if f[isBytes] == .true && !s.isBytes { throw PythonError("TypeError", "cannot use a bytes pattern on a string-like object") }
        return s
    }

    /// The state for a search over `string[pos:endpos]`, bounds clamped as CPython does.
    static func state(_ rt: Runtime, _ s: SRESubject, pos: Value?, endpos: Value?) throws -> SREState {
        let n = s.length
        let start = min(max(try ClinicArguments.size(rt, pos, default: 0), 0), n)
        let end = min(max(try ClinicArguments.size(rt, endpos, default: n), 0), n)
        return SREState(length: n, start: start, end: end)
    }

    /// Runs one match or search; the Match object, or None.
    static func find(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>, _ name: String, search: Bool, matchAll: Bool = false) throws -> Value {
        let a = try ClinicArguments.bind(rt, name, args, ["string", "pos", "endpos"], required: 1)
        let f = try fields(rt, args[0])
        let s = try subject(rt, f, a[0]!)
        var state = try self.state(rt, s, pos: a[1], endpos: a[2])
        state.matchAll = matchAll
        var machine = SREMachine(groups: groupCount(f))
        defer { machine.release() }
        guard s.run(&machine, codeWords(f), &state, search: search) else { return .none }
        return try MatchType.make(rt, pattern: args[0], string: a[0]!, state: state, machine: machine)
    }

    static func install(_ rt: Runtime, _ t: Value) throws {
        let positions: Set<String> = ["string", "pos", "endpos"]
        try rt.defineMethod(t, "match", keywords: positions) { rt, args in try find(rt, args, "match", search: false) }
        try rt.defineMethod(t, "fullmatch", keywords: positions) { rt, args in
            try find(rt, args, "fullmatch", search: false, matchAll: true)
        }
        try rt.defineMethod(t, "search", keywords: positions) { rt, args in try find(rt, args, "search", search: true) }
        try rt.defineMethod(t, "findall", keywords: positions) { rt, args in
            let a = try ClinicArguments.bind(rt, "findall", args, ["string", "pos", "endpos"], required: 1)
            return try findAll(rt, args[0], a[0]!, pos: a[1], endpos: a[2])
        }
        try rt.defineMethod(t, "scanner", keywords: positions) { rt, args in
            let a = try ClinicArguments.bind(rt, "scanner", args, ["string", "pos", "endpos"], required: 1)
            return try ScannerType.make(rt, pattern: args[0], string: a[0]!, pos: a[1], endpos: a[2])
        }
        try rt.defineMethod(t, "finditer", keywords: positions) { rt, args in
            let a = try ClinicArguments.bind(rt, "finditer", args, ["string", "pos", "endpos"], required: 1)
            return try rt.withTemporaryRoots(2) { roots in
                roots[0] = try ScannerType.make(rt, pattern: args[0], string: a[0]!, pos: a[1], endpos: a[2])
                roots[1] = try rt.getAttr(roots[0], try rt.intern("search"))
                return try rt.call(try rt.builtin("iter"), [roots[1], .none])
            }
        }
        try rt.defineMethod(t, "split", keywords: ["string", "maxsplit"]) { rt, args in
            let a = try ClinicArguments.bind(rt, "split", args, ["string", "maxsplit"], required: 1)
            return try split(rt, args[0], a[0]!, maxsplit: try ClinicArguments.size(rt, a[1], default: 0))
        }
        for (name, counted) in [("sub", false), ("subn", true)] {
            try rt.defineMethod(t, name, keywords: ["repl", "string", "count"]) { rt, args in
                let a = try ClinicArguments.bind(rt, name, args, ["repl", "string", "count"], required: 2)
                return try SRESubstitution.run(rt, args[0], repl: a[0]!, string: a[1]!,
                                               count: try ClinicArguments.size(rt, a[2], default: 0), counted: counted)
            }
        }
        func attribute(_ name: String, _ field: Int) throws {
            try rt.defineProperty(t, name) { rt, v in try fields(rt, v)[field] }
        }
        try attribute("pattern", pattern)
        try attribute("flags", flags)
        try attribute("groups", groups)
        try rt.defineProperty(t, "groupindex") { rt, v in
            let d = try fields(rt, v)[groupIndex]
            if DictObject.count(d.asObject) == 0 { return try rt.newDict() }
            return try rt.call(try rt.getAttr(try rt.loadModule("types"), try rt.intern("MappingProxyType")), [d])
        }
        try rt.defineMethod(t, "__repr__") { rt, args in try rt.makeStr(try repr(rt, try fields(rt, args[0]))) }
        try rt.defineMethod(t, "__eq__") { rt, args in
            try BuiltinMethods.arity("__eq__", args, 1...1)
            guard args[1].isObject, rt.typeOf(args[1]).bits == rt.regexTypes.pattern.bits else { return .notImplemented }
            return .bool(try equal(rt, try fields(rt, args[0]), try fields(rt, args[1])))
        }
        try rt.defineMethod(t, "__ne__") { rt, args in
            try BuiltinMethods.arity("__ne__", args, 1...1)
            guard args[1].isObject, rt.typeOf(args[1]).bits == rt.regexTypes.pattern.bits else { return .notImplemented }
            return .bool(!(try equal(rt, try fields(rt, args[0]), try fields(rt, args[1]))))
        }
        try rt.defineMethod(t, "__hash__") { rt, args in
            let f = try fields(rt, args[0])
            var h = try rt.ops.hash(f[pattern])
            h ^= BytesObject.hash(f[code].asObject)
            h ^= f[flags].isSmallInt ? f[flags].asSmallInt : 0
            h ^= f[isBytes] == .true ? 1 : 0
            return try rt.ints.make(h == -1 ? -2 : h)
        }
        try SREModule.defineImmutableProtocols(rt, t)
    }

    /// `re.compile('...', re.IGNORECASE|...)`: the source's repr cut at
    /// 200 characters, then the flags by name.
    static func repr(_ rt: Runtime, _ f: UnsafeMutablePointer<Value>) throws -> String {
        var text = "re.compile(" + String(try rt.repr(f[pattern]).unicodeScalars.prefix(200))
        var bits = f[flags].isSmallInt ? Int(f[flags].asSmallInt) : 0
        // UNICODE is implied for str patterns: shown only beside LOCALE or ASCII.
        if bits & (SRE.Flag.locale | SRE.Flag.unicode | SRE.Flag.ascii) == SRE.Flag.unicode { bits &= ~SRE.Flag.unicode }
        if bits != 0 {
            let names = [("TEMPLATE", SRE.Flag.template), ("IGNORECASE", SRE.Flag.ignoreCase), ("LOCALE", SRE.Flag.locale),
                         ("MULTILINE", SRE.Flag.multiline), ("DOTALL", SRE.Flag.dotAll), ("UNICODE", SRE.Flag.unicode),
                         ("VERBOSE", SRE.Flag.verbose), ("DEBUG", SRE.Flag.debug), ("ASCII", SRE.Flag.ascii)]
            var parts: [String] = []
            for (name, bit) in names where bits & bit != 0 {
                parts.append("re." + name)
                bits &= ~bit
            }
            if bits != 0 { parts.append("0x" + String(bits, radix: 16)) }
            text += ", " + parts.joined(separator: "|")
        }
        return text + ")"
    }

    static func equal(_ rt: Runtime, _ a: UnsafeMutablePointer<Value>, _ b: UnsafeMutablePointer<Value>) throws -> Bool {
        if a == b { return true }
        guard a[flags] == b[flags], a[isBytes] == b[isBytes] else { return false }
        let ca = a[code].asObject, cb = b[code].asObject
        guard BytesObject.length(ca) == BytesObject.length(cb),
              memcmp(BytesObject.data(ca), BytesObject.data(cb), BytesObject.length(ca)) == 0 else { return false }
        return try rt.isEqual(a[pattern], b[pattern])
    }

    // MARK: Whole-string operations

    static func findAll(_ rt: Runtime, _ pattern: Value, _ string: Value, pos: Value?, endpos: Value?) throws -> Value {
        let f = try fields(rt, pattern)
        var s = try subject(rt, f, string)
        var state = try self.state(rt, s, pos: pos, endpos: endpos)
        let groups = groupCount(f)
        var machine = SREMachine(groups: groups)
        defer { machine.release() }
        return try rt.withTemporaryRoots(2) { roots in
            roots[0] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
            while state.start <= state.end {
                s = try SRESubject.of(rt, string)
                guard s.run(&machine, codeWords(f), &state, search: true) else { break }
                func group(_ g: Int) throws -> Value {
                    let (a, b) = machine.span(g) ?? (0, 0)
                    return try SRESubject.slice(rt, string, a, b)
                }
                switch groups {
                case 0: roots[1] = try SRESubject.slice(rt, string, state.matchStart, state.matchEnd)
                case 1: roots[1] = try group(1)
                default:
                    roots[1] = try rt.tuple([Value](repeating: .none, count: groups))
                    for g in 1...groups { TupleObject.items(roots[1].asObject)[g - 1] = try group(g) }
                }
                try ListObject.append(rt, roots[0].asObject, roots[1])
                state.mustAdvance = state.matchEnd == state.matchStart
                state.start = state.matchEnd
            }
            return roots[0]
        }
    }

    static func split(_ rt: Runtime, _ pattern: Value, _ string: Value, maxsplit: Int) throws -> Value {
        let f = try fields(rt, pattern)
        var s = try subject(rt, f, string)
        var state = SREState(length: s.length, start: 0, end: s.length)
        let groups = groupCount(f)
        var machine = SREMachine(groups: groups)
        defer { machine.release() }
        return try rt.withTemporaryRoots(2) { roots in
            roots[0] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
            var last = 0, n = 0
            while maxsplit == 0 || n < maxsplit {
                s = try SRESubject.of(rt, string)
                guard s.run(&machine, codeWords(f), &state, search: true) else { break }
                roots[1] = try SRESubject.slice(rt, string, last, state.matchStart)
                try ListObject.append(rt, roots[0].asObject, roots[1])
                for g in stride(from: 1, through: groups, by: 1) {
                    if let (a, b) = machine.span(g) {
                        roots[1] = try SRESubject.slice(rt, string, a, b)
                    } else {
                        roots[1] = .none
                    }
                    try ListObject.append(rt, roots[0].asObject, roots[1])
                }
                n += 1
                state.mustAdvance = state.matchEnd == state.matchStart
                last = state.matchEnd
                state.start = state.matchEnd
            }
            roots[1] = try SRESubject.slice(rt, string, last, try SRESubject.of(rt, string).length)
            try ListObject.append(rt, roots[0].asObject, roots[1])
            return roots[0]
        }
    }
}
