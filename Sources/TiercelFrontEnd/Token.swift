/// Token kinds. Keywords are classified by the tokenizer so the parser compares
/// small integers, never strings; soft keywords (match, case, _) stay names.
public enum TokenKind: UInt8, Sendable {
    case endMarker, name, number, string, newline, indent, dedent
    /// Stands where the tokenizer met an error; the parser raises it on reaching it.
    case errorToken
    case lpar, rpar, lsqb, rsqb, lbrace, rbrace
    case colon, comma, semi, dot, ellipsis, at, rarrow, colonEqual
    case plus, minus, star, slash, doubleSlash, percent, doubleStar
    case vbar, amper, circumflex, tilde, leftShift, rightShift
    case less, greater, equal, eqEqual, notEqual, lessEqual, greaterEqual
    case plusEqual, minusEqual, starEqual, slashEqual, doubleSlashEqual, percentEqual
    case doubleStarEqual, vbarEqual, amperEqual, circumflexEqual
    case leftShiftEqual, rightShiftEqual, atEqual
    // Keywords, in the order `keywordTable` lists them.
    case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait
    case kwBreak, kwClass, kwContinue, kwDef, kwDel, kwElif, kwElse, kwExcept
    case kwFinally, kwFor, kwFrom, kwGlobal, kwIf, kwImport, kwIn, kwIs
    case kwLambda, kwNonlocal, kwNot, kwOr, kwPass, kwRaise, kwReturn, kwTry
    case kwWhile, kwWith, kwYield

    public var isKeyword: Bool { rawValue >= TokenKind.kwFalse.rawValue }
}

/// One token: its kind and where it lies. Offsets index Source.bytes; lines are
/// 1-based and columns are 0-based byte offsets into the line.
public struct Token: Sendable {
    public var kind: TokenKind
    public var start: Int32
    public var end: Int32
    public var line: Int32
    public var col: Int32
    public var endLine: Int32
    public var endCol: Int32
}

let keywordTable: [(String, TokenKind)] = [
    ("False", .kwFalse), ("None", .kwNone), ("True", .kwTrue), ("and", .kwAnd),
    ("as", .kwAs), ("assert", .kwAssert), ("async", .kwAsync), ("await", .kwAwait),
    ("break", .kwBreak), ("class", .kwClass), ("continue", .kwContinue), ("def", .kwDef),
    ("del", .kwDel), ("elif", .kwElif), ("else", .kwElse), ("except", .kwExcept),
    ("finally", .kwFinally), ("for", .kwFor), ("from", .kwFrom), ("global", .kwGlobal),
    ("if", .kwIf), ("import", .kwImport), ("in", .kwIn), ("is", .kwIs),
    ("lambda", .kwLambda), ("nonlocal", .kwNonlocal), ("not", .kwNot), ("or", .kwOr),
    ("pass", .kwPass), ("raise", .kwRaise), ("return", .kwReturn), ("try", .kwTry),
    ("while", .kwWhile), ("with", .kwWith), ("yield", .kwYield),
]

extension TokenKind {
    /// How CPython's messages spell a token.
    public var spelling: String {
        switch self {
        case .endMarker: return "end of file"
        case .errorToken: return "error"
        case .name: return "name"
        case .number: return "number"
        case .string: return "string"
        case .newline: return "newline"
        case .indent: return "indent"
        case .dedent: return "dedent"
        case .lpar: return "("
        case .rpar: return ")"
        case .lsqb: return "["
        case .rsqb: return "]"
        case .lbrace: return "{"
        case .rbrace: return "}"
        case .colon: return ":"
        case .comma: return ","
        case .semi: return ";"
        case .dot: return "."
        case .ellipsis: return "..."
        case .at: return "@"
        case .rarrow: return "->"
        case .colonEqual: return ":="
        case .plus: return "+"
        case .minus: return "-"
        case .star: return "*"
        case .slash: return "/"
        case .doubleSlash: return "//"
        case .percent: return "%"
        case .doubleStar: return "**"
        case .vbar: return "|"
        case .amper: return "&"
        case .circumflex: return "^"
        case .tilde: return "~"
        case .leftShift: return "<<"
        case .rightShift: return ">>"
        case .less: return "<"
        case .greater: return ">"
        case .equal: return "="
        case .eqEqual: return "=="
        case .notEqual: return "!="
        case .lessEqual: return "<="
        case .greaterEqual: return ">="
        case .plusEqual: return "+="
        case .minusEqual: return "-="
        case .starEqual: return "*="
        case .slashEqual: return "/="
        case .doubleSlashEqual: return "//="
        case .percentEqual: return "%="
        case .doubleStarEqual: return "**="
        case .vbarEqual: return "|="
        case .amperEqual: return "&="
        case .circumflexEqual: return "^="
        case .leftShiftEqual: return "<<="
        case .rightShiftEqual: return ">>="
        case .atEqual: return "@="
        default:
            let index = Int(rawValue - TokenKind.kwFalse.rawValue)
            return keywordTable[index].0
        }
    }
}
