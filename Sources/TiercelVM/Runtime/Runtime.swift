import CTiercelVMSupport
#if canImport(Glibc)
import Glibc
#endif
import TiercelFrontEnd

/// One Python runtime: its heap, tables and output. All VM state lives here
/// (not in globals) so a Swift service can host several and drop them.
public final class Runtime {
    public let heap: Heap
    public let ints: IntArithmetic
    public private(set) var ops: ValueOps
    /// TypeObject.lookup's method cache.
    let lookupCache: LookupCache
    public internal(set) var codes: [CodeBlock] = []
    private(set) var codeTable = UnsafeMutablePointer<Unmanaged<CodeBlock>>.allocate(capacity: 256)
    private var codeTableCapacity = 256
    /// Interned names the runtime looks up often.
    private(set) var names: SpecialNames!
    /// Values the runtime itself holds (interned strings, module dicts,
    /// builtins): a root range the collector scans.
    private var pinned: UnsafeMutablePointer<Value>
    private var pinnedCount = 0
    private var pinnedCapacity = 1024
    private var interned: [ExactString: Value] = [:]
    public internal(set) var builtins: Value = .none
    let stack: VMStack
    var output = OutputBuffer(fd: 1)
    var errorOutput = OutputBuffer(fd: 2)
    public var recursionLimit = 1000
    /// Keyword arguments of the builtin being called (see Builtins.Keywords).
    var pendingKeywords: Builtins.Keywords = []
    /// Python frames active, across re-entrant interpreter loops.
    var depth = 0
    var types = BuiltinTypes()
    /// The type of each built-in object kind whose objects have class word 0.
    let kindTypes: UnsafeMutablePointer<Value>
    /// Room for every ObjectKind (a UInt8 that stays far below this).
    static let kindTypeCount = 64
    var typeVersionCounter: Int64 = 0
    var natives: [NativeFunction] = []
    var objectNew = Value.none, objectInit = Value.none
    /// Natives that implement an operator for a built-in type (see BuiltinDunders).
    var operatorNatives = Set<Int>()
    var buildClassFunction = Value.none
    /// The exception being propagated (a root while tracebacks are recorded).
    let inFlight: UnsafeMutablePointer<Value>
    /// Containers whose repr is being computed (to print `[...]` for cycles).
    var reprActive = Set<UInt>()
    /// Source text of each file run, for traceback lines.
    var sources: [String: Source] = [:]
    private(set) var interpreter: Interpreter!
    /// The frame of the innermost interpreter call to a builtin, for
    /// globals(), locals(), dir() and vars() without arguments.
    var currentFrame: UnsafeMutablePointer<Value>? = nil
    /// The offset of the call in `currentFrame` that entered native code.
    var currentPc = 0
    /// Each CodeBlock's code object once made (pinned: see CodeObject.of).
    var codeObjects: [Int: Value] = [:]
    /// What the last generator to finish returned (its StopIteration value).
    var generatorReturnValue = Value.none
    /// The native behind every namedtuple field's getter (bound to the index).
    lazy var namedTupleGetter: Int = registerNative("_tuplegetter") { _, args in
        TupleObject.items(args[1].asObject)[Int(args[0].asSmallInt)]
    }
    /// open()'s file type, and the C streams of open files by handle.
    var textFileType = Value.none
    /// BufferedReader, BufferedWriter, BufferedRandom; io.UnsupportedOperation.
    var binaryFileTypes: [Value] = []
    var unsupportedOperation = Value.none
    /// io's IOBase, RawIOBase, BufferedIOBase, TextIOBase, and the module once imported.
    var ioBases: [Value] = []
    var ioModule = Value.none
    /// list_iterator, str_ascii_iterator, ... by name (see IteratorObject.typeNames).
    var iteratorTypes: [String: Value] = [:]
    var openFiles: [UnsafeMutablePointer<FILE>?] = []
    /// re.Pattern, re.Match and the scanner type, once `_sre` is imported.
    var regexTypes = RegexTypes()
    /// The sys module (made at startup: print and imports need it).
    var sysModule = Value.none
    /// sys.stdout and sys.stderr.
    var standardStreams: (Value, Value) = (.none, .none)
    /// The weak references to each live object, by its address, oldest
    /// first; pruned by the collector's weak pass (WeakRefRegistry).
    var weakRefsByReferent: [UInt: [UnsafeMutableRawPointer]] = [:]
    /// signal.signal's Python handlers by signal number (a pinned dict, made
    /// with the _signal module), and _signal.default_int_handler.
    var signalHandlers = Value.none, defaultIntHandler = Value.none

