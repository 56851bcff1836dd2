/// The instruction set, defined once. Each instruction is a word holding its
/// opcode followed by one 32-bit word per operand, in the order `operands`
/// lists them. The interpreter reads operands by these positions, the
/// disassembler prints from this table, and the JIT tiers will decode from it
/// at compile time; nothing else describes an instruction.
public enum Opcode: UInt8, CaseIterable {
    case loadConst, move, loadGlobal, storeGlobal
    case add, subtract, multiply, trueDivide, floorDivide, modulo, power
    case leftShift, rightShift, bitAnd, bitOr, bitXor
    case negate, positive, invert, not
    case less, lessEqual, equal, notEqual, greater, greaterEqual, `is`, isNot
    case jump, jumpIfFalse, jumpIfTrue
    case call, returnValue, makeFunction
    case getIter, forIter
    case buildTuple, unpackSequence
    case buildList, loadSubscript, storeSubscript, contains, notContains, callMethod, callKeywords
    case raise, reraise, exceptionMatches
    case formatValue, buildString, buildDict, buildSlice
}

/// What an operand word means.
public enum OperandKind {
    /// A register of the current frame.
    case register
    /// An index into the code block's constants.
    case constant
    /// An index into the code block's names (global and attribute names).
    case name
    /// An absolute word offset in the same code block.
    case target
    /// A plain count.
    case count
    /// An index into the code block's feedback bytes: which kinds of value
    /// this instruction has seen (see `Feedback`).
    case feedback
}

public struct InstructionInfo {
    public let name: String
    public let operands: [(name: String, kind: OperandKind)]
    /// Control can fall through to the next instruction.
    public let fallsThrough: Bool

    public var length: Int { 1 + operands.count }
}

extension Opcode {
    /// The definition table, indexed by opcode.
    public static let table: [InstructionInfo] = Opcode.allCases.map { $0.define() }

    @inline(__always) public var info: InstructionInfo { Opcode.table[Int(rawValue)] }

