/// Checks code handed to `_sre.compile` before the matcher trusts it: every
/// opcode known, every skip inside its block, every mark and group in
/// range, every set well formed, and each repeat's UNTIL where its REPEAT
/// says. The matcher reads code unchecked, so anything it could misread
/// is refused here with CPython's RuntimeError.
struct SREValidator {
    let code: [UInt32]
    let groups: Int

    struct Invalid: Error {}

    static func validate(_ code: [UInt32], groups: Int) throws {
        let v = SREValidator(code: code, groups: groups)
        do {
            guard !code.isEmpty, code.last == SREOp.success.rawValue else { throw Invalid() }
            try v.block(0, code.count - 1)
        } catch is Invalid {
            throw PythonError("RuntimeError", "invalid SRE code")
        }
    }

    private func word(_ i: Int) throws -> Int {
        guard i >= 0 && i < code.count else { throw Invalid() }
        return Int(code[i])
    }

    private func op(_ i: Int) throws -> SREOp {
        guard let o = SREOp(rawValue: UInt32(try word(i))) else { throw Invalid() }
        return o
    }

    /// The end of a skip-delimited region: `from + skip`, inside `limit`.
    private func target(_ from: Int, _ limit: Int) throws -> Int {
        let skip = try word(from)
        guard skip >= 1, from + skip <= limit else { throw Invalid() }
        return from + skip
    }

    /// The instructions in [pc, end).
    private func block(_ start: Int, _ end: Int) throws {
        var pc = start
        while pc < end { pc = try instruction(pc, end) }
        guard pc == end else { throw Invalid() }
    }

    /// Checks the instruction at `pc`; where the next one starts.
    private func instruction(_ pc: Int, _ end: Int) throws -> Int {
        switch try op(pc) {
        case .failure, .success, .any, .anyAll:
            return pc + 1
        case .at:
            guard SREAt(rawValue: UInt32(try word(pc + 1))) != nil else { throw Invalid() }
            return pc + 2
        case .category:
            guard SRECategory(rawValue: UInt32(try word(pc + 1))) != nil else { throw Invalid() }
            return pc + 2
        case .literal, .notLiteral, .literalIgnore, .notLiteralIgnore, .literalUniIgnore, .notLiteralUniIgnore,
             .literalLocIgnore, .notLiteralLocIgnore:
            _ = try word(pc + 1)
            return pc + 2
        case .in, .inIgnore, .inUniIgnore, .inLocIgnore:
            let next = try target(pc + 1, end)
            try set(pc + 2, next)
            return next
        case .info:
            let next = try target(pc + 1, end)
            let flags = UInt32(try word(pc + 2))
            guard pc + 5 <= next else { throw Invalid() }
            if flags & SRE.Info.prefix != 0 {
                // length, skip, the prefix, its overlap table
                let n = try word(pc + 5)
                guard n >= 1, try word(pc + 6) <= n, pc + 7 + 2 * n <= next else { throw Invalid() }
            } else if flags & SRE.Info.charset != 0 {
                try set(pc + 5, next)
            }
            return next
        case .jump:
            return try target(pc + 1, end)
        case .mark:
            guard try word(pc + 1) < 2 * groups else { throw Invalid() }
            return pc + 2
        case .branch:
            var q = pc + 1, join = -1
            while try word(q) != 0 {
                let next = try target(q, end)
                // Each alternative ends with a JUMP to the end of the whole branch.
                guard next - 2 >= q + 1, try op(next - 2) == .jump else { throw Invalid() }
                let to = try target(next - 1, end)
                if join >= 0 && to != join { throw Invalid() }
                join = to
                try block(q + 1, next - 2)
                q = next
            }
            guard join < 0 || join == q + 1 else { throw Invalid() }
            return q + 1
        case .repeatOne, .minRepeatOne, .possessiveRepeatOne:
            let next = try target(pc + 1, end)
            try bounds(pc)
            // One single-character item, then SUCCESS.
            guard next - 1 > pc + 4, try op(next - 1) == .success else { throw Invalid() }
            switch try op(pc + 4) {
            case .any, .anyAll, .literal, .notLiteral, .literalIgnore, .notLiteralIgnore, .literalUniIgnore,
                 .notLiteralUniIgnore, .literalLocIgnore, .notLiteralLocIgnore, .in, .inIgnore, .inUniIgnore,
                 .inLocIgnore, .category:
                guard try instruction(pc + 4, next - 1) == next - 1 else { throw Invalid() }
            default:
                throw Invalid()
            }
            return next
        case .repeat, .possessiveRepeat:
            let until = try target(pc + 1, end)
            try bounds(pc)
            try block(pc + 4, until)
            let closing = try op(until)
            if try op(pc) == .repeat {
                guard closing == .maxUntil || closing == .minUntil else { throw Invalid() }
            } else {
                guard closing == .success else { throw Invalid() }
            }
            guard until + 1 <= end else { throw Invalid() }
            return until + 1
        case .atomicGroup:
            let next = try target(pc + 1, end)
            guard try op(next - 1) == .success else { throw Invalid() }
            try block(pc + 2, next - 1)
            return next
        case .assert, .assertNot:
            let next = try target(pc + 1, end)
            _ = try word(pc + 2)
            guard next - 1 >= pc + 3, try op(next - 1) == .success else { throw Invalid() }
            try block(pc + 3, next - 1)
            return next
        case .groupref, .grouprefIgnore, .grouprefUniIgnore, .grouprefLocIgnore:
            guard try word(pc + 1) < groups else { throw Invalid() }
            return pc + 2
        case .grouprefExists:
            guard try word(pc + 1) < groups else { throw Invalid() }
            let no = try target(pc + 2, end + 1) - 1
            guard no >= pc + 3, no <= end else { throw Invalid() }
            // With an else part, the yes part ends in a JUMP over it.
            if no - 2 >= pc + 3, try op(no - 2) == .jump, let after = try? target(no - 1, end), after >= no,
               (try? block(pc + 3, no - 2)) != nil {
                try block(no, after)
                return after
            }
            try block(pc + 3, no)
            return no
        case .maxUntil, .minUntil, .subpattern, .negate, .range, .charset, .bigCharset, .rangeUniIgnore:
            throw Invalid()
        }
    }

    private func bounds(_ pc: Int) throws {
        let minimum = try word(pc + 2), maximum = try word(pc + 3)
        guard minimum <= maximum else { throw Invalid() }
    }

    /// Set members in [pc, end), the last of which is FAILURE.
    private func set(_ start: Int, _ end: Int) throws {
        var i = start
        while i < end {
            switch try op(i) {
            case .failure:
                guard i == end - 1 else { throw Invalid() }
                return
            case .literal:
                i += 2
            case .category:
                guard SRECategory(rawValue: UInt32(try word(i + 1))) != nil else { throw Invalid() }
                i += 2
            case .charset:
                i += 9
            case .range, .rangeUniIgnore:
                i += 3
            case .negate:
                i += 1
            case .bigCharset:
                let blocks = try word(i + 1)
                guard blocks <= 256, i + 2 + 64 + blocks * 8 <= end else { throw Invalid() }
                for k in 0..<256 {
                    let w = code[i + 2 + k / 4]
                    guard Int((w >> (8 * UInt32(k % 4))) & 0xFF) < blocks else { throw Invalid() }
                }
                i += 2 + 64 + blocks * 8
            default:
                throw Invalid()
            }
        }
        throw Invalid()
    }
}
