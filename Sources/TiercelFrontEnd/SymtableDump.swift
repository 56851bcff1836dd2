/// The stable text form of `tiercel --dump-symtable` (documented in
/// ARCHITECTURE.md; Tools/symtable_parity.py renders CPython's the same way):
///
///     table <name> type=<module|function|class|annotation> line=<n> nested=<0|1>
///       params <name>,<name>          (function tables only)
///       symbol <name> <SCOPE> <FLAG|FLAG|...>   (sorted by name; '-' for no flags)
///       table ...                     (children, in source order)
public enum SymtableDump {
    public static func dump(_ table: SymbolTable) -> String {
        var out = ""
        write(table.top, indent: "", into: &out)
        return out
    }

    private static func write(_ scope: Scope, indent: String, into out: inout String) {
        out += "\(indent)table \(scope.name) type=\(scope.kind.rawValue) line=\(scope.line) nested=\(scope.nested ? 1 : 0)\n"
        let inner = indent + "  "
        if scope.kind == .function {
            out += "\(inner)params"
            if !scope.parameters.isEmpty { out += " " + scope.parameters.joined(separator: ",") }
            out += "\n"
        }
        for name in scope.symbols.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            let symbol = scope.symbols[name]!
            let flags = SymbolFlags.names.filter { symbol.flags.contains($0.0) }.map(\.1)
            out += "\(inner)symbol \(name) \(scopeName(symbol.scope)) \(flags.isEmpty ? "-" : flags.joined(separator: "|"))\n"
        }
        for child in scope.children { write(child, indent: inner, into: &out) }
    }

    static func scopeName(_ s: NameScope) -> String {
        switch s {
        case .none: return "NONE"
        case .local: return "LOCAL"
        case .globalExplicit: return "GLOBAL_EXPLICIT"
        case .globalImplicit: return "GLOBAL_IMPLICIT"
        case .free: return "FREE"
        case .cell: return "CELL"
        }
    }
}
