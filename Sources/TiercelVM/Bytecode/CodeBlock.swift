/// A compiled function or module body: instruction words plus the tables its
/// operands index. The arrays live in manually managed memory at stable
/// addresses, because machine code will read constants and feedback in place.
/// Constants and names are registered as collector roots for as long as the
/// code block lives (code blocks are kept by the runtime; freeing unused ones
/// is future work for long-running services).
public final class CodeBlock {
    public let name: String
    public let fileName: String
    public let isModule: Bool
    public let words: UnsafeMutableBufferPointer<UInt32>
    public let constants: UnsafeMutableBufferPointer<Value>
    public let names: UnsafeMutableBufferPointer<Value>
    public let feedback: UnsafeMutableBufferPointer<UInt8>
    /// Source position of the instruction starting at each word offset.
    public let positions: [Position32]
    public let registerCount: Int
    public let parameterCount: Int
    /// Every parameter, in register order: positional (positional-only
    /// first), keyword-only, then *args and **kwargs.
    public var parameterNames: [String] = []
    /// The same names as interned str objects (compared by identity first).
    var parameterNameValues: [Value] = []
    public var argCount = 0
    public var posOnlyCount = 0
    public var kwOnlyCount = 0
    public var hasVarargs = false
    public var hasVarkw = false
    /// Only positional parameters: a call with exactly `argCount` positional
    /// arguments binds by copying.
    var isSimple: Bool { kwOnlyCount == 0 && !hasVarargs && !hasVarkw }
    /// Registers that hold cells: wrapped in a new cell on entry (a
    /// parameter's cell starts with the argument).
    public var cellRegisters: [Int] = []
    /// Registers that receive the function's closure cells, in closure order.
    public var freeRegisters: [Int] = []
    public var qualname = ""
    /// co_firstlineno: the `def`/`class` line, or its first decorator's; 1 for modules.
    public var firstLine = 1
    /// co_freevars, in closure order.
    public var freeNames: [String] = []
    /// A function defined inside another function (CO_NESTED).
    public var isNested = false
    /// A class body: its locals are the namespace in register 0.
    public var isClassBody = false
    /// Parameter and local variable names (CPython's co_varnames), for
    /// NameError suggestions.
    public var localNames: [String] = []
    /// (register, name) of every local, for locals().
    public var localRegisters: [(Int, String)] = []
    /// Calling the function makes a generator instead of running it.
    public var isGenerator = false
    /// With isGenerator: 1 for an `async def` (a coroutine), 2 for an
    /// `async def` that yields (an async generator), 0 for a plain generator.
    public var coroutineKind = 0
    /// The docstring constant, or None.
    public var docString: Value = .none
    /// Inline caches, `InlineCache.words` Values each, at stable addresses
    /// (registered as roots: they hold shapes and methods).
    public let caches: UnsafeMutableBufferPointer<Value>
    /// Handlers, innermost first: an exception raised at an offset in
    /// [start, end) is stored in `register` and control goes to `handler`.
    /// Nothing is executed to enter a `try` block (zero-cost exceptions).
    public var exceptionTable: [(start: Int, end: Int, handler: Int, register: Int)] = []

    /// Code that runs while an exception is being handled (except clauses,
    /// the exception path of finally and with): an exception raised there
    /// gets the one in `register` as its __context__.
    public var handlerRegions: [(start: Int, end: Int, register: Int)] = []

    func handlingRegister(at pc: Int) -> Int? {
        for region in handlerRegions where pc >= region.start && pc < region.end { return region.register }
        return nil
    }

    func handler(at pc: Int) -> (handler: Int, register: Int)? {
        for entry in exceptionTable where pc >= entry.start && pc < entry.end {
            return (entry.handler, entry.register)
        }
        return nil
    }
    /// Index in the runtime's code table.
    public internal(set) var index = -1
    private let rootTokens: [Int]
    private let heap: Heap

