import Foundation
import TiercelFrontEnd

/// format(value, spec): the format-spec mini-language for the built-in kinds
/// ([[fill]align][sign][z][#][0][width][,|_][.precision][type]), checked
/// and laid out as CPython's formatter does (the C locale for 'n').
extension Runtime {
    struct FormatSpec {
        var fill: Character = " "
        var align: Character? = nil
        var sign: Character = "-"
        /// 'z': negative zero formats as zero (floats only).
        var noNegativeZero = false
        var alternate = false
        var width = 0
        var grouping: Character? = nil
        var precision: Int? = nil
        var type: Character? = nil
        /// The fill came from a leading '0' (zero padding).
        var zeroPadded = false

        /// The spec as text again (complex formats each part with one).
        var text: String {
            var out = ""
            if let align { out += String(fill) + String(align) }
            if sign != "-" { out.append(sign) }
            if noNegativeZero { out += "z" }
            if alternate { out += "#" }
            if width > 0 { out += String(width) }
            if let grouping { out.append(grouping) }
            if let precision { out += "." + String(precision) }
            if let type { out.append(type) }
            return out
        }
    }

    /// CPython's parse_internal_render_format_spec: the fields, and the
    /// errors that need no knowledge of the value's type beyond its name.
    func parseSpec(_ spec: String, for v: Value, defaultAlign: Character = ">", defaultType: Character? = nil) throws -> FormatSpec {
        var s = FormatSpec()
        let chars = Array(spec)
        var i = 0
        func isAlign(_ c: Character) -> Bool { c == "<" || c == ">" || c == "^" || c == "=" }
        var fillGiven = false, alignGiven = false
        if chars.count >= 2 && isAlign(chars[1]) {
            s.fill = chars[0]; s.align = chars[1]; i = 2
            fillGiven = true; alignGiven = true
        } else if !chars.isEmpty && isAlign(chars[0]) {
            s.align = chars[0]; i = 1
            alignGiven = true
        }
        if i < chars.count && (chars[i] == "+" || chars[i] == "-" || chars[i] == " ") { s.sign = chars[i]; i += 1 }
        if i < chars.count && chars[i] == "z" { s.noNegativeZero = true; i += 1 }
        if i < chars.count && chars[i] == "#" { s.alternate = true; i += 1 }
        if !fillGiven && i < chars.count && chars[i] == "0" {
            s.fill = "0"
            s.zeroPadded = true
            if !alignGiven && defaultAlign == ">" { s.align = "=" }
            i += 1
        }
        func integer() throws -> Int? {
            var digits = ""
            while i < chars.count, let d = chars[i].wholeNumberValue, chars[i].isASCII { digits.append(chars[i]); i += 1; _ = d }
            if digits.isEmpty { return nil }
            guard let n = Int(digits), n <= Int(Int32.max) else { throw PythonError("ValueError", "Too many decimal digits in format string") }
            return n
        }
        s.width = try integer() ?? 0
        if i < chars.count && chars[i] == "," { s.grouping = ","; i += 1 }
        if i < chars.count && chars[i] == "_" {
            if s.grouping != nil { throw PythonError("ValueError", "Cannot specify both ',' and '_'.") }
            s.grouping = "_"; i += 1
        }
        if i < chars.count && chars[i] == "," && s.grouping == "_" { throw PythonError("ValueError", "Cannot specify both ',' and '_'.") }
        if i < chars.count && chars[i] == "." {
            i += 1
            guard let p = try integer() else { throw PythonError("ValueError", "Format specifier missing precision") }
            s.precision = p
        }
        if chars.count - i > 1 {
            throw PythonError("ValueError", "Invalid format specifier '\(spec)' for object of type '\(typeName(v))'")
        }
        if i < chars.count { s.type = chars[i] }
        if let g = s.grouping {
            switch s.type ?? defaultType {
            case nil, "d", "e", "f", "g", "E", "G", "%", "F": break
            case let t? where g == "_" && "boxX".contains(t): break
            case let t?: throw PythonError("ValueError", "Cannot specify '\(g)' with \(Runtime.quoted(t)).")
            }
        }
        return s
    }

