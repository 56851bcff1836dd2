/// Scope analysis with CPython 3.11's rules: a first pass records, per block,
/// how each name is used (the DEF_* flags); a second pass decides each name's
/// scope (local, global explicit/implicit, free, cell) across nested blocks.

public enum ScopeKind: String, Sendable {
    case module, function, `class`, annotation
}

/// How a name is resolved in its block, as CPython numbers them.
public enum NameScope: Int, Sendable {
    case none = 0, local = 1, globalExplicit = 2, globalImplicit = 3, free = 4, cell = 5
}

/// Per-name usage flags; raw values are CPython's DEF_* bits.
public struct SymbolFlags: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let global = SymbolFlags(rawValue: 1)
    public static let local = SymbolFlags(rawValue: 2)
    public static let param = SymbolFlags(rawValue: 4)
    public static let nonlocal = SymbolFlags(rawValue: 8)
    public static let use = SymbolFlags(rawValue: 16)
    public static let free = SymbolFlags(rawValue: 32)
    public static let freeClass = SymbolFlags(rawValue: 64)
    public static let `import` = SymbolFlags(rawValue: 128)
    public static let annotated = SymbolFlags(rawValue: 256)
    public static let compIter = SymbolFlags(rawValue: 512)
    public static let bound: SymbolFlags = [.local, .param, .import]

    public static let names: [(SymbolFlags, String)] = [
        (.global, "DEF_GLOBAL"), (.local, "DEF_LOCAL"), (.param, "DEF_PARAM"), (.nonlocal, "DEF_NONLOCAL"),
        (.use, "USE"), (.free, "DEF_FREE"), (.freeClass, "DEF_FREE_CLASS"), (.import, "DEF_IMPORT"),
        (.annotated, "DEF_ANNOT"), (.compIter, "DEF_COMP_ITER"),
    ]
}

public struct Symbol {
    public var flags: SymbolFlags
    public var scope: NameScope = .none
}

public final class Scope {
    public let name: String
    public let kind: ScopeKind
    public let line: Int
    public let nested: Bool
    public internal(set) var symbols: [String: Symbol] = [:]
    /// Parameters in order (CPython's varnames).
    public internal(set) var parameters: [String] = []
    public internal(set) var children: [Scope] = []
    public internal(set) var isGenerator = false
    public internal(set) var isCoroutine = false
    public internal(set) var needsClassClosure = false
    var comprehension: String? = nil
    /// Where each global/nonlocal statement named a name, for error locations.
    var directives: [String: Position] = [:]
    var comprehensionIterTarget = false
    var comprehensionIterExpression = 0
    var hasFree = false
    var childHasFree = false

    init(name: String, kind: ScopeKind, line: Int, nested: Bool) {
        self.name = name
        self.kind = kind
        self.line = line
        self.nested = nested
    }
}

public struct SymbolTable {
    /// Errors about a declared name point at its global/nonlocal statement.
    static func error(_ message: String, _ scope: Scope, _ name: String) -> SyntaxError {
        guard let p = scope.directives[name] else {
            return SyntaxError(.syntaxError, message, line: scope.line, column: 0)
        }
        return SyntaxError(.syntaxError, message, line: Int(p.line), column: Int(p.col),
                           endLine: Int(p.endLine), endColumn: Int(p.endCol))
    }

    public let top: Scope

    /// Builds and analyzes the scopes of a module; throws CPython's
    /// SyntaxErrors for misused global/nonlocal, duplicate parameters, etc.
    public static func build(_ module: Module) throws -> SymbolTable {
        let builder = SymbolTableBuilder(futureAnnotations: hasFutureAnnotations(module))
        let top = try builder.visitModule(module)
        var free = Set<String>()
        var global = Set<String>()
        try analyzeBlock(top, bound: nil, free: &free, global: &global)
        return SymbolTable(top: top)
    }

