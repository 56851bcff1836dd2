/// re.Match: the outcome of a successful match.
enum MatchType {
    /// Fixed fields: the subject, the pattern, pos and endpos, the spans
    /// (a bytes object of Int pairs, group 0 first; -1 for a group that did
    /// not take part), and the last group's number (or None).
    static let string = 0, pattern = 1, pos = 2, endpos = 3, spans = 4, lastIndex = 5
    static let fieldCount = 6

    static func make(_ rt: Runtime, pattern: Value, string: Value, state: SREState, machine: SREMachine) throws -> Value {
        let groups = machine.markCount / 2
        var marks = [Int](repeating: -1, count: 2 * (groups + 1))
        marks[0] = state.matchStart
        marks[1] = state.matchEnd
        for g in stride(from: 1, through: groups, by: 1) {
            guard let (s, e) = machine.span(g) else { continue }
            if s > e {
                throw PythonError("SystemError", "The span of capturing group is wrong, please report a bug for the re module.")
            }
            marks[2 * g] = s
            marks[2 * g + 1] = e
        }
        return try rt.withTemporaryRoots(fieldCount) { f in
            f[self.string] = string
            f[self.pattern] = pattern
            f[pos] = Value(uncheckedSmallInt: Int64(state.start))
            f[endpos] = Value(uncheckedSmallInt: Int64(state.end))
            f[spans] = try marks.withUnsafeBytes { try BytesObject.make(rt, $0.bindMemory(to: UInt8.self)) }
            let last = machine.lastGroupIndex
            f[lastIndex] = last >= 0 ? Value(uncheckedSmallInt: Int64(last)) : .none
            return try SREModule.instance(rt, rt.regexTypes.match, f, count: fieldCount)
        }
    }

    static func fields(_ rt: Runtime, _ v: Value) throws -> UnsafeMutablePointer<Value> {
        try SREModule.fields(rt, v, rt.regexTypes.match)
    }

    /// Groups, counting group 0.
    static func groupCount(_ f: UnsafeMutablePointer<Value>) -> Int {
        BytesObject.length(f[spans].asObject) / (2 * MemoryLayout<Int>.stride)
    }

    static func span(_ f: UnsafeMutablePointer<Value>, _ g: Int) -> (Int, Int) {
        let p = UnsafeRawPointer(BytesObject.data(f[spans].asObject)).assumingMemoryBound(to: Int.self)
        return (p[2 * g], p[2 * g + 1])
    }

    /// A group given by number or name.
    static func index(_ rt: Runtime, _ f: UnsafeMutablePointer<Value>, _ g: Value?) throws -> Int {
        guard let g else { return 0 }
        var i = -1
        if let n = try rt.indexValue(g) {
            i = try BuiltinMethods.index(rt, n)
        } else {
            let names = try PatternType.fields(rt, f[pattern])[PatternType.groupIndex]
            if let n = try DictObject.get(names.asObject, g, rt.ops), n.isSmallInt { i = Int(n.asSmallInt) }
        }
        guard i >= 0 && i < groupCount(f) else { throw PythonError("IndexError", "no such group") }
        return i
    }

    /// Group `g`'s text, or `missing` when it did not take part.
    static func group(_ rt: Runtime, _ f: UnsafeMutablePointer<Value>, _ g: Int, missing: Value = .none) throws -> Value {
        let (s, e) = span(f, g)
        if s < 0 { return missing }
        return try SRESubject.slice(rt, f[string], s, e)
    }

