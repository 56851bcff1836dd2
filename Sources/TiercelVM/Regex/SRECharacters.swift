/// Character classes and case mappings, as CPython's `_sre` defines them:
/// the ASCII ones for bytes patterns and re.ASCII, the locale ones for
/// re.LOCALE (the C library's single-byte tables, which in the C and
/// C.UTF-8 locales Tiercel runs under are ASCII's), the Unicode ones for
/// str patterns.
enum SREChar {
    // MARK: ASCII

    @inline(__always) static func isDigit(_ c: UInt32) -> Bool { c &- 48 < 10 }
    /// \t \n \v \f \r and space.
    @inline(__always) static func isSpace(_ c: UInt32) -> Bool { c == 32 || c &- 9 < 5 }
    /// [0-9A-Za-z_] as two 64-bit masks.
    @inline(__always) static func isWord(_ c: UInt32) -> Bool {
        if c < 64 { return (0x03FF_0000_0000_0000 as UInt64) >> UInt64(c) & 1 != 0 }
        return c < 128 && (0x07FF_FFFE_87FF_FFFE as UInt64) >> UInt64(c - 64) & 1 != 0
    }
    @inline(__always) static func isLinebreak(_ c: UInt32) -> Bool { c == 10 }

    @inline(__always) static func lowerASCII(_ c: UInt32) -> UInt32 { c &- 65 < 26 ? c + 32 : c }
    @inline(__always) static func upperASCII(_ c: UInt32) -> UInt32 { c &- 97 < 26 ? c - 32 : c }

    // MARK: Locale (single-byte C tables)

    @inline(__always) static func isLocaleWord(_ c: UInt32) -> Bool { isWord(c) }
    @inline(__always) static func lowerLocale(_ c: UInt32) -> UInt32 { lowerASCII(c) }
    @inline(__always) static func upperLocale(_ c: UInt32) -> UInt32 { upperASCII(c) }

    // MARK: Unicode

    private static func properties(_ c: UInt32) -> Unicode.Scalar.Properties? { Unicode.Scalar(c)?.properties }

    /// str.isdecimal for one character.
    static func isUnicodeDigit(_ c: UInt32) -> Bool {
        c < 128 ? isDigit(c) : properties(c)?.numericType == .decimal
    }

    /// str.isspace for one character.
    static func isUnicodeSpace(_ c: UInt32) -> Bool {
        c < 128 ? isSpace(c) : StrMethods.isSpace(c)
    }

    /// str.isalnum for one character, or '_'. CPython's isalpha is the
    /// letter categories (not Unicode's wider Alphabetic property, which
    /// takes in combining vowel signs).
    static func isUnicodeWord(_ c: UInt32) -> Bool {
        if c < 128 { return isWord(c) }
        guard let p = properties(c) else { return false }
        switch p.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return p.numericType != nil
        }
    }

    static func isUnicodeLinebreak(_ c: UInt32) -> Bool {
        switch c {
        case 0x0A...0x0D, 0x1C...0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// CPython's one-character case mappings are the first character of the
    /// full mapping ("ß" uppercases to "S", "İ" lowercases to "i").
    static func lowerUnicode(_ c: UInt32) -> UInt32 {
        if c < 128 { return lowerASCII(c) }
        return properties(c)?.lowercaseMapping.unicodeScalars.first?.value ?? c
    }

    static func upperUnicode(_ c: UInt32) -> UInt32 {
        if c < 128 { return upperASCII(c) }
        return properties(c)?.uppercaseMapping.unicodeScalars.first?.value ?? c
    }

    // MARK: Operands

    static func category(_ code: UInt32, _ c: UInt32) -> Bool {
        switch SRECategory(rawValue: code) {
        case .digit: return isDigit(c)
        case .notDigit: return !isDigit(c)
        case .space: return isSpace(c)
        case .notSpace: return !isSpace(c)
        case .word: return isWord(c)
        case .notWord: return !isWord(c)
        case .linebreak: return isLinebreak(c)
        case .notLinebreak: return !isLinebreak(c)
        case .locWord: return isLocaleWord(c)
        case .locNotWord: return !isLocaleWord(c)
        case .uniDigit: return isUnicodeDigit(c)
        case .uniNotDigit: return !isUnicodeDigit(c)
        case .uniSpace: return isUnicodeSpace(c)
        case .uniNotSpace: return !isUnicodeSpace(c)
        case .uniWord: return isUnicodeWord(c)
        case .uniNotWord: return !isUnicodeWord(c)
        case .uniLinebreak: return isUnicodeLinebreak(c)
        case .uniNotLinebreak: return !isUnicodeLinebreak(c)
        case nil: return false
        }
    }
}
