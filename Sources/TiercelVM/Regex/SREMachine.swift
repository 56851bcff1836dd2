/// The regular-expression matcher: runs `_sre` code words over a subject
/// of 1-, 2- or 4-byte code units (bytes, and str's three widths).
///
/// It is a backtracking machine that never recurses on the native stack.
/// Where CPython's matcher calls itself for a sub-match (a branch
/// alternative, a repeat's next iteration, the tail after a repeat) this
/// one pushes a choice point and carries on; a failure pops the newest
/// choice point and resumes there. Every variable a later failure must see
/// restored (marks, the last group, the repeat contexts) is written through
/// a trail of old values, which backtracking unwinds to the height the
/// choice point recorded. Lookarounds, atomic groups and possessive repeats
/// are calls: a barrier choice point marks where the sub-match began, its
/// SUCCESS cuts every choice point above the barrier (the sub-match is not
/// re-entered), and popping the barrier means the sub-match failed.
struct SREMachine {
    /// Variables, addressed by index so the trail can restore any of them:
    /// the last mark and last group, the innermost repeat context, the
    /// marks, then the repeat contexts (four words each) made so far.
    private(set) var vars = SREStack<Int>()
    private var trail = SREStack<TrailEntry>()
    private var choices = SREStack<Choice>()
    /// Indexes (in `choices`) of the barriers of the calls in progress.
    private var calls = SREStack<Int>()
    let markCount: Int

    static let lastMark = 0, lastIndex = 1, currentRepeat = 2, firstMark = 3
    /// A repeat context's words: count so far, where the last iteration
    /// started (zero-width protection), the enclosing context, the REPEAT's pc.
    static let repeatCount = 0, repeatLastPtr = 1, repeatPrevious = 2, repeatPc = 3

    struct TrailEntry {
        var slot: Int
        var old: Int
    }

    enum ChoiceKind: UInt8 {
        /// Try the branch alternatives from the skip word at `pc`.
        case branch
        /// A greedy single-character repeat: retry the tail at `ptr`, then
        /// one character shorter, down to `a`; `b` is the literal the tail
        /// starts with, or -1.
        case repeatOne
        /// A lazy single-character repeat: match item `a` once more at
        /// `ptr` (at most `b` more times) and retry the tail at `pc`.
        case minRepeatOne
        /// MAX_UNTIL's alternative: leave the repeat and match the tail.
        case maxUntilTail
        /// MIN_UNTIL's alternative: one more iteration of the body.
        case minUntilBody
        /// The start of a call (see CallKind) at the construct at `pc`.
        case barrier
    }

    enum CallKind: Int {
        case lookahead = 0, negativeLookahead, atomic, possessive
    }

    struct Choice {
        var kind: ChoiceKind
        var pc: Int
        var ptr: Int
        var trail: Int
        var vars: Int
        var a: Int = 0
        var b: Int = 0
        var c: Int = 0
    }

    init(groups: Int) {
        markCount = 2 * groups
    }

    func release() {
        vars.release()
        trail.release()
        choices.release()
        calls.release()
    }

    /// Forgets the previous attempt: no marks, no repeat, no choice points.
    mutating func reset() {
        vars.count = 0
        for _ in 0..<(SREMachine.firstMark + markCount) { vars.push(-1) }
        trail.count = 0
        choices.count = 0
        calls.count = 0
    }

    /// The span of group `g` (1-based), or nil when it did not take part.
    func span(_ g: Int) -> (Int, Int)? {
        let j = 2 * (g - 1)
        guard j + 1 <= vars[SREMachine.lastMark] else { return nil }
        let s = vars[SREMachine.firstMark + j], e = vars[SREMachine.firstMark + j + 1]
        return s >= 0 && e >= 0 ? (s, e) : nil
    }

    var lastGroupIndex: Int { vars[SREMachine.lastIndex] }

    @inline(__always) private mutating func set(_ slot: Int, _ value: Int) {
        // With no choice point nothing can be undone, so nothing is recorded.
        if choices.count > 0 { trail.push(TrailEntry(slot: slot, old: vars[slot])) }
        vars[slot] = value
    }

    @inline(__always) private mutating func push(_ kind: ChoiceKind, pc: Int, ptr: Int, a: Int = 0, b: Int = 0, c: Int = 0) {
        choices.push(Choice(kind: kind, pc: pc, ptr: ptr, trail: trail.count, vars: vars.count, a: a, b: b, c: c))
    }