    static func install(_ rt: Runtime, _ t: Value) throws {
        try rt.defineMethod(t, "group") { rt, args in
            let f = try fields(rt, args[0])
            switch args.count {
            case 1: return try group(rt, f, 0)
            case 2: return try group(rt, f, try index(rt, f, args[1]))
            default:
                return try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try rt.tuple([Value](repeating: .none, count: args.count - 1))
                    for k in 1..<args.count {
                        TupleObject.items(roots[0].asObject)[k - 1] = try group(rt, f, try index(rt, f, args[k]))
                    }
                    return roots[0]
                }
            }
        }
        try rt.defineMethod(t, "__getitem__") { rt, args in
            try BuiltinMethods.arity("__getitem__", args, 1...1)
            let f = try fields(rt, args[0])
            return try group(rt, f, try index(rt, f, args[1]))
        }
        try rt.defineMethod(t, "groups", keywords: ["default"]) { rt, args in
            let a = try ClinicArguments.bind(rt, "groups", args, ["default"], required: 0)
            let f = try fields(rt, args[0])
            let n = groupCount(f) - 1
            return try rt.withTemporaryRoots(1) { roots in
                roots[0] = try rt.tuple([Value](repeating: .none, count: n))
                for g in stride(from: 1, through: n, by: 1) {
                    TupleObject.items(roots[0].asObject)[g - 1] = try group(rt, f, g, missing: a[0] ?? .none)
                }
                return roots[0]
            }
        }
        try rt.defineMethod(t, "groupdict", keywords: ["default"]) { rt, args in
            let a = try ClinicArguments.bind(rt, "groupdict", args, ["default"], required: 0)
            let f = try fields(rt, args[0])
            let names = try PatternType.fields(rt, f[pattern])[PatternType.groupIndex]
            return try rt.withTemporaryRoots(3) { roots in
                roots[0] = try rt.newDict()
                roots[1] = try rt.listFrom(names)
                for k in 0..<ListObject.count(roots[1].asObject) {
                    let name = ListObject.items(roots[1].asObject)[k]
                    roots[2] = try group(rt, f, try index(rt, f, name), missing: a[0] ?? .none)
                    try DictObject.set(rt.heap, roots[0].asObject, name, roots[2], rt.ops)
                }
                return roots[0]
            }
        }
        for (name, part) in [("start", 0), ("end", 1), ("span", 2)] {
            try rt.defineMethod(t, name) { rt, args in
                try BuiltinMethods.arity(name, args, 0...1)
                let f = try fields(rt, args[0])
                let (s, e) = span(f, try index(rt, f, args.count > 1 ? args[1] : nil))
                switch part {
                case 0: return Value(uncheckedSmallInt: Int64(s))
                case 1: return Value(uncheckedSmallInt: Int64(e))
                default: return try rt.tuple([Value(uncheckedSmallInt: Int64(s)), Value(uncheckedSmallInt: Int64(e))])
                }
            }
        }
        try rt.defineMethod(t, "expand", keywords: ["template"]) { rt, args in
            let a = try ClinicArguments.bind(rt, "expand", args, ["template"], required: 1)
            let f = try fields(rt, args[0])
            return try rt.call(try SREModule.reFunction(rt, "_expand"), [f[pattern], args[0], a[0]!])
        }
        try rt.defineMethod(t, "__repr__") { rt, args in
            let f = try fields(rt, args[0])
            let (s, e) = span(f, 0)
            let text = String(try rt.repr(try group(rt, f, 0)).unicodeScalars.prefix(50))
            return try rt.makeStr("<re.Match object; span=(\(s), \(e)), match=\(text)>")
        }
        try SREModule.defineImmutableProtocols(rt, t)
        try rt.defineProperty(t, "string") { rt, v in try fields(rt, v)[string] }
        try rt.defineProperty(t, "re") { rt, v in try fields(rt, v)[pattern] }
        try rt.defineProperty(t, "pos") { rt, v in try fields(rt, v)[pos] }
        try rt.defineProperty(t, "endpos") { rt, v in try fields(rt, v)[endpos] }
        try rt.defineProperty(t, "lastindex") { rt, v in try fields(rt, v)[lastIndex] }
        try rt.defineProperty(t, "lastgroup") { rt, v in
            let f = try fields(rt, v)
            guard f[lastIndex].isSmallInt else { return .none }
            let names = try PatternType.fields(rt, f[pattern])[PatternType.indexGroup]
            let i = Int(f[lastIndex].asSmallInt)
            guard TupleObject.isTuple(names), i < TupleObject.count(names.asObject) else { return .none }
            return TupleObject.items(names.asObject)[i]
        }
        try rt.defineProperty(t, "regs") { rt, v in
            let f = try fields(rt, v)
            return try rt.withTemporaryRoots(1) { roots in
                roots[0] = try rt.tuple([Value](repeating: .none, count: groupCount(f)))
                for g in 0..<groupCount(f) {
                    let (s, e) = span(f, g)
                    TupleObject.items(roots[0].asObject)[g] = try rt.tuple([Value(uncheckedSmallInt: Int64(s)),
                                                                             Value(uncheckedSmallInt: Int64(e))])
                }
                return roots[0]
            }
        }
    }
}