    public init(heap: Heap = Heap(), unbuffered: Bool = false) throws {
        self.heap = heap
        let noBuffering = unbuffered || !(getenv("PYTHONUNBUFFERED").map { String(cString: $0).isEmpty } ?? true)
        output.unbuffered = noBuffering
        errorOutput.unbuffered = noBuffering
        ints = IntArithmetic(heap: heap)
        ops = ValueOps(ints: ints)
        lookupCache = LookupCache(heap: heap)
        pinned = .allocate(capacity: pinnedCapacity)
        stack = VMStack(heap: heap)
        kindTypes = .allocate(capacity: Runtime.kindTypeCount + 1)
        kindTypes.initialize(repeating: .none, count: Runtime.kindTypeCount + 1)
        inFlight = kindTypes + Runtime.kindTypeCount
        _ = heap.addRoots { [unowned self] in UnsafeMutableBufferPointer(start: self.pinned, count: self.pinnedCount) }
        _ = heap.addRoots(kindTypes) { Runtime.kindTypeCount + 1 }
        heap.onWeakPass = { [unowned self] isMarked in self.pruneWeakRegistry(isMarked) }
        interpreter = Interpreter(runtime: self)
        ops.runtime = self
        builtins = pin(try DictObject.make(heap))
        names = try SpecialNames(self)
        try installTypes()
        try installObjectAndTypeMethods()
        try Builtins.install(self)
        try LazyIterator.install(self)
        try MoreBuiltins.install(self)
        try AsyncIterationBuiltins.install(self)
        try ExceptionObject.install(self)
        try BuiltinMethods.install(self)
        try GeneratorObject.install(self)
        try SetMethods.install(self)
        try SlotDescriptors.install(self)
        try MemoryView.install(self)
        try CodeObject.install(self)
        try FrameObject.install(self)
        try TracebackObject.install(self)
        try installEvaluation()
        // A class body run with globals lacking __name__ finds the builtins module's (CPython's LOAD_NAME).
        try setBuiltin("__name__", try intern("builtins"))
        try TextFile.install(self)
        try orderBuiltins()
        sysModule = pin(try SysModule.make(self, argv: [""], scriptDirectory: ""))
        try DictObject.set(heap, try DictObject.get(ModuleObject.dict(sysModule.asObject), try intern("modules"), ops)!.asObject,
                           try intern("sys"), sysModule, ops)
    }

    deinit {
        pinned.deallocate()
        kindTypes.deallocate()
        codeTable.deallocate()
    }

    /// Keeps `v` alive for the runtime's lifetime.
    @discardableResult
    public func pin(_ v: Value) -> Value {
        if pinnedCount == pinnedCapacity {
            // Copy into a larger block; the root callback reads `pinned` anew.
            let bigger = UnsafeMutablePointer<Value>.allocate(capacity: pinnedCapacity * 2)
            bigger.update(from: pinned, count: pinnedCount)
            let old = pinned
            pinned = bigger
            pinnedCapacity *= 2
            old.deallocate()
        }
        pinned[pinnedCount] = v
        pinnedCount += 1
        return v
    }