    @inline(__always) private mutating func call(_ kind: CallKind, pc: Int, ptr: Int, count: Int = 0, phase: Int = 0) {
        calls.push(choices.count)
        push(.barrier, pc: pc, ptr: ptr, a: kind.rawValue, b: count, c: phase)
    }

    /// Undoes every variable write made since the choice point at the top.
    @inline(__always) private mutating func restore(to choice: Choice) {
        while trail.count > choice.trail {
            let e = trail.pop()
            vars[e.slot] = e.old
        }
        vars.count = choice.vars
    }

    // MARK: Matching

    /// Matches `code` from `pc` at `start`; on success `state.matchEnd` is
    /// where the match ended and the marks are in `vars`. With
    /// `mustAdvance` an empty match at `start` does not count.
    mutating func run<U: FixedWidthInteger & UnsignedInteger>(
        _ code: UnsafePointer<UInt32>, _ text: UnsafePointer<U>, _ state: inout SREState, pc startPc: Int, at start: Int,
        mustAdvance: Bool
    ) -> Bool {
        let end = state.end, length = state.length, matchAll = state.matchAll
        @inline(__always) func ch(_ i: Int) -> UInt32 { UInt32(truncatingIfNeeded: text[i]) }
        @inline(__always) func word(_ i: Int) -> Int { Int(code[i]) }

        var pc = startPc, ptr = start
        while true {
            dispatch: while true {
                switch SREOp(rawValue: code[pc]).unsafelyUnwrapped {
                case .failure:
                    break dispatch
                case .success:
                    if calls.count > 0 {
                        let b = calls.pop()
                        let barrier = choices[b]
                        choices.count = b
                        switch CallKind(rawValue: barrier.a).unsafelyUnwrapped {
                        case .lookahead:
                            ptr = barrier.ptr
                            pc = barrier.pc + 1 + word(barrier.pc + 1)
                        case .negativeLookahead:
                            break dispatch
                        case .atomic:
                            pc = barrier.pc + 1 + word(barrier.pc + 1)
                        case .possessive:
                            let count = barrier.b + 1
                            let p = barrier.pc, minimum = word(p + 2), maximum = code[p + 3]
                            if count < minimum {
                                call(.possessive, pc: p, ptr: ptr, count: count, phase: 0)
                                pc = p + 4
                            } else if (barrier.c == 1 && ptr == barrier.ptr)
                                        || (maximum != SRE.maxRepeat && count >= Int(maximum)) {
                                pc = p + 2 + word(p + 1)
                            } else {
                                call(.possessive, pc: p, ptr: ptr, count: count, phase: 1)
                                pc = p + 4
                            }
                        }
                        continue dispatch
                    }
                    if matchAll && ptr != end { break dispatch }
                    if mustAdvance && ptr == start { break dispatch }
                    state.matchEnd = ptr
                    return true
                case .any:
                    guard ptr < end, ch(ptr) != 10 else { break dispatch }
                    ptr += 1
                    pc += 1
                case .anyAll:
                    guard ptr < end else { break dispatch }
                    ptr += 1
                    pc += 1
                case .at:
                    guard at(code[pc + 1], ptr, text, end: end, length: length) else { break dispatch }
                    pc += 2
                case .category:
                    guard ptr < end, SREChar.category(code[pc + 1], ch(ptr)) else { break dispatch }
                    ptr += 1
                    pc += 2
                case .literal:
                    guard ptr < end, ch(ptr) == code[pc + 1] else { break dispatch }
                    ptr += 1
                    pc += 2
                case .notLiteral:
                    guard ptr < end, ch(ptr) != code[pc + 1] else { break dispatch }
                    ptr += 1
                    pc += 2
                case .literalIgnore, .notLiteralIgnore, .literalUniIgnore, .notLiteralUniIgnore,
                     .literalLocIgnore, .notLiteralLocIgnore:
                    guard ptr < end, SREMachine.single(code, pc, ch(ptr)) else { break dispatch }
                    ptr += 1
                    pc += 2
                case .in, .inIgnore, .inUniIgnore, .inLocIgnore:
                    guard ptr < end, SREMachine.single(code, pc, ch(ptr)) else { break dispatch }
                    ptr += 1
                    pc += 1 + word(pc + 1)
                case .info:
                    // A sub-match may not start with fewer characters left than the pattern's minimum.
                    let minimum = word(pc + 3)
                    if minimum > 0 && end >= ptr && end - ptr < minimum { break dispatch }
                    pc += 1 + word(pc + 1)
                case .jump:
                    pc += 1 + word(pc + 1)
                case .mark:
                    let i = word(pc + 1)
                    if i & 1 != 0 { set(SREMachine.lastIndex, i / 2 + 1) }
                    let last = vars[SREMachine.lastMark]
                    if i > last {
                        var j = last + 1
                        while j < i { set(SREMachine.firstMark + j, -1); j += 1 }
                        set(SREMachine.lastMark, i)
                    }
                    set(SREMachine.firstMark + i, ptr)
                    pc += 2
                case .branch:
                    var q = pc + 1
                    while code[q] != 0 && !SREMachine.viable(code, q + 1, ptr, text, end: end) { q += word(q) }
                    if code[q] == 0 { break dispatch }
                    let next = q + word(q)
                    if code[next] != 0 { push(.branch, pc: next, ptr: ptr) }
                    pc = q + 1
                case .repeatOne:
                    let minimum = word(pc + 2)
                    guard ptr + minimum <= end else { break dispatch }
                    let count = SREMachine.count(code, pc + 4, text, from: ptr, end: end, maximum: code[pc + 3])
                    guard count >= minimum else { break dispatch }
                    let tail = pc + 1 + word(pc + 1), floor = ptr + minimum
                    var p = ptr + count
                    var literal = -1
                    if code[tail] == SREOp.literal.rawValue {
                        // Only positions where the tail's first literal follows are worth a try.
                        literal = word(tail + 1)
                        while p >= floor && (p >= end || Int(ch(p)) != literal) { p -= 1 }
                        if p < floor { break dispatch }
                    }
                    if p > floor { push(.repeatOne, pc: tail, ptr: p - 1, a: floor, b: literal) }
                    ptr = p
                    pc = tail
                case .minRepeatOne:
                    let minimum = word(pc + 2), maximum = code[pc + 3]
                    guard ptr + minimum <= end else { break dispatch }
                    var count = 0
                    if minimum > 0 {
                        count = SREMachine.count(code, pc + 4, text, from: ptr, end: end, maximum: UInt32(minimum))
                        guard count >= minimum else { break dispatch }
                        ptr += count
                    }
                    let tail = pc + 1 + word(pc + 1)
                    let more = maximum == SRE.maxRepeat ? Int.max : Int(maximum) - count
                    if more > 0 { push(.minRepeatOne, pc: tail, ptr: ptr, a: pc + 4, b: more) }
                    pc = tail
                case .possessiveRepeatOne:
                    let minimum = word(pc + 2)
                    guard ptr + minimum <= end else { break dispatch }
                    let count = SREMachine.count(code, pc + 4, text, from: ptr, end: end, maximum: code[pc + 3])
                    guard count >= minimum else { break dispatch }
                    ptr += count
                    pc += 1 + word(pc + 1)
                case .repeat:
                    let context = vars.count
                    vars.push(-1)
                    vars.push(-1)
                    vars.push(vars[SREMachine.currentRepeat])
                    vars.push(pc)
                    set(SREMachine.currentRepeat, context)
                    pc += 1 + word(pc + 1)
                case .maxUntil:
                    let r = vars[SREMachine.currentRepeat]
                    let count = vars[r + SREMachine.repeatCount] + 1
                    let rpc = vars[r + SREMachine.repeatPc], minimum = word(rpc + 2), maximum = code[rpc + 3]
                    if count < minimum {
                        set(r + SREMachine.repeatCount, count)
                        pc = rpc + 4
                    } else if (maximum == SRE.maxRepeat || count < Int(maximum)) && ptr != vars[r + SREMachine.repeatLastPtr] {
                        push(.maxUntilTail, pc: pc + 1, ptr: ptr)
                        set(r + SREMachine.repeatCount, count)
                        set(r + SREMachine.repeatLastPtr, ptr)
                        pc = rpc + 4
                    } else {
                        set(SREMachine.currentRepeat, vars[r + SREMachine.repeatPrevious])
                        pc += 1
                    }
                case .minUntil:
                    let r = vars[SREMachine.currentRepeat]
                    let count = vars[r + SREMachine.repeatCount] + 1
                    let rpc = vars[r + SREMachine.repeatPc]
                    if count < word(rpc + 2) {
                        set(r + SREMachine.repeatCount, count)
                        pc = rpc + 4
                    } else {
                        push(.minUntilBody, pc: pc, ptr: ptr)
                        set(SREMachine.currentRepeat, vars[r + SREMachine.repeatPrevious])
                        pc += 1
                    }
                case .groupref, .grouprefIgnore, .grouprefUniIgnore, .grouprefLocIgnore:
                    let g = 2 * word(pc + 1)
                    guard g < vars[SREMachine.lastMark] else { break dispatch }
                    let s = vars[SREMachine.firstMark + g], e = vars[SREMachine.firstMark + g + 1]
                    guard s >= 0, e >= s, ptr + (e - s) <= end else { break dispatch }
                    let fold: (UInt32) -> UInt32
                    switch SREOp(rawValue: code[pc]).unsafelyUnwrapped {
                    case .grouprefIgnore: fold = SREChar.lowerASCII
                    case .grouprefUniIgnore: fold = SREChar.lowerUnicode
                    case .grouprefLocIgnore: fold = SREChar.lowerLocale
                    default: fold = { $0 }
                    }
                    var k = 0
                    while k < e - s && fold(ch(ptr + k)) == fold(ch(s + k)) { k += 1 }
                    guard k == e - s else { break dispatch }
                    ptr += k
                    pc += 2
                case .grouprefExists:
                    let g = 2 * word(pc + 1)
                    var exists = false
                    if g < vars[SREMachine.lastMark] {
                        let s = vars[SREMachine.firstMark + g], e = vars[SREMachine.firstMark + g + 1]
                        exists = s >= 0 && e >= s
                    }
                    pc = exists ? pc + 3 : pc + 1 + word(pc + 2)
                case .assert:
                    let back = word(pc + 2)
                    guard ptr >= back else { break dispatch }
                    call(.lookahead, pc: pc, ptr: ptr)
                    ptr -= back
                    pc += 3
                case .assertNot:
                    let back = word(pc + 2)
                    if ptr >= back {
                        call(.negativeLookahead, pc: pc, ptr: ptr)
                        ptr -= back
                        pc += 3
                    } else {
                        pc += 1 + word(pc + 1)
                    }
                case .atomicGroup:
                    call(.atomic, pc: pc, ptr: ptr)
                    pc += 2
                case .possessiveRepeat:
                    let minimum = word(pc + 2), maximum = code[pc + 3]
                    if minimum > 0 {
                        call(.possessive, pc: pc, ptr: ptr, count: 0, phase: 0)
                        pc += 4
                    } else if maximum > 0 {
                        call(.possessive, pc: pc, ptr: ptr, count: 0, phase: 1)
                        pc += 4
                    } else {
                        pc += 2 + word(pc + 1)
                    }
                case .subpattern, .negate, .range, .charset, .bigCharset, .rangeUniIgnore:
                    // Set members only appear inside IN; the validator refuses them here.
                    break dispatch
                }
            }

            // Backtrack to the newest choice point that still has an alternative.
            backtrack: while true {
                guard choices.count > 0 else { return false }
                let choice = choices[choices.count - 1]
                restore(to: choice)
                switch choice.kind {
                case .branch:
                    var q = choice.pc
                    while code[q] != 0 && !SREMachine.viable(code, q + 1, choice.ptr, text, end: end) { q += word(q) }
                    if code[q] == 0 { choices.count -= 1; continue backtrack }
                    let next = q + word(q)
                    if code[next] != 0 { choices.top.pointee.pc = next } else { choices.count -= 1 }
                    ptr = choice.ptr
                    pc = q + 1
                case .repeatOne:
                    var p = choice.ptr
                    if choice.b >= 0 {
                        while p >= choice.a && (p >= end || Int(ch(p)) != choice.b) { p -= 1 }
                        if p < choice.a { choices.count -= 1; continue backtrack }
                    }
                    if p > choice.a { choices.top.pointee.ptr = p - 1 } else { choices.count -= 1 }
                    ptr = p
                    pc = choice.pc
                case .minRepeatOne:
                    let p = choice.ptr
                    guard p < end, SREMachine.single(code, choice.a, ch(p)) else { choices.count -= 1; continue backtrack }
                    if choice.b > 1 {
                        choices.top.pointee.ptr = p + 1
                        choices.top.pointee.b = choice.b == Int.max ? Int.max : choice.b - 1
                    } else {
                        choices.count -= 1
                    }
                    ptr = p + 1
                    pc = choice.pc
                case .maxUntilTail:
                    choices.count -= 1
                    let r = vars[SREMachine.currentRepeat]
                    set(SREMachine.currentRepeat, vars[r + SREMachine.repeatPrevious])
                    ptr = choice.ptr
                    pc = choice.pc
                case .minUntilBody:
                    choices.count -= 1
                    let r = vars[SREMachine.currentRepeat]
                    let count = vars[r + SREMachine.repeatCount] + 1
                    let maximum = code[vars[r + SREMachine.repeatPc] + 3]
                    if (maximum != SRE.maxRepeat && count >= Int(maximum)) || choice.ptr == vars[r + SREMachine.repeatLastPtr] {
                        continue backtrack
                    }
                    set(r + SREMachine.repeatCount, count)
                    set(r + SREMachine.repeatLastPtr, choice.ptr)
                    ptr = choice.ptr
                    pc = vars[r + SREMachine.repeatPc] + 4
                case .barrier:
                    choices.count -= 1
                    calls.count -= 1
                    switch CallKind(rawValue: choice.a).unsafelyUnwrapped {
                    case .lookahead, .atomic:
                        continue backtrack
                    case .negativeLookahead:
                        ptr = choice.ptr
                        pc = choice.pc + 1 + word(choice.pc + 1)
                    case .possessive:
                        // A failed iteration ends the repeat, unless the minimum is not reached yet.
                        if choice.c == 0 { continue backtrack }
                        ptr = choice.ptr
                        pc = choice.pc + 2 + word(choice.pc + 1)
                    }
                }
                break backtrack
            }
        }
    }