    /// A presentation type as CPython's messages quote it.
    static func quoted(_ t: Character) -> String {
        guard let v = t.unicodeScalars.first?.value, t.unicodeScalars.count == 1, v > 32 && v < 128 else {
            return "'\\x\(String(t.unicodeScalars.first?.value ?? 0, radix: 16))'"
        }
        return "'\(t)'"
    }

    private func unknownCode(_ t: Character, _ v: Value) -> PythonError {
        PythonError("ValueError", "Unknown format code \(Runtime.quoted(t)) for object of type '\(typeName(v))'")
    }

    func format(_ v: Value, _ spec: String) throws -> String {
        if v.isObject && TypeObject.flags(typeOf(v).asObject) & TypeObject.heapType != 0 {
            if let m = try userMethod(v, "__format__") {
                let r = try callSpecial(m, v, [try makeStr(spec)])
                guard StrObject.isStr(r) else { throw PythonError("TypeError", "__format__ must return a str, not \(typeName(r))") }
                return swiftString(r)
            }
            if ImmutableSubclass.isBoxed(v) && spec.isEmpty { return try str(v) }
        }
        return try builtinFormat(v, spec)
    }

    /// The built-in types' __format__, never dispatching to a Python one
    /// (a class may store int.__format__ as its own: that must not loop).
    func builtinFormat(_ v: Value, _ spec: String) throws -> String {
        if v.isObject && TypeObject.flags(typeOf(v).asObject) & TypeObject.heapType != 0 {
            if ImmutableSubclass.isBoxed(v) { return try builtinFormat(ImmutableSubclass.unboxed(v), spec) }
            if !spec.isEmpty && v.asObject.objectKind == .instance {
                throw PythonError("TypeError", "unsupported format string passed to \(typeName(v)).__format__")
            }
        }
        if spec.isEmpty { return try str(v) }
        if StrObject.isStr(v) { return try formatString(swiftString(v), try parseSpec(spec, for: v, defaultAlign: "<", defaultType: "s"), v) }
        if ComplexObject.isComplex(v) {
            return try formatComplex(ComplexObject.parts(v.asObject), try parseSpec(spec, for: v, defaultAlign: ">"))
        }
        let isInt = v.isSmallInt || v.isBool || IntArithmetic.isBigInt(v)
        guard isInt || v.isDouble else {
            // Only numbers and str have a format-spec language; object.__format__ refuses a spec.
            throw PythonError("TypeError", "unsupported format string passed to \(typeName(v)).__format__")
        }
        let s = try parseSpec(spec, for: v)
        if isInt {
            let i = v.isBool ? Value(uncheckedSmallInt: v == .true ? 1 : 0) : v
            switch s.type {
            case nil, "d", "n", "b", "o", "x", "X", "c": return try formatInt(i, s, v)
            case "e", "E", "f", "F", "g", "G", "%":
                return try formatFloat(try intResult { try ints.toDouble(i) }, s, v)
            case let t?: throw unknownCode(t, v)
            }
        }
        switch s.type {
        case nil, "e", "E", "f", "F", "g", "G", "n", "%": return try formatFloat(v.asDouble, s, v)
        case let t?: throw unknownCode(t, v)
        }
    }

