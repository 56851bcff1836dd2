/// The instruction set, defined once. Each instruction is a word holding its
/// opcode followed by one 32-bit word per operand, in the order `operands`
/// lists them. The interpreter reads operands by these positions, the
/// disassembler prints from this table, and the JIT tiers will decode from it
/// at compile time; nothing else describes an instruction.
public enum Opcode: UInt8, CaseIterable {
    case loadConst, move, loadGlobal, storeGlobal
    case add, subtract, multiply, trueDivide, floorDivide, modulo, power
    case leftShift, rightShift, bitAnd, bitOr, bitXor, matrixMultiply
    case negate, positive, invert, not
    case less, lessEqual, equal, notEqual, greater, greaterEqual, `is`, isNot
    case jump, jumpIfFalse, jumpIfTrue
    case call, returnValue, makeFunction
    case getIter, forIter
    case buildTuple, unpackSequence
    case buildList, loadSubscript, storeSubscript, contains, notContains, callMethod, callKeywords
    case raise, reraise, exceptionMatches
    case formatValue, buildString, buildDict, buildSlice
    case loadAttr, storeAttr, deleteAttr
    case loadName, storeName, deleteName, deleteGlobal
    case loadDeref, storeDeref, deleteDeref, checkBound, deleteLocal
    case callEx, loadBuildClass, raiseFrom, deleteSubscript
    case listAppend, listExtend, listToTuple, dictMerge, extendCallArguments
    case inplace, typeOf, dictUpdate, beforeWith
    case yieldValue, send
    case buildSet, setAdd, setUpdate, unpackEx
    case importName, importFrom, importStar
    case matchSequence, matchMapping, matchKeys, matchClass, copyDictWithoutKeys
    case getAwaitable
    case exceptionGroupMatch, prepareReraiseStar
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
    /// An index into the code block's inline caches (see `InlineCache`).
    case cache
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
        case .loadGlobal: return op("LOAD_GLOBAL", [("dst", .register), ("name", .name), ("cache", .cache)])
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
        case .matrixMultiply: return op("MATRIX_MULTIPLY", binary)
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
        case .makeFunction:
            // flags: 1 defaults tuple, 2 keyword defaults dict, 4 closure tuple,
            // 8 annotations dict, in consecutive registers from `first` in that order.
            return op("MAKE_FUNCTION", [("dst", .register), ("code", .constant), ("first", .register), ("flags", .count)])
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
            // The receiver is in `first`, the arguments follow it.
            return op("CALL_METHOD", [("dst", .register), ("first", .register), ("method", .name),
                                      ("argc", .count), ("cache", .cache)])
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
        case .loadAttr:
            return op("LOAD_ATTR", [("dst", .register), ("object", .register), ("name", .name), ("cache", .cache)])
        case .storeAttr:
            return op("STORE_ATTR", [("object", .register), ("name", .name), ("src", .register), ("cache", .cache)])
        case .deleteAttr: return op("DELETE_ATTR", [("object", .register), ("name", .name)])
        case .loadName: return op("LOAD_NAME", [("dst", .register), ("name", .name)])
        case .storeName: return op("STORE_NAME", [("name", .name), ("src", .register)])
        case .deleteName: return op("DELETE_NAME", [("name", .name)])
        case .deleteGlobal: return op("DELETE_GLOBAL", [("name", .name)])
        case .loadDeref: return op("LOAD_DEREF", [("dst", .register), ("cell", .register), ("name", .name)])
        case .storeDeref: return op("STORE_DEREF", [("cell", .register), ("src", .register)])
        case .deleteDeref: return op("DELETE_DEREF", [("cell", .register), ("name", .name)])
        case .checkBound: return op("CHECK_BOUND", [("local", .register), ("name", .name)])
        case .deleteLocal: return op("DELETE_LOCAL", [("local", .register), ("name", .name)])
        case .callEx:
            // `kwargs` is a dict register, or the `args` register itself when absent.
            return op("CALL_EX", [("dst", .register), ("callee", .register), ("args", .register), ("kwargs", .register)])
        case .loadBuildClass: return op("LOAD_BUILD_CLASS", [("dst", .register)])
        case .raiseFrom: return op("RAISE_FROM", [("exception", .register), ("cause", .register)], fallsThrough: false)
        case .deleteSubscript: return op("DELETE_SUBSCRIPT", [("container", .register), ("index", .register)])
        case .listAppend: return op("LIST_APPEND", [("list", .register), ("item", .register)])
        case .listExtend: return op("LIST_EXTEND", [("list", .register), ("iterable", .register)])
        case .extendCallArguments:
            // `f(*x)` with nothing else positional: LIST_EXTEND whose error names the callee.
            return op("EXTEND_CALL_ARGUMENTS", [("list", .register), ("iterable", .register), ("callee", .register)])
        case .listToTuple: return op("LIST_TO_TUPLE", [("dst", .register), ("list", .register)])
        case .dictMerge:
            // Merges a mapping into the dict for `**` in calls: duplicate keys are an error.
            return op("DICT_MERGE", [("dict", .register), ("mapping", .register), ("callee", .register)])
        case .inplace:
            // `op` is the opcode of the binary operator (ADD, ...).
            return op("INPLACE", [("dst", .register), ("lhs", .register), ("rhs", .register), ("op", .count), ("seen", .feedback)])
        case .yieldValue:
            // Suspends the generator with `src`; `received` gets what send() passes in.
            return op("YIELD_VALUE", [("received", .register), ("src", .register)])
        case .send:
            // One step of `yield from`: sends `value` into `iter`; on exhaustion
            // `dst` gets the return value and control goes to `exit`.
            return op("SEND", [("dst", .register), ("iter", .register), ("value", .register), ("exit", .target)])
        case .buildSet: return op("BUILD_SET", [("dst", .register), ("first", .register), ("count", .count)])
        case .setAdd: return op("SET_ADD", [("set", .register), ("item", .register)])
        case .unpackEx:
            // a, *b, c = src: `before` items, a list of the middle, `after` items.
            return op("UNPACK_EX", [("first", .register), ("src", .register), ("before", .count), ("after", .count)])
        case .importName:
            // `fromList` is 1 for `from ... import`, `level` the number of leading dots.
            return op("IMPORT_NAME", [("dst", .register), ("module", .name), ("fromList", .count), ("level", .count)])
        case .importFrom: return op("IMPORT_FROM", [("dst", .register), ("module", .register), ("name", .name)])
        case .importStar: return op("IMPORT_STAR", [("module", .register)])
        case .setUpdate: return op("SET_UPDATE", [("set", .register), ("iterable", .register)])
        case .typeOf: return op("TYPE_OF", [("dst", .register), ("src", .register)])
        case .beforeWith:
            // Binds the manager's __exit__ into `exit` and calls its __enter__.
            return op("BEFORE_WITH", [("exit", .register), ("entered", .register), ("manager", .register)])
        case .dictUpdate: return op("DICT_UPDATE", [("dict", .register), ("mapping", .register)])
        case .matchSequence:
            // dst = subject is a sequence of length `count` (exact 1) or at least `count` (exact 0).
            return op("MATCH_SEQUENCE", [("dst", .register), ("subject", .register), ("count", .count), ("exact", .count)])
        case .matchMapping: return op("MATCH_MAPPING", [("dst", .register), ("subject", .register)])
        case .matchKeys:
            // dst = a tuple of the subject's values for the `keys` tuple, or None.
            return op("MATCH_KEYS", [("dst", .register), ("subject", .register), ("keys", .register)])
        case .matchClass:
            // dst = a tuple of `count` positional then `names` keyword attribute values, or None.
            return op("MATCH_CLASS", [("dst", .register), ("subject", .register), ("class", .register),
                                      ("count", .count), ("names", .constant)])
        case .copyDictWithoutKeys:
            return op("COPY_DICT_WITHOUT_KEYS", [("dst", .register), ("subject", .register), ("keys", .register)])
        case .getAwaitable:
            // dst = the iterator `await src` runs: a coroutine itself, or src.__await__().
            return op("GET_AWAITABLE", [("dst", .register), ("src", .register)])
        case .exceptionGroupMatch:
            // An `except* type` clause: dst = the part of `rest` it handles (or
            // None); `rest` becomes what is left for the clauses after it.
            return op("CHECK_EG_MATCH", [("dst", .register), ("rest", .register), ("type", .register)])
        case .prepareReraiseStar:
            // After the except* clauses: dst = what to raise (or None) from the
            // original, the lists of raised and bare-re-raised exceptions, and the rest.
            return op("PREP_RERAISE_STAR", [("dst", .register), ("original", .register), ("raised", .register),
                                            ("reraised", .register), ("rest", .register)])
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
