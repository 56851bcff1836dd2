/// Python's case conversions and case predicates over code points.
///
/// CPython maps through its own Unicode database: full (SpecialCasing)
/// mappings, the final-sigma rule for lower(), titlecase for the first
/// letter of a word, and categories rather than derived properties for
/// isalpha. Swift's String.lowercased() knows neither final sigma nor
/// titlecase, so conversions here work per code point from the scalar
/// properties. ASCII code points take a table-free fast path.
enum CaseMapping {
    typealias Codes = [UInt32]

    private static func properties(_ c: UInt32) -> Unicode.Scalar.Properties? { Unicode.Scalar(c)?.properties }

    private static func append(_ mapping: String, to out: inout Codes) {
        for s in mapping.unicodeScalars { out.append(s.value) }
    }

    static func isUpper(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x41 && c <= 0x5A }
        return properties(c)?.isUppercase ?? false
    }

    static func isLower(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x61 && c <= 0x7A }
        return properties(c)?.isLowercase ?? false
    }

    static func isTitle(_ c: UInt32) -> Bool {
        c >= 0x80 && properties(c)?.generalCategory == .titlecaseLetter
    }

    static func isCased(_ c: UInt32) -> Bool {
        if c < 0x80 { return isUpper(c) || isLower(c) }
        return properties(c)?.isCased ?? false
    }

    static func isCaseIgnorable(_ c: UInt32) -> Bool {
        if c < 0x80 { return c == 0x27 || c == 0x2E || c == 0x3A || c == 0x5E || c == 0x60 }
        return properties(c)?.isCaseIgnorable ?? false
    }

    /// str.isalpha: the letter categories Lu, Ll, Lt, Lm, Lo (not Nl, not marks).
    static func isAlpha(_ c: UInt32) -> Bool {
        if c < 0x80 { return isUpper(c) || isLower(c) }
        switch properties(c)?.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// Σ lowers to ς at the end of a word: preceded by a cased letter and not
    /// followed by one, case-ignorable characters skipped both ways.
    private static func sigma(_ s: Codes, _ i: Int) -> UInt32 {
        var j = i - 1
        while j >= 0 && isCaseIgnorable(s[j]) { j -= 1 }
        guard j >= 0 && isCased(s[j]) else { return 0x3C3 }
        j = i + 1
        while j < s.count && isCaseIgnorable(s[j]) { j += 1 }
        return j == s.count || !isCased(s[j]) ? 0x3C2 : 0x3C3
    }

    private static func lower(_ s: Codes, _ i: Int, into out: inout Codes) {
        let c = s[i]
        if c < 0x80 {
            out.append(c >= 0x41 && c <= 0x5A ? c + 32 : c)
        } else if c == 0x3A3 {
            out.append(sigma(s, i))
        } else if let p = properties(c) {
            append(p.lowercaseMapping, to: &out)
        } else {
            out.append(c)
        }
    }

    private static func upper(_ c: UInt32, into out: inout Codes) {
        if c < 0x80 {
            out.append(c >= 0x61 && c <= 0x7A ? c - 32 : c)
        } else if let p = properties(c) {
            append(p.uppercaseMapping, to: &out)
        } else {
            out.append(c)
        }
    }

    private static func title(_ c: UInt32, into out: inout Codes) {
        if c < 0x80 {
            upper(c, into: &out)
        } else if let p = properties(c) {
            append(p.titlecaseMapping, to: &out)
        } else {
            out.append(c)
        }
    }

    static func lower(_ s: Codes) -> Codes {
        var out = Codes()
        out.reserveCapacity(s.count)
        for i in s.indices { lower(s, i, into: &out) }
        return out
    }

    static func upper(_ s: Codes) -> Codes {
        var out = Codes()
        out.reserveCapacity(s.count)
        for c in s { upper(c, into: &out) }
        return out
    }

    static func capitalize(_ s: Codes) -> Codes {
        var out = Codes()
        out.reserveCapacity(s.count)
        for i in s.indices {
            if i == 0 { title(s[0], into: &out) } else { lower(s, i, into: &out) }
        }
        return out
    }

    static func title(_ s: Codes) -> Codes {
        var out = Codes()
        out.reserveCapacity(s.count)
        var previousCased = false
        for i in s.indices {
            if previousCased { lower(s, i, into: &out) } else { title(s[i], into: &out) }
            previousCased = isCased(s[i])
        }
        return out
    }

    static func swapcase(_ s: Codes) -> Codes {
        var out = Codes()
        out.reserveCapacity(s.count)
        for i in s.indices {
            let c = s[i]
            if isUpper(c) { lower(s, i, into: &out) } else if isLower(c) { upper(c, into: &out) } else { out.append(c) }
        }
        return out
    }

    /// Full case folding. Folding is lowercase-of-uppercase-of-lowercase for
    /// every character that folds at all, except Cherokee, whose small
    /// letters fold to the capitals.
    static func casefold(_ s: Codes) -> Codes {
        var out = Codes()
        out.reserveCapacity(s.count)
        for c in s {
            if c < 0x80 {
                out.append(c >= 0x41 && c <= 0x5A ? c + 32 : c)
                continue
            }
            guard let p = properties(c), p.changesWhenCaseFolded else { out.append(c); continue }
            if (0x13F8...0x13FD).contains(c) || (0xAB70...0xABBF).contains(c) {
                append(p.uppercaseMapping, to: &out)
                continue
            }
            let folded = p.lowercaseMapping.uppercased().unicodeScalars.map { String($0.properties.lowercaseMapping) }.joined()
            append(folded, to: &out)
        }
        return out
    }

    /// str.islower: some cased character, and none upper or titlecase.
    static func isLowerString(_ s: Codes) -> Bool {
        var cased = false
        for c in s {
            if isUpper(c) || isTitle(c) { return false }
            if isLower(c) { cased = true }
        }
        return cased
    }

    static func isUpperString(_ s: Codes) -> Bool {
        var cased = false
        for c in s {
            if isLower(c) || isTitle(c) { return false }
            if isUpper(c) { cased = true }
        }
        return cased
    }

    static func isTitleString(_ s: Codes) -> Bool {
        var cased = false, previousCased = false
        for c in s {
            if isUpper(c) || isTitle(c) {
                if previousCased { return false }
                previousCased = true
                cased = true
            } else if isLower(c) {
                if !previousCased { return false }
                previousCased = true
                cased = true
            } else {
                previousCased = false
            }
        }
        return cased
    }
}
