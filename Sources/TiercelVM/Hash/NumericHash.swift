#if canImport(Glibc)
import Glibc
#endif

/// CPython's hashes for numbers and tuples, reproduced exactly: programs print
/// them, and equal numbers of different types (1, 1.0, True) must hash alike
/// to be the same dict key.
public enum NumericHash {
    public static let bits: UInt64 = 61
    public static let modulus: UInt64 = (1 << 61) - 1
    public static let infinity: Int64 = 314_159

    /// hash(float), as CPython 3.11's _Py_HashDouble (NaN aside: CPython hashes
    /// a NaN by identity; the caller supplies that).
    public static func double(_ v: Double) -> Int64 {
        if v.isInfinite { return v > 0 ? infinity : -infinity }
        var e: Int32 = 0
        var m = frexp(v, &e)
        var sign: Int64 = 1
        if m < 0 {
            sign = -1
            m = -m
        }
        var x: UInt64 = 0
        while m != 0 {
            x = ((x << 28) & modulus) | x >> (bits - 28)
            m *= 268_435_456.0
            e -= 28
            let y = UInt64(m)
            m -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        let e61 = e >= 0 ? UInt64(e) % bits : bits - 1 - UInt64(-1 - Int64(e)) % bits
        x = ((x << e61) & modulus) | x >> (bits - e61)
        var h = Int64(bitPattern: x &* UInt64(bitPattern: sign))
        if h == -1 { h = -2 }
        return h
    }

    /// hash(tuple) from its items' hashes (CPython's xxHash-style combination).
    public static func tuple(_ itemHashes: [Int64]) -> Int64 {
        let prime1: UInt64 = 11_400_714_785_074_694_791
        let prime2: UInt64 = 14_029_467_366_897_019_727
        let prime5: UInt64 = 2_870_177_450_012_600_261
        var acc = prime5
        for h in itemHashes {
            acc = acc &+ UInt64(bitPattern: h) &* prime2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* prime1
        }
        acc = acc &+ (UInt64(itemHashes.count) ^ (prime5 ^ 3_527_539))
        if acc == UInt64.max { return 1_546_275_796 }
        return Int64(bitPattern: acc)
    }
}

/// The hash of str and bytes contents: FNV-1a over the code points (or byte
/// values), then a finalizer. One function for both, so hash(b"ab") ==
/// hash("ab") as in CPython. Never -1, which the objects use for "not yet
/// computed".
enum TextHash {
    @inline(__always) static func hash(count: Int, _ unit: (Int) -> UInt64) -> Int64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in 0..<count { h = (h ^ unit(i)) &* 0x100_0000_01b3 }
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        let result = Int64(bitPattern: h)
        return result == -1 ? -2 : result
    }
}
