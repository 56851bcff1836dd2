/// One Python value in one 64-bit word (NaN-boxing).
///
/// Doubles are stored as themselves. Everything else lives in the negative
/// quiet-NaN space, which no canonical double uses (every NaN a float
/// operation produces is canonicalized to `Value.canonicalNaN` before boxing):
///
///     0x0000_... – 0xFFF7_...   a double (any bit pattern below 0xFFF8 << 48)
///     0xFFF8_...                reserved (never produced)
///     0xFFF9_pppp_pppp_pppp     small int, 48-bit two's-complement payload
///     0xFFFA_pppp_pppp_pppp     pointer to a heap object (48-bit address)
///     0xFFFB_0000_0000_000n     immediates: None, False, True, NotImplemented,
///                               Ellipsis, and `empty` (an unbound slot)
///
/// Tag tests are one shift and compare; machine code (baseline and LLVM tiers)
/// uses the same constants, which is why they are public.
public struct Value: Equatable, Hashable {
    public var bits: UInt64

    @inline(__always) public init(bits: UInt64) { self.bits = bits }

    public static let tagShift: UInt64 = 48
    public static let payloadMask: UInt64 = 0x0000_FFFF_FFFF_FFFF
    /// Values at or above this are boxed (not doubles).
    public static let firstBoxed: UInt64 = 0xFFF8_0000_0000_0000
    public static let intTag: UInt64 = 0xFFF9
    public static let objectTag: UInt64 = 0xFFFA
    public static let immediateTag: UInt64 = 0xFFFB

    public static let canonicalNaN: UInt64 = 0x7FF8_0000_0000_0000

    /// The inclusive range of ints stored inline.
    public static let smallIntMin: Int64 = -(1 << 47)
    public static let smallIntMax: Int64 = (1 << 47) - 1

    // MARK: Immediates

    @inline(__always) static func immediate(_ n: UInt64) -> Value { Value(bits: immediateTag << tagShift | n) }
    public static let none = immediate(0)
    public static let `false` = immediate(2)
    public static let `true` = immediate(3)
    public static let notImplemented = immediate(4)
    public static let ellipsis = immediate(5)
    /// Marks a slot that holds no value (an unbound local, a deleted attribute).
    public static let empty = immediate(6)

    @inline(__always) public static func bool(_ b: Bool) -> Value { b ? .true : .false }

    // MARK: Doubles

    @inline(__always) public init(double d: Double) {
        // A NaN may arrive with any sign and payload; fold it to the one form
        // that cannot be mistaken for a boxed value.
        bits = d.isNaN ? Value.canonicalNaN : d.bitPattern
    }

    @inline(__always) public var isDouble: Bool { bits < Value.firstBoxed }
    @inline(__always) public var asDouble: Double { Double(bitPattern: bits) }

    // MARK: Small ints

    /// nil when `i` needs more than 48 bits (the caller then makes a big int).
    @inline(__always) public init?(smallInt i: Int64) {
        guard i >= Value.smallIntMin && i <= Value.smallIntMax else { return nil }
        bits = Value.intTag << Value.tagShift | (UInt64(bitPattern: i) & Value.payloadMask)
    }

    /// For values known to fit (constants, small counts).
    @inline(__always) public init(uncheckedSmallInt i: Int64) {
        bits = Value.intTag << Value.tagShift | (UInt64(bitPattern: i) & Value.payloadMask)
    }

    @inline(__always) public var isSmallInt: Bool { bits >> Value.tagShift == Value.intTag }
    /// Sign-extends the 48-bit payload.
    @inline(__always) public var asSmallInt: Int64 { Int64(bitPattern: bits << 16) >> 16 }

    // MARK: Heap objects

    @inline(__always) public init(object pointer: UnsafeMutableRawPointer) {
        bits = Value.objectTag << Value.tagShift | UInt64(UInt(bitPattern: pointer))
    }

    @inline(__always) public var isObject: Bool { bits >> Value.tagShift == Value.objectTag }
    @inline(__always) public var asObject: UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(bitPattern: UInt(bits & Value.payloadMask))!
    }

    @inline(__always) public var isImmediate: Bool { bits >> Value.tagShift == Value.immediateTag }
    @inline(__always) public var isNone: Bool { bits == Value.none.bits }
    @inline(__always) public var isEmpty: Bool { bits == Value.empty.bits }
    @inline(__always) public var isBool: Bool { bits | 1 == Value.true.bits }
}
