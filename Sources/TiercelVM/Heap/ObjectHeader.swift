/// The two words at the start of every heap object.
///
///     word 0  class word: the object's shape (or type), itself a heap object
///     word 1  layout (bits 0-7): how the collector traces it; kind (bits 8-15):
///             which built-in representation it has; flags above
///
/// The layout kind tells the collector where an object's references are, with
/// no call through its Python type: tracing must work on half-built objects
/// and must not run Python code. Fresh objects are zero-filled, and zero bits
/// read as the double 0.0, which holds no reference.
public struct ObjectHeader {
    public var classWord: UInt64
    public var kindAndFlags: UInt64

    public static let size = 16
}

/// Which built-in representation an object has (bits 8-15 of word 1). Lets
/// the runtime and machine code test "is this a big int / str / tuple"
/// with one load and no type lookup.
/// Raw values must stay the case indices in declaration order, ending with
/// `traceback` (objectKind bit-casts the stored byte).
public enum ObjectKind: UInt8 {
    case other = 0
    case bigInt = 1
    case str = 2
    case tuple = 3
    case dict = 4
    case function = 5
    case builtinFunction = 6
    case range = 7
    case iterator = 8
    case list = 9
    /// A type object (see TypeObject).
    case type = 10
    /// An exception instance: fixed fields, then shape slots (see ExceptionObject).
    case exception = 11
    /// dict.keys() / values() / items(): [dict, which (0, 1, 2)].
    case dictView = 12
    /// slice(start, stop, step): [start, stop, step].
    case slice = 13
    /// A hidden class (see Shape).
    case shape = 14
    /// An instance of a class defined in Python: shape slots (see Instance).
    case instance = 15
    /// A function bound to its receiver: [function, self].
    case boundMethod = 16
    /// A native method as found in a built-in type's dict: [native index, name, owner type].
    case methodDescriptor = 17
    /// A closure cell: [contents].
    case cell = 18
    /// property(fget, fset, fdel, doc): [fget, fset, fdel, doc].
    case property = 19
    /// classmethod(f) / staticmethod(f): [f].
    case classmethod = 20
    case staticmethod = 21
    /// super(type, obj): [type, obj, type of obj or obj itself when a type].
    case superObject = 22
    /// A module: [dict, name].
    case module = 23
    /// A generator (see GeneratorObject).
    case generator = 24
    /// map, filter, zip, enumerate (see LazyIterator).
    case lazyIterator = 25
    /// set / frozenset (see SetObject).
    case set = 26
    case frozenset = 27
    /// bytes (see BytesObject) and bytearray (see ByteArrayObject).
    case bytes = 28
    case bytearray = 29
    /// weakref.ref(obj): see WeakRefObject.
    case weakref = 30
    /// A `__slots__` entry on a class: see SlotDescriptors.
    case memberDescriptor = 31
    /// complex: two doubles (see ComplexObject).
    case complex = 32
    /// memoryview: see MemoryView.
    case memoryview = 33
    /// A code object: see CodeObject.
    case code = 34
    /// A frame object and a traceback entry: see FrameObject, TracebackObject.
    case frame = 35
    case traceback = 36
}

/// Bits of word 1 above the layout and kind.
public enum ObjectFlags {
    /// An `.instance` of a Python subclass of int or float: its second
    /// fixed field holds the exact int or float it stands for.
    public static let boxedValue: UInt64 = 1 << 16
    /// A str, tuple or bytes of a Python subclass: the last word of its cell
    /// is a traced Value, the instance's attribute dict (None until used).
    public static let trailingSlot: UInt64 = 1 << 17
    /// A range computed with arbitrary-precision ints (see RangeObject).
    public static let bigRange: UInt64 = 1 << 18
    /// An `.instance` or `.exception` of a class with `__slots__`: how many
    /// fixed slot fields it has (bits 24-39), between its fixed fields and
    /// its shape slots.
    public static let memberSlotShift: UInt64 = 24
    public static let memberSlotMask: UInt64 = 0xFFFF << 24
}

/// How the collector finds the references inside an object.
public enum ObjectLayout: UInt8 {
    /// No references besides the class word (str, bytes, big int limbs).
    case leaf = 0
    /// A count at offset 16 followed by that many Values (tuple, value arrays).
    case valueVector = 1
    /// A value vector whose first Value is a weak reference: not traced, and
    /// set to None by the collector when its object dies.
    case weakVector = 2
}

extension UnsafeMutableRawPointer {
    @inline(__always) var objectHeader: UnsafeMutablePointer<ObjectHeader> {
        assumingMemoryBound(to: ObjectHeader.self)
    }

    @inline(__always) var objectKind: ObjectKind {
        get {
            // The failable init is an out-of-line call on every kind test; the
            // raw values are the case indices 0...traceback, so a range check
            // and a bit cast give the same answer inline.
            let raw = UInt8(truncatingIfNeeded: objectHeader.pointee.kindAndFlags >> 8)
            return raw <= ObjectKind.traceback.rawValue ? unsafeBitCast(raw, to: ObjectKind.self) : .other
        }
        nonmutating set {
            objectHeader.pointee.kindAndFlags = (objectHeader.pointee.kindAndFlags & ~0xFF00) | UInt64(newValue.rawValue) << 8
        }
    }

    @inline(__always) func hasFlag(_ flag: UInt64) -> Bool {
        objectHeader.pointee.kindAndFlags & flag != 0
    }

    @inline(__always) var objectLayout: ObjectLayout {
        ObjectLayout(rawValue: UInt8(truncatingIfNeeded: objectHeader.pointee.kindAndFlags)) ?? .leaf
    }
}

/// Value vectors: `[header][count][values...]`.
public enum ValueVector {
    public static let countOffset = 16
    public static let valuesOffset = 24

    public static func bytes(count: Int) -> Int { valuesOffset + count * 8 }

    @inline(__always) public static func count(_ object: UnsafeMutableRawPointer) -> Int {
        object.load(fromByteOffset: countOffset, as: Int.self)
    }

    @inline(__always) public static func values(_ object: UnsafeMutableRawPointer) -> UnsafeMutablePointer<Value> {
        (object + valuesOffset).assumingMemoryBound(to: Value.self)
    }
}
