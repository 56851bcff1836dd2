#if canImport(Glibc)
import Glibc
#endif
import TiercelFrontEnd

/// `import`: sys.modules, modules written in Swift, and Python source found
/// on sys.path (the script's directory, PYTHONPATH, then the host CPython's
/// pure-Python standard library), with packages and relative imports.
extension Runtime {
    /// The host CPython 3.11 standard library, for pure-Python modules.
    static let hostStandardLibrary = "/usr/lib/python3.11"

    /// IMPORT_NAME: the module bound by `import a.b` (a), or the module
    /// itself when names are imported from it.
    func importName(_ name: String, globals: Value, fromList: Bool, level: Int) throws -> Value {
        let absolute = try resolve(name, globals: globals, level: level)
        let parts = absolute.split(separator: ".").map(String.init)
        var module = Value.none
        for i in 0..<parts.count {
            module = try loadModule(parts[0...i].joined(separator: "."))
        }
        if fromList || level > 0 && name.isEmpty { return module }
        if level > 0 {
            // `from . import x` returns the package; `import` has no relative form.
            return module
        }
        return try loadModule(parts[0])
    }

    /// The absolute module name for a (possibly relative) import.
    private func resolve(_ name: String, globals: Value, level: Int) throws -> String {
        if level == 0 {
            if name.isEmpty { throw PythonError("ValueError", "Empty module name") }
            return name
        }
        let g = globals.asObject
        var package = ""
        if let p = try DictObject.get(g, try intern("__package__"), ops), StrObject.isStr(p) {
            package = swiftString(p)
        } else if let n = try DictObject.get(g, try intern("__name__"), ops), StrObject.isStr(n) {
            let moduleName = swiftString(n)
            if try DictObject.get(g, try intern("__path__"), ops) != nil {
                package = moduleName
            } else if let dot = moduleName.lastIndex(of: ".") {
                package = String(moduleName[..<dot])
            }
        }
        if package.isEmpty { throw PythonError("ImportError", "attempted relative import with no known parent package") }
        var base = package.split(separator: ".").map(String.init)
        if base.count < level { throw PythonError("ImportError", "attempted relative import beyond top-level package") }
        base.removeLast(level - 1)
        return name.isEmpty ? base.joined(separator: ".") : (base + [name]).joined(separator: ".")
    }

    /// sys.modules[name], loading it first if needed.
    func loadModule(_ name: String) throws -> Value {
        let modules = try sysModulesDict()
        let key = try intern(name)
        if let m = try DictObject.get(modules, key, ops) {
            if m.isNone { throw PythonError("ModuleNotFoundError", "import of \(name) halted; None in sys.modules") }
            return m
        }
        if let builder = NativeModules.builders[name] {
            let m = try builder(self)
            try DictObject.set(heap, modules, key, m, ops)
            return m
        }
        var parent: Value? = nil
        if let dot = name.lastIndex(of: ".") {
            parent = try loadModule(String(name[..<dot]))
            // The package's __init__ may have imported this submodule itself.
            if let m = try DictObject.get(modules, key, ops) { return m }
        }
        if let (file, packageDirectory) = try findSource(name) {
            return try execute(name, file: file, packageDirectory: packageDirectory, parent: parent)
        }
        var missing = PythonError("ModuleNotFoundError", "No module named '\(name)'")
        missing.name = try intern(name)
        throw missing
    }

    /// Where module `name`'s source is (its file, and its directory for a
    /// package), searched for but not run; nil when there is none. A
    /// submodule's parent must be in sys.modules already.
    func findSource(_ name: String) throws -> (file: String, packageDirectory: String?)? {
        var searchPath: [String]
        if let dot = name.lastIndex(of: ".") {
            guard let parentModule = try DictObject.get(try sysModulesDict(), try intern(String(name[..<dot])), ops) else { return nil }
            guard let path = try getAttrOrNil(parentModule, try intern("__path__")), ListObject.isList(path) else {
                throw PythonError("ModuleNotFoundError", "No module named '\(name)'; '\(name[..<dot])' is not a package")
            }
            searchPath = try Builtins.elements(path).map { try str($0) }
        } else {
            searchPath = try sysPath()
        }
        let leaf = String(name.split(separator: ".").last!)
        for directory in searchPath {
            let base = directory.isEmpty ? "." : directory
            let packageInit = "\(base)/\(leaf)/__init__.py"
            let file = "\(base)/\(leaf).py"
            if access(packageInit, R_OK) == 0 { return (packageInit, "\(base)/\(leaf)") }
            if access(file, R_OK) == 0 { return (file, nil) }
        }
        return nil
    }

    func sysModulesDict() throws -> UnsafeMutableRawPointer {
        guard let m = try DictObject.get(ModuleObject.dict(sysModule.asObject), try intern("modules"), ops), DictObject.isDict(m) else {
            throw PythonError("RuntimeError", "sys.modules is not a dict")
        }
        return m.asObject
    }

    private func sysPath() throws -> [String] {
        guard let p = try DictObject.get(ModuleObject.dict(sysModule.asObject), try intern("path"), ops), ListObject.isList(p) else {
            return []
        }
        return Builtins.elements(p).compactMap { StrObject.isStr($0) ? swiftString($0) : nil }
    }

    /// Runs `file` again in an existing module's namespace (importlib.reload).
    func rerun(file: String, globals: Value) throws {
        guard let raw = readSource(file) else { throw PythonError("ImportError", "cannot read \(file)") }
        _ = try interpreter.run(try compileModuleSource(raw, file: file), globals: globals)
    }

