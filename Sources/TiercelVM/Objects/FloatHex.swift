import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// float.hex() and float.fromhex(), in CPython's formats.
enum FloatHex {
    /// '0x1.8000000000000p+1': a normalized significand of 13 hex digits.
    static func format(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        let sign = d.sign == .minus ? "-" : ""
        if d == 0 { return sign + "0x0.0p+0" }
        var bits = d.bitPattern & 0x000F_FFFF_FFFF_FFFF
        var exponent = Int((d.bitPattern >> 52) & 0x7FF)
        var lead = 1
        if exponent == 0 {
            // Subnormal: CPython prints it as 0x0.<digits>p-1022.
            lead = 0
            exponent = -1022
        } else {
            exponent -= 1023
        }
        var digits = String(bits, radix: 16)
        digits = String(repeating: "0", count: 13 - digits.count) + digits
        bits = 0
        return "\(sign)0x\(lead).\(digits)p\(exponent >= 0 ? "+" : "")\(exponent)"
    }

    static func parse(_ text: String) throws -> Double {
        let s = text.trimmingCharacters(in: .whitespaces).lowercased()
        var t = Substring(s)
        var negative = false
        if t.hasPrefix("-") { negative = true; t = t.dropFirst() } else if t.hasPrefix("+") { t = t.dropFirst() }
        if t == "inf" || t == "infinity" { return negative ? -.infinity : .infinity }
        if t == "nan" { return .nan }
        if t.hasPrefix("0x") { t = t.dropFirst(2) }
        var mantissa = 0.0
        var exponent = 0
        var sawDigit = false
        var afterPoint = false
        while let c = t.first, c != "p" {
            t = t.dropFirst()
            if c == "." {
                if afterPoint { throw invalid() }
                afterPoint = true
                continue
            }
            guard let v = c.hexDigitValue else { throw invalid() }
            sawDigit = true
            mantissa = mantissa * 16 + Double(v)
            if afterPoint { exponent -= 4 }
        }
        guard sawDigit else { throw invalid() }
        if t.first == "p" {
            t = t.dropFirst()
            guard let e = Int(t) else { throw invalid() }
            exponent += e
        }
        let value = scalbn(mantissa, Int32(clamping: exponent))
        if value.isInfinite { throw PythonError("OverflowError", "hexadecimal value too large to represent as a float") }
        return negative ? -value : value
    }

    private static func invalid() -> PythonError {
        PythonError("ValueError", "invalid hexadecimal floating-point string")
    }
}
