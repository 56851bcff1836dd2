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
    public var parameterNames: [String] = []
    /// Handlers, innermost first: an exception raised at an offset in
    /// [start, end) is stored in `register` and control goes to `handler`.
    /// Nothing is executed to enter a `try` block (zero-cost exceptions).
    public var exceptionTable: [(start: Int, end: Int, handler: Int, register: Int)] = []

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
         feedbackCount: Int, positions: [Position32], registerCount: Int, parameterCount: Int, heap: Heap) {
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
        self.positions = positions
        self.registerCount = registerCount
        self.parameterCount = parameterCount
        self.heap = heap
        let constantCount = constants.count, nameCount = names.count
        let c = self.constants.baseAddress!, n = self.names.baseAddress!
        rootTokens = [heap.addRoots(c) { constantCount }, heap.addRoots(n) { nameCount }]
    }

    deinit {
        for token in rootTokens { heap.removeRoots(token) }
        words.deallocate()
        constants.deallocate()
        names.deallocate()
        feedback.deallocate()
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
                case .constant: parts.append("\(w) (\(runtime.repr(code.constants[w])))")
                case .name: parts.append("\(w) (\(runtime.str(code.names[w])))")
                case .target: parts.append("to \(w)")
                case .count: parts.append(String(w))
                case .feedback: parts.append("fb\(w)")
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
