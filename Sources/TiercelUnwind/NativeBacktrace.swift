import CTiercelUnwind

/// A frame of the native stack as libunwind sees it. The profiler will map
/// `instructionPointer` to (function, tier) for JIT code ranges.
public struct NativeFrame {
    public var instructionPointer: UInt64
    public var stackPointer: UInt64
    /// Symbol name (Swift names stay mangled), or "" when the address has none.
    public var symbol: String
    public var offset: UInt64
}

public enum NativeBacktrace {
    /// The calling thread's native stack, innermost (the caller) first.
    @inline(never)
    public static func capture(limit: Int = 256) -> [NativeFrame] {
        let buffer = UnsafeMutablePointer<tiercel_native_frame>.allocate(capacity: limit)
        defer { buffer.deallocate() }
        let count = Int(tiercel_unwind_backtrace(buffer, Int32(limit)))
        guard count > 0 else { return [] }
        return (0..<count).map { i in
            var raw = buffer[i]
            let name = withUnsafeBytes(of: &raw.name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            return NativeFrame(instructionPointer: raw.ip, stackPointer: raw.sp,
                               symbol: name, offset: raw.offset)
        }
    }
}