/// _sre.SRE_Scanner: successive matches over one string (finditer's
/// iterator calls `search`; re.Scanner calls `match`).
enum ScannerType {
    /// Fixed fields: the pattern, the subject, where the next attempt
    /// starts (None once exhausted), whether it must not be empty there,
    /// and pos and endpos.
    static let pattern = 0, string = 1, start = 2, mustAdvance = 3, pos = 4, endpos = 5
    static let fieldCount = 6

    static func make(_ rt: Runtime, pattern: Value, string: Value, pos: Value?, endpos: Value?) throws -> Value {
        let pf = try PatternType.fields(rt, pattern)
        let s = try PatternType.subject(rt, pf, string)
        let state = try PatternType.state(rt, s, pos: pos, endpos: endpos)
        return try rt.withTemporaryRoots(fieldCount) { f in
            f[self.pattern] = pattern
            f[self.string] = string
            f[start] = Value(uncheckedSmallInt: Int64(state.start))
            f[mustAdvance] = .false
            f[self.pos] = Value(uncheckedSmallInt: Int64(state.start))
            f[self.endpos] = Value(uncheckedSmallInt: Int64(state.end))
            return try SREModule.instance(rt, rt.regexTypes.scanner, f, count: fieldCount)
        }
    }

    static func next(_ rt: Runtime, _ scanner: Value, search: Bool) throws -> Value {
        let f = try SREModule.fields(rt, scanner, rt.regexTypes.scanner)
        guard f[start].isSmallInt else { return .none }
        let pf = try PatternType.fields(rt, f[pattern])
        let s = try SRESubject.of(rt, f[string])
        var state = SREState(length: s.length, start: Int(f[start].asSmallInt), end: min(Int(f[endpos].asSmallInt), s.length))
        state.mustAdvance = f[mustAdvance] == .true
        var machine = SREMachine(groups: PatternType.groupCount(pf))
        defer { machine.release() }
        guard s.run(&machine, PatternType.codeWords(pf), &state, search: search) else {
            f[start] = .none
            return .none
        }
        // The match reports the scanner's pos, not where this attempt began.
        state.start = Int(f[pos].asSmallInt)
        let m = try MatchType.make(rt, pattern: f[pattern], string: f[string], state: state, machine: machine)
        f[mustAdvance] = .bool(state.matchEnd == state.matchStart)
        f[start] = Value(uncheckedSmallInt: Int64(state.matchEnd))
        return m
    }

    static func install(_ rt: Runtime, _ t: Value) throws {
        try rt.defineMethod(t, "match") { rt, args in
            try BuiltinMethods.arity("match", args, 0...0)
            return try next(rt, args[0], search: false)
        }
        try rt.defineMethod(t, "search") { rt, args in
            try BuiltinMethods.arity("search", args, 0...0)
            return try next(rt, args[0], search: true)
        }
        try rt.defineProperty(t, "pattern") { rt, v in try SREModule.fields(rt, v, rt.regexTypes.scanner)[pattern] }
    }
}