    static func hasFutureAnnotations(_ module: Module) -> Bool {
        var body = module.body[...]
        if let first = body.first, case .expr(let e) = first.kind, case .constant(.str, _) = e.kind {
            body = body.dropFirst()
        }
        for stmt in body {
            guard case .importFrom(let mod, let names, let level) = stmt.kind, mod == "__future__", level == 0 else { break }
            if names.contains(where: { $0.name == "annotations" }) { return true }
        }
        return false
    }

    // MARK: - Analysis (second pass)

    private static func analyzeBlock(_ scope: Scope, bound: Set<String>?, free: inout Set<String>,
                                     global: inout Set<String>) throws {
        var local = Set<String>()
        var scopes: [String: NameScope] = [:]
        var newGlobal = Set<String>()
        var newBound = Set<String>()
        if scope.kind == .class {
            newGlobal.formUnion(global)
            if let bound { newBound.formUnion(bound) }
        }
        for (name, symbol) in scope.symbols {
            scopes[name] = try analyzeName(scope, name, symbol.flags, bound: bound, local: &local,
                                           free: &free, global: &global)
        }
        if scope.kind != .class {
            if scope.kind == .function { newBound.formUnion(local) }
            if let bound { newBound.formUnion(bound) }
            newGlobal.formUnion(global)
        } else {
            newBound.insert("__class__")
        }
        var newFree = Set<String>()
        var allFree = Set<String>()
        for child in scope.children {
            var childBound = newBound
            var childFree = newFree
            var childGlobal = newGlobal
            try analyzeBlock(child, bound: childBound, free: &childFree, global: &childGlobal)
            childBound.removeAll()
            allFree.formUnion(childFree)
            if child.hasFree || child.childHasFree { scope.childHasFree = true }
        }
        newFree.formUnion(allFree)
        if scope.kind == .function {
            // Locals that children capture become cells.
            for (name, s) in scopes where s == .local && newFree.contains(name) {
                scopes[name] = .cell
                newFree.remove(name)
            }
        } else if scope.kind == .class, newFree.remove("__class__") != nil {
            scope.needsClassClosure = true
        }
        updateSymbols(scope, scopes, bound: bound, free: newFree)
        free.formUnion(newFree)
    }

    private static func analyzeName(_ scope: Scope, _ name: String, _ flags: SymbolFlags, bound: Set<String>?,
                                    local: inout Set<String>, free: inout Set<String>,
                                    global: inout Set<String>) throws -> NameScope {
        if flags.contains(.global) {
            if flags.contains(.nonlocal) {
                throw SymbolTable.error("name '\(name)' is nonlocal and global", scope, name)
            }
            global.insert(name)
            return .globalExplicit
        }
        if flags.contains(.nonlocal) {
            guard let bound else {
                throw SymbolTable.error("nonlocal declaration not allowed at module level", scope, name)
            }
            if !bound.contains(name) {
                throw SymbolTable.error("no binding for nonlocal '\(name)' found", scope, name)
            }
            scope.hasFree = true
            free.insert(name)
            return .free
        }
        if !flags.isDisjoint(with: .bound) {
            local.insert(name)
            global.remove(name)
            return .local
        }
        if let bound, bound.contains(name) {
            scope.hasFree = true
            free.insert(name)
            return .free
        }
        if global.contains(name) { return .globalImplicit }
        if scope.nested { scope.hasFree = true }
        return .globalImplicit
    }

    private static func updateSymbols(_ scope: Scope, _ scopes: [String: NameScope], bound: Set<String>?,
                                      free: Set<String>) {
        for (name, s) in scopes { scope.symbols[name]!.scope = s }
        for name in free {
            if var symbol = scope.symbols[name] {
                // A method's free variable named like a class-level binding.
                if scope.kind == .class && !symbol.flags.isDisjoint(with: [.local, .param, .import, .global]) {
                    symbol.flags.insert(.freeClass)
                    scope.symbols[name] = symbol
                }
                continue
            }
            if let bound, !bound.contains(name) { continue }
            scope.symbols[name] = Symbol(flags: [], scope: .free)
        }
    }
}