    // MARK: Single characters

    /// Whether the one-character item at `pc` (a literal, set, category or
    /// any) matches `c`.
    @inline(__always)
    static func single(_ code: UnsafePointer<UInt32>, _ pc: Int, _ c: UInt32) -> Bool {
        let arg = code[pc + 1]
        switch SREOp(rawValue: code[pc]).unsafelyUnwrapped {
        case .any: return c != 10
        case .anyAll: return true
        case .literal: return c == arg
        case .notLiteral: return c != arg
        case .literalIgnore: return SREChar.lowerASCII(c) == arg
        case .notLiteralIgnore: return SREChar.lowerASCII(c) != arg
        case .literalUniIgnore: return SREChar.lowerUnicode(c) == arg
        case .notLiteralUniIgnore: return SREChar.lowerUnicode(c) != arg
        case .literalLocIgnore: return locale(arg, c)
        case .notLiteralLocIgnore: return !locale(arg, c)
        case .in: return inSet(code, pc + 2, c)
        case .inIgnore: return inSet(code, pc + 2, SREChar.lowerASCII(c))
        case .inUniIgnore: return inSet(code, pc + 2, SREChar.lowerUnicode(c))
        case .inLocIgnore:
            return inSet(code, pc + 2, c) || inSet(code, pc + 2, SREChar.lowerLocale(c))
                || inSet(code, pc + 2, SREChar.upperLocale(c))
        case .category: return SREChar.category(arg, c)
        default: return false
        }
    }

