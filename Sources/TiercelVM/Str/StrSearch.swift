#if canImport(Glibc)
import Glibc
#endif
import CTiercelVMSupport

/// Substring tests and searches on str objects in place, without copying
/// the receiver into an array of code points (startswith at an offset in a
/// long string must not cost the string's length). Width-1 strings compare
/// and search with memcmp and memmem.
enum StrSearch {
    /// Whether `needle` occurs in `hay` at code point offset `at` (in range).
    static func matches(_ hay: UnsafeMutableRawPointer, at: Int, _ needle: UnsafeMutableRawPointer) -> Bool {
        let m = StrObject.length(needle)
        if StrObject.width(hay) == 1 && StrObject.width(needle) == 1 {
            return m == 0 || memcmp(hay + StrObject.dataOffset + at, needle + StrObject.dataOffset, m) == 0
        }
        for k in 0..<m where StrObject.codePoint(hay, at + k) != StrObject.codePoint(needle, k) { return false }
        return true
    }

    /// The first (or, reversed, last) offset in [start, end) where `needle`
    /// starts and ends by `end`; nil when there is none.
    static func find(_ hay: UnsafeMutableRawPointer, _ needle: UnsafeMutableRawPointer, from start: Int, to end: Int,
                     reverse: Bool = false) -> Int? {
        let m = StrObject.length(needle)
        if m > end - start { return nil }
        if m == 0 { return reverse ? end : start }
        if !reverse && StrObject.width(hay) == 1 && StrObject.width(needle) == 1 {
            let base = hay + StrObject.dataOffset
            guard let p = tiercel_memmem(base + start, end - start, needle + StrObject.dataOffset, m) else { return nil }
            return p - UnsafeRawPointer(base)
        }
        let first = StrObject.codePoint(needle, 0)
        var i = reverse ? end - m : start
        while reverse ? i >= start : i <= end - m {
            if StrObject.codePoint(hay, i) == first && matches(hay, at: i, needle) { return i }
            i += reverse ? -1 : 1
        }
        return nil
    }
}
