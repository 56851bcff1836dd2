/// Pattern.sub and Pattern.subn, as CPython's pattern_subx: a callable
/// replacement gets each Match; a template without backslashes is used as
/// it is; any other goes to re._subx, which returns the literal or a
/// function that expands the template.
enum SRESubstitution {
    static func run(_ rt: Runtime, _ pattern: Value, repl: Value, string: Value, count: Int, counted: Bool) throws -> Value {
        let f = try PatternType.fields(rt, pattern)
        var s = try PatternType.subject(rt, f, string)
        return try rt.withTemporaryRoots(4) { roots in
            roots[0] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
            roots[1] = repl
            var callable = try rt.isCallable(repl)
            if !callable && !isLiteral(repl) {
                roots[1] = try rt.call(try SREModule.reFunction(rt, "_subx"), [pattern, repl])
                callable = try rt.isCallable(roots[1])
            }
            var state = SREState(length: s.length, start: 0, end: s.length)
            var machine = SREMachine(groups: PatternType.groupCount(f))
            defer { machine.release() }
            var n = 0, i = 0
            while count == 0 || n < count {
                s = try SRESubject.of(rt, string)
                state.length = s.length
                state.end = s.length
                guard state.start <= state.end, s.run(&machine, PatternType.codeWords(f), &state, search: true) else { break }
                if i < state.matchStart {
                    roots[2] = try SRESubject.slice(rt, string, i, state.matchStart)
                    try ListObject.append(rt, roots[0].asObject, roots[2])
                }
                if callable {
                    let start = state.start
                    state.start = 0
                    roots[3] = try MatchType.make(rt, pattern: pattern, string: string, state: state, machine: machine)
                    state.start = start
                    roots[2] = try rt.call(roots[1], [roots[3]])
                    if !roots[2].isNone { try ListObject.append(rt, roots[0].asObject, roots[2]) }
                } else {
                    try ListObject.append(rt, roots[0].asObject, roots[1])
                }
                i = state.matchEnd
                n += 1
                state.mustAdvance = state.matchEnd == state.matchStart
                state.start = state.matchEnd
            }
            let length = try SRESubject.of(rt, string).length
            if i < length {
                roots[2] = try SRESubject.slice(rt, string, i, length)
                try ListObject.append(rt, roots[0].asObject, roots[2])
            }
            roots[2] = try join(rt, roots[0], bytes: s.isBytes)
            return counted ? try rt.tuple([roots[2], Value(uncheckedSmallInt: Int64(n))]) : roots[2]
        }
    }

    /// A str or bytes-like template with no backslash: no expansion needed.
    static func isLiteral(_ v: Value) -> Bool {
        if StrObject.isStr(v) {
            let o = v.asObject
            for k in 0..<StrObject.length(o) where StrObject.codePoint(o, k) == 0x5C { return false }
            return true
        }
        if let b = BytesObject.view(v) { return !b.contains(0x5C) }
        return false
    }

    /// ''.join(pieces) or b''.join(pieces), by the types' own join (and its messages for a wrong piece).
    static func join(_ rt: Runtime, _ list: Value, bytes: Bool) throws -> Value {
        try rt.withTemporaryRoots(2) { roots in
            roots[0] = bytes ? try BytesObject.make(rt, []) : try rt.intern("")
            roots[1] = try rt.getAttr(roots[0], try rt.intern("join"))
            return try rt.call(roots[1], [list])
        }
    }
}