    @inline(__always) private static func locale(_ literal: UInt32, _ c: UInt32) -> Bool {
        c == literal || SREChar.lowerLocale(c) == literal || SREChar.upperLocale(c) == literal
    }

    /// Whether `c` is in the set whose members start at `at` (and end with FAILURE).
    static func inSet(_ code: UnsafePointer<UInt32>, _ at: Int, _ c: UInt32) -> Bool {
        var i = at, ok = true
        while true {
            switch SREOp(rawValue: code[i]).unsafelyUnwrapped {
            case .failure:
                return !ok
            case .literal:
                if c == code[i + 1] { return ok }
                i += 2
            case .category:
                if SREChar.category(code[i + 1], c) { return ok }
                i += 2
            case .charset:
                if c < 256 && code[i + 1 + Int(c >> 5)] & (1 << (c & 31)) != 0 { return ok }
                i += 9
            case .range:
                if code[i + 1] <= c && c <= code[i + 2] { return ok }
                i += 3
            case .rangeUniIgnore:
                if code[i + 1] <= c && c <= code[i + 2] { return ok }
                let u = SREChar.upperUnicode(c)
                if code[i + 1] <= u && u <= code[i + 2] { return ok }
                i += 3
            case .negate:
                ok.toggle()
                i += 1
            case .bigCharset:
                // 256 block numbers (one byte each, packed four to a word), then the 256-bit blocks.
                let blocks = Int(code[i + 1])
                if c < 0x10000 {
                    let block = Int(UnsafeRawPointer(code + i + 2).load(fromByteOffset: Int(c >> 8), as: UInt8.self))
                    let bit = block * 256 + Int(c & 255)
                    if code[i + 2 + 64 + bit >> 5] & (1 << UInt32(bit & 31)) != 0 { return ok }
                }
                i += 2 + 64 + blocks * 8
            default:
                return false
            }
        }
    }