    /// Compiles and runs a module's source in a fresh module object.
    private func execute(_ name: String, file: String, packageDirectory: String?, parent: Value?) throws -> Value {
        guard let raw = readSource(file) else { throw PythonError("ImportError", "cannot read \(file)") }
        let code = try compileModuleSource(raw, file: file)
        return try withTemporaryRoots(2) { roots in
            roots[0] = try newDict()
            let globals = roots[0].asObject
            try DictObject.set(heap, globals, try intern("__name__"), try intern(name), ops)
            try DictObject.set(heap, globals, try intern("__doc__"), .none, ops)
            try DictObject.set(heap, globals, try intern("__file__"), try makeStr(file), ops)
            try DictObject.set(heap, globals, try intern("__builtins__"), builtins, ops)
            let package = packageDirectory != nil ? name : (name.contains(".") ? String(name[..<name.lastIndex(of: ".")!]) : "")
            try DictObject.set(heap, globals, try intern("__package__"), try intern(package), ops)
            if let directory = packageDirectory {
                roots[1] = try ListObject.make(self, UnsafeBufferPointer(start: nil, count: 0))
                try ListObject.append(self, roots[1].asObject, try makeStr(directory))
                try DictObject.set(heap, globals, try intern("__path__"), roots[1], ops)
            }
            roots[1] = try ModuleObject.make(self, name: name, dict: roots[0])
            let modules = try sysModulesDict()
            try DictObject.set(heap, modules, try intern(name), roots[1], ops)
            do {
                _ = try interpreter.run(code, globals: roots[0])
            } catch {
                _ = try? DictObject.delete(modules, try intern(name), ops)
                throw error
            }
            // The module in sys.modules is the result (a module may replace itself).
            let result = try DictObject.get(modules, try intern(name), ops) ?? roots[1]
            if let parent {
                try setAttr(parent, try intern(String(name.split(separator: ".").last!)), result)
            }
            return result
        }
    }

    /// Parses, checks and compiles a module's source; errors become
    /// SyntaxError (or NotImplementedError for what tiercel cannot compile yet).
    func compileModuleSource(_ raw: [UInt8], file: String) throws -> CodeBlock {
        let source: Source
        let module: Module
        let symbols: SymbolTable
        do {
            source = try Source(fileName: file, raw: raw)
            module = try Parser.parseModule(source)
            try CompileChecks.checkFutureImports(module)
            symbols = try SymbolTable.build(module)
            try CompileChecks.check(module)
        } catch let e as SyntaxError {
            throw PythonError("SyntaxError", "\(e.message) (\(file.split(separator: "/").last ?? ""), line \(e.line))")
        }
        sources[file] = source
        do {
            return try Compiler.compileModule(module, symbols: symbols, source: source, runtime: self)
        } catch let e as CompileError {
            throw PythonError("NotImplementedError", e.message)
        }
    }

    /// Runs Python source that a native module carries for the parts best
    /// written in Python (functools.total_ordering), in the module's dict.
    func runEmbedded(_ source: String, module name: String, globals: Value) throws {
        let code = try compileModuleSource(Array(source.utf8), file: "<tiercel \(name)>")
        try DictObject.set(heap, globals.asObject, try intern("__builtins__"), builtins, ops)
        _ = try interpreter.run(code, globals: globals)
    }

    private func readSource(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        return TextFile.readAllBytes(f)
    }

    /// IMPORT_FROM: `from module import name`, falling back to a submodule.
    func importFrom(_ module: Value, _ name: Value) throws -> Value {
        if let v = try getAttrOrNil(module, name) { return v }
        if module.isObject && module.asObject.objectKind == .module {
            let moduleName = ModuleObject.name(self, module)
            let submodule = "\(moduleName).\(swiftString(name))"
            // Only packages (and native modules with native submodules) have submodules to try.
            let isPackage = try DictObject.get(ModuleObject.dict(module.asObject), try intern("__path__"), ops) != nil
            if isPackage || NativeModules.builders[submodule] != nil {
                do {
                    _ = try loadModule(submodule)
                    if let v = try getAttrOrNil(module, name) { return v }
                } catch let e as PythonError where e.type == "ModuleNotFoundError" && e.message == "No module named '\(submodule)'" {
                    // Not a submodule either: the ImportError below. Any other failure of its import propagates.
                }
            }
            let file = try DictObject.get(ModuleObject.dict(module.asObject), try intern("__file__"), ops)
            let location = file.map { StrObject.isStr($0) ? " (\(swiftString($0)))" : " (unknown location)" } ?? " (unknown location)"
            throw PythonError("ImportError", "cannot import name '\(swiftString(name))' from '\(moduleName)'\(location)")
        }
        throw PythonError("ImportError", "cannot import name '\(swiftString(name))'")
    }

    /// `from module import *`: the names in __all__, or every public name.
    func importStar(_ module: Value, into globals: Value) throws {
        guard module.isObject && module.asObject.objectKind == .module else { return }
        let d = ModuleObject.dict(module.asObject)
        if let all = try DictObject.get(d, try intern("__all__"), ops) {
            try withTemporaryRoots(1) { roots in
                roots[0] = try listFrom(all)
                for name in Builtins.elements(roots[0]) {
                    try DictObject.set(heap, globals.asObject, name, try getAttr(module, name), ops)
                }
            }
            return
        }
        for (k, v) in DictObject.items(d) where StrObject.isStr(k) && !swiftString(k).hasPrefix("_") {
            try DictObject.set(heap, globals.asObject, k, v, ops)
        }
    }
}

extension ListObject {
    static func isList(_ v: Value) -> Bool { v.isObject && v.asObject.objectKind == .list }
}
