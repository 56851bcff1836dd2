import TiercelFrontEnd

/// `match` statements (PEP 634). Each case's pattern compiles to tests that
/// jump to the next case on failure. Captured names go to fresh registers
/// and are stored only once the whole pattern has matched, as CPython does,
/// so a case that fails half-way leaves the names untouched; the guard runs
/// after the stores.
extension Compiler {
    /// Where the names a pattern captures wait until it has matched.
    struct Captures {
        var registers: [(name: String, register: Int)] = []
    }

    func matchStatement(_ subjectExpr: Expr, _ cases: [MatchCase]) throws {
        conditionalDepth += 1
        defer { conditionalDepth -= 1 }
        // A copy: a case body may rebind the name the subject came from.
        let subject = temp()
        emit(.move, subject, try expression(subjectExpr))
        let caseMark = nextTemp
        var ends: [Int] = []
        for c in cases {
            nextTemp = caseMark
            at(c.pattern.position)
            var fails: [Int] = []
            var captures = Captures()
            try pattern(c.pattern, subject, &fails, &captures)
            for (name, register) in captures.registers { try storeName(name, from: register) }
            if let guardExpr = c.guardExpr {
                at(guardExpr.position)
                fails.append(emit(.jumpIfFalse, try expression(guardExpr), 0))
            }
            try body(c.body)
            ends.append(emit(.jump, 0))
            for f in fails { patchFailure(f) }
        }
        for e in ends { patch(e, operand: 0) }
    }

    /// Points a failure jump (JUMP, or a conditional jump) here.
    private func patchFailure(_ at: Int) {
        patch(at, operand: Opcode(rawValue: UInt8(words[at]))! == .jump ? 0 : 1)
    }

    private func capture(_ name: String, _ from: Int, _ captures: inout Captures) {
        if let existing = captures.registers.first(where: { $0.name == name }) {
            emit(.move, existing.register, from)
        } else {
            let r = temp()
            emit(.move, r, from)
            captures.registers.append((name, r))
        }
    }

    private func failUnless(_ condition: Int, _ fails: inout [Int]) {
        fails.append(emit(.jumpIfFalse, condition, 0))
    }

    private func failIfNone(_ r: Int, _ fails: inout [Int]) throws {
        let none = temp()
        emit(.loadConst, none, try constant(.none))
        let test = temp()
        emit(.is, test, r, none)
        fails.append(emit(.jumpIfTrue, test, 0))
    }

    func pattern(_ p: Pattern, _ subject: Int, _ fails: inout [Int], _ captures: inout Captures) throws {
        at(p.position)
        switch p.kind {
        case .matchAs(let inner, let name):
            if let inner { try pattern(inner, subject, &fails, &captures) }
            if let name { capture(name, subject, &captures) }
        case .matchValue(let e):
            let v = try expression(e)
            let test = temp()
            at(p.position)
            emit(.equal, test, subject, v, feedbackSlot())
            failUnless(test, &fails)
        case .matchSingleton(let c):
            let v = temp()
            emit(.loadConst, v, try constant(try constantValue(c)))
            let test = temp()
            emit(.is, test, subject, v)
            failUnless(test, &fails)
        case .matchSequence(let items):
            let test = temp()
            if let star = items.firstIndex(where: { if case .matchStar = $0.kind { return true } else { return false } }) {
                emit(.matchSequence, test, subject, items.count - 1, 0)
                failUnless(test, &fails)
                let first = temps(items.count)
                emit(.unpackEx, first, subject, star, items.count - 1 - star)
                for (i, item) in items.enumerated() {
                    if case .matchStar(let name) = item.kind {
                        if let name { capture(name, first + i, &captures) }
                    } else {
                        try pattern(item, first + i, &fails, &captures)
                    }
                }
            } else {
                emit(.matchSequence, test, subject, items.count, 1)
                failUnless(test, &fails)
                guard !items.isEmpty else { return }
                let first = temps(items.count)
                emit(.unpackSequence, first, subject, items.count)
                for (i, item) in items.enumerated() { try pattern(item, first + i, &fails, &captures) }
            }
        case .matchMapping(let keys, let patterns, let rest):
            let test = temp()
            emit(.matchMapping, test, subject)
            failUnless(test, &fails)
            guard !keys.isEmpty || rest != nil else { return }
            let keyRegisters = temps(keys.count)
            for (i, k) in keys.enumerated() { emit(.move, keyRegisters + i, try expression(k)) }
            at(p.position)
            let keyTuple = temp()
            emit(.buildTuple, keyTuple, keyRegisters, keys.count)
            if !keys.isEmpty {
                let values = temp()
                emit(.matchKeys, values, subject, keyTuple)
                try failIfNone(values, &fails)
                let first = temps(keys.count)
                emit(.unpackSequence, first, values, keys.count)
                for (i, item) in patterns.enumerated() { try pattern(item, first + i, &fails, &captures) }
            }
            if let rest {
                let r = temp()
                emit(.copyDictWithoutKeys, r, subject, keyTuple)
                capture(rest, r, &captures)
            }
        case .matchClass(let cls, let positional, let keywordNames, let keywordPatterns):
            let c = try expression(cls)
            var names: [Value] = []
            for n in keywordNames { names.append(try runtime.intern(n)) }
            let namesConstant = try constant(try runtime.tuple(names))
            let values = temp()
            at(p.position)
            emit(.matchClass, values, subject, c, positional.count, namesConstant)
            try failIfNone(values, &fails)
            let all = positional + keywordPatterns
            guard !all.isEmpty else { return }
            let first = temps(all.count)
            emit(.unpackSequence, first, values, all.count)
            for (i, item) in all.enumerated() { try pattern(item, first + i, &fails, &captures) }
        case .matchOr(let alternatives):
            var ends: [Int] = []
            for (i, alternative) in alternatives.enumerated() {
                var alternativeFails: [Int] = []
                try pattern(alternative, subject, &alternativeFails, &captures)
                if i == alternatives.count - 1 {
                    fails += alternativeFails
                } else {
                    ends.append(emit(.jump, 0))
                    for f in alternativeFails { patchFailure(f) }
                }
            }
            for e in ends { patch(e, operand: 0) }
        case .matchStar:
            // The parser admits a star only directly inside a sequence pattern.
            throw unsupported("a starred pattern outside a sequence pattern")
        }
    }
}