    /// The one str object for `s` (names, attribute keys, constants).
    public func intern(_ s: String) throws -> Value {
        if let v = interned[ExactString(s)] { return v }
        guard let v = StrObject.make(heap, s) else { throw PythonError("MemoryError", "") }
        interned[ExactString(s)] = pin(v)
        return v
    }

    func register(_ code: CodeBlock) {
        code.index = codes.count
        codes.append(code)
        if codes.count > codeTableCapacity {
            let bigger = UnsafeMutablePointer<Unmanaged<CodeBlock>>.allocate(capacity: codeTableCapacity * 2)
            bigger.update(from: codeTable, count: codeTableCapacity)
            codeTable.deallocate()
            codeTable = bigger
            codeTableCapacity *= 2
        }
        codeTable[code.index] = Unmanaged.passUnretained(code)
    }

    /// The code block at `index`, without reference counting (the runtime's
    /// `codes` array owns every block). The dispatch loop switches code
    /// blocks on every call and return; a retain/release pair there showed
    /// in profiles.
    @inline(__always) func code(at index: Int) -> CodeBlock { codeTable[index].takeUnretainedValue() }

    public func newDict() throws -> Value { try DictObject.make(heap) }

    /// Runs `body` with `count` fresh slots on the VM stack, which the
    /// collector scans precisely. Native code that builds several objects
    /// keeps them here: optimized Swift may hold only derived pointers (or
    /// nothing) for a local, so the conservative scan is no guarantee.
    public func withTemporaryRoots<T>(_ count: Int, _ body: (UnsafeMutablePointer<Value>) throws -> T) throws -> T {
        let slots = stack.base + stack.top
        guard stack.top + count < VMStack.capacity else { throw PythonError("RecursionError", "maximum recursion depth exceeded") }
        for i in 0..<count { slots[i] = .none }
        stack.top += count
        defer { stack.top -= count }
        return try body(slots)
    }

    /// Flushes buffered standard output (at exit, and before writing errors).
    public func flush() {
        output.flush()
        errorOutput.flush()
    }

    // MARK: Running programs

    /// Compiles and runs a module's source. Python exceptions that escape are
    /// printed as CPython prints them; returns the process exit status.
    public func runMain(source: Source, module: Module, symbols: SymbolTable, argv: [String] = [""]) -> Int32 {
        let status = runMainModule(source: source, module: module, symbols: symbols, argv: argv)
        AtexitModule.runCallbacks(self)
        flush()
        return status
    }

    private func runMainModule(source: Source, module: Module, symbols: SymbolTable, argv: [String]) -> Int32 {
        sources[source.fileName] = source
        do {
            // sys.argv, and sys.path[0]: the script's directory ('' for -c and stdin).
            let sysDict = ModuleObject.dict(sysModule.asObject)
            try withTemporaryRoots(1) { roots in
                roots[0] = try ListObject.make(self, UnsafeBufferPointer(start: nil, count: 0))
                for a in argv { try ListObject.append(self, roots[0].asObject, try makeStr(a)) }
                try DictObject.set(heap, sysDict, try intern("argv"), roots[0], ops)
            }
            if let path = try DictObject.get(sysDict, try intern("path"), ops), ListObject.isList(path) {
                let name = source.fileName
                let directory = name.hasPrefix("<") ? "" : (name.lastIndex(of: "/").map { String(name[..<$0]) } ?? "")
                ListObject.items(path.asObject)[0] = try makeStr(directory.isEmpty && !name.hasPrefix("<") ? "/" : directory)
            }
            let code = try Compiler.compileModule(module, symbols: symbols, source: source, runtime: self)
            let globals = pin(try newDict())
            // The names CPython's __main__ starts with, in its order.
            try DictObject.set(heap, globals.asObject, try intern("__name__"), try intern("__main__"), ops)
            var doc = Value.none
            if case .expr(let e)? = module.body.first?.kind, case .constant(.str(let text), _) = e.kind { doc = try intern(text) }
            try DictObject.set(heap, globals.asObject, try intern("__doc__"), doc, ops)
            for name in ["__package__", "__loader__", "__spec__"] { try DictObject.set(heap, globals.asObject, try intern(name), .none, ops) }
            try DictObject.set(heap, globals.asObject, try intern("__builtins__"), builtins, ops)
            if !source.fileName.hasPrefix("<") {
                try DictObject.set(heap, globals.asObject, try intern("__file__"), try makeStr(source.fileName), ops)
                try DictObject.set(heap, globals.asObject, try intern("__cached__"), .none, ops)
            }
            let main = try ModuleObject.make(self, name: "__main__", dict: globals)
            try DictObject.set(heap, try DictObject.get(sysDict, try intern("modules"), ops)!.asObject, try intern("__main__"), main, ops)
            _ = try interpreter.run(code, globals: globals)
            flush()
            return 0
        } catch let error as RaisedException {
            return reportUncaught(error.value)
        } catch let error as PythonError {
            guard let e = try? ExceptionObject.instance(self, for: error) else { return 70 }
            return reportUncaught(e)
        } catch let error as CompileError {
            output.flush()
            errorOutput.write("NotImplementedError: \(error.message)\n")
            flush()
            return 1
        } catch {
            flush()
            errorOutput.write("tiercel: internal error: \(error)\n")
            flush()
            return 70
        }
    }

