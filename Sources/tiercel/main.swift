#if canImport(Glibc)
import Glibc
#endif
import TiercelFrontEnd
import TiercelVM

/// Command-line entry point: `tiercel [options] script.py args...`.
struct CommandLineOptions {
    var dumpAST = false
    var includeAttributes = false
    var parseOnly = false
    var dumpSymtable = false
    var checkOnly = false
    var maxTier = 2
    var unbuffered = false
    var command: String? = nil
    var files: [String] = []
    var scriptArguments: [String] = []
    var disassemble = false
}

func usage() -> Never {
    writeStderr("""
    usage: tiercel [option] ... [-c cmd | file | -] [arg] ...
      --dump-ast FILE            print ast.dump() of FILE (--include-attributes adds positions)
      --parse-only FILE...       parse each FILE; exit 1 on the first syntax error
      --dump-symtable FILE       print FILE's scopes
      --check FILE               every compile-time check CPython makes, without running
      --dis FILE                 print the bytecode of every code block FILE compiles to
      --max-tier=N               highest execution tier (0: interpreter)
      -u                         unbuffered stdout and stderr

    """)
    exit(2)
}

func writeStdout(_ s: String) {
    var s = s
    s.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, stdout) }
}

func writeStderr(_ s: String) {
    var s = s
    s.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, stderr) }
}

func readFile(_ path: String) -> [UInt8]? {
    guard let f = fopen(path, "rb") else { return nil }
    defer { fclose(f) }
    return readAll(f)
}

func parseArguments() -> CommandLineOptions {
    var options = CommandLineOptions()
    var args = Array(CommandLine.arguments.dropFirst())
    while let arg = args.first {
        if !arg.hasPrefix("-") || arg == "-" { break }
        args.removeFirst()
        switch arg {
        case "--dump-ast": options.dumpAST = true
        case "--include-attributes": options.includeAttributes = true
        case "--parse-only": options.parseOnly = true
        case "--dump-symtable": options.dumpSymtable = true
        case "--check": options.checkOnly = true
        case "--dis": options.disassemble = true
        case "-u": options.unbuffered = true
        case "-c":
            guard !args.isEmpty else { usage() }
            options.command = args.removeFirst()
            options.scriptArguments = args
            return options
        case "--":
            break
        default:
            if arg.hasPrefix("--max-tier="), let n = Int(arg.dropFirst("--max-tier=".count)), n >= 0 {
                options.maxTier = n
            } else {
                writeStderr("tiercel: unknown option \(arg)\n")
                usage()
            }
        }
    }
    if options.parseOnly {
        options.files = args
    } else if let first = args.first {
        options.files = [first]
        options.scriptArguments = Array(args.dropFirst())
    }
    return options
}

/// Parses one file; prints CPython's report and returns nil on a syntax error.
func parse(_ path: String, raw: [UInt8], astParseSemantics: Bool) -> (Source, Module)? {
    var source: Source? = nil
    do {
        source = try Source(fileName: path, raw: raw, astParseSemantics: astParseSemantics)
        let module = try Parser.parseModule(source!)
        return (source!, module)
    } catch let error as SyntaxError {
        writeStderr(ErrorReport.format(error, source: source, fileName: path))
        return nil
    } catch {
        writeStderr("tiercel: \(error)\n")
        return nil
    }
}

func run(_ options: CommandLineOptions) -> Int32 {
    if options.files.isEmpty && options.command == nil { usage() }
    if options.parseOnly {
        var status: Int32 = 0
        for path in options.files {
            guard let raw = readFile(path) else {
                writeStderr("tiercel: can't open file '\(path)': [Errno 2] No such file or directory\n")
                status = 1
                continue
            }
            guard let (_, module) = parse(path, raw: raw, astParseSemantics: true) else {
                status = 1
                continue
            }
            // ast.parse also refuses trees too deep to turn into objects.
            if TreeDepth.exceeds(module) {
                writeStderr("RecursionError: maximum recursion depth exceeded during ast construction\n")
                status = 1
            }
        }
        return status
    }
    let path: String
    let raw: [UInt8]
    if let command = options.command {
        path = "<string>"
        raw = Array(command.utf8)
    } else if options.files[0] == "-" {
        path = "<stdin>"
        raw = readAll(stdin)
    } else {
        path = options.files[0]
        guard let bytes = readFile(path) else {
            writeStderr("\(CommandLine.arguments[0]): can't open file '\(absolutePath(path))': [Errno 2] No such file or directory\n")
            return 2
        }
        raw = bytes
    }
    guard let (_, module) = parse(path, raw: raw, astParseSemantics: options.dumpAST) else { return 1 }
    if TreeDepth.exceeds(module) {
        let stage = options.dumpAST ? "ast construction" : "compilation"
        writeStderr("RecursionError: maximum recursion depth exceeded during \(stage)\n")
        return 1
    }
    if options.dumpAST {
        writeStdout(ASTDumper.dump(module, includeAttributes: options.includeAttributes))
        writeStdout("\n")
        return 0
    }
    let table: SymbolTable
    do {
        // Like CPython's symtable module, --dump-symtable skips the compiler's
        // future-import rules.
        if !options.dumpSymtable { try CompileChecks.checkFutureImports(module) }
        table = try SymbolTable.build(module)
        if !options.dumpSymtable { try CompileChecks.check(module) }
    } catch let error as SyntaxError {
        writeStderr(ErrorReport.format(error, source: try? Source(fileName: path, raw: raw), fileName: path))
        return 1
    } catch {
        writeStderr("tiercel: \(error)\n")
        return 1
    }
    if options.dumpSymtable {
        writeStdout(SymtableDump.dump(table))
        return 0
    }
    if options.checkOnly { return 0 }
    guard let source = try? Source(fileName: displayPath(path), raw: raw) else { return 1 }
    do {
        let runtime = try Runtime(unbuffered: options.unbuffered)
        if options.disassemble {
            writeStdout(try runtime.disassemble(source: source, module: module, symbols: table))
            return 0
        }
        let argv: [String]
        if options.command != nil { argv = ["-c"] + options.scriptArguments } else { argv = [options.files[0]] + options.scriptArguments }
        Runtime.installInterruptHandler()
        let status = runtime.runMain(source: source, module: module, symbols: table, argv: argv)
        if runtime.endedByInterrupt {
            fflush(stdout)
            runtime.exitByInterrupt()
        }
        return status
    } catch {
        writeStderr("tiercel: cannot start the runtime: \(error)\n")
        return 70
    }
}

/// CPython names the main script by its absolute path in tracebacks.
func displayPath(_ path: String) -> String {
    path.hasPrefix("<") ? path : absolutePath(path)
}

func absolutePath(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    var buffer = [CChar](repeating: 0, count: 4096)
    guard getcwd(&buffer, buffer.count) != nil else { return path }
    let cwd = String(cString: buffer)
    return cwd + "/" + (path.hasPrefix("./") ? String(path.dropFirst(2)) : path)
}

func readAll(_ f: UnsafeMutablePointer<FILE>) -> [UInt8] {
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
        if n <= 0 { break }
        result.append(contentsOf: chunk[0..<n])
    }
    return result
}

let options = parseArguments()
var status: Int32 = 0
runWithLargeStack { status = run(options) }
fflush(stdout)
exit(status)