    private func define() -> InstructionInfo {
        typealias O = (name: String, kind: OperandKind)
        let binary: [O] = [("dst", .register), ("lhs", .register), ("rhs", .register), ("seen", .feedback)]
        let unary: [O] = [("dst", .register), ("src", .register), ("seen", .feedback)]
        func op(_ name: String, _ operands: [O], fallsThrough: Bool = true) -> InstructionInfo {
            InstructionInfo(name: name, operands: operands, fallsThrough: fallsThrough)
        }
        switch self {
        case .loadConst: return op("LOAD_CONST", [("dst", .register), ("const", .constant)])
        case .move: return op("MOVE", [("dst", .register), ("src", .register)])
        case .loadGlobal: return op("LOAD_GLOBAL", [("dst", .register), ("name", .name)])
        case .storeGlobal: return op("STORE_GLOBAL", [("name", .name), ("src", .register)])
        case .add: return op("ADD", binary)
        case .subtract: return op("SUBTRACT", binary)
        case .multiply: return op("MULTIPLY", binary)
        case .trueDivide: return op("TRUE_DIVIDE", binary)
        case .floorDivide: return op("FLOOR_DIVIDE", binary)
        case .modulo: return op("MODULO", binary)
        case .power: return op("POWER", binary)
        case .leftShift: return op("LEFT_SHIFT", binary)
        case .rightShift: return op("RIGHT_SHIFT", binary)
        case .bitAnd: return op("BIT_AND", binary)
        case .bitOr: return op("BIT_OR", binary)
        case .bitXor: return op("BIT_XOR", binary)
        case .negate: return op("NEGATE", unary)
        case .positive: return op("POSITIVE", unary)
        case .invert: return op("INVERT", unary)
        case .not: return op("NOT", [("dst", .register), ("src", .register)])
        case .less: return op("LESS", binary)
        case .lessEqual: return op("LESS_EQUAL", binary)
        case .equal: return op("EQUAL", binary)
        case .notEqual: return op("NOT_EQUAL", binary)
        case .greater: return op("GREATER", binary)
        case .greaterEqual: return op("GREATER_EQUAL", binary)
        case .is: return op("IS", [("dst", .register), ("lhs", .register), ("rhs", .register)])
        case .isNot: return op("IS_NOT", [("dst", .register), ("lhs", .register), ("rhs", .register)])
        case .jump: return op("JUMP", [("target", .target)], fallsThrough: false)
        case .jumpIfFalse: return op("JUMP_IF_FALSE", [("cond", .register), ("target", .target)])
        case .jumpIfTrue: return op("JUMP_IF_TRUE", [("cond", .register), ("target", .target)])
        case .call:
            return op("CALL", [("dst", .register), ("callee", .register), ("args", .register), ("argc", .count)])
        case .returnValue: return op("RETURN", [("src", .register)], fallsThrough: false)
        case .makeFunction: return op("MAKE_FUNCTION", [("dst", .register), ("code", .constant)])
        case .getIter: return op("GET_ITER", [("dst", .register), ("src", .register)])
        case .forIter:
            return op("FOR_ITER", [("dst", .register), ("iter", .register), ("exit", .target)])
        case .buildTuple:
            return op("BUILD_TUPLE", [("dst", .register), ("first", .register), ("count", .count)])
        case .buildList:
            return op("BUILD_LIST", [("dst", .register), ("first", .register), ("count", .count)])
        case .loadSubscript:
            return op("SUBSCRIPT", [("dst", .register), ("container", .register), ("index", .register), ("seen", .feedback)])
        case .storeSubscript:
            return op("STORE_SUBSCRIPT", [("container", .register), ("index", .register), ("src", .register)])
        case .contains: return op("CONTAINS", [("dst", .register), ("item", .register), ("container", .register)])
        case .notContains: return op("NOT_CONTAINS", [("dst", .register), ("item", .register), ("container", .register)])
        case .callMethod:
            return op("CALL_METHOD", [("dst", .register), ("receiver", .register), ("method", .name),
                                      ("args", .register), ("argc", .count)])
        case .callKeywords:
            // Positional arguments, then keyword values, from `args`; `names` is a
            // constant tuple of the keyword names.
            return op("CALL_KW", [("dst", .register), ("callee", .register), ("args", .register),
                                  ("argc", .count), ("names", .constant)])
        case .raise: return op("RAISE", [("exception", .register)], fallsThrough: false)
        case .reraise: return op("RERAISE", [("exception", .register)], fallsThrough: false)
        case .exceptionMatches:
            return op("EXCEPTION_MATCHES", [("dst", .register), ("exception", .register), ("type", .register)])
        case .formatValue:
            // conversion: 0 none, else the code of 's', 'r' or 'a'; spec: a
            // register holding the format spec str, or the src register for none.
            return op("FORMAT_VALUE", [("dst", .register), ("src", .register), ("conversion", .count),
                                       ("spec", .register)])
        case .buildString:
            return op("BUILD_STRING", [("dst", .register), ("first", .register), ("count", .count)])
        case .buildDict:
            // `count` key/value pairs in registers first, first+1, ...
            return op("BUILD_DICT", [("dst", .register), ("first", .register), ("count", .count)])
        case .buildSlice:
            return op("BUILD_SLICE", [("dst", .register), ("start", .register), ("stop", .register), ("step", .register)])
        case .unpackSequence:
            return op("UNPACK_SEQUENCE", [("first", .register), ("src", .register), ("count", .count)])
        }
    }
}

/// Bits of a feedback byte: the kinds of operand an instruction has met.
/// The optimizing tier speculates on them; the interpreter only ORs bits in.
public enum Feedback {
    public static let smallInt: UInt8 = 1
    public static let float: UInt8 = 2
    public static let bigInt: UInt8 = 4
    public static let str: UInt8 = 8
    public static let other: UInt8 = 128

    @inline(__always) public static func kind(_ v: Value) -> UInt8 {
        if v.isSmallInt { return smallInt }
        if v.isDouble { return float }
        if v.isObject {
            switch v.asObject.objectKind {
            case .bigInt: return bigInt
            case .str: return str
            default: return other
            }
        }
        return other
    }
}
