/// The word format of compiled regular expressions. Tiercel runs the host
/// CPython's pure-Python `re` package (parser and compiler) as lib-python;
/// its compiler emits these numbers, and `_sre.MAGIC` tells it the format
/// is CPython 3.11's. Each code word is a UInt32 (`_sre.CODESIZE`).
enum SRE {
    static let magic = 20220615
    static let codeSize = 4
    static let maxRepeat: UInt32 = 0xFFFF_FFFF
    /// INT32_MAX / 2: two marks per group must fit a signed 32-bit index.
    static let maxGroups = 0x3FFF_FFFF

    /// Compile flags (re.I, re.M, ...), as re._constants defines them.
    enum Flag {
        static let template = 1, ignoreCase = 2, locale = 4, multiline = 8, dotAll = 16
        static let unicode = 32, verbose = 64, debug = 128, ascii = 256
    }

    /// Bits of an INFO block's flags word.
    enum Info {
        static let prefix: UInt32 = 1, literal: UInt32 = 2, charset: UInt32 = 4
    }
}

/// Opcodes. The values are re._constants.OPCODES' order.
enum SREOp: UInt32 {
    case failure = 0, success, any, anyAll, assert, assertNot, at, branch, category, charset, bigCharset
    case groupref, grouprefExists, `in`, info, jump, literal, mark, maxUntil, minUntil, notLiteral, negate
    case range, `repeat`, repeatOne, subpattern, minRepeatOne, atomicGroup, possessiveRepeat, possessiveRepeatOne
    case grouprefIgnore, inIgnore, literalIgnore, notLiteralIgnore
    case grouprefLocIgnore, inLocIgnore, literalLocIgnore, notLiteralLocIgnore
    case grouprefUniIgnore, inUniIgnore, literalUniIgnore, notLiteralUniIgnore, rangeUniIgnore
}

/// Operands of AT (re._constants.ATCODES).
enum SREAt: UInt32 {
    case beginning = 0, beginningLine, beginningString, boundary, nonBoundary, end, endLine, endString
    case locBoundary, locNonBoundary, uniBoundary, uniNonBoundary
}

/// Operands of CATEGORY (re._constants.CHCODES).
enum SRECategory: UInt32 {
    case digit = 0, notDigit, space, notSpace, word, notWord, linebreak, notLinebreak, locWord, locNotWord
    case uniDigit, uniNotDigit, uniSpace, uniNotSpace, uniWord, uniNotWord, uniLinebreak, uniNotLinebreak
}