    /// `tiercel --dis FILE`: every code block the module compiles to, in
    /// the order they were made (nested blocks first).
    public func disassemble(source: Source, module: Module, symbols: SymbolTable) throws -> String {
        let first = codes.count
        _ = try Compiler.compileModule(module, symbols: symbols, source: source, runtime: self)
        return codes[first...].map { Disassembler.disassemble($0, runtime: self) }.joined(separator: "\n")
    }

    /// Prints an exception that reached the top as CPython does (its
    /// context and cause chain first) and returns the exit status;
    /// SystemExit is not an error.
    func reportUncaught(_ e: Value) -> Int32 {
        pin(e)
        if let systemExit = try? builtin("SystemExit"), TypeObject.isSubtype(typeOf(e).asObject, systemExit.asObject) {
            return exitStatus(for: e)
        }
        // A program's own sys.excepthook reports instead, as in CPython.
        let hookName = try? intern("excepthook"), originalName = try? intern("__excepthook__")
        if let hookName, let originalName, let hook = try? getAttrOrNil(sysModule, hookName),
           let original = try? getAttrOrNil(sysModule, originalName), hook.bits != original.bits {
            do {
                _ = try call(hook, [typeOf(e), e, ValueVector.values(e.asObject)[ExceptionObject.tracebackField]])
            } catch {
                let hookError = (error as? RaisedException)?.value
                    ?? (error as? PythonError).flatMap { try? ExceptionObject.instance(self, for: $0) }
                output.flush()
                errorOutput.write("Error in sys.excepthook:\n")
                if let hookError { errorOutput.write(TracebackPrinter(runtime: self).render(hookError)) }
                errorOutput.write("\nOriginal exception was:\n")
                printTraceback(e)
            }
        } else {
            printTraceback(e)
        }
        if let interrupt = try? builtin("KeyboardInterrupt"), TypeObject.isSubtype(typeOf(e).asObject, interrupt.asObject) {
            endedByInterrupt = true
        }
        return 1
    }

    /// The traceback CPython's default excepthook prints, on stderr.
    func printTraceback(_ e: Value) {
        output.flush()
        errorOutput.write(TracebackPrinter(runtime: self).render(e))
        flush()
    }

    /// Whether the program ended with an uncaught KeyboardInterrupt; CPython
    /// then ends its process by SIGINT (`exitByInterrupt`), not by exit(1).
    public private(set) var endedByInterrupt = false