    /// How many characters from `from` match the one-character item at `pc`, at most `maximum`.
    @inline(__always)
    static func count<U: FixedWidthInteger & UnsignedInteger>(
        _ code: UnsafePointer<UInt32>, _ pc: Int, _ text: UnsafePointer<U>, from: Int, end: Int, maximum: UInt32
    ) -> Int {
        guard from < end else { return 0 }
        let limit = maximum == SRE.maxRepeat || Int(maximum) >= end - from ? end : from + Int(maximum)
        var p = from
        switch SREOp(rawValue: code[pc]).unsafelyUnwrapped {
        case .anyAll:
            p = limit
        case .any:
            while p < limit && text[p] != 10 { p += 1 }
        case .literal:
            let l = code[pc + 1]
            while p < limit && UInt32(truncatingIfNeeded: text[p]) == l { p += 1 }
        case .notLiteral:
            let l = code[pc + 1]
            while p < limit && UInt32(truncatingIfNeeded: text[p]) != l { p += 1 }
        default:
            while p < limit && single(code, pc, UInt32(truncatingIfNeeded: text[p])) { p += 1 }
        }
        return p - from
    }

    /// A branch alternative whose first item is a literal or set that the
    /// next character fails is skipped without a choice point.
    @inline(__always)
    static func viable<U: FixedWidthInteger & UnsignedInteger>(
        _ code: UnsafePointer<UInt32>, _ pc: Int, _ ptr: Int, _ text: UnsafePointer<U>, end: Int
    ) -> Bool {
        switch code[pc] {
        case SREOp.literal.rawValue: return ptr < end && UInt32(truncatingIfNeeded: text[ptr]) == code[pc + 1]
        case SREOp.in.rawValue: return ptr < end && inSet(code, pc + 2, UInt32(truncatingIfNeeded: text[ptr]))
        default: return true
        }
    }

