#if canImport(Glibc)
import Glibc
#endif

/// `repr()` of the constant kinds the front end produces, byte-identical to
/// CPython 3.11's, so that AST dumps compare exactly.
public enum PythonRepr {
    public static func string(_ s: String) -> String {
        codePoints(s.unicodeScalars.map(\.value))
    }

    public static func codePoints(_ codes: [UInt32]) -> String {
        var hasSingle = false, hasDouble = false
        for c in codes {
            if c == 0x27 { hasSingle = true } else if c == 0x22 { hasDouble = true }
        }
        let quote: UInt32 = hasSingle && !hasDouble ? 0x22 : 0x27
        var out = String()
        out.reserveCapacity(codes.count + 2)
        out.unicodeScalars.append(Unicode.Scalar(quote)!)
        for c in codes {
            switch c {
            case quote, 0x5C:
                out += "\\"
                out.unicodeScalars.append(Unicode.Scalar(c)!)
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            default:
                if c < 0x20 || c == 0x7F {
                    out += "\\x" + hex(c, 2)
                } else if c < 0x7F {
                    out.unicodeScalars.append(Unicode.Scalar(c)!)
                } else if let scalar = Unicode.Scalar(c), isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if c <= 0xFF {
                    out += "\\x" + hex(c, 2)
                } else if c <= 0xFFFF {
                    out += "\\u" + hex(c, 4)
                } else {
                    out += "\\U" + hex(c, 8)
                }
            }
        }
        out.unicodeScalars.append(Unicode.Scalar(quote)!)
        return out
    }

    public static func bytes(_ b: [UInt8]) -> String {
        let hasSingle = b.contains(0x27), hasDouble = b.contains(0x22)
        let quote: UInt8 = hasSingle && !hasDouble ? 0x22 : 0x27
        var out = "b"
        out.unicodeScalars.append(Unicode.Scalar(quote))
        for c in b {
            switch c {
            case quote, 0x5C:
                out += "\\"
                out.unicodeScalars.append(Unicode.Scalar(c))
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            default:
                if c < 0x20 || c >= 0x7F {
                    out += "\\x" + hex(UInt32(c), 2)
                } else {
                    out.unicodeScalars.append(Unicode.Scalar(c))
                }
            }
        }
        out.unicodeScalars.append(Unicode.Scalar(quote))
        return out
    }

    private static func hex(_ v: UInt32, _ width: Int) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// float.__repr__: the shortest digits that round-trip, fixed notation for
    /// exponents in [-4, 16), scientific otherwise.
    /// ascii(): a repr with every non-ASCII character escaped.
    public static func asciiEscaped(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if u.value < 0x80 { out.unicodeScalars.append(u) }
            else if u.value < 0x100 { out += "\\x" + hex(u.value, 2) }
            else if u.value < 0x10000 { out += "\\u" + hex(u.value, 4) }
            else { out += "\\U" + hex(u.value, 8) }
        }
        return out
    }

    public static func float(_ d: Double) -> String {
        formatShortest(d, alwaysPoint: true)
    }

    /// repr(d) without the `.0` an integral value gets: how complex shows its parts.
    public static func shortest(_ d: Double) -> String {
        formatShortest(d, alwaysPoint: false)
    }

    /// complex.__repr__ of a pure imaginary value.
    public static func imaginary(_ d: Double) -> String {
        formatShortest(d, alwaysPoint: false) + "j"
    }

    static func formatShortest(_ d: Double, alwaysPoint: Bool) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        if d == 0 { return (d.sign == .minus ? "-" : "") + (alwaysPoint ? "0.0" : "0") }
        let (negative, digits, exponent) = shortestDigits(d)
        var out = negative ? "-" : ""
        // exponent: value = 0.d1d2... * 10^exponent, so the decimal point sits after `exponent` digits.
        let decimalExponent = exponent - 1
        if decimalExponent >= -4 && decimalExponent < 16 {
            if exponent <= 0 {
                out += "0." + String(repeating: "0", count: -exponent) + digits
            } else if exponent >= digits.count {
                out += digits + String(repeating: "0", count: exponent - digits.count)
                if alwaysPoint { out += ".0" }
            } else {
                let idx = digits.index(digits.startIndex, offsetBy: exponent)
                out += digits[..<idx] + "." + digits[idx...]
            }
        } else {
            let first = digits.prefix(1)
            let rest = digits.dropFirst()
            out += first
            if !rest.isEmpty { out += "." + rest }
            let e = decimalExponent
            out += "e" + (e < 0 ? "-" : "+") + (abs(e) < 10 ? "0" : "") + String(abs(e))
        }
        return out
    }

    /// Shortest round-trip digits of |d| and the exponent E with d = 0.DIGITS × 10^E.
    static func shortestDigits(_ d: Double) -> (Bool, String, Int) {
        // Swift's description is the shortest round-trip form; take its digits.
        let text = abs(d).description
        var mantissa = text
        var exp = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = String(text[..<e])
            exp = Int(text[text.index(after: e)...])!
        }
        var intPart = mantissa
        var fracPart = ""
        if let dot = mantissa.firstIndex(of: ".") {
            intPart = String(mantissa[..<dot])
            fracPart = String(mantissa[mantissa.index(after: dot)...])
        }
        var digits = intPart + fracPart
        var pointPos = intPart.count + exp
        // Strip leading zeros (moving the point) and trailing zeros.
        while digits.hasPrefix("0") && digits.count > 1 {
            digits.removeFirst()
            pointPos -= 1
        }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        return (d.sign == .minus, digits, pointPos)
    }
}