    /// Routes SIGINT to KeyboardInterrupt, raised at the next loop back edge.
    public static func installInterruptHandler() { tiercel_install_interrupt_handler() }

    public func exitByInterrupt() -> Never {
        flush()
        tiercel_exit_by_interrupt()
        exit(130)
    }

    /// SystemExit(code): None → 0, an int → itself, anything else printed → 1.
    private func exitStatus(for e: Value) -> Int32 {
        output.flush()
        let args = ExceptionObject.args(of: e)
        let code = TupleObject.count(args) == 0 ? Value.none
            : (TupleObject.count(args) == 1 ? TupleObject.items(args)[0] : Value(object: args))
        if code.isNone { flush(); return 0 }
        if code.isSmallInt { flush(); return Int32(truncatingIfNeeded: code.asSmallInt) }
        if code.isBool { flush(); return code == .true ? 1 : 0 }
        errorOutput.write(((try? str(code)) ?? "") + "\n")
        flush()
        return 1
    }
}

/// Buffered writes to a file descriptor, so print() does not make a system
/// call per line.
struct OutputBuffer {
    let fd: Int32
    var bytes: [UInt8] = []
    /// Like CPython: a terminal gets each line as it ends; `-u` (or
    /// PYTHONUNBUFFERED) writes everything at once; otherwise output is
    /// block-buffered.
    var lineBuffered: Bool
    var unbuffered = false

    init(fd: Int32) {
        self.fd = fd
        lineBuffered = isatty(fd) != 0
        bytes.reserveCapacity(1 << 16)
    }

    mutating func write(_ s: String) {
        bytes.append(contentsOf: s.utf8)
        if unbuffered || bytes.count >= 1 << 16 || (lineBuffered && s.utf8.contains(0x0A)) { flush() }
    }

    mutating func flush() {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n <= 0 { break }
            offset += n
        }
        bytes.removeAll(keepingCapacity: true)
    }
}

/// The VM stack: one contiguous run of Value slots holding every frame's
/// registers, scanned precisely by the collector up to `top`.
final class VMStack {
    static let capacity = 1 << 21
    let base: UnsafeMutablePointer<Value>
    var top = 0

    init(heap: Heap) {
        // Zero-filled and untouched until used: zero bits are the double 0.0,
        // and the collector reads only up to `top`, so no page is committed early.
        base = calloc(VMStack.capacity, MemoryLayout<Value>.stride)!.bindMemory(to: Value.self, capacity: VMStack.capacity)
        _ = heap.addRoots(base) { [unowned self] in self.top }
    }

    deinit { free(base) }
}

/// Pre-interned str objects for special names, so hot paths compare and
/// hash them without building Swift strings.
struct SpecialNames {
    let new, initializer, call, getattr, eq, hash, iter, next, len, bool, name: Value

    init(_ rt: Runtime) throws {
        new = try rt.intern("__new__")
        initializer = try rt.intern("__init__")
        call = try rt.intern("__call__")
        getattr = try rt.intern("__getattr__")
        eq = try rt.intern("__eq__")
        hash = try rt.intern("__hash__")
        iter = try rt.intern("__iter__")
        next = try rt.intern("__next__")
        len = try rt.intern("__len__")
        bool = try rt.intern("__bool__")
        name = try rt.intern("__name__")
    }
}

/// A String key compared code unit by code unit. Swift's String equality is
/// canonical equivalence ("\u{212B}" == "\u{C5}"); Python's is not, so two
/// such literals must not intern to one str.
struct ExactString: Hashable {
    let string: String
    init(_ s: String) { string = s }
    // Canonically equivalent strings hash alike, so equal keys still do.
    func hash(into hasher: inout Hasher) { string.hash(into: &hasher) }
    static func == (a: ExactString, b: ExactString) -> Bool {
        var x = a.string, y = b.string
        return x.withUTF8 { p in y.withUTF8 { q in p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) } }
    }
}
