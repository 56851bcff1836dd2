import TiercelFrontEnd

/// The SyntaxWarnings CPython's compiler gives for code that will fail at
/// run time in an obvious way: subscripting or calling a literal, an index
/// of the wrong type on a literal sequence ("perhaps you missed a comma?"),
/// and `is` with a literal.
extension Compiler {
    /// The type a literal expression evaluates to, as CPython's infer_type.
    static func inferredType(_ e: Expr) -> String? {
        switch e.kind {
        case .tuple: return "tuple"
        case .list, .listComp: return "list"
        case .dict, .dictComp: return "dict"
        case .set, .setComp: return "set"
        case .generatorExp: return "generator"
        case .lambda: return "function"
        case .joinedStr, .formattedValue: return "str"
        case .constant(let value, _):
            switch value {
            case .none: return "NoneType"
            case .ellipsis: return "ellipsis"
            case .bool: return "bool"
            case .int, .bigInt: return "int"
            case .float: return "float"
            case .imaginary: return "complex"
            case .str, .strCodePoints: return "str"
            case .bytes: return "bytes"
            }
        default: return nil
        }
    }

    /// `x[i]` in a load: a container that cannot be subscripted, or an index
    /// a literal sequence cannot take.
    func checkSubscript(_ container: Expr, _ index: Expr) throws {
        switch container.kind {
        case .constant(let value, _):
            switch value {
            case .str, .strCodePoints, .bytes: break
            default:
                try warn("'\(Compiler.inferredType(container)!)' object is not subscriptable; perhaps you missed a comma?", container)
            }
        case .set, .setComp, .generatorExp, .lambda:
            try warn("'\(Compiler.inferredType(container)!)' object is not subscriptable; perhaps you missed a comma?", container)
        default: break
        }
        guard let indexType = Compiler.inferredType(index), indexType != "int", indexType != "bool" else { return }
        if case .slice = index.kind { return }
        switch container.kind {
        case .constant(let value, _):
            switch value {
            case .str, .strCodePoints, .bytes: break
            default: return
            }
        case .tuple, .list, .listComp, .joinedStr, .formattedValue: break
        default: return
        }
        try warn("\(Compiler.inferredType(container)!) indices must be integers or slices, not \(indexType); perhaps you missed a comma?", container)
    }

    /// `f(...)` where f is a literal.
    func checkCallee(_ function: Expr) throws {
        switch function.kind {
        case .constant, .tuple, .list, .listComp, .dict, .dictComp, .set, .setComp, .generatorExp, .joinedStr, .formattedValue:
            try warn("'\(Compiler.inferredType(function)!)' object is not callable; perhaps you missed a comma?", function)
        default: break
        }
    }

    /// `a is b` / `a is not b` where either side is a literal other than None, True, False or `...`.
    func checkIdentity(_ op: CompareOperator, _ left: Expr, _ right: Expr, at e: Expr) throws {
        guard op == .is || op == .isNot else { return }
        func isLiteral(_ x: Expr) -> Bool {
            guard case .constant(let value, _) = x.kind else { return false }
            switch value {
            case .none, .bool, .ellipsis: return false
            default: return true
            }
        }
        guard isLiteral(left) || isLiteral(right) else { return }
        try warn(op == .is ? "\"is\" with a literal. Did you mean \"==\"?" : "\"is not\" with a literal. Did you mean \"!=\"?", e)
    }

    private func warn(_ message: String, _ at: Expr) throws {
        try runtime.syntaxWarning(message, file: fileName, line: Int(at.position.line))
    }
}

extension Runtime {
    /// A compile-time SyntaxWarning: through the warnings module when the
    /// program imported it (its filters apply), else printed as the default
    /// filter prints it.
    func syntaxWarning(_ message: String, file: String, line: Int) throws {
        if let modules = try? sysModulesDict(), let warnings = try DictObject.get(modules, try intern("warnings"), ops),
           warnings.isObject, warnings.asObject.objectKind == .module {
            let warnExplicit = try getAttr(warnings, try intern("warn_explicit"))
            do {
                _ = try call(warnExplicit, [try makeStr(message), try builtin("SyntaxWarning"), try makeStr(file),
                                            Value(uncheckedSmallInt: Int64(line))])
            } catch let e as RaisedException where isException(e.value, "SyntaxWarning") {
                // A filter that makes the warning an error makes it a SyntaxError, as CPython's compiler does.
                throw PythonError("SyntaxError", "\(message) (\(file.split(separator: "/").last ?? ""), line \(line))")
            }
            return
        }
        // No registry: CPython's compiler warns for every occurrence.
        output.flush()
        var text = "\(file):\(line): SyntaxWarning: \(message)\n"
        // linecache cannot read pseudo-files such as "<string>" (-c, exec), so CPython shows no line for them.
        if !file.hasPrefix("<"), let source = sources[file] {
            let sourceLine = String(source.lineText(line).drop { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
            if !sourceLine.isEmpty { text += "  \(sourceLine)\n" }
        }
        errorOutput.write(text)
        errorOutput.flush()
    }
}
