import Foundation
import TiercelFrontEnd

/// format(value, spec): the format-spec mini-language for the built-in kinds
/// ([[fill]align][sign][#][0][width][,|_][.precision][type]).
extension Runtime {
    struct FormatSpec {
        var fill: Character = " "
        var align: Character? = nil
        var sign: Character = "-"
        var alternate = false
        var width = 0
        var grouping: Character? = nil
        var precision: Int? = nil
        var type: Character? = nil

        /// The spec as text again (complex formats each part with one).
        var text: String {
            var out = ""
            if let align { out += String(fill) + String(align) }
            if sign != "-" { out.append(sign) }
            if alternate { out += "#" }
            if width > 0 { out += String(width) }
            if let grouping { out.append(grouping) }
            if let precision { out += "." + String(precision) }
            if let type { out.append(type) }
            return out
        }
    }

    func parseSpec(_ spec: String) throws -> FormatSpec {
        var s = FormatSpec()
        var chars = Array(spec)
        var i = 0
        func isAlign(_ c: Character) -> Bool { c == "<" || c == ">" || c == "^" || c == "=" }
        if chars.count >= 2 && isAlign(chars[1]) {
            s.fill = chars[0]; s.align = chars[1]; i = 2
        } else if !chars.isEmpty && isAlign(chars[0]) {
            s.align = chars[0]; i = 1
        }
        if i < chars.count && (chars[i] == "+" || chars[i] == "-" || chars[i] == " ") { s.sign = chars[i]; i += 1 }
        if i < chars.count && chars[i] == "#" { s.alternate = true; i += 1 }
        if i < chars.count && chars[i] == "0" {
            if s.align == nil { s.fill = "0"; s.align = "=" }
            i += 1
        }
        var width = ""
        while i < chars.count && chars[i].isASCII && chars[i].isNumber { width.append(chars[i]); i += 1 }
        s.width = Int(width) ?? 0
        if i < chars.count && (chars[i] == "," || chars[i] == "_") { s.grouping = chars[i]; i += 1 }
        if i < chars.count && chars[i] == "." {
            i += 1
            var p = ""
            while i < chars.count && chars[i].isASCII && chars[i].isNumber { p.append(chars[i]); i += 1 }
            guard !p.isEmpty else { throw PythonError("ValueError", "Format specifier missing precision") }
            s.precision = Int(p)
        }
        if i < chars.count { s.type = chars[i]; i += 1 }
        if i < chars.count { throw PythonError("ValueError", "Invalid format specifier") }
        chars.removeAll()
        return s
    }