    private func formatString(_ text: String, _ s: FormatSpec, _ v: Value) throws -> String {
        if let t = s.type, t != "s" { throw unknownCode(t, v) }
        if s.sign != "-" {
            throw PythonError("ValueError", s.sign == " " ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier")
        }
        if s.noNegativeZero { throw PythonError("ValueError", "Negative zero coercion (z) not allowed in string format specifier") }
        if s.alternate { throw PythonError("ValueError", "Alternate form (#) not allowed in string format specifier") }
        if s.align == "=" { throw PythonError("ValueError", "'=' alignment not allowed in string format specifier") }
        var body = text
        if let p = s.precision, body.unicodeScalars.count > p { body = String(String.UnicodeScalarView(body.unicodeScalars.prefix(p))) }
        return pad(body, s, defaultAlign: "<")
    }

    private func formatInt(_ i: Value, _ s: FormatSpec, _ v: Value) throws -> String {
        if s.precision != nil { throw PythonError("ValueError", "Precision not allowed in integer format specifier") }
        if s.noNegativeZero { throw PythonError("ValueError", "Negative zero coercion (z) not allowed in integer format specifier") }
        if s.type == "c" {
            if s.sign != "-" { throw PythonError("ValueError", "Sign not allowed with integer format specifier 'c'") }
            if s.alternate { throw PythonError("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'") }
            guard i.isSmallInt else { throw PythonError("OverflowError", "Python int too large to convert to C long") }
            guard (0...0x10FFFF).contains(i.asSmallInt), let scalar = Unicode.Scalar(UInt32(i.asSmallInt)) else {
                throw PythonError("OverflowError", "%c arg not in range(0x110000)")
            }
            return layoutNumber(sign: nil, prefix: "", digits: "", remainder: String(Character(scalar)), s)
        }
        let negative = ints.sign(i) < 0
        let magnitude = try intResult { try ints.absolute(i) }
        var prefix = ""
        let digits: String
        switch s.type {
        case "x": digits = ints.toString(magnitude, base: 16); prefix = s.alternate ? "0x" : ""
        case "X": digits = ints.toString(magnitude, base: 16).uppercased(); prefix = s.alternate ? "0X" : ""
        case "o": digits = ints.toString(magnitude, base: 8); prefix = s.alternate ? "0o" : ""
        case "b": digits = ints.toString(magnitude, base: 2); prefix = s.alternate ? "0b" : ""
        default: digits = try decimalString(magnitude)
        }
        return layoutNumber(sign: negative ? "-" : nil, prefix: prefix, digits: digits, remainder: "", s)
    }

    private func formatFloat(_ d: Double, _ s: FormatSpec, _ v: Value) throws -> String {
        var type = s.type
        var precision = s.precision
        var addDotZero = false
        var defaultPrecision = 6
        if type == nil {
            // Like repr without a precision, else 'g' with at least one digit after the point.
            addDotZero = true
            type = "r"
            defaultPrecision = 0
        }
        if type == "n" { type = "g" }
        var value = d
        var percent = false
        if type == "%" { type = "f"; value *= 100; percent = true }
        if precision == nil { precision = defaultPrecision } else if type == "r" { type = "g" }
        var text = doubleString(value, type: type!, precision: precision!, alternate: s.alternate, addDotZero: addDotZero)
        if s.noNegativeZero && text.hasPrefix("-") {
            let mantissa = text.dropFirst().prefix { $0 != "e" && $0 != "E" }
            if mantissa.allSatisfy({ $0 == "0" || $0 == "." }) { text.removeFirst() }
        }
        if percent { text += "%" }
        var negative = false
        if text.hasPrefix("-") { negative = true; text.removeFirst() }
        // Integer digits, then the remainder (point, fraction, exponent, or inf/nan).
        let integerDigits = String(text.prefix { $0.isASCII && $0.isNumber })
        var remainder = String(text.dropFirst(integerDigits.count))
        var point = ""
        if remainder.hasPrefix(".") { point = "."; remainder.removeFirst() }
        return layoutNumber(sign: negative ? "-" : nil, prefix: "", digits: integerDigits, remainder: point + remainder, s,
                            grouped: s.type != "n")
    }

    /// PyOS_double_to_string for the presentation types.
    private func doubleString(_ d: Double, type: Character, precision p: Int, alternate: Bool, addDotZero: Bool) -> String {
        let upper = type == "E" || type == "F" || type == "G"
        if d.isNaN || d.isInfinite {
            let word = d.isNaN ? "nan" : "inf"
            let sign = d.sign == .minus && !d.isNaN ? "-" : ""
            return sign + (upper ? word.uppercased() : word)
        }
        var out: String
        switch type {
        case "r":
            out = PythonRepr.shortest(d)
            if addDotZero && !out.contains(".") && !out.contains("e") { out += ".0" }
            return out
        case "f", "F": out = String(format: alternate ? "%#.\(p)f" : "%.\(p)f", d)
        case "e", "E": out = String(format: alternate ? "%#.\(p)e" : "%.\(p)e", d)
        default:
            let digits = max(p, 1)
            if addDotZero {
                // No type with a precision: 'g', but leaving room for the ".0" an
                // integral result gets (exponent form once decpt > precision - 1).
                let scientific = String(format: "%.\(digits - 1)e", d)
                let exponent = Int(scientific[scientific.index(after: scientific.firstIndex(of: "e")!)...]) ?? 0
                if exponent < -4 || exponent + 1 > digits - 1 {
                    var mantissa = String(scientific[..<scientific.firstIndex(of: "e")!])
                    if mantissa.contains(".") && !alternate {
                        while mantissa.hasSuffix("0") { mantissa.removeLast() }
                        if mantissa.hasSuffix(".") { mantissa.removeLast() }
                    }
                    out = mantissa + String(scientific[scientific.firstIndex(of: "e")!...])
                } else {
                    out = String(format: "%.\(max(0, digits - 1 - exponent))f", d)
                    if out.contains(".") && !alternate {
                        while out.hasSuffix("0") { out.removeLast() }
                        if out.hasSuffix(".") { out.removeLast() }
                    }
                    if !out.contains(".") { out += ".0" }
                }
            } else {
                out = String(format: alternate ? "%#.\(digits)g" : "%.\(digits)g", d)
                if addDotZero && !out.contains(".") && !out.contains("e") { out += ".0" }
            }
        }
        return upper ? out.uppercased() : out
    }

    /// CPython's number layout: [lpadding][sign][prefix][spadding][grouped digits][remainder][rpadding],
    /// with zero padding ('0' or '=' with fill '0') folded into the grouped digits.
    private func layoutNumber(sign: Character?, prefix: String, digits: String, remainder: String, _ s: FormatSpec,
                              grouped: Bool = true) -> String {
        var signText = ""
        switch s.sign {
        case "+": signText = sign == nil ? "+" : "-"
        case " ": signText = sign == nil ? " " : "-"
        default: signText = sign == nil ? "" : "-"
        }
        let align = s.align ?? ">"
        let fixed = signText.count + prefix.count + remainder.unicodeScalars.count
        let minWidth = s.fill == "0" && align == "=" ? s.width - fixed : 0
        let groupSize = !grouped || s.grouping == nil ? 0 : ("bxXo".contains(s.type ?? "d") ? 4 : 3)
        let body = digits.isEmpty ? "" : group(Array(digits), size: groupSize, separator: s.grouping ?? ",", minWidth: minWidth)
        let used = fixed + body.count
        let n = max(0, s.width - used)
        let fill = String(repeating: s.fill, count: n)
        switch align {
        case "<": return signText + prefix + body + remainder + fill
        case "^":
            let left = String(repeating: s.fill, count: n / 2), right = String(repeating: s.fill, count: n - n / 2)
            return left + signText + prefix + body + remainder + right
        case "=": return signText + prefix + fill + body + remainder
        default: return fill + signText + prefix + body + remainder
        }
    }

    /// _PyUnicode_InsertThousandsGrouping: separators every `size` digits
    /// (none when 0), left-padded with zeros (and separators) to `minWidth`.
    private func group(_ digits: [Character], size: Int, separator: Character, minWidth: Int) -> String {
        var out: [Character] = []
        var remaining = digits.count
        var width = minWidth
        var position = digits.count
        var useSeparator = false
        func emit(_ length: Int) {
            let zeros = max(0, length - remaining), count = max(0, min(remaining, length))
            if useSeparator { out.append(separator) }
            for _ in 0..<count { position -= 1; out.append(digits[position]) }
            for _ in 0..<zeros { out.append("0") }
            remaining -= count
        }
        var broken = false
        if size > 0 {
            while true {
                let length = min(size, max(max(remaining, width), 1))
                emit(length)
                useSeparator = true
                width -= length
                if remaining <= 0 && width <= 0 { broken = true; break }
                width -= 1
            }
        }
        if !broken { emit(max(max(remaining, width), 1)) }
        return String(out.reversed())
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
}
