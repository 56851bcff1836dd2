/// The text float() and complex() accept for a real number: an optional
/// sign, then digits with single underscores between them, an optional
/// fraction and exponent, or inf / infinity / nan in any case.
enum FloatParsing {
    static func parse(_ text: some StringProtocol) -> Double? {
        let chars = Array(text.utf8)
        var i = 0
        var negative = false
        if i < chars.count && (chars[i] == UInt8(ascii: "+") || chars[i] == UInt8(ascii: "-")) {
            negative = chars[i] == UInt8(ascii: "-")
            i += 1
        }
        let word = String(decoding: chars[i...], as: UTF8.self).lowercased()
        if word == "inf" || word == "infinity" { return negative ? -.infinity : .infinity }
        if word == "nan" { return negative ? -Double.nan : .nan }
        var literal = negative ? "-" : ""
        func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        /// digit (_? digit)*; false when none or an underscore is misplaced.
        func digits() -> Bool {
            guard i < chars.count, isDigit(chars[i]) else { return false }
            while i < chars.count {
                if isDigit(chars[i]) {
                    literal.append(Character(Unicode.Scalar(chars[i])))
                    i += 1
                } else if chars[i] == UInt8(ascii: "_") && i + 1 < chars.count && isDigit(chars[i + 1]) {
                    i += 1
                } else {
                    break
                }
            }
            return true
        }
        let whole = digits()
        var fraction = false
        if i < chars.count && chars[i] == UInt8(ascii: ".") {
            literal.append(".")
            i += 1
            fraction = digits()
        }
        guard whole || fraction else { return nil }
        if i < chars.count && (chars[i] | 0x20) == UInt8(ascii: "e") {
            literal.append("e")
            i += 1
            if i < chars.count && (chars[i] == UInt8(ascii: "+") || chars[i] == UInt8(ascii: "-")) {
                literal.append(Character(Unicode.Scalar(chars[i])))
                i += 1
            }
            guard digits() else { return nil }
        }
        guard i == chars.count else { return nil }
        if literal.hasSuffix(".") || literal == "-." { literal += "0" }
        if literal.hasPrefix(".") || literal.hasPrefix("-.") { literal = literal.replacingOccurrences(of: ".", with: "0.") }
        return Double(literal)
    }
}
