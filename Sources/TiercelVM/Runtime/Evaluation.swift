import TiercelFrontEnd

/// eval(), exec() and compile(). Source is compiled as a namespace block
/// (see Compiler.compileNamespaceCode) and run as class bodies run: a
/// function over the given globals, called with the locals mapping as its
/// one argument. A code object is [code index, mode, file name] with the
/// `code` type in its class word.
extension Runtime {
    enum CompileMode: Int64 { case exec = 0, eval = 1 }

    func installEvaluation() throws {
        // _feature_version (ast.parse passes it) selects a grammar version; tiercel has only 3.11's.
        try defineBuiltin("compile", keywords: ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"]) { rt, args in
            var values = Array(args)
            for (k, v) in rt.pendingKeywords {
                guard let i = ["source", "filename", "mode", "flags", "dont_inherit", "optimize"].firstIndex(of: k) else { continue }
                while values.count <= i { values.append(.empty) }
                values[i] = v
            }
            guard values.count >= 3, !values[0].isEmpty, !values[1].isEmpty, !values[2].isEmpty else {
                throw PythonError("TypeError", "compile() missing required argument '\(values.count < 2 || values[1].isEmpty ? (values.isEmpty || values[0].isEmpty ? "source" : "filename") : "mode")' (pos \(values.count < 2 ? 2 : 3))")
            }
            guard StrObject.isStr(values[2]) else { throw PythonError("TypeError", "compile() argument 'mode' must be str, not \(rt.typeName(values[2]))") }
            let mode: CompileMode
            switch rt.swiftString(values[2]) {
            case "exec": mode = .exec
            case "eval": mode = .eval
            case "single": throw PythonError("NotImplementedError", "compile() mode 'single' is not supported by tiercel yet")
            default: throw PythonError("ValueError", "compile() mode must be 'exec', 'eval' or 'single'")
            }
            let flags = values.count > 3 && !values[3].isEmpty ? try BuiltinMethods.index(rt, values[3]) : 0
            let file = try rt.str(values[1])
            if flags & ASTModule.onlyAST != 0 {
                if try ASTModule.sourceOfTree(rt, values[0]) != nil { return values[0] }
                let text = try rt.sourceText(values[0], function: "compile")
                return try ASTModule.tree(rt, try rt.parseChecked(text, file: file, mode: mode), mode: mode == .eval ? "eval" : "exec")
            }
            let text = try ASTModule.sourceOfTree(rt, values[0]) ?? rt.sourceText(values[0], function: "compile")
            return try rt.codeObject(try rt.compileNamespace(text, file: file, mode: mode), mode: mode, file: file)
        }
        for (name, mode) in [("eval", CompileMode.eval), ("exec", .exec)] {
            try defineBuiltin(name, keywords: nil) { rt, args in
                guard (1...3).contains(args.count) else {
                    throw PythonError("TypeError", args.isEmpty ? "\(name) expected at least 1 argument, got 0"
                                                                : "\(name) expected at most 3 arguments, got \(args.count)")
                }
                return try rt.evaluate(args, mode: mode, name: name)
            }
        }
    }

    private func defineBuiltin(_ name: String, keywords: Set<String>?, _ body: @escaping Builtins.Native) throws {
        let index = registerNative(name, keywords: keywords, body)
        try setBuiltin(name, pin(try BuiltinFunctionObject.make(self, index: index, name: name)))
    }

    /// Source text from a str or bytes argument.
    private func sourceText(_ v: Value, function: String) throws -> String {
        if StrObject.isStr(v) { return swiftString(v) }
        if let bytes = BytesObject.view(v) { return String(decoding: bytes, as: UTF8.self) }
        throw PythonError("TypeError", function == "compile" ? "compile() arg 1 must be a string, bytes or AST object"
                                                             : "\(function)() arg 1 must be a string, bytes or code object")
    }