    func format(_ v: Value, _ spec: String) throws -> String {
        if v.isObject && TypeObject.flags(typeOf(v).asObject) & TypeObject.heapType != 0 {
            if let m = try userMethod(v, "__format__") {
                let r = try callSpecial(m, v, [try makeStr(spec)])
                guard StrObject.isStr(r) else { throw PythonError("TypeError", "__format__ must return a str, not \(typeName(r))") }
                return swiftString(r)
            }
            if ImmutableSubclass.isBoxed(v) { return spec.isEmpty ? try str(v) : try format(ImmutableSubclass.unboxed(v), spec) }
            if !spec.isEmpty && v.asObject.objectKind == .instance {
                throw PythonError("TypeError", "unsupported format string passed to \(typeName(v)).__format__")
            }
        }
        if spec.isEmpty { return try str(v) }
        // Only numbers and str have a format-spec language; object.__format__ refuses a spec.
        let formattable = v.isSmallInt || v.isDouble || v.isBool || IntArithmetic.isBigInt(v) || StrObject.isStr(v)
            || ComplexObject.isComplex(v)
        if !formattable { throw PythonError("TypeError", "unsupported format string passed to \(typeName(v)).__format__") }
        let s = try parseSpec(spec)
        if ComplexObject.isComplex(v) { return try formatComplex(ComplexObject.parts(v.asObject), s) }
        var body: String
        var negative = false
        if v.isSmallInt || IntArithmetic.isBigInt(v) || v.isBool, s.type == nil || "dxXobcn".contains(s.type!) {
            let i = v.isBool ? Value(uncheckedSmallInt: v == .true ? 1 : 0) : v
            negative = ints.sign(i) < 0
            let magnitude = try intResult { try ints.absolute(i) }
            switch s.type {
            case "x": body = ints.toString(magnitude, base: 16); if s.alternate { body = "0x" + body }
            case "X": body = ints.toString(magnitude, base: 16).uppercased(); if s.alternate { body = "0X" + body }
            case "o": body = ints.toString(magnitude, base: 8); if s.alternate { body = "0o" + body }
            case "b": body = ints.toString(magnitude, base: 2); if s.alternate { body = "0b" + body }
            case "c":
                guard i.isSmallInt else { throw PythonError("OverflowError", "Python int too large to convert to C long") }
                guard (0...0x10FFFF).contains(i.asSmallInt) else { throw PythonError("OverflowError", "%c arg not in range(0x110000)") }
                body = String(Character(Unicode.Scalar(UInt32(i.asSmallInt)) ?? "\u{FFFD}"))
            default: body = group(try decimalString(magnitude), s.grouping)
            }
        } else if v.isDouble || v.isSmallInt || IntArithmetic.isBigInt(v) {
            let d = v.isDouble ? v.asDouble : try intResult { try ints.toDouble(v) }
            negative = d.sign == .minus && !d.isNaN
            let m = Swift.abs(d)
            let p = s.precision ?? 6
            if m.isInfinite || m.isNaN {
                body = m.isNaN ? "nan" : "inf"
                if s.type == "F" || s.type == "E" || s.type == "G" { body = body.uppercased() }
            } else {
                switch s.type {
                case "f", "F": body = group(String(format: "%.\(p)f", m), s.grouping)
                case "e", "E":
                    body = String(format: "%.\(p)e", m)
                    if s.type == "E" { body = body.uppercased() }
                case "g", "G":
                    body = String(format: s.alternate ? "%#.\(max(p, 1))g" : "%.\(max(p, 1))g", m)
                    if s.type == "G" { body = body.uppercased() }
                case "%": body = String(format: "%.\(p)f", m * 100) + "%"
                case nil:
                    if let precision = s.precision {
                        body = String(format: "%.\(max(precision, 1))g", m)
                        if !body.contains(".") && !body.contains("e") && !body.contains("inf") { body += "" }
                    } else {
                        body = PythonRepr.float(m)
                    }
                    body = group(body, s.grouping)
                default:
                    throw PythonError("ValueError", "Unknown format code '\(s.type!)' for object of type 'float'")
                }
            }
        } else if StrObject.isStr(v) {
            if let t = s.type, t != "s" {
                throw PythonError("ValueError", "Unknown format code '\(t)' for object of type 'str'")
            }
            body = swiftString(v)
            if let p = s.precision { body = String(body.unicodeScalars.prefix(p).map(Character.init)) }
            return pad(body, s, defaultAlign: "<")
        } else {
            throw PythonError("TypeError", "unsupported format string passed to \(typeName(v)).__format__")
        }
        let signText = negative ? "-" : (s.sign == "+" ? "+" : (s.sign == " " ? " " : ""))
        if s.align == "=" {
            let fillCount = max(0, s.width - signText.count - body.count)
            return signText + String(repeating: s.fill, count: fillCount) + body
        }
        return pad(signText + body, s, defaultAlign: ">")
    }

    private func pad(_ text: String, _ s: FormatSpec, defaultAlign: Character) -> String {
        let count = text.unicodeScalars.count
        guard s.width > count else { return text }
        let n = s.width - count
        switch s.align ?? defaultAlign {
        case "<": return text + String(repeating: s.fill, count: n)
        case "^": return String(repeating: s.fill, count: n / 2) + text + String(repeating: s.fill, count: n - n / 2)
        default: return String(repeating: s.fill, count: n) + text
        }
    }

    /// Thousands separators in the integer part of a digit string.
    private func group(_ digits: String, _ separator: Character?) -> String {
        guard let separator else { return digits }
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = Array(parts[0])
        var out = ""
        for (i, c) in whole.enumerated() {
            if i > 0 && (whole.count - i) % 3 == 0 { out.append(separator) }
            out.append(c)
        }
        return parts.count > 1 ? out + "." + parts[1] : out
    }
}