    init(name: String, fileName: String, isModule: Bool, words: [UInt32], constants: [Value], names: [Value],
         feedbackCount: Int, cacheCount: Int = 0, positions: [Position32], registerCount: Int, parameterCount: Int, heap: Heap) {
        self.name = name
        self.fileName = fileName
        self.isModule = isModule
        self.words = .allocate(capacity: words.count)
        _ = self.words.initialize(from: words)
        self.constants = .allocate(capacity: max(constants.count, 1))
        _ = self.constants.initialize(from: constants)
        self.names = .allocate(capacity: max(names.count, 1))
        _ = self.names.initialize(from: names)
        self.feedback = .allocate(capacity: max(feedbackCount, 1))
        self.feedback.initialize(repeating: 0)
        let cacheWords = max(cacheCount * InlineCache.words, 1)
        self.caches = .allocate(capacity: cacheWords)
        self.caches.initialize(repeating: .none)
        self.positions = positions
        self.registerCount = registerCount
        self.parameterCount = parameterCount
        self.heap = heap
        let constantCount = constants.count, nameCount = names.count
        let c = self.constants.baseAddress!, n = self.names.baseAddress!
        let k = self.caches.baseAddress!
        rootTokens = [heap.addRoots(c) { constantCount }, heap.addRoots(n) { nameCount }, heap.addRoots(k) { cacheWords }]
    }

    deinit {
        for token in rootTokens { heap.removeRoots(token) }
        words.deallocate()
        constants.deallocate()
        names.deallocate()
        feedback.deallocate()
        caches.deallocate()
    }

    /// The source line of the instruction at `offset`.
    public func line(at offset: Int) -> Int {
        offset < positions.count ? Int(positions[offset].line) : 0
    }
}

/// A compact source position for instructions.
public struct Position32 {
    public var line: Int32
    public var col: Int32
    public var endLine: Int32
    public var endCol: Int32

    public static let none = Position32(line: 0, col: 0, endLine: 0, endCol: 0)
}

/// Renders a code block as text, from the instruction table alone
/// (`tiercel --dis FILE`).
public enum Disassembler {
    public static func disassemble(_ code: CodeBlock, runtime: Runtime) -> String {
        var out = "Disassembly of \(code.name) (registers: \(code.registerCount), parameters: \(code.parameterCount)):\n"
        var pc = 0
        var lastLine = -1
        while pc < code.words.count {
            guard let op = Opcode(rawValue: UInt8(truncatingIfNeeded: code.words[pc])) else {
                out += "  \(pc): <bad opcode \(code.words[pc])>\n"
                break
            }
            let info = op.info
            let line = code.line(at: pc)
            let lineText = line != lastLine ? String(line) : ""
            lastLine = line
            var parts: [String] = []
            for (i, operand) in info.operands.enumerated() {
                let w = Int(code.words[pc + 1 + i])
                switch operand.kind {
                case .register: parts.append("r\(w)")
                case .constant: parts.append("\(w) (\((try? runtime.repr(code.constants[w])) ?? "?"))")
                case .name: parts.append("\(w) (\(runtime.swiftString(code.names[w])))")
                case .target: parts.append("to \(w)")
                case .count: parts.append(String(w))
                case .feedback: parts.append("fb\(w)")
                case .cache: parts.append("ic\(w)")
                }
            }
            out += lineText.padding(toLength: 5, withPad: " ", startingAt: 0)
            out += String(pc).padding(toLength: 6, withPad: " ", startingAt: 0)
            out += info.name.padding(toLength: 16, withPad: " ", startingAt: 0)
            out += parts.joined(separator: ", ") + "\n"
            pc += info.length
        }
        return out
    }
}

/// An inline cache entry: four Values in `CodeBlock.caches`.
///
///     0 shape     the receiver's class word when cached (as an object Value,
///                 which keeps the shape alive so its address is not reused)
///     1 version   the receiver type's version tag when cached
///     2 slot      the attribute's slot, or -1 for a method found on the type
///     3 value     the method (for method calls)
enum InlineCache {
    static let words = 4
}