    /// AT assertions. `^` and `\A` look at the string's real start, not at
    /// pos; `$` and `\Z` at endpos.
    @inline(__always)
    func at<U: FixedWidthInteger & UnsignedInteger>(_ code: UInt32, _ ptr: Int, _ text: UnsafePointer<U>, end: Int, length: Int) -> Bool {
        @inline(__always) func ch(_ i: Int) -> UInt32 { UInt32(truncatingIfNeeded: text[i]) }
        func boundary(_ isWord: (UInt32) -> Bool) -> Bool? {
            if end == 0 { return nil }
            let before = ptr > 0 && isWord(ch(ptr - 1))
            let after = ptr < end && isWord(ch(ptr))
            return before != after
        }
        switch SREAt(rawValue: code) {
        case .beginning, .beginningString: return ptr == 0
        case .beginningLine: return ptr == 0 || ch(ptr - 1) == 10
        case .end: return ptr == end || (ptr + 1 == end && ch(ptr) == 10)
        case .endLine: return ptr == end || (ptr < length && ch(ptr) == 10)
        case .endString: return ptr == end
        case .boundary: return boundary(SREChar.isWord) ?? false
        case .nonBoundary: return boundary(SREChar.isWord).map { !$0 } ?? false
        case .locBoundary: return boundary(SREChar.isLocaleWord) ?? false
        case .locNonBoundary: return boundary(SREChar.isLocaleWord).map { !$0 } ?? false
        case .uniBoundary: return boundary(SREChar.isUnicodeWord) ?? false
        case .uniNonBoundary: return boundary(SREChar.isUnicodeWord).map { !$0 } ?? false
        case nil: return false
        }
    }
}

/// One match or search: the subject's bounds and the flags going in, the
/// matched span coming out.
struct SREState {
    /// The subject's length; `start` and `end` are pos and endpos, clamped to it.
    var length: Int
    var start: Int
    var end: Int
    /// fullmatch: the match must end at `end`.
    var matchAll = false
    /// After an empty match, the next one may not be empty at the same place.
    var mustAdvance = false
    var matchStart = 0
    var matchEnd = 0
}
