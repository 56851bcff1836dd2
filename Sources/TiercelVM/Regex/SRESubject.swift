/// The string a pattern runs over: a str (1, 2 or 4 bytes per code point)
/// or a bytes-like object, seen as code units in place. The pointer is
/// good until the next allocation (a bytearray may move when resized), so
/// it is taken afresh for every match attempt.
struct SRESubject {
    let units: UnsafeRawPointer
    let width: Int
    let length: Int
    let isBytes: Bool

    /// A readable place for empty buffers, which may have no address.
    private static let empty = UnsafeMutableRawPointer.allocate(byteCount: 8, alignment: 8)

    static func of(_ rt: Runtime, _ v: Value) throws -> SRESubject {
        if StrObject.isStr(v) {
            let o = v.asObject
            return SRESubject(units: UnsafeRawPointer(o + StrObject.dataOffset), width: StrObject.width(o),
                              length: StrObject.length(o), isBytes: false)
        }
        let bytes: UnsafeBufferPointer<UInt8>?
        if v.isObject && v.asObject.objectKind == .memoryview {
            bytes = MemoryView.bytes(try MemoryView.live(v.asObject))
        } else {
            bytes = BytesObject.view(v)
        }
        guard let bytes else {
            throw PythonError("TypeError", "expected string or bytes-like object, got '\(rt.typeName(v))'")
        }
        return SRESubject(units: UnsafeRawPointer(bytes.baseAddress ?? UnsafePointer(empty.assumingMemoryBound(to: UInt8.self))),
                          width: 1, length: bytes.count, isBytes: true)
    }

    /// Runs `search` (or `match`) over the subject's code units.
    func run(_ machine: inout SREMachine, _ code: UnsafePointer<UInt32>, _ state: inout SREState, search: Bool) -> Bool {
        switch width {
        case 1:
            let t = units.assumingMemoryBound(to: UInt8.self)
            return search ? machine.search(code, t, &state) : machine.match(code, t, &state)
        case 2:
            let t = units.assumingMemoryBound(to: UInt16.self)
            return search ? machine.search(code, t, &state) : machine.match(code, t, &state)
        default:
            let t = units.assumingMemoryBound(to: UInt32.self)
            return search ? machine.search(code, t, &state) : machine.match(code, t, &state)
        }
    }

    /// `string[start:end]` as str or bytes (a match's groups are never
    /// bytearrays or str subclasses, as in CPython).
    static func slice(_ rt: Runtime, _ string: Value, _ start: Int, _ end: Int) throws -> Value {
        if StrObject.isStr(string) {
            let o = string.asObject
            let n = StrObject.length(o)
            let s = min(max(start, 0), n), e = min(max(end, s), n)
            if s == 0 && e == n && rt.typeOf(string).bits == rt.types.str.bits { return string }
            guard let v = StrObject.substring(rt.heap, o, s, e) else { throw PythonError("MemoryError", "") }
            return v
        }
        let all = try of(rt, string)
        let s = min(max(start, 0), all.length), e = min(max(end, s), all.length)
        if s == 0 && e == all.length && BytesObject.isBytes(string) && rt.typeOf(string).bits == rt.types.bytes.bits {
            return string
        }
        let bytes = all.units.assumingMemoryBound(to: UInt8.self)
        return try BytesObject.make(rt, UnsafeBufferPointer(start: bytes + s, count: e - s))
    }
}
