extension SREMachine {
    /// Matches at `state.start` only (match, fullmatch, scanner.match).
    mutating func match<U: FixedWidthInteger & UnsignedInteger>(
        _ code: UnsafePointer<UInt32>, _ text: UnsafePointer<U>, _ state: inout SREState
    ) -> Bool {
        reset()
        state.matchStart = state.start
        return run(code, text, &state, pc: 0, at: state.start, mustAdvance: state.mustAdvance)
    }

    /// The leftmost match at or after `state.start`; `state.matchStart` is where it begins.
    ///
    /// The INFO block the compiler puts first narrows the places worth an
    /// attempt: a literal prefix every match starts with, or a set its
    /// first character is in. An attempt starts after the block, which only
    /// repeats the minimum-length check already made here.
    mutating func search<U: FixedWidthInteger & UnsignedInteger>(
        _ code: UnsafePointer<UInt32>, _ text: UnsafePointer<U>, _ state: inout SREState
    ) -> Bool {
        var ptr = state.start
        let end = state.end, first = ptr
        if ptr > end { return false }
        @inline(__always) func ch(_ i: Int) -> UInt32 { UInt32(truncatingIfNeeded: text[i]) }
        var body = 0, prefixLength = 0, charset = -1
        if code[0] == SREOp.info.rawValue {
            let flags = code[2], minimum = Int(code[3])
            if minimum > 0 && end - ptr < minimum { return false }
            if flags & SRE.Info.prefix != 0 {
                prefixLength = Int(code[5])
            } else if flags & SRE.Info.charset != 0 {
                charset = 5
            }
            body = 1 + Int(code[1])
        }
        // `^` and `\A` can only match where the first attempt is made.
        let anchored = code[body] == SREOp.at.rawValue
            && (code[body + 1] == SREAt.beginning.rawValue || code[body + 1] == SREAt.beginningString.rawValue)
        while true {
            if prefixLength > 0 {
                let prefix = code + 7, lead = prefix[0]
                while true {
                    guard ptr + prefixLength <= end else { return false }
                    if ch(ptr) == lead {
                        var k = 1
                        while k < prefixLength && ch(ptr + k) == prefix[k] { k += 1 }
                        if k == prefixLength { break }
                    }
                    ptr += 1
                }
            } else if charset >= 0 {
                while ptr < end && !SREMachine.inSet(code, charset, ch(ptr)) { ptr += 1 }
                if ptr >= end { return false }
            }
            reset()
            if run(code, text, &state, pc: body, at: ptr, mustAdvance: state.mustAdvance && ptr == first) {
                state.matchStart = ptr
                return true
            }
            if anchored || ptr >= end { return false }
            ptr += 1
        }
    }
}
