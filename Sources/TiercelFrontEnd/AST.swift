/// The abstract syntax tree, shaped like CPython 3.11's `ast` module so that
/// `ast.dump` output can be reproduced node for node. Nodes are Swift objects:
/// they belong to the compiler, never to Python programs, so ARC is fine here.

/// Start and end of a node: lines 1-based, columns 0-based UTF-8 byte offsets.
public struct Position: Sendable, Equatable {
    public var line: Int32
    public var col: Int32
    public var endLine: Int32
    public var endCol: Int32

    public init(line: Int32, col: Int32, endLine: Int32, endCol: Int32) {
        self.line = line
        self.col = col
        self.endLine = endLine
        self.endCol = endCol
    }
}

public enum ExprContext: Sendable { case load, store, del }

public enum BoolOperator: Sendable { case and, or }

public enum BinaryOperator: Sendable {
    case add, sub, mult, matMult, div, mod, pow, lShift, rShift, bitOr, bitXor, bitAnd, floorDiv
}

public enum UnaryOperator: Sendable { case invert, not, uAdd, uSub }

public enum CompareOperator: Sendable { case eq, notEq, lt, ltE, gt, gtE, `is`, isNot, `in`, notIn }

/// A literal's value. Strings keep lone surrogates (legal in Python via
/// escapes, illegal in Swift's String) as code-unit arrays.
public enum ConstantValue {
    case none
    case ellipsis
    case bool(Bool)
    case int(Int64)
    /// Decimal digits (with a leading '-' if negative) of an int beyond Int64.
    case bigInt(String)
    case float(Double)
    /// The imaginary part of a pure imaginary literal such as `2j`.
    case imaginary(Double)
    case str(String)
    case strCodePoints([UInt32])
    case bytes([UInt8])
}

public final class Expr {
    public var kind: ExprKind
    public var position: Position

    public init(_ kind: ExprKind, _ position: Position) {
        self.kind = kind
        self.position = position
    }
}

public indirect enum ExprKind {
    case boolOp(BoolOperator, [Expr])
    case namedExpr(target: Expr, value: Expr)
    case binOp(Expr, BinaryOperator, Expr)
    case unaryOp(UnaryOperator, Expr)
    case lambda(Arguments, Expr)
    case ifExp(test: Expr, body: Expr, orelse: Expr)
    /// A nil key stands for `**mapping`.
    case dict(keys: [Expr?], values: [Expr])
    case set([Expr])
    case listComp(Expr, [Comprehension])
    case setComp(Expr, [Comprehension])
    case dictComp(key: Expr, value: Expr, [Comprehension])
    case generatorExp(Expr, [Comprehension])
    case await(Expr)
    case yield(Expr?)
    case yieldFrom(Expr)
    case compare(Expr, [CompareOperator], [Expr])
    case call(Expr, args: [Expr], keywords: [Keyword])
    /// conversion is -1 (none) or the code of 's', 'r' or 'a'.
    case formattedValue(Expr, conversion: Int, formatSpec: Expr?)
    case joinedStr([Expr])
    /// `kind` is "u" for u-prefixed strings, else nil.
    case constant(ConstantValue, kind: String?)
    case attribute(Expr, String, ExprContext)
    case `subscript`(Expr, Expr, ExprContext)
    case starred(Expr, ExprContext)
    case name(String, ExprContext)
    case list([Expr], ExprContext)
    case tuple([Expr], ExprContext)
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
}

public struct Comprehension {
    public var target: Expr
    public var iter: Expr
    public var ifs: [Expr]
    public var isAsync: Bool
}

public final class Arg {
    public var name: String
    public var annotation: Expr?
    public var position: Position

    public init(name: String, annotation: Expr?, position: Position) {
        self.name = name
        self.annotation = annotation
        self.position = position
    }
}

public final class Arguments {
    public var posOnlyArgs: [Arg] = []
    public var args: [Arg] = []
    public var vararg: Arg?
    public var kwOnlyArgs: [Arg] = []
    /// One entry per keyword-only parameter; nil where it has no default.
    public var kwDefaults: [Expr?] = []
    public var kwarg: Arg?
    public var defaults: [Expr] = []

    public init() {}
}

public struct Keyword {
    /// nil for `**mapping`.
    public var arg: String?
    public var value: Expr
    public var position: Position
}

public struct Alias {
    public var name: String
    public var asName: String?
    public var position: Position
}

public struct WithItem {
    public var contextExpr: Expr
    public var optionalVars: Expr?
}

public struct ExceptHandler {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var position: Position
}

public struct MatchCase {
    public var pattern: Pattern
    public var guardExpr: Expr?
    public var body: [Stmt]
}

public final class Pattern {
    public var kind: PatternKind
    public var position: Position

    public init(_ kind: PatternKind, _ position: Position) {
        self.kind = kind
        self.position = position
    }
}

public enum PatternKind {
    case matchValue(Expr)
    /// None, True or False.
    case matchSingleton(ConstantValue)
    case matchSequence([Pattern])
    case matchMapping(keys: [Expr], patterns: [Pattern], rest: String?)
    case matchClass(cls: Expr, patterns: [Pattern], kwdAttrs: [String], kwdPatterns: [Pattern])
    case matchStar(String?)
    case matchAs(pattern: Pattern?, name: String?)
    case matchOr([Pattern])
}

public final class Stmt {
    public var kind: StmtKind
    public var position: Position

    public init(_ kind: StmtKind, _ position: Position) {
        self.kind = kind
        self.position = position
    }
}

public struct FunctionDefinition {
    public var name: String
    public var args: Arguments
    public var body: [Stmt]
    public var decorators: [Expr]
    public var returns: Expr?
    public var isAsync: Bool
}

public struct ClassDefinition {
    public var name: String
    public var bases: [Expr]
    public var keywords: [Keyword]
    public var body: [Stmt]
    public var decorators: [Expr]
}

public enum StmtKind {
    case functionDef(FunctionDefinition)
    case classDef(ClassDefinition)
    case `return`(Expr?)
    case delete([Expr])
    case assign(targets: [Expr], value: Expr)
    case augAssign(target: Expr, op: BinaryOperator, value: Expr)
    case annAssign(target: Expr, annotation: Expr, value: Expr?, simple: Bool)
    case `for`(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt], isAsync: Bool)
    case `while`(test: Expr, body: [Stmt], orelse: [Stmt])
    case `if`(test: Expr, body: [Stmt], orelse: [Stmt])
    case with(items: [WithItem], body: [Stmt], isAsync: Bool)
    case match(subject: Expr, cases: [MatchCase])
    case raise(exc: Expr?, cause: Expr?)
    /// isStar for `except*` (TryStar).
    case `try`(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt], isStar: Bool)
    case assert(test: Expr, msg: Expr?)
    case `import`([Alias])
    case importFrom(module: String?, names: [Alias], level: Int)
    case global([String])
    case nonlocal([String])
    case expr(Expr)
    case pass
    case `break`
    case `continue`
}

public struct Module {
    public var body: [Stmt]
}