    /// The tree of `text`, with the checks compile() makes before code generation.
    func parseChecked(_ text: String, file: String, mode: CompileMode) throws -> Module {
        do {
            let source = try Source(fileName: file, raw: Array(text.utf8))
            let module = mode == .eval ? try Parser.parseEval(source) : try Parser.parseModule(source)
            try CompileChecks.checkFutureImports(module)
            return module
        } catch let e as SyntaxError {
            throw PythonError("SyntaxError", "\(e.message) (\(file), line \(e.line))")
        }
    }

    func compileNamespace(_ text: String, file: String, mode: CompileMode) throws -> CodeBlock {
        let source: Source
        let module: Module
        let symbols: SymbolTable
        do {
            source = try Source(fileName: file, raw: Array(text.utf8))
            module = mode == .eval ? try Parser.parseEval(source) : try Parser.parseModule(source)
            try CompileChecks.checkFutureImports(module)
            symbols = try SymbolTable.build(module)
            try CompileChecks.check(module)
        } catch let e as SyntaxError {
            throw PythonError("SyntaxError", "\(e.message) (\(file), line \(e.line))")
        }
        // Like linecache, tracebacks show no lines for pseudo-files such as "<string>".
        if !file.hasPrefix("<") { sources[file] = source }
        do {
            return try Compiler.compileNamespaceCode(module, symbols: symbols, source: source, runtime: self, evaluate: mode == .eval)
        } catch let e as CompileError {
            throw PythonError("NotImplementedError", e.message)
        }
    }

    private func codeObject(_ code: CodeBlock, mode: CompileMode, file: String) throws -> Value {
        try CodeObject.make(self, code, mode: mode.rawValue)
    }

    func isCodeObject(_ v: Value) -> Bool { v.isObject && v.asObject.objectKind == .code }

    /// eval(source, globals, locals) / exec(...): the value of the
    /// expression (eval) or None.
    private func evaluate(_ args: UnsafeBufferPointer<Value>, mode: CompileMode, name: String) throws -> Value {
        var globals = args.count > 1 ? args[1] : Value.none
        var locals = args.count > 2 ? args[2] : Value.none
        if !globals.isNone && !DictObject.isDict(globals) {
            throw PythonError("TypeError", name == "exec" ? "exec() globals must be a dict, not \(typeName(globals))"
                                                          : (locals.isNone ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict"))
        }
        if !locals.isNone && !isMapping(locals) {
            throw PythonError("TypeError", "locals must be a mapping")
        }
        return try withTemporaryRoots(3) { roots in
            if globals.isNone {
                guard let fp = currentFrame else { throw PythonError("SystemError", "\(name)(): no current frame") }
                globals = fp[-5]
                if locals.isNone { locals = try frameLocals() }
            } else if locals.isNone {
                locals = globals
            }
            roots[0] = globals
            roots[1] = locals
            let builtinsKey = try intern("__builtins__")
            if try DictObject.get(globals.asObject, builtinsKey, ops) == nil {
                try DictObject.set(heap, globals.asObject, builtinsKey, builtins, ops)
            }
            let code: CodeBlock
            let source = args[0]
            if isCodeObject(source) {
                code = self.code(at: Int(ValueVector.values(source.asObject)[0].asSmallInt))
            } else {
                var text = try sourceText(source, function: name)
                // eval strips leading spaces and tabs, as CPython's does.
                if mode == .eval { text = String(text.drop { $0 == " " || $0 == "\t" }) }
                code = try compileNamespace(text, file: "<string>", mode: mode)
            }
            roots[2] = try FunctionObject.make(self, code: code, globals: globals)
            let result = try interpreter.callFunction(roots[2].asObject, selfValue: .empty,
                                                      args: UnsafeBufferPointer(start: roots + 1, count: 1), keywords: [])
            return name == "exec" ? .none : result
        }
    }

    /// A mapping for exec/eval locals: a dict, or an object with __getitem__.
    private func isMapping(_ v: Value) -> Bool {
        if DictObject.isDict(v) { return true }
        return ((try? userMethod(v, "__getitem__")) ?? nil) != nil
    }
}
